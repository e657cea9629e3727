// The Map and Site pages on a store with the bundled dataset: a click on a marker opens
// that site's page, the keyboard zooms and pans, sites without coordinates are listed, and
// a dated note added on the Site page is stored and still there after reopening the store.
#include "domain/figureformat.h"
#include "domain/metrics.h"
#include "domain/phase.h"
#include "pages/mappage.h"
#include "pages/sitepage.h"
#include "pages/sitespage.h"
#include "query/dashboardquery.h"
#include "query/sitedetail.h"
#include "query/snapshotpublisher.h"
#include "session/dashboardsession.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "store/store.h"
#include "store/storewriter.h"
#include "testutil.h"
#include "widgets/mapview.h"
#include "widgets/sitetableview.h"
#include "widgets/timechartview.h"
#include "widgets/timelineview.h"
#include "window/mainwindow.h"
#include "wiring/sessionwiring.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestMapPage : public QObject
{
    Q_OBJECT

private slots:
    void clickOnMarkerOpensSite_data();
    void clickOnMarkerOpensSite();
    void keyboardZoomAndPan();
    void defaultLabelsDoNotOverlap();
    void sitesWithoutCoordinatesAreListed();
    void unknownSiteIsRefused();
    void sitesTableOpensSiteAndBackReturns();
    void aNewSiteOpensAtItsHeader();
    void annotationPersists();
    void recordPhaseByHand_data();
    void recordPhaseByHand();
    void removeAPhaseEnteredByHand();
    void sitePageWriteAccess_data();
    void sitePageWriteAccess();
    void sitePageAsksForWritesBySignals();
    void sitePageShowsTheWritersAnswers();
    void snapshotSitePageIsReadOnly();
    void sitePageShowsEstimateAndQuietRecord();
};

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

struct Fixture
{
    QTemporaryDir dir;
    DashboardSession session;
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        if (!session.open(TestUtil::storePath(dir)).isEmpty())
            return false;
        window = std::make_unique<MainWindow>(
            session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
        SessionWiring::connectWindow(session, *window);
        window->resize(1600, 1000);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
};
} // namespace

void TestMapPage::clickOnMarkerOpensSite_data()
{
    QTest::addColumn<bool>("world");
    QTest::addColumn<QString>("siteId");
    QTest::addColumn<QString>("title");
    QTest::newRow("abilene, shares its coordinates")
        << false << QStringLiteral("abilene-tx") << QStringLiteral("Abilene (Stargate I)");
    QTest::newRow("abilene expansion")
        << false << QStringLiteral("abilene-expansion-tx") << QStringLiteral("Abilene expansion");
    QTest::newRow("lordstown") << false << QStringLiteral("lordstown-oh")
                               << QStringLiteral("Lordstown");
    QTest::newRow("narvik, world view")
        << true << QStringLiteral("norway-narvik") << QStringLiteral("Stargate Norway (Narvik)");
}

void TestMapPage::clickOnMarkerOpensSite()
{
    QFETCH(bool, world);
    QFETCH(QString, siteId);
    QFETCH(QString, title);
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.window->showPage(QStringLiteral("map")));
    QCOMPARE(f.window->currentPageName(), QStringLiteral("map"));
    MapView *map = f.window->mapPage()->mapView();
    if (world)
        map->setRegion(MapView::Region::World);
    QVERIFY(map->isVisible());
    const std::optional<QPointF> at = map->markerPosition(siteId);
    QVERIFY(at.has_value());
    QVERIFY(map->rect().contains(at->toPoint()));
    // The marker's centre hits that marker, not a neighbour drawn on top of it.
    const int hit = MapMarkers::hitTest(map->markers(), *at);
    QVERIFY(hit >= 0);
    QCOMPARE(map->markers().at(hit).id, siteId);

    QSignalSpy activated(map, &MapView::siteActivated);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at->toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), siteId);
    QCOMPARE(f.window->currentPageName(), QStringLiteral("site:") + siteId);
    QCOMPARE(f.window->sitePage()->titleLabel()->text(), title);
    QVERIFY(f.window->sitePage()->isVisible());
    QVERIFY(f.window->sitePage()->sourcesLabel()->text().contains(QLatin1String("<a href=")));
    QVERIFY(f.window->sitePage()->sourcesLabel()->openExternalLinks());
    // Its phases over time: the Timeline page's row of this site only.
    const TimelineData &timeline = f.window->sitePage()->timelineView()->data();
    QCOMPARE(timeline.rows.size(), 1);
    QCOMPARE(timeline.rows.first().siteId, siteId);
    QVERIFY(!timeline.rows.first().segments.isEmpty());
}

