// The presentation offscreen: keyboard navigation, auto-advance, the slide counter, type
// sizes at 1920x1080, footers with provenance, the empty deck, the slide registry, rendered
// PNGs, chart CSV and the read-only snapshot window.
#include "cli/exportcommand.h"
#include "domain/figureformat.h"
#include "domain/metrics.h"
#include "pages/overviewpage.h"
#include "presentation/deckexporter.h"
#include "presentation/pngexportdialog.h"
#include "presentation/presentationwindow.h"
#include "presentation/slidecontext.h"
#include "presentation/slideframe.h"
#include "presentation/slideregistry.h"
#include "query/asofline.h"
#include "query/chartcsv.h"
#include "session/dashboardsession.h"
#include "store/snapshotfile.h"
#include "store/storewriter.h"
#include "testutil.h"
#include "widgets/mapview.h"
#include "widgets/theme.h"
#include "widgets/timechartview.h"
#include "widgets/timelineview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

Q_DECLARE_METATYPE(QList<int>)

namespace {
const QLocale english(QLocale::English, QLocale::UnitedStates);

double pixelVariance(const QImage &image)
{
    double sum = 0, sumSquares = 0;
    qint64 n = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            const double v = qGray(image.pixel(x, y));
            sum += v;
            sumSquares += v * v;
            ++n;
        }
    }
    const double mean = sum / double(n);
    return sumSquares / double(n) - mean * mean;
}
} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyboardNavigation_data();
    void keyboardNavigation();
    void escapeLeaves();
    void autoAdvanceLoops();
    void autoAdvanceFromTheKeyboard_data();
    void autoAdvanceFromTheKeyboard();
    void typographyScalesWithScreen();
    void slideStyleSheetTakesThemeColours_data();
    void slideStyleSheetTakesThemeColours();
    void everySlideHasAFooter();
    void footerStatesTheOverviewHeadersAsOf();
    void emptyStoreSaysNoDataYet();
    void registryTakesNewSlides();
    void mapAndTimelineSlides();
    void unknownSlideIsNamed();
    void renderedSlideIsNotBlank_data();
    void renderedSlideIsNotBlank();
    void chartCsvHasEveryPoint();
    void snapshotWindowIsReadOnly();
    void f5PresentsAndEscapeReturns();
    void pngExportWritesTheChosenSlideAtTheChosenSize();
    void slideProseFitsItsSpace_data();
    void slideProseFitsItsSpace();
    void forecastSlideVerdictColourAndSimulated_data();
    void forecastSlideVerdictColourAndSimulated();

private:
    QTemporaryDir m_dir;
    DashboardSession m_session;
    SlideContext m_context;
};

void TestPresentation::initTestCase()
{
    QCOMPARE(m_session.open(TestUtil::storePath(m_dir)), QString());
    m_context = ExportCommand::contextOf(m_session, english);
    QVERIFY(!m_context.isEmpty());
}

