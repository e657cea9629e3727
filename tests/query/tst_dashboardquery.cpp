#include "domain/lifecycle.h"
#include "domain/metrics.h"
#include "query/chartaxis.h"
#include "query/dashboardquery.h"
#include "query/executivereport.h"
#include "query/projectioninput.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "testutil.h"

#include "forecast/projection.h"

#include <QJsonArray>
#include <QJsonDocument>
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

SourcedValue value(double low, Provenance provenance, const QDate &asOf = QDate())
{
    SourcedValue v;
    v.value = { low, low };
    v.provenances = { provenance };
    v.asOf = asOf;
    if (provenance == Provenance::Reported || provenance == Provenance::Estimate)
        v.reportedAsOf = asOf;
    v.contributors = 1;
    return v;
}

SiteRow row(const QString &id, std::optional<Phase> phase)
{
    SiteRow r;
    r.site.id = id;
    r.phase = phase;
    return r;
}

ReportedFact fact(ReportedFact::Scope scope, const QString &siteId, QLatin1StringView metric,
    double low, const QDate &period, const QDate &asOf,
    Provenance provenance = Provenance::Reported, double high = -1)
{
    ReportedFact f;
    f.scope = scope;
    f.siteId = siteId;
    f.metric = metric;
    f.value = { low, high < 0 ? low : high };
    f.period = period;
    f.asOf = asOf;
    f.provenance = provenance;
    return f;
}

Site site(const QString &id)
{
    Site s;
    s.id = id;
    s.name = id.toUpper();
    return s;
}

// The snapshot's summary and site rows as build() makes them, from hand-made inputs.
DashboardSnapshot snapshotOf(const DashboardInputs &inputs)
{
    DashboardSnapshot snapshot;
    snapshot.builtAt = kNow;
    snapshot.sites = DashboardQuery::siteRows(inputs);
    snapshot.summary = DashboardQuery::summarize(snapshot.sites, inputs);
    DashboardQuery::stampAsOf(snapshot.summary);
    return snapshot;
}

QJsonObject siteInReport(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &site : report.value(QStringLiteral("sites")).toArray()) {
        if (site.toObject().value(QStringLiteral("id")).toString() == id)
            return site.toObject();
    }
    return {};
}

// Every object in the report that carries a provenance (a figure) also carries a scope.
void collectFiguresWithoutScope(const QJsonValue &value, const QString &path, QStringList &missing)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectFiguresWithoutScope(array[i], path + QStringLiteral("[%1]").arg(i), missing);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("provenance")) && !object.contains(QStringLiteral("scope")))
        missing.append(path);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("projection"))
            collectFiguresWithoutScope(it.value(), path + QLatin1Char('.') + it.key(), missing);
    }
}

SeriesInfo series(qint64 id, const QString &siteId, QLatin1StringView metric, Provenance provenance)
{
    SeriesInfo s;
    s.id = id;
    s.key.siteId = siteId;
    s.key.metric = metric;
    s.key.provenance = provenance;
    return s;
}
} // namespace

class TestDashboardQuery : public QObject
{
    Q_OBJECT

private slots:
    void currentPhase_data();
    void currentPhase();
    void summaryOfBundledDataset();
    void simulatedFiguresStandBesideRealOnes();
    void demoNeverReplacesReportedCapacity();
    void asOfCountsOnlyReportedOrEstimatedFigures_data();
    void asOfCountsOnlyReportedOrEstimatedFigures();
    void newestSourceDateCoversTheWholeDataset();
    void reportJsonGivesEveryFigureAScope();
    void reportJsonKeepsRangesPerSite();
    void reportJsonRoundsToMeaning();
    void reportIncludesSimulatedWhenAnyFigureDoes();
    void chartsKeepFleetApartFromSites();
    void reportJsonCarriesProvenance();
    void emptyStoreGivesEmptyState();
    void newestSeriesValuePrefersRealOnTies();
    void siteRowFallsBackToReportedFigures();
    void activeSiteIdsSkipPausedAndCancelled();
    void summarySumsActiveSiteRows();
    void asOfIsTheNewestShownFigure_data();
    void asOfIsTheNewestShownFigure();
    void chartSpanPadsToCleanDates_data();
    void chartSpanPadsToCleanDates();
    void powerChartCarriesNoFleetLine();
    void powerChartKeepsEstimatesApartFromReports();
    void chartExtentSpan_data();
    void chartExtentSpan();
    void projectionInputPrefersRealHistory();
    void siteRowCarriesEstimateCreditAndPublicDate();
    void contractedCapacityIsNeverOperational();
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

void TestDashboardQuery::simulatedFiguresStandBesideRealOnes()
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
                     TestUtil::sample(QStringLiteral("b"), Metric::GpusOnline,
                         Provenance::Simulated, t - 1000, 40),
                     TestUtil::sample(QStringLiteral("b"), Metric::GpusOnline, Provenance::Measured,
                         t - 5000, 70),
                 })
                 .error,
        QString());
    const DashboardSnapshot snapshot = DashboardQuery::build(store, kNow);
    const OverviewSummary &summary = snapshot.summary;
    // The real sum holds only the measured count; the demo's counts are summed apart.
    QVERIFY(summary.gpusOnline.has_value());
    QCOMPARE(summary.gpusOnline->value.low, 70.0);
    QCOMPARE(summary.gpusOnline->provenances, QList<Provenance> { Provenance::Measured });
    QVERIFY(summary.simulatedGpusOnline.has_value());
    QCOMPARE(summary.simulatedGpusOnline->value.low, 190.0); // newest of each site
    QCOMPARE(summary.simulatedGpusOnline->provenances, QList<Provenance> { Provenance::Simulated });
    QVERIFY(summary.includesSimulated);
    QCOMPARE(summary.newestSample.toMSecsSinceEpoch(), t - 5000); // a measurement, not the demo
    QCOMPARE(summary.newestSimulatedSample.toMSecsSinceEpoch(), t - 1000);
    // The chart has one line per provenance, each labelled with it.
    QStringList labels;
    for (const ChartLine &line : snapshot.gpuChart.lines)
        labels.append(line.label);
    QVERIFY(labels.join(QLatin1Char('|')).contains(QLatin1String("SIMULATED")));
    QVERIFY(labels.join(QLatin1Char('|')).contains(QLatin1String("Measured")));
}

