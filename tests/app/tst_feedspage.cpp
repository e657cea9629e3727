// The operator's view of the feeds: source states by rule, relative times, the Feeds page,
// and freshness on the overview's tiles and charts going stale as the clock moves.
#include "domain/figureformat.h"
#include "domain/metrics.h"
#include "itemmodels/sourcehealthmodel.h"
#include "pages/feedspage.h"
#include "pages/overviewpage.h"
#include "pages/publictablespanel.h"
#include "query/dashboardsnapshot.h"
#include "query/snapshotpublisher.h"
#include "session/dashboardsession.h"
#include "testutil.h"
#include "widgets/chartrangegroup.h"
#include "widgets/kpitile.h"
#include "widgets/timechartview.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

namespace {
constexpr qint64 kNow = 1'800'000'000'000;

SourceHealth source(const QString &id, qint64 lastAttemptAgo, qint64 lastSuccessAgo, int failures,
    bool enabled = true)
{
    SourceHealth health;
    health.sourceId = id;
    health.name = id;
    health.kind = QStringLiteral("site_status");
    health.url = QStringLiteral("http://127.0.0.1:9/status.json");
    health.enabled = enabled;
    health.intervalMs = 5'000;
    health.lastAttemptMs = lastAttemptAgo < 0 ? 0 : kNow - lastAttemptAgo;
    health.lastSuccessMs = lastSuccessAgo < 0 ? 0 : kNow - lastSuccessAgo;
    health.consecutiveFailures = failures;
    health.lastError = failures > 0
        ? QStringLiteral("cannot connect to 127.0.0.1:9: Connection refused")
        : QString();
    health.nextPollMs = kNow + 3'000;
    health.samplesLastPoll = 40;
    return health;
}

// Two versions of one table (the older carries an unmatched name that the newer dropped) and a
// file import without figures.
DashboardSnapshot snapshotWithTables()
{
    DashboardSnapshot snapshot;
    SiteRow abilene;
    abilene.site.id = QStringLiteral("abilene-tx");
    abilene.site.name = QStringLiteral("Abilene, Texas");
    SiteRow milam;
    milam.site.id = QStringLiteral("milam-tx");
    milam.site.name = QStringLiteral("Milam County, Texas");
    snapshot.sites = { abilene, milam };
    TableImportInfo newer;
    newer.id = 2;
    newer.sourceId = QStringLiteral("epoch");
    newer.title = QStringLiteral("Epoch AI: data-center timelines");
    newer.fileName = QStringLiteral("data_center_timelines.csv");
    newer.url = QStringLiteral("https://epoch.example/data_center_timelines.csv");
    newer.retrievedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    newer.credit = QStringLiteral("Epoch AI, CC BY 4.0");
    newer.facts = 11;
    newer.sitesMatched = 1;
    newer.newest = true;
    newer.unmatched = { { QStringLiteral("xAI Colossus 2"), 1, 6, QString() },
        { QStringLiteral("OpenAI Stargate Milam"), 2, 9, QStringLiteral("Texas") } };
    TableImportInfo older = newer;
    older.id = 1;
    older.newest = false;
    older.unmatched = { { QStringLiteral("Gone Campus"), 1, 4, QString() } };
    TableImportInfo empty;
    empty.id = 3;
    empty.sourceId = QStringLiteral("file");
    empty.title = QStringLiteral("Our sheet");
    empty.fileName = QStringLiteral("sheet.csv");
    empty.credit = QStringLiteral("Finance");
    empty.newest = true;
    snapshot.tableImports = { empty, newer, older };
    return snapshot;
}
} // namespace

class TestFeedsPage : public QObject
{
    Q_OBJECT

private slots:
    void states_data();
    void states();
    void ages_data();
    void ages();
    void modelPassesTester();
    void pageListsSourcesAndCounts();
    void pauseAndResumeTheSelectedSource();
    void pausingTheDemoFeedShowsPaused();
    void tileGoesStale();
    void chartsSayHowFresh();
    void liveRangeAppendsACommittedSample();
    void publicTablesListNewestVersionsAndUnmatchedNames();
    void unmatchedNameIsMappedThroughTheDialog();
};