void TestMapPage::keyboardZoomAndPan()
{
    Fixture f;
    QVERIFY(f.open());
    f.window->showPage(QStringLiteral("map"));
    MapView *map = f.window->mapPage()->mapView();
    map->setFocus();
    const QPointF before = *map->markerPosition(QStringLiteral("lordstown-oh"));
    QTest::keyClick(map, Qt::Key_Plus);
    QVERIFY(map->zoom() > 1.0);
    QTest::keyClick(map, Qt::Key_Left);
    QVERIFY(map->pan().x() > 0);
    QVERIFY(*map->markerPosition(QStringLiteral("lordstown-oh")) != before);
    QTest::keyClick(map, Qt::Key_0);
    QCOMPARE(map->zoom(), 1.0);
    QCOMPARE(map->pan(), QPointF());
    QCOMPARE(*map->markerPosition(QStringLiteral("lordstown-oh")), before);
    QTest::keyClick(map, Qt::Key_Minus); // not below the whole map
    QCOMPARE(map->zoom(), 1.0);
    QTest::keyClick(map, Qt::Key_Plus);
    QTest::keyClick(map, Qt::Key_Home);
    QCOMPARE(map->zoom(), 1.0);
}

void TestMapPage::defaultLabelsDoNotOverlap()
{
    Fixture f;
    QVERIFY(f.open());
    f.window->showPage(QStringLiteral("map"));
    MapView *map = f.window->mapPage()->mapView();
    for (MapView::Region region : { MapView::Region::Usa, MapView::Region::World }) {
        map->setRegion(region);
        const QStringList labels = map->shownLabels();
        QVERIFY(!labels.isEmpty());
        QVERIFY(labels.size() <= map->markers().size());
        const QList<QRectF> rects = map->labelRects();
        QCOMPARE(rects.size(), labels.size());
        for (int i = 0; i < rects.size(); ++i) {
            QVERIFY(map->rect().contains(rects.at(i).toRect()));
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                    qPrintable(labels.at(i) + QStringLiteral(" / ") + labels.at(j)));
        }
    }
}

void TestMapPage::sitesWithoutCoordinatesAreListed()
{
    Fixture f;
    QVERIFY(f.open());
    f.window->showPage(QStringLiteral("map"));
    QListWidget *list = f.window->mapPage()->noLocationList();
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names.append(list->item(i)->text());
    QVERIFY2(names.contains(QStringLiteral("Stargate India (TCS HyperVault)")),
        qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(!f.window->mapPage()->mapView()->markerPosition(QStringLiteral("india-tcs")));
    // In the US view, sites abroad are listed beside the map rather than lost.
    QVERIFY(f.window->mapPage()->outsideList()->count() > 0);
    QVERIFY(f.window->showPage(QStringLiteral("site:india-tcs")));
    QVERIFY(f.window->sitePage()->locationLabel()->text().contains(QLatin1String("no location")));
}

void TestMapPage::unknownSiteIsRefused()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(!f.window->showPage(QStringLiteral("site:atlantis")));
    QCOMPARE(f.window->currentPageName(), QStringLiteral("overview"));
    QCOMPARE(MainWindow::siteIdOfPageName(QStringLiteral("site:abilene-tx")),
        QStringLiteral("abilene-tx"));
    QCOMPARE(MainWindow::siteIdOfPageName(QStringLiteral("sites")), QString());
}

