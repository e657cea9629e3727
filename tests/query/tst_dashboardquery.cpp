#include "domain/lifecycle.h"
#include "domain/metrics.h"
#include "query/dashboardsnapshot.h"
#include "query/executivereport.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
PhaseEvent phaseEvent(Phase phase, const QDate &date)
{
    PhaseEvent e;
    e.phase = phase;
    e.date = date;
    return e;
}
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
} // namespace

class TestDashboardQuery : public QObject
{
    Q_OBJECT

private slots:
    void currentPhase_data();
    void currentPhase();
    void summaryOfBundledDataset();
    void simulatedDataIsFlaggedAndSummedPerSite();
    void chartsKeepFleetApartFromSites();
    void reportJsonCarriesProvenance();
    void emptyStoreGivesEmptyState();
};

void TestDashboardQuery::currentPhase_data()
{
    QTest::addColumn<QList<PhaseEvent>>("events");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::addColumn<QDate>("since");

    const QDate d1(2025, 1, 1), d2(2025, 6, 1), d3(2026, 1, 1);
    QTest::addRow("no events") << QList<PhaseEvent> {} << -1 << QDate();
    QTest::addRow("construction after announcement") << QList<PhaseEvent> {
        phaseEvent(Phase::Announced, d1), phaseEvent(Phase::Construction, d2)
    } << int(Phase::Construction) << d2;
    QTest::addRow("announced as Stargate after construction began") << QList<PhaseEvent> {
        phaseEvent(Phase::Construction, d1), phaseEvent(Phase::Announced, d2)
    } << int(Phase::Construction) << d1;
    QTest::addRow("paused") << QList<PhaseEvent> { phaseEvent(Phase::Announced, d1),
        phaseEvent(Phase::Paused, d2) }
                            << int(Phase::Paused) << d2;
    QTest::addRow("resumed after pause") << QList<PhaseEvent> { phaseEvent(Phase::Construction, d1),
        phaseEvent(Phase::Paused, d2), phaseEvent(Phase::Construction, d3) }
                                         << int(Phase::Construction) << d3;
    QTest::addRow("same day, most advanced wins") << QList<PhaseEvent> {
        phaseEvent(Phase::Construction, d1), phaseEvent(Phase::Announced, d1)
    } << int(Phase::Construction) << d1;
    QTest::addRow("unsorted input")
        << QList<PhaseEvent> { phaseEvent(Phase::PartiallyOperational, d3),
               phaseEvent(Phase::Announced, d1) }
        << int(Phase::PartiallyOperational) << d3;
}

void TestDashboardQuery::currentPhase()
{
    QFETCH(QList<PhaseEvent>, events);
    QFETCH(int, expected);
    QFETCH(QDate, since);
    QDate actualSince;
    const auto phase = Lifecycle::currentPhase(events, &actualSince);
    QCOMPARE(phase ? int(*phase) : -1, expected);
    QCOMPARE(actualSince, since);
}

void TestDashboardQuery::summaryOfBundledDataset()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QCOMPARE(DatasetImporter::import(store, DatasetParser::bundled()).outcome,
        DatasetImporter::Result::Outcome::Imported);
    const DashboardSnapshot snapshot = DashboardQuery::build(store, kNow);
    const OverviewSummary &summary = snapshot.summary;

    // Brute force over the store: planned capacity of sites that are neither paused nor cancelled.
    FigureRange planned;
    int withCapacity = 0;
    int active = 0;
    for (const Site &site : store.sites()) {
        const auto phase = Lifecycle::currentPhase(store.phaseEvents(site.id));
        if (phase && !phaseIsActive(*phase))
            continue;
        ++active;
        for (const ReportedFact &fact : store.facts()) {
            if (fact.siteId == site.id && fact.metric == Metric::CapacityMw) {
                planned = planned + fact.value;
                ++withCapacity;
            }
        }
    }
    QVERIFY(summary.plannedCapacityMw.has_value());
    QCOMPARE(summary.plannedCapacityMw->value, planned);
    QCOMPARE(summary.plannedCapacityMw->contributors, withCapacity);
    QCOMPARE(summary.activeSites, active);
    QVERIFY(summary.plannedCapacityMw->value.isRange()); // ranges stay ranges

    // No site reports online GPUs in the public dataset: nothing may be invented.
    QVERIFY(!summary.gpusOnline.has_value());
    QVERIFY(!summary.powerDrawnMw.has_value());
    QVERIFY(!summary.includesSimulated);
    // The fleet target and compute are there, and are fleet figures.
    QVERIFY(summary.gpuTarget.has_value());
    QCOMPARE(summary.gpuTarget->scope, ReportedFact::Scope::Fleet);
    QCOMPARE(summary.gpuTarget->value.low, 1e6);
    QVERIFY(summary.fleetComputeGw.has_value());
    QCOMPARE(summary.fleetComputeGw->period, QDate(2025, 12, 31));
    QCOMPARE(summary.commitmentUsd->value.low, 500e9);
    int phases = 0;
    for (int count : summary.sitesByPhase)
        phases += count;
    QCOMPARE(phases, int(store.sites().size()));
}