void TestPresentation::keyboardNavigation_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("counter");
    // Five slides: overview, gpus, power, forecast, sites:1.
    QTest::addRow("start") << QList<int> {} << 0 << QStringLiteral("1 / 5");
    QTest::addRow("right") << QList<int> { Qt::Key_Right } << 1 << QStringLiteral("2 / 5");
    QTest::addRow("space twice") << QList<int> { Qt::Key_Space, Qt::Key_Space } << 2
                                 << QStringLiteral("3 / 5");
    QTest::addRow("page down, page up") << QList<int> { Qt::Key_PageDown, Qt::Key_PageDown,
        Qt::Key_PageUp } << 1 << QStringLiteral("2 / 5");
    QTest::addRow("left at start stays")
        << QList<int> { Qt::Key_Left } << 0 << QStringLiteral("1 / 5");
    QTest::addRow("end") << QList<int> { Qt::Key_End } << 4 << QStringLiteral("5 / 5");
    QTest::addRow("right past end stays")
        << QList<int> { Qt::Key_End, Qt::Key_Right } << 4 << QStringLiteral("5 / 5");
    QTest::addRow("end, home") << QList<int> { Qt::Key_End, Qt::Key_Home } << 0
                               << QStringLiteral("1 / 5");
    QTest::addRow("number 4 enter")
        << QList<int> { Qt::Key_4, Qt::Key_Return } << 3 << QStringLiteral("4 / 5");
    QTest::addRow("number 99 enter clamps")
        << QList<int> { Qt::Key_9, Qt::Key_9, Qt::Key_Enter } << 4 << QStringLiteral("5 / 5");
    QTest::addRow("number then escape cancels")
        << QList<int> { Qt::Key_3, Qt::Key_Escape } << 0 << QStringLiteral("1 / 5");
    QTest::addRow("typed number shows")
        << QList<int> { Qt::Key_1, Qt::Key_2 } << 0 << QStringLiteral("Go to 12");
}

void TestPresentation::keyboardNavigation()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, expected);
    QFETCH(QString, counter);
    PresentationWindow window(QStringList { QStringLiteral("overview"), QStringLiteral("gpus"),
        QStringLiteral("power"), QStringLiteral("forecast"), QStringLiteral("sites:1") });
    window.resize(1280, 720);
    window.setContext(m_context);
    window.show();
    QCOMPARE(window.count(), 5);
    for (int key : keys)
        QTest::keyClick(&window, Qt::Key(key));
    QCOMPARE(window.currentIndex(), expected);
    QCOMPARE(window.counterText(), counter);
    QCOMPARE(window.currentSlide()->name(), window.currentSlideName());
}

void TestPresentation::escapeLeaves()
{
    PresentationWindow window({});
    window.setContext(m_context);
    window.show();
    QSignalSpy exit(&window, &PresentationWindow::exitRequested);
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(exit.size(), 1);
    QVERIFY(!window.isVisible());
}

void TestPresentation::autoAdvanceLoops()
{
    PresentationWindow window(QStringList { QStringLiteral("overview"), QStringLiteral("gpus") });
    window.setContext(m_context);
    window.show();
    window.setAutoAdvance(1);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentIndex(), 1, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentIndex(), 0, 3000); // the playlist wraps around
}

void TestPresentation::autoAdvanceFromTheKeyboard_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("counter");
    QTest::addRow("A turns the loop on")
        << QList<int> { Qt::Key_A } << 15 << QStringLiteral("1 / 3 · auto 15 s");
    QTest::addRow("A again turns it off")
        << QList<int> { Qt::Key_A, Qt::Key_A } << 0 << QStringLiteral("1 / 3");
    QTest::addRow("30 A sets 30 s") << QList<int> { Qt::Key_3, Qt::Key_0, Qt::Key_A } << 30
                                    << QStringLiteral("1 / 3 · auto 30 s");
    QTest::addRow("off and on keeps 30 s") << QList<int> { Qt::Key_3, Qt::Key_0, Qt::Key_A,
        Qt::Key_A, Qt::Key_A } << 30 << QStringLiteral("1 / 3 · auto 30 s");
    QTest::addRow("0 A clamps to 1 s")
        << QList<int> { Qt::Key_0, Qt::Key_A } << 1 << QStringLiteral("1 / 3 · auto 1 s");
}

void TestPresentation::autoAdvanceFromTheKeyboard()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, seconds);
    QFETCH(QString, counter);
    PresentationWindow window(QStringList {
        QStringLiteral("overview"), QStringLiteral("gpus"), QStringLiteral("power") });
    window.resize(1280, 720);
    window.setContext(m_context);
    window.show();
    for (int key : keys)
        QTest::keyClick(&window, Qt::Key(key));
    QCOMPARE(window.autoAdvanceSeconds(), seconds);
    QCOMPARE(window.counterText(), counter);
}