void TestMapPage::sitesTableOpensSiteAndBackReturns()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.window->showPage(QStringLiteral("sites")));
    emit f.window->sitesPage()->tableView()->siteActivated(QStringLiteral("milam-tx"));
    QCOMPARE(f.window->currentPageName(), QStringLiteral("site:milam-tx"));
    QCOMPARE(f.window->sitePage()->titleLabel()->text(), QStringLiteral("Milam County"));
    QVERIFY(f.window->sitePage()->locationLabel()->text().contains(
        QStringLiteral("30.85° N, 96.98° W")));
    const QList<QPushButton *> buttons = f.window->sitePage()->findChildren<QPushButton *>();
    const auto back = std::find_if(buttons.cbegin(), buttons.cend(),
        [](QPushButton *b) { return b->text().contains(QLatin1String("Back")); });
    QVERIFY(back != buttons.cend());
    QTest::mouseClick(*back, Qt::LeftButton);
    QCOMPARE(f.window->currentPageName(), QStringLiteral("sites"));
    // The navigation still works after the Site page was shown.
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(f.window->currentPageName(), QStringLiteral("map"));

    // The navigation taking focus does not leave the Site page (a window started with --page
    // site:… opened on the Overview: the list's focus-in made its first row current).
    emit f.window->mapPage()->siteActivated(QStringLiteral("milam-tx"));
    QCOMPARE(f.window->currentPageName(), QStringLiteral("site:milam-tx"));
    auto *navigation = f.window->findChild<QListWidget *>(QStringLiteral("Navigation"));
    QVERIFY(navigation);
    QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(navigation, &focusIn);
    QCOMPARE(f.window->currentPageName(), QStringLiteral("site:milam-tx"));
    // The page it came from is reached by its shortcut and by a click on its row.
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(f.window->currentPageName(), QStringLiteral("map"));
    emit f.window->mapPage()->siteActivated(QStringLiteral("milam-tx"));
    QListWidgetItem *mapItem = navigation->item(2);
    QTest::mouseClick(
        navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(mapItem).center());
    QCOMPARE(f.window->currentPageName(), QStringLiteral("map"));
}

// A site opened from the map starts at its header, not where the previous site was scrolled.
void TestMapPage::aNewSiteOpensAtItsHeader()
{
    Fixture f;
    QVERIFY(f.open());
    f.window->resize(1280, 600); // short enough that the Site page scrolls
    QVERIFY(f.window->openSite(QStringLiteral("milam-tx")));
    QScrollArea *scroll = nullptr;
    for (QWidget *w = f.window->sitePage(); w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QVERIFY(f.window->showPage(QStringLiteral("map")));
    emit f.window->mapPage()->siteActivated(QStringLiteral("abilene-tx"));
    QCOMPARE(f.window->currentPageName(), QStringLiteral("site:abilene-tx"));
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
}

void TestMapPage::annotationPersists()
{
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    const QDate day(2025, 9, 30);
    const QString text = QStringLiteral("Building 3 energized (site visit)");
    {
        DashboardSession session;
        QCOMPARE(session.open(path), QString());
        MainWindow window(session.publisher(), session.projections(), path, kEnglish);
        SessionWiring::connectWindow(session, window);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("site:abilene-tx")));
        SitePage *page = window.sitePage();
        // An empty note is refused with a message, and nothing is written.
        QTest::mouseClick(page->addNoteButton(), Qt::LeftButton);
        QVERIFY(page->noteMessage()->text().contains(QLatin1String("Write the note")));
        page->noteDate()->setDate(day);
        QTest::keyClicks(page->noteText(), text);
        QTest::mouseClick(page->addNoteButton(), Qt::LeftButton);
        QTRY_COMPARE(page->detail().annotations.size(), 1);
        QCOMPARE(page->noteMessage()->text(), QStringLiteral("Note saved."));
        QVERIFY(page->notesList()->item(0)->text().contains(text));
        QCOMPARE(page->gpuChart()->annotations().size(), 1);
        QCOMPARE(page->powerChart()->annotations().constFirst().label, text);
    }
    DashboardSession reopened;
    QCOMPARE(reopened.open(path), QString());
    const QList<Annotation> stored = reopened.store().annotations(QStringLiteral("abilene-tx"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().day, day);
    QCOMPARE(stored.first().text, text);
    QVERIFY(stored.first().createdAt.isValid());
    MainWindow window(reopened.publisher(), reopened.projections(), path, kEnglish);
    SessionWiring::connectWindow(reopened, window);
    QVERIFY(window.showPage(QStringLiteral("site:abilene-tx")));
    QVERIFY(window.sitePage()->notesList()->item(0)->text().contains(text));
    QVERIFY(reopened.store().annotations(QStringLiteral("milam-tx")).isEmpty());
}