void TestDashboardQuery::demoNeverReplacesReportedCapacity()
{
    DashboardInputs inputs;
    inputs.sites = { site(QStringLiteral("abilene")) };
    inputs.facts
        = { fact(ReportedFact::Scope::Site, QStringLiteral("abilene"), Metric::CapacityOnlineMw,
            300, QDate(2026, 4, 17), QDate(2026, 4, 17), Provenance::Estimate) };
    inputs.series = { series(1, QStringLiteral("abilene"), Metric::PowerMw, Provenance::Simulated),
        series(2, QStringLiteral("abilene"), Metric::GpusOnline, Provenance::Simulated) };
    inputs.latestSamples = { { 1, Sample { kNow.toMSecsSinceEpoch(), 123.5 } },
        { 2, Sample { kNow.toMSecsSinceEpoch(), 4000 } } };
    const DashboardSnapshot snapshot = snapshotOf(inputs);

    // The site row still shows the estimated capacity; the demo's draw stands beside it.
    const SiteRow &row = snapshot.sites.first();
    QVERIFY(row.powerMw.has_value());
    QCOMPARE(row.powerMw->value.low, 300.0);
    QVERIFY(row.powerIsOperationalCapacity);
    QCOMPARE(row.simulatedPowerMw->value.low, 123.5);
    // The summary keeps the capacity and never adds the simulated draw to a real sum.
    QCOMPARE(snapshot.summary.capacityOnlineMw->value.low, 300.0);
    QVERIFY(!snapshot.summary.powerDrawnMw);
    QVERIFY(!snapshot.summary.gpusOnline);
    QCOMPARE(snapshot.summary.simulatedPowerMw->value.low, 123.5);

    const QJsonObject report = ExecutiveReport::toJson(snapshot);
    const QJsonObject sites = report.value(QStringLiteral("stargate_sites")).toObject();
    const QJsonObject capacity = sites.value(QStringLiteral("operational_capacity_mw")).toObject();
    QCOMPARE(capacity.value(QStringLiteral("value")).toDouble(), 300.0);
    QCOMPARE(capacity.value(QStringLiteral("provenance")).toArray().first().toString(),
        QStringLiteral("estimate"));
    QVERIFY(sites.value(QStringLiteral("power_mw")).isNull());
    QCOMPARE(sites.value(QStringLiteral("simulated_power_mw"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
        123.5);
    const QJsonObject abilene = siteInReport(report, QStringLiteral("abilene"));
    QCOMPARE(abilene.value(QStringLiteral("operational_capacity_mw"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
        300.0);
    QCOMPARE(abilene.value(QStringLiteral("simulated_gpus_online"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
        4000.0);
    QVERIFY(abilene.value(QStringLiteral("gpus_online")).isNull());
    QCOMPARE(report.value(QStringLiteral("includes_simulated")).toBool(), true);
}

void TestDashboardQuery::asOfCountsOnlyReportedOrEstimatedFigures_data()
{
    QTest::addColumn<int>("plannedAsOfDay"); // day of 2026-03 the plan was published
    QTest::addColumn<int>("capacityProvenance");
    QTest::addColumn<QDate>("expected");
    // A plan published 2026-03-06 is newer than the reported capacity of 2026-01-10.
    QTest::addRow("a newer plan is not a newer report")
        << 6 << int(Provenance::Reported) << QDate(2026, 1, 10);
    QTest::addRow("an estimate counts like a report")
        << 6 << int(Provenance::Estimate) << QDate(2026, 1, 10);
    QTest::addRow("only plans: no reported as-of") << 6 << -1 << QDate();
}

void TestDashboardQuery::asOfCountsOnlyReportedOrEstimatedFigures()
{
    QFETCH(int, plannedAsOfDay);
    QFETCH(int, capacityProvenance);
    QFETCH(QDate, expected);
    DashboardInputs inputs;
    inputs.sites = { site(QStringLiteral("a")) };
    inputs.facts = { fact(ReportedFact::Scope::Site, QStringLiteral("a"), Metric::GpusPlanned,
        400000, QDate(2026, 12, 31), QDate(2026, 3, plannedAsOfDay), Provenance::Planned) };
    if (capacityProvenance >= 0)
        inputs.facts.append(
            fact(ReportedFact::Scope::Site, QStringLiteral("a"), Metric::CapacityOnlineMw, 200,
                QDate(2026, 1, 1), QDate(2026, 1, 10), Provenance(capacityProvenance)));
    const DashboardSnapshot snapshot = snapshotOf(inputs);
    QCOMPARE(snapshot.summary.asOf, expected);
    QCOMPARE(ExecutiveReport::toJson(snapshot).value(QStringLiteral("as_of")).toString(QString()),
        expected.isValid() ? expected.toString(Qt::ISODate) : QString());
}

void TestDashboardQuery::newestSourceDateCoversTheWholeDataset()
{
    DashboardInputs inputs;
    inputs.datasetVersion = 2;
    inputs.sites = { site(QStringLiteral("a")) };
    inputs.sites.first().statusAsOf = QDate(2026, 5, 1);
    PhaseEvent construction = phaseEvent(Phase::Construction, QDate(2026, 6, 12));
    construction.siteId = QStringLiteral("a");
    inputs.phaseEvents = { construction };
    inputs.facts = { fact(ReportedFact::Scope::Site, QStringLiteral("a"), Metric::CapacityOnlineMw,
        200, QDate(2026, 4, 1), QDate(2026, 4, 17)) };
    const DashboardSnapshot snapshot = snapshotOf(inputs);
    QCOMPARE(snapshot.summary.asOf, QDate(2026, 4, 17)); // the figures shown
    QCOMPARE(snapshot.summary.datasetNewestSource, QDate(2026, 6, 12)); // the dataset
    QCOMPARE(
        ExecutiveReport::toJson(snapshot).value(QStringLiteral("dataset_newest_source")).toString(),
        QStringLiteral("2026-06-12"));

    // An imported public table is not the bundled dataset: its rows (an analyst's projection is
    // dated by the day the table was fetched) never move the dataset's newest source date.
    ReportedFact imported = fact(ReportedFact::Scope::Site, QStringLiteral("a"),
        Metric::CapacityOnlineMw, 1200, QDate(2027, 12, 31), QDate(2026, 12, 3));
    imported.importId = 7;
    imported.analystProjection = true;
    inputs.facts.append(imported);
    const DashboardSnapshot withTable = snapshotOf(inputs);
    QCOMPARE(withTable.summary.datasetNewestSource, QDate(2026, 6, 12));
    QCOMPARE(withTable.summary.asOf, QDate(2026, 4, 17)); // a projection is no figure shown
}

void TestDashboardQuery::reportJsonGivesEveryFigureAScope()
{
    DashboardInputs inputs;
    inputs.sites = { site(QStringLiteral("a")) };
    inputs.facts = {
        fact(ReportedFact::Scope::Site, QStringLiteral("a"), Metric::GpusOnline, 450000,
            QDate(2026, 6, 1), QDate(2026, 6, 2)),
        fact(ReportedFact::Scope::Fleet, QString(), Metric::GpusOnlineTarget, 1e6,
            QDate(2025, 12, 31), QDate(2025, 1, 1), Provenance::Planned),
        fact(ReportedFact::Scope::Fleet, QString(), Metric::ComputeGw, 1.9, QDate(2025, 12, 31),
            QDate(2026, 1, 5)),
        fact(ReportedFact::Scope::Program, QString(), Metric::CommitmentUsd, 500e9,
            QDate(2025, 1, 21), QDate(2025, 1, 22)),
    };
    const QJsonObject report = ExecutiveReport::toJson(snapshotOf(inputs));
    const QJsonObject sites = report.value(QStringLiteral("stargate_sites")).toObject();
    const QJsonObject fleet = report.value(QStringLiteral("fleet")).toObject();
    QCOMPARE(sites.value(QStringLiteral("gpus_online"))
                 .toObject()
                 .value(QStringLiteral("scope"))
                 .toString(),
        QStringLiteral("stargate_sites"));
    QCOMPARE(fleet.value(QStringLiteral("gpu_target"))
                 .toObject()
                 .value(QStringLiteral("scope"))
                 .toString(),
        QStringLiteral("fleet"));
    QCOMPARE(siteInReport(report, QStringLiteral("a"))
                 .value(QStringLiteral("gpus_online"))
                 .toObject()
                 .value(QStringLiteral("scope"))
                 .toString(),
        QStringLiteral("site"));
    // A Stargate-sites sum is not a share of a fleet-wide target.
    QVERIFY(!fleet.contains(QStringLiteral("stargate_share_of_target_percent")));
    QStringList missing;
    collectFiguresWithoutScope(report, QStringLiteral("report"), missing);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestDashboardQuery::reportJsonKeepsRangesPerSite()
{
    DashboardInputs inputs;
    inputs.sites = { site(QStringLiteral("saline-mi")), site(QStringLiteral("dona-ana-nm")) };
    inputs.facts = {
        fact(ReportedFact::Scope::Site, QStringLiteral("saline-mi"), Metric::CapacityMw, 1000,
            QDate(2025, 10, 31), QDate(2025, 10, 31), Provenance::Planned, 1400),
        fact(ReportedFact::Scope::Site, QStringLiteral("dona-ana-nm"), Metric::CapacityMw, 700,
            QDate(2025, 9, 23), QDate(2025, 9, 23), Provenance::Planned, 1000),
    };
    const QJsonObject report = ExecutiveReport::toJson(snapshotOf(inputs));
    const QList<std::tuple<QString, double, double>> expected {
        { QStringLiteral("saline-mi"), 1000, 1400 }, { QStringLiteral("dona-ana-nm"), 700, 1000 }
    };
    for (const auto &[id, low, high] : expected) {
        const QJsonObject planned
            = siteInReport(report, id).value(QStringLiteral("planned_mw")).toObject();
        QCOMPARE(planned.value(QStringLiteral("low")).toDouble(), low);
        QCOMPARE(planned.value(QStringLiteral("high")).toDouble(), high);
        QCOMPARE(planned.value(QStringLiteral("scope")).toString(), QStringLiteral("site"));
        QCOMPARE(planned.value(QStringLiteral("provenance")).toArray().first().toString(),
            QStringLiteral("planned"));
        QVERIFY(planned.contains(QStringLiteral("as_of")));
    }
    const QJsonObject sum = report.value(QStringLiteral("stargate_sites"))
                                .toObject()
                                .value(QStringLiteral("planned_mw"))
                                .toObject();
    QCOMPARE(sum.value(QStringLiteral("low")).toDouble(), 1700.0);
    QCOMPARE(sum.value(QStringLiteral("high")).toDouble(), 2400.0);
}

void TestDashboardQuery::reportJsonRoundsToMeaning()
{
    DashboardInputs inputs;
    inputs.sites = { site(QStringLiteral("a")), site(QStringLiteral("b")) };
    // 0.3 + 640.9 is 641.1999999999999 in binary floating point.
    inputs.facts = {
        fact(ReportedFact::Scope::Site, QStringLiteral("a"), Metric::CapacityMw, 0.3,
            QDate(2026, 1, 1), QDate(2026, 1, 1)),
        fact(ReportedFact::Scope::Site, QStringLiteral("b"), Metric::CapacityMw, 640.9,
            QDate(2026, 1, 1), QDate(2026, 1, 1)),
        fact(ReportedFact::Scope::Site, QStringLiteral("a"), Metric::GpusOnline, 1000.4,
            QDate(2026, 1, 1), QDate(2026, 1, 1)),
        fact(ReportedFact::Scope::Fleet, QString(), Metric::ComputeGw, 1.90004, QDate(2025, 12, 31),
            QDate(2026, 1, 5)),
    };
    inputs.facts.last().unit = QStringLiteral("GW");
    const QJsonObject report = ExecutiveReport::toJson(snapshotOf(inputs));
    const QJsonObject sites = report.value(QStringLiteral("stargate_sites")).toObject();
    const QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Compact);
    QVERIFY2(!text.contains("641.19999"), text.constData());
    QVERIFY(text.contains("\"value\":641.2"));
    QCOMPARE(sites.value(QStringLiteral("planned_mw"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
        641.2);
    QCOMPARE(sites.value(QStringLiteral("gpus_online"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
        1000.0); // GPUs are whole
    QCOMPARE(report.value(QStringLiteral("fleet"))
                 .toObject()
                 .value(QStringLiteral("compute_gw"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
        1.9); // GW to the megawatt
}

void TestDashboardQuery::reportIncludesSimulatedWhenAnyFigureDoes()
{
    DashboardInputs inputs;
    inputs.sites = { site(QStringLiteral("a")) };
    const DashboardSnapshot snapshot = snapshotOf(inputs);
    ProjectionResult projection;
    QCOMPARE(ExecutiveReport::toJson(snapshot, &projection)
                 .value(QStringLiteral("includes_simulated"))
                 .toBool(),
        false);
    // The summary has no simulated figure, the projection used the demo's history.
    projection.includesSimulated = true;
    QCOMPARE(ExecutiveReport::toJson(snapshot, &projection)
                 .value(QStringLiteral("includes_simulated"))
                 .toBool(),
        true);
}

void TestDashboardQuery::chartsKeepFleetApartFromSites()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QCOMPARE(DatasetImporter::import(store, DatasetParser::bundled()).outcome,
        DatasetImporter::Result::Outcome::Imported);
    const DashboardSnapshot snapshot = DashboardQuery::build(store, kNow);
    // Fleet compute (GW, all providers) is not drawn beside the sites' MW, nor the fleet-wide
    // GPU target beside the sites' GPUs; both have their own tiles.
    QVERIFY(snapshot.summary.gpuTarget.has_value());
    for (const TimeChartData *chart : { &snapshot.powerChart, &snapshot.gpuChart }) {
        for (const ChartLine &line : chart->lines) {
            QVERIFY2(!line.fleetLevel, qPrintable(line.label));
            QVERIFY2(!line.label.contains(QLatin1String("fleet")), qPrintable(line.label));
        }
    }
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

void TestDashboardQuery::newestSeriesValuePrefersRealOnTies()
{
    DashboardInputs inputs;
    inputs.series = { series(1, QStringLiteral("a"), Metric::GpusOnline, Provenance::Simulated),
        series(2, QStringLiteral("a"), Metric::GpusOnline, Provenance::Measured),
        series(3, QStringLiteral("a"), Metric::GpusOnline, Provenance::Projected),
        series(4, QStringLiteral("b"), Metric::GpusOnline, Provenance::Measured) };
    inputs.latestSamples = { { 1, Sample { 1000, 10 } }, { 2, Sample { 1000, 20 } },
        { 3, Sample { 5000, 99 } }, { 4, Sample { 9000, 7 } } };
    const auto a
        = DashboardQuery::newestSeriesValue(inputs, QStringLiteral("a"), Metric::GpusOnline);
    QVERIFY(a.has_value());
    QCOMPARE(a->value.low, 20.0); // measured wins the tie, the newer projection does not count
    QCOMPARE(a->provenances, QList<Provenance> { Provenance::Measured });
    QCOMPARE(a->updated.toMSecsSinceEpoch(), 1000);
    QVERIFY(!DashboardQuery::newestSeriesValue(inputs, QStringLiteral("a"), Metric::PowerMw));
    QVERIFY(!DashboardQuery::newestSeriesValue(inputs, QStringLiteral("c"), Metric::GpusOnline));
}

void TestDashboardQuery::siteRowFallsBackToReportedFigures()
{
    DashboardInputs inputs;
    Site site;
    site.id = QStringLiteral("a");
    site.statusAsOf = QDate(2025, 1, 1);
    PhaseEvent construction = phaseEvent(Phase::Construction, QDate(2025, 3, 1));
    construction.siteId = site.id;
    construction.sourceUrl = QStringLiteral("https://example.org/construction");
    inputs.phaseEvents = { construction };
    inputs.facts = {
        fact(ReportedFact::Scope::Site, site.id, QLatin1StringView("capacity_online_mw"), 200,
            QDate(2025, 6, 30), QDate(2025, 7, 2)),
        fact(ReportedFact::Scope::Site, site.id, Metric::CapacityMw, 1200, QDate(2026, 12, 31),
            QDate(2025, 5, 1)),
        fact(ReportedFact::Scope::Site, QStringLiteral("other"), Metric::CapacityMw, 50,
            QDate(2026, 12, 31), QDate(2025, 9, 1)),
    };
    const SiteRow r = DashboardQuery::siteRow(inputs, site);
    QCOMPARE(r.phase, std::optional<Phase>(Phase::Construction));
    QCOMPARE(r.phaseSince, QDate(2025, 3, 1));
    QCOMPARE(r.phaseSource, construction.sourceUrl);
    QVERIFY(!r.gpusOnline);
    QVERIFY(r.powerMw.has_value());
    QCOMPARE(r.powerMw->value.low, 200.0);
    QVERIFY(r.powerIsOperationalCapacity);
    QCOMPARE(r.plannedMw->value.low, 1200.0);
    QCOMPARE(r.provenances, QList<Provenance> { Provenance::Reported });
    // The newest date known about the site: the publication of the operational capacity.
    QCOMPARE(r.lastUpdate, QDateTime(QDate(2025, 7, 2), QTime(0, 0), Qt::UTC));
}

void TestDashboardQuery::activeSiteIdsSkipPausedAndCancelled()
{
    const QList<SiteRow> rows
        = { row(QStringLiteral("a"), Phase::Construction), row(QStringLiteral("b"), Phase::Paused),
              row(QStringLiteral("c"), std::nullopt), row(QStringLiteral("d"), Phase::Cancelled) };
    QCOMPARE(DashboardQuery::activeSiteIds(rows),
        (QSet<QString> { QStringLiteral("a"), QStringLiteral("c") }));
}

void TestDashboardQuery::summarySumsActiveSiteRows()
{
    SiteRow a = row(QStringLiteral("a"), Phase::PartiallyOperational);
    a.gpusOnline = value(100, Provenance::Measured);
    a.powerMw = value(40, Provenance::Measured);
    a.plannedMw = value(1000, Provenance::Reported);
    SiteRow b = row(QStringLiteral("b"), Phase::Construction);
    b.gpusOnline = value(50, Provenance::Reported);
    b.operationalCapacityMw = value(300, Provenance::Reported);
    b.powerMw = b.operationalCapacityMw;
    b.powerIsOperationalCapacity = true;
    SiteRow paused = row(QStringLiteral("p"), Phase::Paused);
    paused.gpusOnline = value(1000, Provenance::Reported);
    paused.plannedMw = value(5000, Provenance::Reported);
    DashboardInputs inputs;
    inputs.datasetVersion = 7;
    inputs.facts = { fact(ReportedFact::Scope::Program, QString(), Metric::CapacityMw, 10000,
        QDate(2029, 1, 1), QDate(2025, 1, 22)) };

    const OverviewSummary summary = DashboardQuery::summarize({ a, b, paused }, inputs);
    QCOMPARE(summary.activeSites, 2);
    QCOMPARE(summary.activeSitesWithoutCapacity, 1);
    QCOMPARE(summary.gpusOnline->value.low, 150.0);
    QCOMPARE(summary.gpusOnline->contributors, 2);
    QCOMPARE(summary.powerDrawnMw->value.low, 40.0);
    QCOMPARE(summary.capacityOnlineMw->value.low, 300.0);
    QCOMPARE(summary.plannedCapacityMw->value.low, 1000.0);
    QVERIFY(!summary.gpusInstalled);
    QCOMPARE(summary.sitesByPhase.value(Phase::Paused), 1);
    QCOMPARE(summary.sitesByPhase.value(Phase::Construction), 1);
    QCOMPARE(summary.programCapacityMw->value.low, 10000.0);
    QVERIFY(!summary.gpuTarget);
    QCOMPARE(summary.datasetVersion, 7);
    QVERIFY(!summary.asOf.isValid()); // stamped by its own step
}

void TestDashboardQuery::asOfIsTheNewestShownFigure_data()
{
    QTest::addColumn<QDate>("valueAsOf");
    QTest::addColumn<QDate>("factAsOf");
    QTest::addColumn<QDate>("expected");
    const QDate older(2025, 3, 1), newer(2025, 9, 1);
    QTest::addRow("nothing") << QDate() << QDate() << QDate();
    QTest::addRow("site figure only") << older << QDate() << older;
    QTest::addRow("program fact only") << QDate() << older << older;
    QTest::addRow("fact newer than figures") << older << newer << newer;
    QTest::addRow("figures newer than fact") << newer << older << newer;
}

void TestDashboardQuery::asOfIsTheNewestShownFigure()
{
    QFETCH(QDate, valueAsOf);
    QFETCH(QDate, factAsOf);
    QFETCH(QDate, expected);
    OverviewSummary summary;
    if (valueAsOf.isValid())
        summary.plannedCapacityMw = value(1000, Provenance::Reported, valueAsOf);
    if (factAsOf.isValid())
        summary.commitmentUsd = fact(ReportedFact::Scope::Program, QString(), Metric::CommitmentUsd,
            500e9, QDate(2029, 1, 1), factAsOf);
    // A fleet target is shown on the chart, not in the tiles: it never sets the as-of.
    summary.gpuTarget = fact(ReportedFact::Scope::Fleet, QString(),
        QLatin1StringView("gpus_online_target"), 1e6, QDate(2026, 12, 31), QDate(2026, 1, 1));
    DashboardQuery::stampAsOf(summary);
    QCOMPARE(summary.asOf, expected);
    QVERIFY(!summary.newestSample.isValid());
    QVERIFY(!summary.includesSimulated);

    SourcedValue simulated = value(5, Provenance::Simulated);
    simulated.updated = kNow;
    summary.gpusOnline = simulated;
    DashboardQuery::stampAsOf(summary);
    QVERIFY(summary.includesSimulated);
    QCOMPARE(summary.newestSample, kNow);
}

void TestDashboardQuery::chartSpanPadsToCleanDates_data()
{
    QTest::addColumn<QDate>("milestone"); // invalid: none
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addRow("only now: a day before, two after")
        << QDate() << QDate(2026, 11, 27) << QDate(2026, 11, 30);
    QTest::addRow("plan within the year: days")
        << QDate(2027, 3, 1) << QDate(2026, 11, 27) << QDate(2027, 3, 3);
    QTest::addRow("plan years ahead: whole years with room after")
        << QDate(2028, 11, 1) << QDate(2026, 1, 1) << QDate(2030, 1, 1);
}

void TestDashboardQuery::chartSpanPadsToCleanDates()
{
    QFETCH(QDate, milestone);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    DashboardInputs inputs;
    if (milestone.isValid()) {
        Milestone m;
        m.date = milestone;
        inputs.milestones = { m };
    }
    const ChartSpan span = DashboardQuery::chartSpan(inputs, kNow.toMSecsSinceEpoch());
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(span.fromMs, Qt::UTC),
        QDateTime(from, QTime(0, 0), Qt::UTC));
    QCOMPARE(
        QDateTime::fromMSecsSinceEpoch(span.toMs, Qt::UTC), QDateTime(to, QTime(0, 0), Qt::UTC));
}

void TestDashboardQuery::powerChartCarriesNoFleetLine()
{
    DashboardInputs inputs;
    inputs.facts = { fact(ReportedFact::Scope::Fleet, QString(), Metric::ComputeGw, 1.9,
        QDate(2025, 12, 31), QDate(2026, 1, 5)) };
    const ChartSpan span { 0, 1 };
    const TimeChartData chart
        = DashboardQuery::powerChart(inputs, {}, {}, span, kNow.toMSecsSinceEpoch());
    QCOMPARE(chart.fromMs, 0);
    QCOMPARE(chart.toMs, 1);
    QVERIFY(chart.lines.isEmpty()); // a fleet-wide 1.9 GW line would sit beside a site's MW
}

// An analyst's estimate of operational capacity is not a report: it used to be drawn as
// "Operational (reported)", together with the analyst's projections two years out.
void TestDashboardQuery::powerChartKeepsEstimatesApartFromReports()
{
    DashboardInputs inputs;
    const QString a = QStringLiteral("a");
    ReportedFact projected = fact(ReportedFact::Scope::Site, a, Metric::CapacityOnlineMw, 1200,
        QDate(2027, 12, 31), QDate(2026, 11, 30), Provenance::Estimate);
    projected.analystProjection = true;
    inputs.facts = {
        fact(ReportedFact::Scope::Site, a, Metric::CapacityOnlineMw, 200, QDate(2025, 9, 30),
            QDate(2025, 10, 2)),
        fact(ReportedFact::Scope::Site, a, Metric::CapacityOnlineMw, 700, QDate(2026, 10, 31),
            QDate(2026, 11, 30), Provenance::Estimate),
        projected,
    };
    const TimeChartData chart
        = DashboardQuery::powerChart(inputs, { a }, {}, { 0, 1 }, kNow.toMSecsSinceEpoch());
    QCOMPARE(chart.lines.size(), 2);
    const ChartLine &reported = chart.lines.at(0);
    QCOMPARE(reported.provenance, Provenance::Reported);
    QCOMPARE(reported.points.size(), 1);
    QCOMPARE(reported.points.first().y(), 200.0);
    const ChartLine &estimated = chart.lines.at(1);
    QCOMPARE(estimated.provenance, Provenance::Estimate);
    QCOMPARE(estimated.label, QStringLiteral("Operational (estimate)"));
    QCOMPARE(estimated.points.size(), 1); // the projection is not a current figure
    QCOMPARE(estimated.points.first().y(), 700.0);
}

void TestDashboardQuery::chartExtentSpan_data()
{
    QTest::addColumn<QDate>("included"); // besides now (kNow); invalid: nothing
    QTest::addColumn<int>("margin");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const int days = int(ChartExtent::ShortSpanMargin::Days);
    const int months = int(ChartExtent::ShortSpanMargin::Months);
    QTest::addRow("now only, days")
        << QDate() << days << QDate(2026, 11, 27) << QDate(2026, 11, 30);
    QTest::addRow("now only, months")
        << QDate() << months << QDate(2026, 10, 28) << QDate(2026, 12, 28);
    QTest::addRow("earlier point, months")
        << QDate(2026, 3, 31) << months << QDate(2026, 2, 28) << QDate(2026, 12, 28);
    QTest::addRow("400 days is still short")
        << QDate(2025, 10, 24) << days << QDate(2025, 10, 23) << QDate(2026, 11, 30);
    QTest::addRow("401 days: whole years, either margin")
        << QDate(2025, 10, 23) << months << QDate(2025, 1, 1) << QDate(2028, 1, 1);
    QTest::addRow("last point in the final quarter: a further year")
        << QDate(2028, 10, 15) << days << QDate(2026, 1, 1) << QDate(2030, 1, 1);
}

void TestDashboardQuery::chartExtentSpan()
{
    QFETCH(QDate, included);
    QFETCH(int, margin);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    ChartExtent extent(kNow.toMSecsSinceEpoch());
    if (included.isValid())
        extent.include(included);
    const ChartSpan span = extent.span(ChartExtent::ShortSpanMargin(margin));
    QCOMPARE(span, (ChartSpan { chartMs(from), chartMs(to) }));
    QCOMPARE(chartMs(from), QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

void TestDashboardQuery::projectionInputPrefersRealHistory()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QVERIFY(TestUtil::insertSite(store, QStringLiteral("a"), QStringLiteral("A")));
    QVERIFY(TestUtil::insertSite(store, QStringLiteral("b"), QStringLiteral("B")));
    SampleWriter writer(store.connection());
    // readProjectionInput reads up to the current time, so the samples lie just before it.
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 day = 86'400'000;
    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    QCOMPARE(
        writer
            .write({
                TestUtil::sample(a, Metric::GpusOnline, Provenance::Simulated, t - 40 * day, 10),
                TestUtil::sample(a, Metric::GpusOnline, Provenance::Simulated, t - day, 20),
                TestUtil::sample(a, Metric::GpusOnline, Provenance::Measured, t - 2 * day, 5),
                TestUtil::sample(b, Metric::GpusOnline, Provenance::Simulated, t - day, 30),
            })
            .error,
        QString());
    const ProjectionInput input = readProjectionInput(store);
    QCOMPARE(input.sites.size(), 2);
    QVERIFY(!input.target);
    for (const ProjectionSiteInput &site : input.sites) {
        QVERIFY(site.active);
        QCOMPARE(site.gpuHistory.size(), 1); // one series per site, never mixed
        if (site.siteId == a) {
            QCOMPARE(site.gpuHistory.first().value, 5.0);
            QVERIFY(!site.historySimulated);
        } else {
            QCOMPARE(site.gpuHistory.first().value, 30.0);
            QVERIFY(site.historySimulated);
        }
    }
}

// An analyst's estimate keeps its credit on the site row, and the row's newest public date
// is the newest publication among facts, plans, phases and status, never a polled sample.
void TestDashboardQuery::siteRowCarriesEstimateCreditAndPublicDate()
{
    DashboardInputs inputs;
    Site site;
    site.id = QStringLiteral("a");
    site.statusAsOf = QDate(2026, 3, 1);
    ReportedFact estimate = fact(ReportedFact::Scope::Site, site.id, Metric::CapacityOnlineMw, 301,
        QDate(2026, 5, 23), QDate(2026, 5, 23));
    estimate.value.high = 589;
    estimate.provenance = Provenance::Estimate;
    estimate.analyst = QStringLiteral("Epoch AI");
    estimate.method = QStringLiteral("modelled");
    Milestone plan;
    plan.siteId = site.id;
    plan.date = QDate(2027, 12, 31);
    plan.asOf = QDate(2026, 6, 5);
    plan.powerMw = FigureRange { 1000, 1000 };
    Milestone otherPlan = plan;
    otherPlan.siteId = QStringLiteral("b");
    otherPlan.asOf = QDate(2026, 9, 1);
    inputs.facts = { estimate };
    inputs.milestones = { plan, otherPlan };
    inputs.series = { series(1, site.id, Metric::GpusOnline, Provenance::Simulated) };
    inputs.latestSamples.insert(
        1, Sample { QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(), 5 });
    const SiteRow r = DashboardQuery::siteRow(inputs, site);
    QVERIFY(r.powerMw.has_value());
    QCOMPARE(r.powerMw->provenances, QList<Provenance> { Provenance::Estimate });
    QCOMPARE(r.powerMw->estimates.size(), 1);
    QCOMPARE(r.powerMw->estimates.first().analyst, QStringLiteral("Epoch AI"));
    QCOMPARE(r.powerMw->estimates.first().method, QStringLiteral("modelled"));
    QCOMPARE(r.powerMw->value, (FigureRange { 301, 589 }));
    QCOMPARE(r.newestPublicDate, QDate(2026, 6, 5)); // the plan's publication, not site b's
    QVERIFY(r.lastUpdate.date() == QDate(2026, 11, 30)); // the polled sample counts there only
}

// Contracted capacity (signed, fleet-wide) is never operational: it is in no site row, no
// operational sum and no power line.
void TestDashboardQuery::contractedCapacityIsNeverOperational()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    const QByteArray jsonl
        = R"({"record":"dataset","version":1,"compiled":"2026-12-01"})"
          "\n"
          R"({"record":"site","id":"a","name":"A","country":"US","sources":[]})"
          "\n"
          R"({"record":"fact","scope":"fleet","metric":"contracted_gw","unit":"GW","value":10,"period":"2026-04-29","as_of":"2026-04-29","source":"https://openai.com/x"})"
          "\n"
          R"({"record":"fact","scope":"fleet","metric":"compute_gw","unit":"GW","value":1.9,"period":"2025-12-31","as_of":"2026-01-18","source":"https://example.org/c"})"
          "\n";
    QCOMPARE(DatasetImporter::import(store, DatasetParser::parse(jsonl)).outcome,
        DatasetImporter::Result::Outcome::Imported);
    const DashboardSnapshot snapshot = DashboardQuery::build(store, kNow);
    QVERIFY(!snapshot.summary.capacityOnlineMw.has_value());
    QVERIFY(!snapshot.summary.powerDrawnMw.has_value());
    QCOMPARE(snapshot.summary.fleetComputeGw->value.low, 1.9);
    QVERIFY(!snapshot.sites.first().powerMw.has_value());
    for (const ChartLine &line : snapshot.powerChart.lines) {
        for (const QPointF &point : line.points)
            QVERIFY2(point.y() < 5000, qPrintable(line.label)); // 10 GW would be 10,000 MW
    }
}

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "tst_dashboardquery.moc"