void TestFeedsPage::states_data()
{
    QTest::addColumn<SourceHealth>("health");
    QTest::addColumn<QString>("expected");
    QTest::newRow("answered 2 s ago")
        << source(QStringLiteral("a"), 2'000, 2'000, 0) << QStringLiteral("ok");
    QTest::newRow("last success 3 intervals ago")
        << source(QStringLiteral("a"), 15'000, 15'000, 0) << QStringLiteral("ok");
    QTest::newRow("last success 16 s ago at 5 s")
        << source(QStringLiteral("a"), 16'000, 16'000, 0) << QStringLiteral("stale");
    QTest::newRow("newest attempt failed")
        << source(QStringLiteral("a"), 1'000, 6'000, 1) << QStringLiteral("failing");
    QTest::newRow("never succeeded")
        << source(QStringLiteral("a"), 1'000, -1, 4) << QStringLiteral("failing");
    QTest::newRow("never polled") << source(QStringLiteral("a"), -1, -1, 0)
                                  << QStringLiteral("pending");
    QTest::newRow("disabled wins")
        << source(QStringLiteral("a"), 1'000, 6'000, 3, false) << QStringLiteral("disabled");
}

void TestFeedsPage::states()
{
    QFETCH(SourceHealth, health);
    QFETCH(QString, expected);
    QCOMPARE(sourceStateId(sourceStateOf(health, kNow)), expected);
}

void TestFeedsPage::ages_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << QStringLiteral("0 s ago");
    QTest::newRow("4 s") << qint64(4'400) << QStringLiteral("4 s ago");
    QTest::newRow("119 s") << qint64(119'999) << QStringLiteral("119 s ago");
    QTest::newRow("2 min") << qint64(120'000) << QStringLiteral("2 min ago");
    QTest::newRow("3 h") << qint64(3 * 3'600'000 + 5) << QStringLiteral("3 h ago");
    QTest::newRow("5 days") << qint64(5 * 86'400'000LL) << QStringLiteral("5 days ago");
    QTest::newRow("clock skew: future counts as now")
        << qint64(-5'000) << QStringLiteral("0 s ago");
}

void TestFeedsPage::ages()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, expected);
    QCOMPARE(FigureFormat::age(milliseconds, QLocale::c()), expected);
}

void TestFeedsPage::modelPassesTester()
{
    SourceHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources(
        { source(QStringLiteral("a"), 1'000, 1'000, 0), source(QStringLiteral("b"), 1'000, -1, 2) },
        kNow);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.index(1, SourceHealthModel::LastSuccess).data().toString(), QStringLiteral("never"));
    QVERIFY(model.index(1, SourceHealthModel::Error)
                .data()
                .toString()
                .contains(QLatin1String("refused")));
    QCOMPARE(model.index(0, SourceHealthModel::SamplesPerMinute).data().toString(),
        QStringLiteral("480"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(kNow + 60'000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(sourceStateOf(model.sources().first(), kNow + 60'000), SourceState::Stale);
    QCOMPARE(model.index(0, SourceHealthModel::State).data().toString(),
        sourceStateName(SourceState::Stale));
}

void TestFeedsPage::pageListsSourcesAndCounts()
{
    FeedsPage page(QLocale::c());
    DashboardSnapshot snapshot;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SourceHealth ok = source(QStringLiteral("ok-source"), 1'000, 1'000, 0);
    ok.lastAttemptMs = ok.lastSuccessMs = now - 1'000;
    SourceHealth failing = source(QStringLiteral("failing-source"), 1'000, -1, 3);
    failing.lastAttemptMs = now - 1'000;
    snapshot.sources = { failing, ok };
    page.showSnapshot(snapshot);
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY2(
        page.summaryText().contains(QLatin1String("2 source")), qPrintable(page.summaryText()));
    QVERIFY2(page.summaryText().contains(QLatin1String("1 OK")), qPrintable(page.summaryText()));
    QVERIFY2(
        page.summaryText().contains(QLatin1String("1 failing")), qPrintable(page.summaryText()));
    page.showSnapshot(DashboardSnapshot {});
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.summaryText(), QStringLiteral("No sources"));
}

void TestFeedsPage::pauseAndResumeTheSelectedSource()
{
    FeedsPage page(QLocale::c());
    DashboardSnapshot snapshot;
    snapshot.sources = { source(QStringLiteral("polling"), 1'000, 1'000, 0),
        source(QStringLiteral("paused"), 1'000, 1'000, 0, false) };
    page.showSnapshot(snapshot);
    // Without a running poller (no feed, or a snapshot) there is nothing to pause.
    QVERIFY(page.pauseButton()->isHidden());
    page.setPollingControllable(true);
    QVERIFY(!page.pauseButton()->isHidden());
    QVERIFY(!page.pauseButton()->isEnabled()); // nothing selected

    QSignalSpy requested(&page, &FeedsPage::sourceEnabledRequested);
    const auto rowOf = [&](const QString &id) {
        for (int row = 0; row < page.model()->sources().size(); ++row) {
            if (page.model()->sources().at(row).sourceId == id)
                return row;
        }
        return -1;
    };
    page.table()->selectRow(rowOf(QStringLiteral("polling")));
    QCOMPARE(page.pauseButton()->text(), QStringLiteral("Pause Polling"));
    QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
    page.table()->selectRow(rowOf(QStringLiteral("paused")));
    QCOMPARE(page.pauseButton()->text(), QStringLiteral("Resume Polling"));
    QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0), (QVariantList { QStringLiteral("polling"), false }));
    QCOMPARE(requested.at(1), (QVariantList { QStringLiteral("paused"), true }));
    // A new snapshot keeps the selection on the same source.
    page.showSnapshot(snapshot);
    QCOMPARE(page.table()->selectionModel()->selectedRows().value(0).row(),
        rowOf(QStringLiteral("paused")));
}

// End to end: the demo feed polls; pausing it from the page turns its row "Disabled" through
// the poller, the writer and the store.
void TestFeedsPage::pausingTheDemoFeedShowsPaused()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    QCOMPARE(session.startDemoFeed(), QString());
    FeedsPage page(QLocale::c());
    page.setPollingControllable(session.feedRunning());
    connect(
        session.publisher(), &SnapshotPublisher::snapshotChanged, &page, &FeedsPage::showSnapshot);
    connect(
        &page, &FeedsPage::sourceEnabledRequested, &session, &DashboardSession::setSourceEnabled);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.model()->rowCount() == 1 && page.model()->sources().first().lastSuccessMs > 0, 15'000);
    page.table()->selectRow(0);
    QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->sources().first().enabled, 15'000);
    // Paused by the operator, with its time: not "Disabled", which the sources file decides,
    // and no frozen samples/min.
    const SourceHealth paused = page.model()->sources().first();
    QVERIFY(paused.pausedAtMs > 0);
    QCOMPARE(sourceStateOf(paused, paused.pausedAtMs), SourceState::Paused);
    QVERIFY2(page.model()
                 ->index(0, SourceHealthModel::State)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Paused since ")),
        qPrintable(page.model()->index(0, SourceHealthModel::State).data().toString()));
    QCOMPARE(page.model()->index(0, SourceHealthModel::SamplesPerMinute).data().toString(),
        QStringLiteral("—"));
    QVERIFY(page.summaryText().contains(QLatin1String("1 paused")));
    QTRY_COMPARE(page.pauseButton()->text(), QStringLiteral("Resume Polling"));
    QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->sources().first().enabled, 15'000);
    session.stopFeed();
}

void TestFeedsPage::tileGoesStale()
{
    KpiTile tile(QStringLiteral("GPUs"));
    const QDateTime updated = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
    tile.setFreshness(updated, 15'000, QLocale::c());
    tile.refreshFreshness(kNow + 4'000);
    QVERIFY(!tile.isStale());
    QVERIFY2(tile.freshnessText().contains(QLatin1String("updated 4 s ago")),
        qPrintable(tile.freshnessText()));
    tile.refreshFreshness(kNow + 16'000);
    QVERIFY(tile.isStale());
    QVERIFY2(
        tile.freshnessText().startsWith(QLatin1String("STALE")), qPrintable(tile.freshnessText()));
    // A reported figure has no polled time: no freshness line, never stale.
    tile.setFreshness(QDateTime(), 15'000, QLocale::c());
    QVERIFY(!tile.isStale());
    QVERIFY(tile.freshnessText().isEmpty());
}

void TestFeedsPage::chartsSayHowFresh()
{
    OverviewPage page;
    qint64 clock = kNow + 2'000;
    page.setClock([&clock] { return clock; });
    DashboardSnapshot snapshot;
    SourcedValue gpus;
    gpus.value = { 1000, 1000 };
    gpus.provenances = { Provenance::Simulated };
    gpus.updated = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
    snapshot.summary.gpusOnline = gpus;
    snapshot.summary.newestSample = gpus.updated;
    snapshot.sources = { source(QStringLiteral("a"), 0, 0, 0) }; // 5 s interval: stale after 15 s
    snapshot.gpuChart.lines.append(
        ChartLine { QStringLiteral("Online"), Provenance::Simulated, ChartLine::Style::Line, false,
            { QPointF(double(kNow - 60'000), 900), QPointF(double(kNow), 1000) }, {}, {}, {} });
    snapshot.gpuChart.fromMs = kNow - 120'000;
    snapshot.gpuChart.toMs = kNow + 60'000;
    snapshot.gpuChart.nowMs = kNow;
    page.setSnapshot(snapshot, QLocale::c());
    QCOMPARE(page.staleAfterMs(), qint64(15'000));
    QVERIFY(!page.gpuTile()->isStale());
    QVERIFY2(page.gpuChart()->titleText().contains(QLatin1String("updated 2 s ago")),
        qPrintable(page.gpuChart()->titleText()));
    clock = kNow + 30'000;
    page.refreshFreshness();
    QVERIFY(page.gpuTile()->isStale());
    QVERIFY2(page.gpuChart()->titleText().contains(QLatin1String("STALE")),
        qPrintable(page.gpuChart()->titleText()));
    // A real count's tile says only how old it is.
    QVERIFY2(page.gpuTile()->freshnessText().startsWith(QLatin1String("STALE")),
        qPrintable(page.gpuTile()->freshnessText()));

    // Only the demo's count: the headline reads "Not reported", and the freshness line names
    // the demo as what was updated, not the headline.
    snapshot.summary.gpusOnline.reset();
    snapshot.summary.simulatedGpusOnline = gpus;
    clock = kNow + 2'000;
    page.setSnapshot(snapshot, QLocale::c());
    QCOMPARE(page.gpuTile()->value(), QStringLiteral("Not reported"));
    QVERIFY2(page.gpuTile()->freshnessText().startsWith(QLatin1String("Demo feed (SIMULATED): ")),
        qPrintable(page.gpuTile()->freshnessText()));
    QVERIFY(page.gpuTile()->freshnessText().contains(QLatin1String("updated 2 s ago")));
    // Nothing polled at all: no freshness line.
    QVERIFY(page.powerTile()->freshnessText().isEmpty());
}

// Issue 14: at "Last 15 min" the Overview follows now, and a sample committed to the store
// appears on the chart without a new QChart or new series: the live tick replaces points.
void TestFeedsPage::liveRangeAppendsACommittedSample()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    OverviewPage page;
    page.setChartSource(
        [&session](const TimeRange &range) { return session.overviewCharts(range); });
    page.resize(1600, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setSnapshot(session.publisher()->snapshot(), QLocale::c());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto gpus = [](qint64 ts, double value) {
        return TestUtil::sample(
            QStringLiteral("abilene-tx"), Metric::GpusOnline, Provenance::Measured, ts, value);
    };
    QList<KeyedSample> history;
    for (int i = 40; i >= 1; --i)
        history.append(gpus(now - i * 10'000, 1000 + i));
    SampleWriter writer(session.store().connection());
    QCOMPARE(writer.write(history).error, QString());

    page.chartRange()->setRange(TimeRange::preset(TimeRange::Preset::Last15Minutes));
    QCOMPARE(page.chartRange()->liveIntervalMs(), 1'000);
    QChart *chart = page.gpuChart()->chart();
    QXYSeries *online = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == QLatin1String("Online (Measured)"))
            online = qobject_cast<QXYSeries *>(series);
    }
    QVERIFY2(online, qPrintable(page.gpuChart()->seriesNames().join(QLatin1String(", "))));
    const qsizetype before = online->count();
    QVERIFY(before >= 40);

    QCOMPARE(
        writer.write(QList<KeyedSample> { gpus(QDateTime::currentMSecsSinceEpoch(), 2000) }).error,
        QString());
    QTRY_COMPARE_WITH_TIMEOUT(online->points().constLast().y(), 2000.0, 5'000);
    QCOMPARE(page.gpuChart()->chart(), chart);
    QVERIFY(chart->series().contains(online));
    QVERIFY(online->count() >= before);
}

void TestFeedsPage::publicTablesListNewestVersionsAndUnmatchedNames()
{
    FeedsPage page(QLocale(QLocale::English));
    page.resize(1280, 720);
    page.show();
    PublicTablesPanel *panel = page.publicTables();
    page.showSnapshot(DashboardSnapshot());
    QVERIFY(panel->tables()->isHidden());
    QVERIFY(panel->unmatched()->isHidden());

    const DashboardSnapshot snapshot = snapshotWithTables();
    page.showSnapshot(snapshot);
    QVERIFY(!panel->tables()->isHidden());
    QCOMPARE(panel->tables()->rowCount(), 2); // the newest version of each source
    QStringList titles;
    for (int row = 0; row < 2; ++row)
        titles << panel->tables()->item(row, 0)->text();
    QCOMPARE(titles,
        (QStringList {
            QStringLiteral("Our sheet"), QStringLiteral("Epoch AI: data-center timelines") }));
    QVERIFY(panel->tables()->item(1, 0)->toolTip().contains(QLatin1String("epoch.example")));
    QCOMPARE(panel->tables()->item(1, 6)->text(), QStringLiteral("Epoch AI, CC BY 4.0"));
    // Only the newest version's names: the older one's are history.
    QCOMPARE(panel->unmatched()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < 2; ++row)
        names << panel->unmatched()->item(row, 0)->text();
    QVERIFY(names.contains(QStringLiteral("OpenAI Stargate Milam")));
    QVERIFY(!names.contains(QStringLiteral("Gone Campus")));
    // The credit of a table without figures is not shown with the figures.
    QCOMPARE(snapshot.dataCredits(), QStringList { QStringLiteral("Epoch AI, CC BY 4.0") });
    QVERIFY(!panel->mapButton()->isEnabled()); // nothing selected yet
}

void TestFeedsPage::unmatchedNameIsMappedThroughTheDialog()
{
    FeedsPage page(QLocale(QLocale::English));
    page.show();
    PublicTablesPanel *panel = page.publicTables();
    page.showSnapshot(snapshotWithTables());
    QSignalSpy requested(panel, &PublicTablesPanel::siteMappingRequested);
    int row = 0;
    while (panel->unmatched()->item(row, 0)->text() != QLatin1String("OpenAI Stargate Milam"))
        ++row;
    panel->unmatched()->selectRow(row);
    QVERIFY(panel->mapButton()->isEnabled());
    QTest::mouseClick(panel->mapButton(), Qt::LeftButton);
    QDialog *dialog = panel->findChild<QDialog *>(QStringLiteral("mapSiteDialog"));
    QVERIFY(dialog);
    auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("siteChoice"));
    QVERIFY(choice);
    QCOMPARE(choice->count(), 2);
    // Nothing is chosen for the user, and Map waits for a choice.
    QCOMPARE(choice->currentIndex(), -1);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    choice->setCurrentIndex(choice->findData(QStringLiteral("milam-tx")));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("OpenAI Stargate Milam"));
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("milam-tx"));

    // A read-only snapshot maps nothing.
    panel->setMappingAllowed(false);
    QVERIFY(!panel->mapButton()->isEnabled());
    QCOMPARE(panel->openMapDialog(), nullptr);
}

QTEST_MAIN(TestFeedsPage)
#include "tst_feedspage.moc"