void TestMapPage::recordPhaseByHand_data()
{
    // Milam County: announced and under construction in 2025 (bundled dataset).
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("stored");
    QTest::newRow("first power after construction")
        << QStringLiteral("first_power") << QDate(2026, 10, 1) << QStringLiteral("Phase recorded.")
        << true;
    QTest::newRow("operational before construction: flagged")
        << QStringLiteral("operational") << QDate(2024, 1, 15)
        << QStringLiteral("Phase recorded, and flagged") << true;
    QTest::newRow("a date in the far future: refused")
        << QStringLiteral("operational") << QDate(2099, 1, 1) << QStringLiteral("Not recorded")
        << false;
}

void TestMapPage::recordPhaseByHand()
{
    QFETCH(QString, phase);
    QFETCH(QDate, date);
    QFETCH(QString, message);
    QFETCH(bool, stored);
    qputenv("USER", "operator-ada");
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.window->openSite(QStringLiteral("milam-tx")));
    SitePage *page = f.window->sitePage();
    QTRY_VERIFY(page->recordPhaseButton()->isEnabled());
    page->phaseChoice()->setCurrentIndex(page->phaseChoice()->findData(phase));
    page->phaseDate()->setDate(date);
    QTest::mouseClick(page->recordPhaseButton(), Qt::LeftButton);
    QTRY_VERIFY2(
        page->phaseMessage()->text().startsWith(message), qPrintable(page->phaseMessage()->text()));

    Store reader;
    QCOMPARE(reader.open(TestUtil::storePath(f.dir), Store::Access::ReadOnly), QString());
    bool found = false;
    for (const PhaseEvent &event : reader.phaseEvents(QStringLiteral("milam-tx"))) {
        if (event.provenance == Provenance::Manual && event.date == date
            && phaseId(event.phase) == phase) {
            found = true;
            QCOMPARE(event.enteredBy, QStringLiteral("operator-ada"));
            QVERIFY(event.enteredAt.isValid());
        }
    }
    QCOMPARE(found, stored);
}

// A phase typed in by mistake can be taken back after confirming; events from the dataset
// cannot, and declining the question changes nothing.
void TestMapPage::removeAPhaseEnteredByHand()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.window->openSite(QStringLiteral("milam-tx")));
    SitePage *page = f.window->sitePage();
    QTRY_VERIFY(page->recordPhaseButton()->isEnabled());
    page->phaseChoice()->setCurrentIndex(
        page->phaseChoice()->findData(QStringLiteral("first_power")));
    page->phaseDate()->setDate(QDate(2026, 10, 1));
    QTest::mouseClick(page->recordPhaseButton(), Qt::LeftButton);
    QTRY_VERIFY(page->phaseMessage()->text().startsWith(QLatin1String("Phase recorded.")));

    const auto manualEvents = [&] {
        Store reader;
        QList<PhaseEvent> manual;
        if (!reader.open(TestUtil::storePath(f.dir), Store::Access::ReadOnly).isEmpty())
            return manual;
        for (const PhaseEvent &event : reader.phaseEvents(QStringLiteral("milam-tx"))) {
            if (event.provenance == Provenance::Manual)
                manual.append(event);
        }
        return manual;
    };
    QTRY_COMPARE(manualEvents().size(), 1);
    const qint64 id = manualEvents().constFirst().id;
    const QString link = QStringLiteral("remove-phase:%1").arg(id);
    QTRY_VERIFY(page->historyLabel()->text().contains(link));

    // Declined: nothing happens.
    QStringList asked;
    page->setRemovalConfirmation([&asked](const QString &what) {
        asked.append(what);
        return false;
    });
    emit page->historyLabel()->linkActivated(link);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QLatin1String("First power"))
            && asked.first().contains(QLatin1String("2026")),
        qPrintable(asked.first()));
    QCOMPARE(manualEvents().size(), 1);

    // Confirmed: removed from the store and from the list.
    page->setRemovalConfirmation([](const QString &) { return true; });
    emit page->historyLabel()->linkActivated(link);
    QTRY_COMPARE(page->phaseMessage()->text(), QStringLiteral("Phase event removed."));
    QCOMPARE(manualEvents().size(), 0);
    QTRY_VERIFY(!page->historyLabel()->text().contains(link));

    // The dataset's events have no remove link, and the writer refuses them anyway.
    Store reader;
    QCOMPARE(reader.open(TestUtil::storePath(f.dir), Store::Access::ReadOnly), QString());
    const QList<PhaseEvent> fromDataset = reader.phaseEvents(QStringLiteral("milam-tx"));
    QVERIFY(!fromDataset.isEmpty());
    QSignalSpy refused(f.session.writer(), &StoreWriter::phaseEventRefused);
    StoreWriter *writer = f.session.writer();
    const qint64 datasetId = fromDataset.constFirst().id;
    QMetaObject::invokeMethod(
        writer, [writer, datasetId] { writer->removeManualPhaseEvent(datasetId); },
        Qt::QueuedConnection);
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(QLatin1String("entered by hand")));
    QCOMPARE(reader.phaseEvents(QStringLiteral("milam-tx")).size(), fromDataset.size());
    QVERIFY(
        !page->historyLabel()->text().contains(QStringLiteral("remove-phase:%1").arg(datasetId)));
}