void TestPresentation::typographyScalesWithScreen()
{
    PresentationWindow window(QStringList { QStringLiteral("overview") });
    window.resize(1920, 1080);
    window.setContext(m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SlideFrame *slide = window.currentSlide();
    const auto pixelSizes = [&](const QString &objectName) {
        QList<int> sizes;
        for (QLabel *label : slide->findChildren<QLabel *>(objectName)) {
            label->ensurePolished();
            sizes.append(QFontInfo(label->font()).pixelSize());
        }
        return sizes;
    };
    const QList<int> values = pixelSizes(QStringLiteral("SlideKpiValue"));
    QVERIFY(values.size() >= 2); // words such as "Not reported" are set smaller than figures
    for (int size : values)
        QVERIFY2(size >= 96, qPrintable(QString::number(size)));
    for (const QString &body :
        { QStringLiteral("SlideKpiDetail"), QStringLiteral("SlideKpiLabel") }) {
        for (int size : pixelSizes(body))
            QVERIFY2(size >= 28, qPrintable(QStringLiteral("%1: %2").arg(body).arg(size)));
    }
    // Half the screen, half the type.
    window.resize(960, 540);
    QTRY_VERIFY(
        (slide = window.currentSlide(), pixelSizes(QStringLiteral("SlideKpiValue")).value(0) < 96));
    for (int size : pixelSizes(QStringLiteral("SlideKpiValue")))
        QVERIFY2(size >= 48, qPrintable(QString::number(size)));
}

void TestPresentation::everySlideHasAFooter()
{
    SlideContext context = m_context;
    QString error;
    const QList<SlideSpec> slides = SlideRegistry::instance().resolve(
        SlideRegistry::instance().defaultDeck(), context, &error);
    QCOMPARE(error, QString());
    // overview, gpus, power, forecast, the map of the USA and of the world, two pages of the
    // timeline, two pages of sites, one slide per site
    QCOMPARE(slides.size(), 4 + 2 + 2 + 2 + context.snapshot.sites.size());
    for (const SlideSpec &spec : slides) {
        std::unique_ptr<SlideFrame> frame(SlideRegistry::instance().create(spec, context));
        QVERIFY(frame);
        QVERIFY2(
            frame->footerText().contains(QStringLiteral("Data as of")), qPrintable(spec.name()));
        QVERIFY(frame->footerText().contains(QStringLiteral("Sources:")));
        QVERIFY(!frame->isEmptyState());
    }
    // A simulated line on the chart: the footer says so.
    ChartLine simulated;
    simulated.label = QStringLiteral("demo");
    simulated.provenance = Provenance::Simulated;
    simulated.points = { QPointF(double(context.snapshot.gpuChart.fromMs), 5),
        QPointF(double(context.snapshot.gpuChart.toMs), 10) };
    context.snapshot.gpuChart.lines.append(simulated);
    context.snapshot.summary.includesSimulated = true;
    std::unique_ptr<SlideFrame> frame(
        SlideRegistry::instance().create({ QStringLiteral("gpus"), QString() }, context));
    QVERIFY(frame->footerText().contains(QStringLiteral("includes SIMULATED data")));
    std::unique_ptr<SlideFrame> sites(SlideRegistry::instance().create(
        { QStringLiteral("sites"), QStringLiteral("1") }, m_context));
    QVERIFY(!sites->footerText().contains(QStringLiteral("SIMULATED")));
}

void TestPresentation::slideProseFitsItsSpace_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// Every wrapped text of every slide of the default deck fits the height it is given: a long
// site status (Abilene's) once ran off the top and bottom of its slide.
void TestPresentation::slideProseFitsItsSpace()
{
    QFETCH(QSize, size);
    SlideContext context = m_context;
    context.size = size;
    QString error;
    const QList<SlideSpec> slides = SlideRegistry::instance().resolve(
        SlideRegistry::instance().defaultDeck(), context, &error);
    QCOMPARE(error, QString());
    for (const SlideSpec &spec : slides) {
        std::unique_ptr<SlideFrame> frame(SlideRegistry::instance().create(spec, context));
        frame->resize(size);
        frame->grab(); // lays out and polishes, as the exporter's render does
        for (const QLabel *label : frame->findChildren<QLabel *>()) {
            if (!label->wordWrap() || label->text().isEmpty() || !label->isVisibleTo(frame.get())
                || Qt::mightBeRichText(label->text()))
                continue;
            const QRect available = label->contentsRect();
            const int needed = label->fontMetrics()
                                   .boundingRect(QRect(0, 0, available.width(), 1 << 24),
                                       Qt::TextWordWrap, label->text())
                                   .height();
            QVERIFY2(needed <= available.height() + 2,
                qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                               .arg(spec.name(), label->text().left(80))
                               .arg(needed)
                               .arg(available.height())));
            // Nor does a label stand out of the widget that holds it (it would be clipped).
            QVERIFY2(label->parentWidget()->rect().contains(label->geometry()),
                qPrintable(QStringLiteral("%1: \"%2\" at %3,%4 %5x%6 is outside its parent")
                               .arg(spec.name(), label->text().left(80))
                               .arg(label->x())
                               .arg(label->y())
                               .arg(label->width())
                               .arg(label->height())));
        }
    }
}

