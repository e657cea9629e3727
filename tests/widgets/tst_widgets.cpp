#include "widgets/chartrangegroup.h"
#include "widgets/chartzoom.h"
#include "widgets/kpitile.h"
#include "widgets/tableexport.h"
#include "widgets/theme.h"
#include "widgets/timechartview.h"
#include "widgets/timerangebar.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QDateTimeAxis>
#include <QFile>
#include <QLegend>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

namespace {

// A chart with a step line, a reported line and a target; `factor` scales every value.
TimeChartData sampleChart(double factor)
{
    TimeChartData data;
    data.unit = QStringLiteral("MW");
    data.fromMs = 0;
    data.toMs = 100'000;
    data.nowMs = 50'000;
    ChartLine plan;
    plan.style = ChartLine::Style::Step;
    plan.provenance = Provenance::Planned;
    plan.label = QStringLiteral("Plan");
    plan.points = { QPointF(10'000, 100 * factor), QPointF(60'000, 300 * factor) };
    ChartLine reported;
    reported.provenance = Provenance::Reported;
    reported.label = QStringLiteral("Reported");
    reported.points = { QPointF(20'000, 50 * factor), QPointF(80'000, 200 * factor) };
    ChartLine target;
    target.style = ChartLine::Style::Target;
    target.label = QStringLiteral("Goal");
    target.points = { QPointF(90'000, 400 * factor) };
    data.lines = { plan, reported, target };
    return data;
}

// sampleChart() with legend texts as long as the German ones of the overview.
TimeChartData germanChart()
{
    TimeChartData data = sampleChart(1);
    data.lines[0].label = QStringLiteral("Geplant (Spanne)");
    data.lines[1].label
        = QStringLiteral("OpenAI-Rechenleistung, flottenweit, alle Anbieter (berichtet)");
    data.lines[2].label = QStringLiteral("gesamte OpenAI-Rechenleistung, flottenweit");
    return data;
}

QLineSeries *seriesNamed(const QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

QValueAxis *valueAxis(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.constFirst());
}

// The plot area of a shown chart in its viewport's coordinates.
QRect plotOf(const TimeChartView &view)
{
    return view.mapFromScene(view.chart()->mapToScene(view.chart()->plotArea())).boundingRect();
}

// A chart of polled data from 12:00 to 13:00 UTC, one point a minute.
TimeChartData hourOfPolls()
{
    TimeChartData data;
    data.unit = QStringLiteral("GPUs");
    data.fromMs = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    data.toMs = data.fromMs + 3'600'000;
    data.nowMs = data.toMs;
    ChartLine polls;
    polls.provenance = Provenance::Measured;
    polls.label = QStringLiteral("Online");
    for (int minute = 0; minute <= 60; ++minute)
        polls.points.append(QPointF(double(data.fromMs + minute * 60'000), 1000 + minute));
    data.lines = { polls };
    return data;
}

struct ShownChart
{
    TimeChartView view { QStringLiteral("GPUs") };
    ShownChart()
    {
        view.resize(900, 420);
        view.setData(hourOfPolls(), QLocale(QLocale::English));
        view.show();
    }
};

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void tableCopiesWhatItShowsAndExportsValues();
    void badgeShowsMostTellingProvenance_data();
    void badgeShowsMostTellingProvenance();
    void chartShowsEmptyState();
    void chartNamesEverySeries();
    void chartUpdateKeepsChartAndSeries();
    void chartSeriesFollowLines_data();
    void chartSeriesFollowLines();
    void chartAxesFollowData();
    void chartViewFitsItsChart_data();
    void chartViewFitsItsChart();
    void labelBackingKeepsItsAlpha();
    void staleFreshnessLineWraps();
    void valueAxisFitsTheVisibleSpan();
    void dragZoomsIntoTheDraggedSpan();
    void shortDragIsAClick();
    void ctrlWheelZoomsAroundTheCursor();
    void plainWheelScrollsThePage();
    void middleDragPans();
    void keysZoomPanAndReset();
    void rangeGroupZoomsEveryChartAndResets();
};

void TestWidgets::badgeShowsMostTellingProvenance_data()
{
    QTest::addColumn<QList<Provenance>>("provenances");
    QTest::addColumn<QString>("badge");
    QTest::addRow("none") << QList<Provenance> {} << QString();
    QTest::addRow("reported") << QList<Provenance> { Provenance::Reported }
                              << QStringLiteral("REPORTED");
    QTest::addRow("simulated wins over measured") << QList<Provenance> { Provenance::Measured,
        Provenance::Simulated } << QStringLiteral("SIMULATED DATA");
    QTest::addRow("measured with reported") << QList<Provenance> { Provenance::Reported,
        Provenance::Measured } << QStringLiteral("MEASURED +");
}

void TestWidgets::badgeShowsMostTellingProvenance()
{
    QFETCH(QList<Provenance>, provenances);
    QFETCH(QString, badge);
    KpiTile tile(QStringLiteral("GPUs"));
    tile.setProvenances(provenances);
    QCOMPARE(tile.badgeText(), badge);
}

void TestWidgets::chartShowsEmptyState()
{
    TimeChartView view(QStringLiteral("GPUs over time"));
    TimeChartData data;
    data.fromMs = 0;
    data.toMs = 1000;
    view.setData(data, QLocale(QLocale::English));
    QVERIFY(view.isEmptyState());
    QVERIFY(view.chart()->title().contains(QLatin1String("no data yet")));
}

void TestWidgets::chartNamesEverySeries()
{
    TimeChartView view(QStringLiteral("Power"));
    TimeChartData data;
    data.fromMs = 0;
    data.toMs = 100'000;
    data.nowMs = 50'000;
    ChartLine band;
    band.style = ChartLine::Style::Band;
    band.provenance = Provenance::Planned;
    band.label = QStringLiteral("Planned");
    band.points = { QPointF(10'000, 100), QPointF(60'000, 300) };
    band.upper = { QPointF(10'000, 150), QPointF(60'000, 400) };
    ChartLine fleet;
    fleet.fleetLevel = true;
    fleet.label = QStringLiteral("Fleet");
    fleet.points = { QPointF(0, 10), QPointF(90'000, 20) };
    data.lines = { band, fleet };
    view.setData(data, QLocale(QLocale::German));
    QVERIFY(!view.isEmptyState());
    const QStringList names = view.seriesNames();
    QVERIFY(names.contains(QStringLiteral("Planned (range)")));
    QVERIFY(names.contains(QStringLiteral("Fleet")));
    QVERIFY(names.contains(QStringLiteral("Today")));
}

void TestWidgets::chartUpdateKeepsChartAndSeries()
{
    TimeChartView view(QStringLiteral("Power"));
    view.setData(sampleChart(1), QLocale(QLocale::English));
    QChart *chart = view.chart();
    const QList<QAbstractSeries *> series = chart->series();
    const QList<QAbstractAxis *> axes = chart->axes();
    QLineSeries *reported = seriesNamed(chart, QStringLiteral("Reported"));
    QVERIFY(reported);

    view.setData(sampleChart(2), QLocale(QLocale::English));
    QCOMPARE(view.chart(), chart);
    QCOMPARE(chart->series(), series);
    QCOMPARE(chart->axes(), axes);
    QCOMPARE(seriesNamed(chart, QStringLiteral("Reported")), reported);
    QCOMPARE(reported->points(), (QList<QPointF> { QPointF(20'000, 100), QPointF(80'000, 400) }));
    // The plan is drawn as a staircase held until the end of the axis.
    const QList<QPointF> plan = seriesNamed(chart, QStringLiteral("Plan"))->points();
    QCOMPARE(plan,
        (QList<QPointF> { QPointF(10'000, 200), QPointF(60'000, 200), QPointF(60'000, 600),
            QPointF(100'000, 600) }));
    // The target's name carries its value, so it follows the data too.
    QVERIFY(seriesNamed(chart, QStringLiteral("Target 800 · Goal")));
    QVERIFY(!seriesNamed(chart, QStringLiteral("Target 400 · Goal")));
}

void TestWidgets::chartSeriesFollowLines_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<QStringList>("names");
    // Series per line: plan = step + milestone dots, reported = 1, target = level + marker;
    // and today's line.
    QTest::addRow("all three") << 3
                               << QStringList { QStringLiteral("Plan"), QStringLiteral("Reported"),
                                      QStringLiteral("Target 400 · Goal"),
                                      QStringLiteral("Today") };
    QTest::addRow("plan and reported") << 2
                                       << QStringList { QStringLiteral("Plan"),
                                              QStringLiteral("Reported"), QStringLiteral("Today") };
    QTest::addRow("plan only") << 1
                               << QStringList { QStringLiteral("Plan"), QStringLiteral("Today") };
    QTest::addRow("none") << 0 << QStringList { QStringLiteral("Today") };
}

void TestWidgets::chartSeriesFollowLines()
{
    QFETCH(int, lines);
    QFETCH(QStringList, names);
    const int seriesPerLine[] = { 2, 1, 2 };
    int expectedSeries = 1;
    for (int i = 0; i < lines; ++i)
        expectedSeries += seriesPerLine[i];

    TimeChartView view(QStringLiteral("Power"));
    view.setData(sampleChart(1), QLocale(QLocale::English));
    QChart *chart = view.chart();
    TimeChartData fewer = sampleChart(1);
    fewer.lines = fewer.lines.mid(0, lines);
    view.setData(fewer, QLocale(QLocale::English));
    QCOMPARE(view.chart(), chart);
    QCOMPARE(chart->series().size(), expectedSeries);
    QCOMPARE(view.seriesNames(), names);
    QCOMPARE(view.isEmptyState(), lines == 0);

    // And back: added lines get their series again, in the order of the lines.
    view.setData(sampleChart(1), QLocale(QLocale::English));
    QCOMPARE(chart->series().size(), 6);
    QCOMPARE(view.seriesNames(),
        (QStringList { QStringLiteral("Plan"), QStringLiteral("Reported"),
            QStringLiteral("Target 400 · Goal"), QStringLiteral("Today") }));
}

void TestWidgets::chartAxesFollowData()
{
    TimeChartView view(QStringLiteral("Power"));
    view.setData(sampleChart(1), QLocale(QLocale::English));
    QValueAxis *values = valueAxis(view.chart());
    QVERIFY(values);
    QCOMPARE(values->min(), 0.0);
    QCOMPARE(values->max(), 500.0); // 400 * 1.08 rounded up to a nice figure

    TimeChartData later = sampleChart(3);
    later.fromMs = 40'000;
    later.toMs = 200'000;
    view.setData(later, QLocale(QLocale::English));
    QCOMPARE(valueAxis(view.chart()), values);
    QCOMPARE(values->max(), 1500.0); // 1200 * 1.08 = 1296
    const QList<QAbstractAxis *> horizontal = view.chart()->axes(Qt::Horizontal);
    QCOMPARE(horizontal.size(), 1);
    auto *time = qobject_cast<QDateTimeAxis *>(horizontal.constFirst());
    QVERIFY(time);
    QCOMPARE(time->min().toMSecsSinceEpoch(), 40'000);
    QCOMPARE(time->max().toMSecsSinceEpoch(), 200'000);
    // Today's line spans the new value range.
    QCOMPARE(seriesNamed(view.chart(), QStringLiteral("Today"))->points(),
        (QList<QPointF> { QPointF(50'000, 0), QPointF(50'000, 1500) }));
}

void TestWidgets::chartViewFitsItsChart_data()
{
    QTest::addColumn<QList<TimeChartData>>("earlier");
    TimeChartData empty = sampleChart(1);
    empty.lines.clear();
    TimeChartData fewer = germanChart();
    fewer.lines = fewer.lines.mid(0, 1);
    QTest::addRow("first data") << QList<TimeChartData> {};
    QTest::addRow("after no data") << QList<TimeChartData> { empty };
    QTest::addRow("after fewer lines") << QList<TimeChartData> { empty, fewer };
    QTest::addRow("after other points") << QList<TimeChartData> { sampleChart(2) };
    // Whole years on the time axis: a new chart, whose axes go when the dates come back.
    TimeChartData years = germanChart();
    years.fromMs = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    years.toMs = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::addRow("after other axes") << QList<TimeChartData> { years };
}

// The view takes on the size its chart needs after every update, as it does when given a new
// chart: a page lays its charts out by the views' minimum size and size hint (the scene rect),
// and a view that kept those of its empty chart made the German overview taller than the window.
void TestWidgets::chartViewFitsItsChart()
{
    QFETCH(QList<TimeChartData>, earlier);
    const QLocale german(QLocale::German);
    TimeChartView view(QStringLiteral("Leistung an Stargate-Standorten (MW)"));
    for (const TimeChartData &data : earlier)
        view.setData(data, german);
    view.setData(germanChart(), german);

    const QSize chartMinimum = view.chart()->minimumSize().toSize();
    QCOMPARE(view.minimumSize(), view.minimumSize().expandedTo(chartMinimum));
    QCOMPARE(view.sceneRect(), view.chart()->geometry());
    QCOMPARE(view.chart()->size(), QSizeF(view.size()));

    TimeChartView fresh(QStringLiteral("Leistung an Stargate-Standorten (MW)"));
    fresh.setData(germanChart(), german);
    QCOMPARE(view.minimumSize(), fresh.minimumSize());
    QCOMPARE(view.sizeHint(), fresh.sizeHint());
    QCOMPARE(view.chart()->legend()->geometry(), fresh.chart()->legend()->geometry());
}

void TestWidgets::labelBackingKeepsItsAlpha()
{
    // Labels over charts and maps: white, as translucent as the caller asks.
    const QColor backing = Theme::labelBackgroundColor(200);
    QCOMPARE(backing.rgb(), Theme::surfaceColor().rgb());
    QCOMPARE(backing.alpha(), 200);
    QCOMPARE(Theme::surfaceColor().alpha(), 255);
}

// Six tiles share a 1920-pixel Overview: a long freshness line ("Demo-Feed (SIMULIERT):
// VERALTET · aktualisiert vor 22 min") wraps instead of widening its tile and the page (it gave
// the German Overview a horizontal scroll bar).
void TestWidgets::staleFreshnessLineWraps()
{
    KpiTile tile(QStringLiteral("Leistung · Stargate-Standorte"));
    tile.setValue(QStringLiteral("301–589 MW"));
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-22 * 60);
    tile.setFreshness(
        old, 15'000, QLocale(QLocale::German), QStringLiteral("Demo-Feed (SIMULIERT)"));
    QVERIFY(tile.isStale());
    QVERIFY2(tile.minimumSizeHint().width() <= 260,
        qPrintable(QString::number(tile.minimumSizeHint().width())));
}

// A zoom into an hour of polls must not be flattened by a plan point far outside it.
void TestWidgets::valueAxisFitsTheVisibleSpan()
{
    TimeChartData data = sampleChart(1);
    data.lines.removeLast(); // the target is drawn across every span; this is about the rest
    TimeChartView view(QStringLiteral("Power"));
    view.setData(data, QLocale(QLocale::English));
    QCOMPARE(valueAxis(view.chart())->max(), 400.0); // 300 * 1.08
    data.fromMs = 20'000;
    data.toMs = 50'000;
    view.setData(data, QLocale(QLocale::English));
    // Visible: the reported 50 at 20,000 and the plan's 100, held from 10,000 (not its 300).
    QCOMPARE(valueAxis(view.chart())->max(), 120.0);
}

void TestWidgets::dragZoomsIntoTheDraggedSpan()
{
    ShownChart chart;
    QVERIFY(QTest::qWaitForWindowExposed(&chart.view));
    QSignalSpy requested(&chart.view, &TimeChartView::spanRequested);
    const QRect plot = plotOf(chart.view);
    const int y = plot.center().y();
    const QPoint from(plot.left() + plot.width() / 4, y);
    const QPoint to(plot.left() + plot.width() / 2, y);
    QWidget *viewport = chart.view.viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, QPoint(from.x() + 20, y));
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(requested.size(), 1);
    const auto span = requested.first().first().value<ChartSpan>();
    const TimeChartData data = hourOfPolls();
    // A quarter to a half of the hour, to within a pixel or two of 3,600 s.
    const double msPerPixel = 3'600'000.0 / plot.width();
    QVERIFY(std::abs(double(span.fromMs - (data.fromMs + 900'000))) <= 2 * msPerPixel);
    QVERIFY(std::abs(double(span.toMs - (data.fromMs + 1'800'000))) <= 2 * msPerPixel);
}

void TestWidgets::shortDragIsAClick()
{
    ShownChart chart;
    QVERIFY(QTest::qWaitForWindowExposed(&chart.view));
    QSignalSpy requested(&chart.view, &TimeChartView::spanRequested);
    const QPoint at = plotOf(chart.view).center();
    QTest::mousePress(chart.view.viewport(), Qt::LeftButton, {}, at);
    QTest::mouseMove(chart.view.viewport(), at + QPoint(3, 0));
    QTest::mouseRelease(chart.view.viewport(), Qt::LeftButton, {}, at + QPoint(3, 0));
    QCOMPARE(requested.size(), 0);
}

void TestWidgets::ctrlWheelZoomsAroundTheCursor()
{
    ShownChart chart;
    QVERIFY(QTest::qWaitForWindowExposed(&chart.view));
    QSignalSpy requested(&chart.view, &TimeChartView::spanRequested);
    const QRect plot = plotOf(chart.view);
    const QPoint at(plot.left() + plot.width() / 4, plot.center().y());
    const qint64 anchor = chart.view.zoom()->msAt(at.x());
    QWheelEvent wheel(at, chart.view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
        Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart.view.viewport(), &wheel);
    QCOMPARE(requested.size(), 1);
    const auto span = requested.first().first().value<ChartSpan>();
    QCOMPARE(span.toMs - span.fromMs, qint64(2'700'000)); // a quarter narrower
    // The time under the cursor stays under it: a quarter into the span.
    QVERIFY(std::abs(double(anchor - span.fromMs) / double(span.toMs - span.fromMs) - 0.25) < 0.01);
}

void TestWidgets::plainWheelScrollsThePage()
{
    ShownChart chart;
    QVERIFY(QTest::qWaitForWindowExposed(&chart.view));
    QSignalSpy requested(&chart.view, &TimeChartView::spanRequested);
    const QPoint at = plotOf(chart.view).center();
    QWheelEvent wheel(at, chart.view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart.view.viewport(), &wheel);
    QCOMPARE(requested.size(), 0);
    QVERIFY(!wheel.isAccepted()); // left to the page's scroll area
}

void TestWidgets::middleDragPans()
{
    ShownChart chart;
    QVERIFY(QTest::qWaitForWindowExposed(&chart.view));
    QSignalSpy requested(&chart.view, &TimeChartView::spanRequested);
    const QRect plot = plotOf(chart.view);
    const QPoint from = plot.center();
    const QPoint to = from + QPoint(plot.width() / 6, 0);
    QTest::mousePress(chart.view.viewport(), Qt::MiddleButton, {}, from);
    QTest::mouseMove(chart.view.viewport(), to);
    // While dragging, the axis moves (a sixth of the hour earlier) before any data is re-read.
    const ChartSpan shown = chart.view.shownSpan();
    QTest::mouseRelease(chart.view.viewport(), Qt::MiddleButton, {}, to);
    QCOMPARE(requested.size(), 1);
    const auto span = requested.first().first().value<ChartSpan>();
    QCOMPARE(span, shown);
    QCOMPARE(span.toMs - span.fromMs, qint64(3'600'000));
    const TimeChartData data = hourOfPolls();
    QVERIFY(
        std::abs(double(span.fromMs - (data.fromMs - 600'000))) <= 2 * 3'600'000.0 / plot.width());
}

void TestWidgets::keysZoomPanAndReset()
{
    ShownChart chart;
    QVERIFY(QTest::qWaitForWindowExposed(&chart.view));
    QSignalSpy requested(&chart.view, &TimeChartView::spanRequested);
    QSignalSpy reset(&chart.view, &TimeChartView::resetRequested);
    QCOMPARE(chart.view.focusPolicy(), Qt::StrongFocus);
    const TimeChartData data = hourOfPolls();
    QTest::keyClick(&chart.view, Qt::Key_Plus);
    QTest::keyClick(&chart.view, Qt::Key_Right);
    QTest::keyClick(&chart.view, Qt::Key_Escape);
    QCOMPARE(requested.size(), 2);
    const auto zoomed = requested.at(0).first().value<ChartSpan>();
    QCOMPARE(zoomed.toMs - zoomed.fromMs, qint64(2'700'000));
    const auto panned = requested.at(1).first().value<ChartSpan>();
    QCOMPARE(panned.fromMs, data.fromMs + 900'000); // a quarter of the (unchanged) hour later
    QCOMPARE(reset.size(), 1);
}

// The group applies one chart's zoom to every chart of the page, and a reset returns all of
// them to the bar's range.
void TestWidgets::rangeGroupZoomsEveryChartAndResets()
{
    const qint64 now = hourOfPolls().toMs;
    QWidget page;
    auto *bar = new TimeRangeBar(QLocale(QLocale::English), &page);
    bar->setClock([now] { return now; });
    auto *gpus = new TimeChartView(QStringLiteral("GPUs"), &page);
    auto *power = new TimeChartView(QStringLiteral("MW"), &page);
    ChartRangeGroup group(bar, { gpus, power }, &page);
    // The page's part: read the data for the range and give it to both charts.
    const auto show = [&](const TimeRange &range) {
        TimeChartData data = hourOfPolls();
        const ChartSpan span = range.span(now, { data.fromMs, data.toMs });
        data.fromMs = span.fromMs;
        data.toMs = span.toMs;
        gpus->setData(data, QLocale(QLocale::English));
        power->setData(data, QLocale(QLocale::English));
    };
    connect(&group, &ChartRangeGroup::rangeChanged, &page, show);
    group.setRange(TimeRange::preset(TimeRange::Preset::LastHour));
    QVERIFY(bar->liveAction()->isChecked());
    QCOMPARE(group.liveIntervalMs(), 4'000); // an hour over 900 steps
    QChart *chartBefore = power->chart();

    emit gpus->spanRequested({ now - 1'800'000, now - 600'000 });
    QCOMPARE(group.range(), TimeRange::fixed(now - 1'800'000, now - 600'000));
    QVERIFY(!bar->liveAction()->isChecked());
    QCOMPARE(group.liveIntervalMs(), 0);
    QCOMPARE(power->shownSpan(), (ChartSpan { now - 1'800'000, now - 600'000 }));
    QCOMPARE(power->chart(), chartBefore); // the same chart, new points

    emit power->resetRequested();
    QCOMPARE(group.range(), TimeRange::preset(TimeRange::Preset::LastHour));
    QCOMPARE(gpus->shownSpan(), (ChartSpan { now - 3'600'000, now }));
    QVERIFY(bar->liveAction()->isChecked());
}

// Copy gives the selected rows as shown (tab-separated, hidden columns left out); CSV gives
// every shown row with the values behind the text, quoted as RFC 4180 asks, and never a cell
// a spreadsheet would run as a formula.
void TestWidgets::tableCopiesWhatItShowsAndExportsValues()
{
    constexpr int valueRole = Qt::UserRole + 1;
    QStandardItemModel model(3, 4);
    model.setHorizontalHeaderLabels({ QStringLiteral("Site"), QStringLiteral("Power (MW)"),
        QStringLiteral("Since"), QStringLiteral("Internal") });
    const auto set = [&model](int row, int column, const QString &text, const QVariant &value) {
        auto *item = new QStandardItem(text);
        if (value.isValid())
            item->setData(value, valueRole);
        model.setItem(row, column, item);
    };
    set(0, 0, QStringLiteral("Abilene, Texas"), {});
    set(0, 1, QStringLiteral("1,200"), 1200.0);
    set(0, 2, QStringLiteral("July 22, 2025"), QDate(2025, 7, 22));
    set(0, 3, QStringLiteral("x"), {});
    set(1, 0, QStringLiteral("=HYPERLINK(\"evil\")"), {});
    set(1, 1, QStringLiteral("700 (estimate)"), 700.5);
    set(1, 2, QStringLiteral("—"), {});
    set(1, 3, QStringLiteral("y"), {});
    set(2, 0, QStringLiteral("Hidden row"), {});
    QTableView view;
    view.setModel(&model);
    view.setColumnHidden(3, true);
    view.setRowHidden(2, true);
    TableExport::addContextMenu(&view, valueRole);
    view.show();

    QCOMPARE(TableExport::rowsAsText(&view, true),
        QStringLiteral("Site\tPower (MW)\tSince\nAbilene, Texas\t1,200\tJuly 22, 2025\n"
                       "=HYPERLINK(\"evil\")\t700 (estimate)\t—\n"));
    view.selectRow(1);
    QCOMPARE(TableExport::rowsAsText(&view, false),
        QStringLiteral("=HYPERLINK(\"evil\")\t700 (estimate)\t—\n"));
    // Ctrl+C on the table copies the selection.
    QApplication::clipboard()->clear();
    view.setFocus();
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), TableExport::rowsAsText(&view, false));

    const QString csv = TableExport::rowsAsCsv(&view, valueRole);
    QCOMPARE(csv,
        QStringLiteral("Site,Power (MW),Since\r\n\"Abilene, Texas\",1200,2025-07-22\r\n"
                       "\"'=HYPERLINK(\"\"evil\"\")\",700.5,—\r\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sites.csv"));
    QCOMPARE(TableExport::writeCsv(&view, path, valueRole), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), csv);
    const QString error
        = TableExport::writeCsv(&view, dir.filePath(QStringLiteral("no/such/dir/x.csv")));
    QVERIFY2(error.startsWith(QLatin1String("Cannot write")), qPrintable(error));
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