void TestDashboardQuery::simulatedDataIsFlaggedAndSummedPerSite()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QVERIFY(TestUtil::insertSite(store, QStringLiteral("a"), QStringLiteral("A")));
    QVERIFY(TestUtil::insertSite(store, QStringLiteral("b"), QStringLiteral("B")));
    SampleWriter writer(store.connection());
    const qint64 t = kNow.toMSecsSinceEpoch();
    QCOMPARE(writer
                 .write({
                     TestUtil::sample(QStringLiteral("a"), Metric::GpusOnline,
                         Provenance::Simulated, t - 60'000, 100),
                     TestUtil::sample(QStringLiteral("a"), Metric::GpusOnline,
                         Provenance::Simulated, t - 1000, 150),
                     TestUtil::sample(QStringLiteral("b"), Metric::GpusOnline, Provenance::Measured,
                         t - 5000, 70),
                 })
                 .error,
        QString());
    const DashboardSnapshot snapshot = DashboardQuery::build(store, kNow);
    QVERIFY(snapshot.summary.gpusOnline.has_value());
    QCOMPARE(snapshot.summary.gpusOnline->value.low, 220.0); // newest of each site
    QVERIFY(snapshot.summary.includesSimulated);
    QVERIFY(snapshot.summary.gpusOnline->includes(Provenance::Simulated));
    QVERIFY(snapshot.summary.gpusOnline->includes(Provenance::Measured));
    QCOMPARE(snapshot.summary.newestSample.toMSecsSinceEpoch(), t - 1000);
    // The chart has one line per provenance, each labelled with it.
    QStringList labels;
    for (const ChartLine &line : snapshot.gpuChart.lines)
        labels.append(line.label);
    QVERIFY(labels.join(QLatin1Char('|')).contains(QLatin1String("SIMULATED")));
    QVERIFY(labels.join(QLatin1Char('|')).contains(QLatin1String("Measured")));
}

void TestDashboardQuery::chartsKeepFleetApartFromSites()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QCOMPARE(DatasetImporter::import(store, DatasetParser::bundled()).outcome,
        DatasetImporter::Result::Outcome::Imported);
    const DashboardSnapshot snapshot = DashboardQuery::build(store, kNow);
    bool fleetLine = false;
    for (const ChartLine &line : snapshot.powerChart.lines) {
        if (line.fleetLevel) {
            fleetLine = true;
            QVERIFY(line.label.contains(QLatin1String("fleet-wide")));
            QCOMPARE(line.points.size(), 3); // 2023, 2024, 2025
            QCOMPARE(line.points.last().y(), 1900.0);
        } else {
            QVERIFY(!line.label.contains(QLatin1String("fleet")));
        }
    }
    QVERIFY(fleetLine);
    // The planned band ends at the sum of every dated plan of an active site.
    const ChartLine &planned = snapshot.powerChart.lines.first();
    QCOMPARE(planned.style, ChartLine::Style::Band);
    FigureRange sum;
    QHash<QString, Milestone> latestPerSite;
    for (const Milestone &milestone : store.milestones()) {
        const auto phase = Lifecycle::currentPhase(store.phaseEvents(milestone.siteId));
        if (milestone.powerMw && (!phase || phaseIsActive(*phase))
            && (!latestPerSite.contains(milestone.siteId)
                || latestPerSite[milestone.siteId].date < milestone.date))
            latestPerSite.insert(milestone.siteId, milestone);
    }
    for (const Milestone &milestone : std::as_const(latestPerSite))
        sum = sum + *milestone.powerMw;
    QCOMPARE(planned.points.last().y(), sum.low);
    QCOMPARE(planned.upper.last().y(), sum.high);
    QVERIFY(snapshot.powerChart.fromMs < snapshot.powerChart.toMs);
}

void TestDashboardQuery::reportJsonCarriesProvenance()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QCOMPARE(DatasetImporter::import(store, DatasetParser::bundled()).outcome,
        DatasetImporter::Result::Outcome::Imported);
    const DashboardSnapshot snapshot = DashboardQuery::build(store, kNow);
    const QJsonObject report = ExecutiveReport::toJson(snapshot);
    const QJsonObject sites = report.value(QStringLiteral("stargate_sites")).toObject();
    QVERIFY(sites.value(QStringLiteral("gpus_online")).isNull());
    const QJsonObject planned = sites.value(QStringLiteral("planned_mw")).toObject();
    QCOMPARE(planned.value(QStringLiteral("low")).toDouble(),
        snapshot.summary.plannedCapacityMw->value.low);
    QCOMPARE(planned.value(QStringLiteral("high")).toDouble(),
        snapshot.summary.plannedCapacityMw->value.high);
    QCOMPARE(planned.value(QStringLiteral("provenance")).toArray().first().toString(),
        QStringLiteral("planned"));
    QCOMPARE(report.value(QStringLiteral("fleet"))
                 .toObject()
                 .value(QStringLiteral("gpu_target"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
        1e6);
    QCOMPARE(report.value(QStringLiteral("includes_simulated")).toBool(), false);
    QCOMPARE(report.value(QStringLiteral("as_of")).toString(),
        snapshot.summary.asOf.toString(Qt::ISODate));
}

void TestDashboardQuery::emptyStoreGivesEmptyState()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    const DashboardSnapshot snapshot = DashboardQuery::build(store, kNow);
    QVERIFY(snapshot.sites.isEmpty());
    QVERIFY(!snapshot.summary.gpusOnline);
    QVERIFY(!snapshot.summary.asOf.isValid());
    QVERIFY(snapshot.gpuChart.lines.isEmpty());
    QVERIFY(snapshot.powerChart.lines.isEmpty());
    QVERIFY(snapshot.gpuChart.fromMs < snapshot.gpuChart.toMs);
}

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "tst_dashboardquery.moc"