void TestPresentation::footerStatesTheOverviewHeadersAsOf()
{
    // A snapshot with reported figures and a newer measurement: the window header and every
    // slide footer name the same as-of.
    SlideContext context = m_context;
    OverviewSummary &summary = context.snapshot.summary;
    summary.asOf = QDate(2026, 4, 17);
    summary.newestSample = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    summary.datasetNewestSource = QDate(2026, 6, 12);
    OverviewPage page;
    page.setSnapshot(context.snapshot, english);
    const QString header = page.asOfLabel()->text();
    const QStringList headerParts = header.split(AsOfLine::separator());
    QVERIFY2(headerParts.size() >= 2, qPrintable(header));
    QVERIFY2(headerParts.first().contains(FigureFormat::date(summary.asOf, english)),
        qPrintable(header));
    // The header also names the dataset's newest source date.
    QVERIFY2(header.contains(FigureFormat::date(summary.datasetNewestSource, english)),
        qPrintable(header));
    for (const QString &name : { QStringLiteral("overview"), QStringLiteral("gpus") }) {
        std::unique_ptr<SlideFrame> frame(
            SlideRegistry::instance().create({ name, QString() }, context));
        QVERIFY(frame);
        // The header's as-of and measurement parts stand in the footer word for word.
        for (const QString &part : headerParts.mid(0, 2))
            QVERIFY2(frame->footerText().contains(part),
                qPrintable(part + QStringLiteral(" not in: ") + frame->footerText()));
    }
}

void TestPresentation::emptyStoreSaysNoDataYet()
{
    SlideContext empty;
    empty.locale = english;
    QString error;
    const QList<SlideSpec> slides
        = SlideRegistry::instance().resolve(SlideRegistry::instance().defaultDeck(), empty, &error);
    QCOMPARE(error, QString());
    QVERIFY(!slides.isEmpty());
    for (const SlideSpec &spec : slides) {
        std::unique_ptr<SlideFrame> frame(SlideRegistry::instance().create(spec, empty));
        QVERIFY2(frame->isEmptyState(), qPrintable(spec.name()));
        QStringList texts;
        for (QLabel *label : frame->findChildren<QLabel *>())
            texts.append(label->text());
        QVERIFY2(texts.contains(QStringLiteral("No data yet")), qPrintable(spec.name()));
        QVERIFY(frame->findChildren<TimeChartView *>().isEmpty()); // no empty axes
    }
}