namespace {
// A Site page on its own, given its detail by a function as the session would: one site
// with one phase event typed in by hand (id 7). Counts the reads.
struct LonePage
{
    SitePage page { kEnglish };
    SiteRow row;
    int reads = 0;

    LonePage()
    {
        row.site.id = QStringLiteral("abilene-tx");
        row.site.name = QStringLiteral("Abilene");
        page.setDetailSource([this](const QString &siteId, const TimeRange &) {
            ++reads;
            SiteDetail detail;
            detail.found = siteId == row.site.id;
            detail.site = row.site;
            PhaseEvent manual;
            manual.id = 7;
            manual.siteId = siteId;
            manual.phase = Phase::Operational;
            manual.date = QDate(2026, 5, 1);
            manual.provenance = Provenance::Manual;
            detail.phaseEvents = { manual };
            return detail;
        });
        page.showSite(row);
    }
};
} // namespace

void TestMapPage::sitePageWriteAccess_data()
{
    QTest::addColumn<SitePage::WriteAccess>("access");
    QTest::addColumn<bool>("formsOn");
    QTest::addColumn<bool>("removable");
    QTest::newRow("no store behind the page") << SitePage::WriteAccess::None << false << false;
    QTest::newRow("read-only snapshot") << SitePage::WriteAccess::ReadOnly << true << false;
    QTest::newRow("writable store") << SitePage::WriteAccess::ReadWrite << true << true;
}

// Whether the page may write reaches it as a value: the forms and the remove link follow it.
void TestMapPage::sitePageWriteAccess()
{
    QFETCH(SitePage::WriteAccess, access);
    QFETCH(bool, formsOn);
    QFETCH(bool, removable);
    LonePage lone;
    QCOMPARE(lone.reads, 1);
    QCOMPARE(lone.page.writeAccess(), SitePage::WriteAccess::None);
    lone.page.setWriteAccess(access);
    QCOMPARE(lone.page.writeAccess(), access);
    QCOMPARE(lone.page.addNoteButton()->isEnabled(), formsOn);
    QCOMPARE(lone.page.noteText()->isEnabled(), formsOn);
    QCOMPARE(lone.page.recordPhaseButton()->isEnabled(), formsOn);
    QCOMPARE(lone.page.historyLabel()->text().contains(QLatin1String("remove-phase:7")), removable);
}

