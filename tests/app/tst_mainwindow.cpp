// The main window on a temporary store: tiles show what the store holds, and a commit of
// the writer thread refreshes them without any action of the user.
#include "domain/figureformat.h"
#include "domain/metrics.h"
#include "itemmodels/sitetablemodel.h"
#include "pages/overviewpage.h"
#include "pages/sitespage.h"
#include "query/snapshotpublisher.h"
#include "session/dashboardsession.h"
#include "store/storewriter.h"
#include "testutil.h"
#include "widgets/kpitile.h"
#include "widgets/sitetableview.h"
#include "window/mainwindow.h"
#include "wiring/sessionwiring.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void tilesShowStoreContents();
    void refreshesWhenWriterCommits();
    void pagesByNameAndKeyboard();
    void sitesTableFiltersAsYouType();
    void bannerWhileTheStoreCannotBeWritten();
};

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
}

void TestMainWindow::tilesShowStoreContents()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Expected values, computed here from the store's facts.
    double plannedLow = 0;
    double plannedHigh = 0;
    const DashboardSnapshot &snapshot = session.publisher()->snapshot();
    for (const SiteRow &row : snapshot.sites) {
        if (row.plannedMw && (!row.phase || phaseIsActive(*row.phase))) {
            plannedLow += row.plannedMw->value.low;
            plannedHigh += row.plannedMw->value.high;
        }
    }
    OverviewPage *overview = window.overviewPage();
    QVERIFY(overview->powerTile()->detail().contains(
        QStringLiteral("%1–%2 MW")
            .arg(kEnglish.toString(qint64(plannedLow)), kEnglish.toString(qint64(plannedHigh)))));
    QCOMPARE(overview->gpuTile()->value(), QStringLiteral("Not reported"));
    QCOMPARE(overview->fleetTile()->value(), QStringLiteral("1.9 GW"));
    QCOMPARE(overview->commitmentTile()->value(), QStringLiteral("US$500 bn"));
    QVERIFY(overview->gpuTile()->toolTip().contains(QLatin1String("all of OpenAI's compute")));
    QVERIFY(!overview->simulatedBanner()->isVisible());
    QCOMPARE(window.siteModel()->rowCount(), int(session.store().sites().size()));
}

void TestMainWindow::refreshesWhenWriterCommits()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    session.publisher()->setMinimumInterval(50);
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    window.show();
    OverviewPage *overview = window.overviewPage();
    QCOMPARE(overview->gpuTile()->value(), QStringLiteral("Not reported"));
    // The reported (or estimated) operational capacity before the demo starts.
    const QString capacity = overview->powerTile()->value();
    QVERIFY(capacity != QStringLiteral("Not reported"));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<KeyedSample> samples {
        TestUtil::sample(QStringLiteral("abilene-tx"), Metric::GpusOnline, Provenance::Simulated,
            now - 1000, 250'000),
        TestUtil::sample(QStringLiteral("milam-tx"), Metric::GpusOnline, Provenance::Simulated,
            now - 1000, 50'000),
        TestUtil::sample(
            QStringLiteral("abilene-tx"), Metric::PowerMw, Provenance::Simulated, now - 1000, 77),
    };
    QMetaObject::invokeMethod(
        session.writer(), "enqueue", Qt::QueuedConnection, Q_ARG(QList<KeyedSample>, samples));
    // The demo's figures stand beside the real ones, labelled, and replace none of them.
    QTRY_VERIFY2(overview->gpuTile()->detail().contains(
                     QStringLiteral("SIMULATED (demo feed, not added): %1 online")
                         .arg(kEnglish.toString(300'000))),
        qPrintable(overview->gpuTile()->detail()));
    QCOMPARE(overview->gpuTile()->value(), QStringLiteral("Not reported"));
    QCOMPARE(overview->powerTile()->value(), capacity);
    QVERIFY2(overview->powerTile()->detail().contains(
                 QStringLiteral("SIMULATED (demo feed, not added): 77 MW drawn")),
        qPrintable(overview->powerTile()->detail()));
    // No share of the fleet-wide target is shown for a Stargate-sites sum.
    QVERIFY(!overview->gpuTile()->detail().contains(QLatin1String("of the 1,000,000 target")));
    QVERIFY(overview->gpuTile()->findChild<QProgressBar *>()->isHidden());
    QCOMPARE(overview->gpuTile()->badgeText(), QStringLiteral("SIMULATED DATA"));
    QVERIFY(overview->simulatedBanner()->isVisible());
}

void TestMainWindow::pagesByNameAndKeyboard()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.currentPageName(), QStringLiteral("overview"));
    QVERIFY(window.showPage(QStringLiteral("sites")));
    QCOMPARE(window.currentPageName(), QStringLiteral("sites"));
    QVERIFY(!window.showPage(QStringLiteral("nonsense")));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPageName(), QStringLiteral("overview"));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPageName(), QStringLiteral("sites"));
}

void TestMainWindow::sitesTableFiltersAsYouType()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    window.showPage(QStringLiteral("sites"));
    window.show();
    SiteTableView *view = window.sitesPage()->tableView();
    const int all = view->visibleRowCount();
    QVERIFY(all > 10);
    QTest::keyClicks(view->searchField(), QStringLiteral("korea"));
    QCOMPARE(view->visibleRowCount(), 2);
    view->searchField()->clear();
    QCOMPARE(view->visibleRowCount(), all);
}

// The store cannot be written (here: a page limit, a full disk for SQLite): a red banner names
// the store and says what waits; when writing works again the queued samples are stored and
// the banner goes. It used to show a status-bar line for 15 s and nothing else.
void TestMainWindow::bannerWhileTheStoreCannotBeWritten()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    SessionWiring::connectWindow(session, window);
    QCOMPARE(window.storeWriteProblem(), QString());
    StoreWriter *writer = session.writer();
    qint64 pageCount = 0;
    {
        // In its own scope: a statement left open keeps this connection's read snapshot.
        auto pages = session.store().connection().prepare(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages.next());
        pageCount = pages.int64(0);
    }
    QMetaObject::invokeMethod(
        writer, [writer, pageCount] { writer->setPageLimit(pageCount); },
        Qt::BlockingQueuedConnection);
    const QString site = session.store().sites().constFirst().id;
    QList<KeyedSample> samples;
    for (int i = 0; i < 2000; ++i)
        samples.append(
            TestUtil::sample(site, Metric::GpusOnline, Provenance::Measured, i * 1000, i));
    QMetaObject::invokeMethod(
        writer, [writer, samples] { writer->enqueue(samples); }, Qt::QueuedConnection);

    QTRY_VERIFY(!window.storeWriteProblem().isEmpty());
    QVERIFY2(window.storeWriteProblem().contains(TestUtil::storePath(dir)),
        qPrintable(window.storeWriteProblem()));
    QVERIFY(window.storeWriteProblem().contains(
        FigureFormat::count(2000) + QStringLiteral(" sample(s) waiting, 0 lost")));

    QMetaObject::invokeMethod(
        writer, [writer] { writer->setPageLimit(0); }, Qt::BlockingQueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(window.storeWriteProblem().isEmpty(), 10'000);
    auto count
        = session.store().connection().prepare(QStringLiteral("SELECT count(*) FROM samples"));
    QVERIFY(count.next());
    QCOMPARE(count.int64(0), 2000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