// The operators' pages as slides: the map per region with every site that lies in it, the
// timeline eight sites a page and larger than in the window; neither takes the deck's keys.
void TestPresentation::mapAndTimelineSlides()
{
    QString error;
    const QList<SlideSpec> specs = SlideRegistry::instance().resolve(
        { QStringLiteral("map"), QStringLiteral("timeline") }, m_context, &error);
    QCOMPARE(error, QString());
    QStringList names;
    for (const SlideSpec &spec : specs)
        names.append(spec.name());
    QCOMPARE(names, (QStringList { "map:usa", "map:world", "timeline:1", "timeline:2" }));

    for (const QString &region : { QStringLiteral("usa"), QStringLiteral("world") }) {
        std::unique_ptr<SlideFrame> frame(
            SlideRegistry::instance().create({ QStringLiteral("map"), region }, m_context));
        auto *map = frame->findChild<MapView *>();
        QVERIFY(map);
        frame->resize(1920, 1080);
        frame->show();
        QVERIFY(QTest::qWaitForWindowExposed(frame.get()));
        int expected = 0;
        for (const SiteRow &row : m_context.snapshot.sites) {
            if (row.site.latitude && row.site.longitude
                && MapView::isInRegion(*row.site.longitude, *row.site.latitude,
                    region == QLatin1String("usa") ? MapView::Region::Usa : MapView::Region::World))
                ++expected;
        }
        QVERIFY(expected > 0);
        QCOMPARE(map->markers().size(), expected);
        QCOMPARE(map->focusPolicy(), Qt::NoFocus);
        QVERIFY(frame->footerText().contains(QStringLiteral("Data as of")));
    }

    int rows = 0;
    for (const QString &page : { QStringLiteral("1"), QStringLiteral("2") }) {
        std::unique_ptr<SlideFrame> frame(
            SlideRegistry::instance().create({ QStringLiteral("timeline"), page }, m_context));
        auto *view = frame->findChild<TimelineView *>();
        QVERIFY(view);
        QVERIFY(view->data().rows.size() <= 8);
        rows += int(view->data().rows.size());
        QVERIFY(view->sizeHint().height() > 600); // drawn larger than the window's 40 px rows
        QVERIFY(frame->title().contains(QStringLiteral("%1 of 2").arg(page)));
    }
    QCOMPARE(rows, m_context.snapshot.timeline.rows.size());

    // The arrow keys move the deck, not the map.
    PresentationWindow window(QStringList {
        QStringLiteral("overview"), QStringLiteral("map:usa"), QStringLiteral("timeline:1") });
    window.resize(1280, 720);
    window.setContext(m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(window.currentSlideName(), QStringLiteral("map:usa"));
    QTest::keyClick(
        QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Right);
    QCOMPARE(window.currentSlideName(), QStringLiteral("timeline:1"));
}

void TestPresentation::registryTakesNewSlides()
{
    SlideRegistry &registry = SlideRegistry::instance();
    registry.add({ QStringLiteral("testmap"), [] { return QStringLiteral("A map"); },
        [](const SlideContext &, const QString &, QWidget *parent) {
            SlideBody body;
            body.title = QStringLiteral("Map of the sites");
            body.widget = new QLabel(QStringLiteral("map"), parent);
            body.provenances = { Provenance::Reported };
            return body;
        },
        {}, 55 });
    const QStringList deck = registry.defaultDeck();
    QCOMPARE(deck.indexOf(QStringLiteral("testmap")), deck.indexOf(QStringLiteral("map")) + 1);
    QCOMPARE(deck.indexOf(QStringLiteral("timeline")), deck.indexOf(QStringLiteral("testmap")) + 1);
    PresentationWindow window(QStringList { QStringLiteral("testmap") });
    window.setContext(m_context);
    QCOMPARE(window.count(), 1);
    QCOMPARE(window.currentSlide()->title(), QStringLiteral("Map of the sites"));
    registry.add({ QStringLiteral("testmap"), {}, {}, {}, -1 }); // out of the default deck again
    QVERIFY(!registry.defaultDeck().contains(QStringLiteral("testmap")));
}

void TestPresentation::unknownSlideIsNamed()
{
    QString error;
    QVERIFY(SlideRegistry::instance()
                .resolve({ QStringLiteral("overview"), QStringLiteral("moon") }, m_context, &error)
                .isEmpty());
    QVERIFY(error.contains(QStringLiteral("moon")));
    error.clear();
    QVERIFY(SlideRegistry::instance()
                .resolve({ QStringLiteral("site:atlantis") }, m_context, &error)
                .isEmpty());
    QVERIFY(error.contains(QStringLiteral("atlantis")));
    QVERIFY(SlideRegistry::instance().validate({ QStringLiteral("site:anything") }).isEmpty());
    QVERIFY(!SlideRegistry::instance().validate({ QStringLiteral("moon") }).isEmpty());
}

void TestPresentation::renderedSlideIsNotBlank_data()
{
    QTest::addColumn<QString>("slide");
    QTest::addColumn<QSize>("size");
    QTest::addRow("overview 1920x1080") << QStringLiteral("overview") << QSize(1920, 1080);
    QTest::addRow("gpus 1280x720") << QStringLiteral("gpus") << QSize(1280, 720);
    QTest::addRow("forecast 1920x1080") << QStringLiteral("forecast") << QSize(1920, 1080);
    QTest::addRow("sites 1024x768") << QStringLiteral("sites:1") << QSize(1024, 768);
}

void TestPresentation::renderedSlideIsNotBlank()
{
    QFETCH(QString, slide);
    QFETCH(QSize, size);
    QString error;
    const QList<SlideSpec> specs = SlideRegistry::instance().resolve({ slide }, m_context, &error);
    QCOMPARE(specs.size(), 1);
    const QImage image = DeckExporter(m_context, specs).renderSlide(specs.constFirst(), size);
    QCOMPARE(image.size(), size);
    const double variance = pixelVariance(image);
    QVERIFY2(variance > 200, qPrintable(QString::number(variance)));
}

void TestPresentation::chartCsvHasEveryPoint()
{
    const TimeChartData &data = m_context.snapshot.gpuChart;
    qsizetype points = 0;
    for (const ChartLine &line : data.lines)
        points += line.points.size();
    QVERIFY(points > 0);
    TimeChartView view(QStringLiteral("GPUs"));
    view.setData(data, english);
    const QString path = m_dir.filePath(QStringLiteral("gpus.csv"));
    QCOMPARE(view.exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(),
        QStringLiteral("series,provenance,scope,time_utc,value,upper,unit,note"));
    QCOMPARE(lines.size(), points + 1);
    QVERIFY(!view.exportCsv(QStringLiteral("/proc/nope/gpus.csv")).isEmpty());
    // Commas and quotes in labels are quoted (RFC 4180).
    TimeChartData quoted;
    ChartLine line;
    line.label = QStringLiteral("Plan, \"high\"");
    line.points = { QPointF(0, 1) };
    quoted.lines = { line };
    QVERIFY(ChartCsv::toCsv(quoted).contains(QStringLiteral("\"Plan, \"\"high\"\"\",reported")));
}

void TestPresentation::snapshotWindowIsReadOnly()
{
    QTemporaryDir dir;
    const QString snapshot = dir.filePath(QStringLiteral("carry.sqlite"));
    QCOMPARE(m_session.exportSnapshot(snapshot), QString());
    DashboardSession session;
    QCOMPARE(session.open(snapshot), QString());
    QVERIFY(session.isSnapshot());
    QVERIFY(session.store().isReadOnly());
    QVERIFY(!session.startDemoFeed().isEmpty());
    QVERIFY(!session.feedRunning());
    MainWindow window(session.publisher(), session.projections(), snapshot, english);
    window.setSnapshotTakenAt(session.snapshotTakenAt());
    QVERIFY(window.bannerText().startsWith(QStringLiteral("Snapshot of ")));
    QVERIFY(window.bannerText().endsWith(QStringLiteral("— read-only")));
    // A change through the writer is refused with a message, not an SQLite error.
    QSignalSpy failed(session.writer(), &StoreWriter::writeFailed);
    QMetaObject::invokeMethod(session.writer(), [writer = session.writer()] {
        writer->enqueue({ TestUtil::sample(
            QStringLiteral("x"), Metric::GpusOnline, Provenance::Manual, 1, 1) });
    });
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), StoreWriter::readOnlyMessage());
    // The slides show the snapshot's time.
    std::unique_ptr<SlideFrame> frame(SlideRegistry::instance().create(
        { QStringLiteral("overview"), QString() }, window.slideContext()));
    QVERIFY(frame->footerText().startsWith(QStringLiteral("Snapshot of ")));
}