// Notes and phases typed in leave the page as signals carrying values, nothing else.
void TestMapPage::sitePageAsksForWritesBySignals()
{
    qputenv("USER", "operator-ada");
    LonePage lone;
    SitePage &page = lone.page;
    page.setWriteAccess(SitePage::WriteAccess::ReadWrite);
    QSignalSpy notes(&page, &SitePage::noteAdded);
    QSignalSpy phases(&page, &SitePage::phaseRecorded);
    QSignalSpy removals(&page, &SitePage::phaseRemovalRequested);

    page.noteDate()->setDate(QDate(2025, 9, 30));
    QTest::keyClicks(page.noteText(), QStringLiteral("  Building 3 energized "));
    QTest::mouseClick(page.addNoteButton(), Qt::LeftButton);
    QCOMPARE(notes.count(), 1);
    const auto note = notes.constFirst().constFirst().value<Annotation>();
    QCOMPARE(note.siteId, QStringLiteral("abilene-tx"));
    QCOMPARE(note.day, QDate(2025, 9, 30));
    QCOMPARE(note.text, QStringLiteral("Building 3 energized"));
    QCOMPARE(note.author, QStringLiteral("operator-ada"));
    QCOMPARE(page.noteMessage()->text(), QStringLiteral("Saving…"));
    QVERIFY(page.noteText()->text().isEmpty());

    page.phaseChoice()->setCurrentIndex(
        page.phaseChoice()->findData(QStringLiteral("first_power")));
    page.phaseDate()->setDate(QDate(2026, 10, 1));
    QTest::mouseClick(page.recordPhaseButton(), Qt::LeftButton);
    QCOMPARE(phases.count(), 1);
    const auto entry = phases.constFirst().constFirst().value<Lifecycle::ManualEntry>();
    QCOMPARE(entry.siteId, QStringLiteral("abilene-tx"));
    QCOMPARE(entry.phase, QStringLiteral("first_power"));
    QCOMPARE(entry.date, QStringLiteral("2026-10-01"));
    QCOMPARE(entry.enteredBy, QStringLiteral("operator-ada"));

    page.setRemovalConfirmation([](const QString &) { return true; });
    emit page.historyLabel()->linkActivated(QStringLiteral("remove-phase:7"));
    QCOMPARE(removals.count(), 1);
    QCOMPARE(removals.constFirst().constFirst().toLongLong(), 7);
    // An id the page does not show as typed in by hand is not asked for.
    page.removePhaseEvent(8);
    QCOMPARE(removals.count(), 1);
    QCOMPARE(lone.reads, 1); // asking for a write re-reads nothing
}

// The writer's answers come back to the page's slots: a message, then a fresh read.
void TestMapPage::sitePageShowsTheWritersAnswers()
{
    LonePage lone;
    SitePage &page = lone.page;
    page.setWriteAccess(SitePage::WriteAccess::ReadOnly);
    QTest::keyClicks(page.noteText(), QStringLiteral("refused"));
    QTest::mouseClick(page.addNoteButton(), Qt::LeftButton);
    page.writeFailed(QStringLiteral("This is a read-only snapshot."));
    QCOMPARE(page.noteMessage()->text(), QStringLiteral("This is a read-only snapshot."));

    page.noteSaved(QStringLiteral("milam-tx")); // another site's note: nothing to show
    QCOMPARE(lone.reads, 1);
    page.noteSaved(QStringLiteral("abilene-tx"));
    QCOMPARE(page.noteMessage()->text(), QStringLiteral("Note saved."));
    QCOMPARE(lone.reads, 2);
    page.phaseSaved({});
    QCOMPARE(page.phaseMessage()->text(), QStringLiteral("Phase recorded."));
    page.phaseSaved({ QStringLiteral("Out of order.") });
    QCOMPARE(
        page.phaseMessage()->text(), QStringLiteral("Phase recorded, and flagged: Out of order."));
    page.phaseRefused(QStringLiteral("unknown phase"));
    QCOMPARE(page.phaseMessage()->text(), QStringLiteral("Not recorded: unknown phase"));
    page.phaseRemoved();
    QCOMPARE(page.phaseMessage()->text(), QStringLiteral("Phase event removed."));
    QCOMPARE(lone.reads, 5);
}