void TestPresentation::f5PresentsAndEscapeReturns()
{
    MainWindow window(
        m_session.publisher(), m_session.projections(), m_session.store().path(), english);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.presentation());
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(window.presentation() && window.presentation()->isVisible());
    PresentationWindow *presentation = window.presentation();
    QVERIFY(presentation->windowState() & Qt::WindowFullScreen);
    QCOMPARE(presentation->count(),
        SlideRegistry::instance()
            .resolve(SlideRegistry::instance().defaultDeck(), window.slideContext(), nullptr)
            .size());
    QCOMPARE(presentation->counterText(), QStringLiteral("1 / %1").arg(presentation->count()));
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!window.presentation()); // closed and deleted
}

void TestPresentation::slideStyleSheetTakesThemeColours_data()
{
    QTest::addColumn<QString>("rule");
    // The projector palette, pinned: the colours moved into Theme with the same values.
    QTest::addRow("background") << QStringLiteral("QWidget#Slide { background: #ffffff; }");
    QTest::addRow("text") << QStringLiteral("QLabel { color: #0b0f19; font-size: 30px;");
    QTest::addRow("title rule") << QStringLiteral("border-bottom: 5px solid #1d4ed8;");
    QTest::addRow("footer") << QStringLiteral("color: #374151; border-top: 1px solid #9ca3af;");
    QTest::addRow("banner") << QStringLiteral(
        "color: #7c2d12; background: #ffedd5; border: 2px solid #c2410c;");
    QTest::addRow("badge") << QStringLiteral("font-weight: 700; color: #ffffff; padding:");
    QTest::addRow("kpi block") << QStringLiteral(
        "QFrame#SlideKpiBlock { background: #f8fafc; border: 2px solid #cbd5e1; border-left: "
        "10px solid #1d4ed8; }");
    QTest::addRow("detail") << QStringLiteral("color: #1f2937; }");
    QTest::addRow("table cell") << QStringLiteral("border-bottom: 1px solid #d1d5db;");
    QTest::addRow("verdict") << QStringLiteral("color: #0f766e; }");
}

void TestPresentation::slideStyleSheetTakesThemeColours()
{
    QFETCH(QString, rule);
    const SlideContext context; // 1920x1080 by default: pixel sizes as written
    const QString css = SlideFrame::styleSheet(context);
    QVERIFY2(css.contains(rule), qPrintable(css));
    // No colour token is left unreplaced.
    QVERIFY(!css.contains(QRegularExpression(QStringLiteral("\\{[A-Za-z]+\\}"))));
}

void TestPresentation::forecastSlideVerdictColourAndSimulated_data()
{
    QTest::addColumn<double>("target");
    QTest::addColumn<bool>("includeSimulated");
    QTest::addColumn<int>("verdict");
    QTest::addRow("behind") << 2e6 << false << int(Forecast::Verdict::Behind);
    QTest::addRow("reached on simulated data") << 3e5 << true << int(Forecast::Verdict::Reached);
}

// Issue 12, points 7 and 3: the slide (and so the PDF, which renders it) shows the verdict in
// Theme::verdictColor, the window's colour, and says SIMULATED when the projection uses it.
void TestPresentation::forecastSlideVerdictColourAndSimulated()
{
    QFETCH(double, target);
    QFETCH(bool, includeSimulated);
    QFETCH(int, verdict);
    ProjectionSiteInput site;
    site.siteId = QStringLiteral("s");
    site.name = site.siteId;
    Milestone plan;
    plan.siteId = site.siteId;
    plan.date = QDate(2026, 1, 1);
    plan.gpus = FigureRange { 100'000, 150'000 }; // 187–281 MW at 1,872 W per GPU
    site.milestones.append(plan);
    const QDate today = QDate::currentDate();
    for (int d = 60; d >= 0; d -= 10) {
        site.gpuHistory.append({ double(QDate(1970, 1, 1).daysTo(today.addDays(-d))), 4e5 });
        site.gpuHistoryProvenance.append(Provenance::Simulated);
    }
    ProjectionInput input;
    input.sites.append(site);
    Scenario scenario;
    scenario.targetGpus = target;
    scenario.targetDate = QDate(2027, 1, 1);
    scenario.includeSimulated = includeSimulated;
    SlideContext context = m_context;
    context.projection
        = Projection::project(input, scenario, QDateTime(today, QTime(12, 0), Qt::UTC));
    QCOMPARE(int(context.projection.verdict), verdict);
    std::unique_ptr<SlideFrame> frame(
        SlideRegistry::instance().create({ QStringLiteral("forecast"), QString() }, context));
    frame->resize(1920, 1080);
    frame->show();
    auto *label = frame->findChild<QLabel *>(QStringLiteral("SlideVerdict"));
    QVERIFY(label);
    label->ensurePolished();
    QCOMPARE(label->palette().color(QPalette::WindowText),
        Theme::verdictColor(Forecast::Verdict(verdict)));
    QString text;
    for (const QLabel *each : frame->findChildren<QLabel *>())
        text += each->text() + QLatin1Char('\n');
    QCOMPARE(text.contains(QLatin1String("SIMULATED")), includeSimulated);
    QVERIFY2(text.contains(QStringLiteral("187–281 MW facility")), qPrintable(text));
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"

void TestPresentation::pngExportWritesTheChosenSlideAtTheChosenSize()
{
    QTemporaryDir out;
    MainWindow window(
        m_session.publisher(), m_session.projections(), m_session.store().path(), english);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *exportAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().contains(QLatin1String("P&NG")))
            exportAction = action;
    }
    QVERIFY(exportAction);
    exportAction->trigger();
    PngExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<PngExportDialog *>()) != nullptr);
    QVERIFY(dialog->slideChoice()->itemText(0).startsWith(QLatin1String("All ")));
    const int gpus = dialog->slideChoice()->findText(QStringLiteral("2. gpus"));
    QVERIFY(gpus > 0);
    dialog->slideChoice()->setCurrentIndex(gpus);
    dialog->sizeChoice()->setCurrentIndex(dialog->sizeChoice()->findData(QSize(3840, 2160)));
    dialog->folderField()->setText(out.path());
    QSignalSpy done(&window, &MainWindow::pngsExported);
    dialog->accept();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toString(), QString());
    const QStringList files = QDir(out.path()).entryList({ QStringLiteral("*.png") });
    QCOMPARE(files, QStringList { QStringLiteral("01-gpus.png") });
    const QImage image(QDir(out.path()).filePath(files.first()));
    QCOMPARE(image.size(), QSize(3840, 2160));
    // Not blank: the slide's title and chart leave dark pixels on the white page.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 8) {
        for (int x = 0; x < image.width(); x += 8)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
    QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
}