// Wired to a snapshot's session, the Site page may ask (its forms stay on, as before) but
// offers no removal; the writer's refusals come back through the session.
void TestMapPage::snapshotSitePageIsReadOnly()
{
    Fixture f;
    QVERIFY(f.open());
    const QString snapshot = f.dir.filePath(QStringLiteral("carry.sqlite"));
    QCOMPARE(f.session.exportSnapshot(snapshot), QString());
    QVERIFY(DashboardSession::isSnapshotFile(snapshot));
    QVERIFY(!DashboardSession::isSnapshotFile(TestUtil::storePath(f.dir)));

    DashboardSession session;
    QCOMPARE(session.open(snapshot), QString());
    MainWindow window(session.publisher(), session.projections(), snapshot, kEnglish);
    SessionWiring::connectWindow(session, window);
    QVERIFY(window.isReadOnlySnapshot());
    SitePage *page = window.sitePage();
    QCOMPARE(page->writeAccess(), SitePage::WriteAccess::ReadOnly);
    QVERIFY(window.openSite(QStringLiteral("abilene-tx")));
    QCOMPARE(page->detail().site.id, QStringLiteral("abilene-tx"));
    QVERIFY(page->detail().found);
    QVERIFY(page->addNoteButton()->isEnabled());
    QVERIFY(!page->historyLabel()->text().contains(QLatin1String("remove-phase:")));

    // A write the snapshot's writer refuses: its message reaches the status bar; the page,
    // which was not saving a note, keeps its own line.
    QSignalSpy failed(&session, &DashboardSession::writeFailed);
    QMetaObject::invokeMethod(session.writer(), [writer = session.writer()] {
        writer->enqueue({ TestUtil::sample(
            QStringLiteral("abilene-tx"), Metric::GpusOnline, Provenance::Manual, 1, 1) });
    });
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), StoreWriter::readOnlyMessage());
    QCOMPARE(window.statusBar()->currentMessage(), StoreWriter::readOnlyMessage());
    QVERIFY(page->noteMessage()->text().isEmpty());
}

// The Site page of a site whose operational capacity is Epoch AI's estimate shows it as an
// estimate with analyst, method and date, never as reported; and the header says that public
// news stopped when the newest public date is more than 90 days old.
void TestMapPage::sitePageShowsEstimateAndQuietRecord()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    const QByteArray jsonl
        = R"({"record":"dataset","version":1,"compiled":"2026-12-01"})"
          "\n"
          R"({"record":"site","id":"abilene-tx","name":"Abilene","country":"US"})"
          "\n"
          R"({"record":"fact","scope":"site","site":"abilene-tx","metric":"capacity_online_mw","unit":"MW","value":[301,589],"period":"2026-05-23","as_of":"2026-05-23","source":"https://epoch.ai/data/ai-data-centers","provenance":"estimate","analyst":"Epoch AI","method":"modelled"})"
          "\n";
    QCOMPARE(DatasetImporter::import(store, DatasetParser::parse(jsonl)).outcome,
        DatasetImporter::Result::Outcome::Imported);
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const DashboardSnapshot snapshot = DashboardQuery::build(store, now);
    QCOMPARE(snapshot.sites.size(), 1);
    SitePage page { kEnglish };
    page.setToday(now.date());
    page.setDetailSource([&](const QString &siteId, const TimeRange &range) {
        return SiteDetailQuery::build(store, siteId, now, range);
    });
    page.showSite(snapshot.sites.first());
    const QString credit = QStringLiteral("Estimate · Epoch AI, modelled, %1")
                               .arg(FigureFormat::date(QDate(2026, 5, 23), kEnglish));
    const QString facts = page.factsLabel()->text();
    QVERIFY2(facts.contains(credit.toHtmlEscaped()), qPrintable(facts));
    QVERIFY2(!facts.contains(QLatin1String("Reported")), qPrintable(facts));
    const QString notice = QStringLiteral("No public update since %1")
                               .arg(FigureFormat::date(QDate(2026, 5, 23), kEnglish));
    QVERIFY2(
        page.locationLabel()->text().contains(notice), qPrintable(page.locationLabel()->text()));
    // The power chart's point is an estimate, not a reported figure.
    bool estimateLine = false;
    for (const ChartLine &line : page.detail().powerChart.lines) {
        QVERIFY(line.provenance != Provenance::Reported);
        estimateLine |= line.provenance == Provenance::Estimate;
    }
    QVERIFY(estimateLine);

    page.setToday(QDate(2026, 6, 1));
    page.showSite(snapshot.sites.first());
    QVERIFY(!page.locationLabel()->text().contains(notice));
}

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
