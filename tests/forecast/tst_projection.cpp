// The projection on the bundled dataset and on synthetic inputs: verdicts, ETAs, scenario
// changes, and bad input that must give an explained result, never NaN.
#include "domain/figureformat.h"
#include "domain/metrics.h"
#include "forecast/projection.h"
#include "itemmodels/projectiontablemodel.h"
#include "query/forecastchart.h"
#include "query/plancurve.h"
#include "query/projectioncontroller.h"
#include "query/projectioninput.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
const QDate kEpoch(1970, 1, 1);

double days(const QDate &date)
{
    return double(kEpoch.daysTo(date));
}

ProjectionSiteInput siteWithPlan(const QString &id, const QDate &date, double gpus)
{
    ProjectionSiteInput site;
    site.siteId = id;
    site.name = id;
    Milestone milestone;
    milestone.siteId = id;
    milestone.date = date;
    milestone.gpus = FigureRange { gpus, gpus };
    site.milestones.append(milestone);
    return site;
}

void verifyFinite(const ProjectionResult &result)
{
    for (const SiteProjection &site : result.sites) {
        for (const Forecast::Range &range : site.gpusAt)
            QVERIFY(std::isfinite(range.low) && std::isfinite(range.high));
        for (const Forecast::Range &range : site.facilityMwAt)
            QVERIFY(std::isfinite(range.low) && std::isfinite(range.high));
    }
    for (const Forecast::PlanPoint &point : result.plan)
        QVERIFY(std::isfinite(point.low) && std::isfinite(point.high));
    for (const QPointF &point : result.history)
        QVERIFY(std::isfinite(point.y()));
    for (const Forecast::PowerRange &power : result.powerAt)
        QVERIFY(std::isfinite(power.high.facilityMw) && std::isfinite(power.low.energyPerYearGwh)
            && power.low.facilityMw <= power.high.facilityMw);
    QVERIFY(!result.summary.contains(QLatin1String("nan"), Qt::CaseInsensitive));
    QVERIFY(!result.summary.isEmpty());
}
} // namespace

class TestProjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledDatasetDefaultScenario();
    void delayingEverySiteMovesTheEta();
    void higherPueMeansFewerImpliedGpus();
    void verdicts_data();
    void verdicts();
    void emptyInputIsExplained();
    void tableDatesAreDistinct_data();
    void tableDatesAreDistinct();
    void chartReachesTheTablesLastDate();
    void trendFromHistoryHasABand();
    void shortHistoryGivesNoTrend_data();
    void shortHistoryGivesNoTrend();
    void tableModelPassesTester();
    void headroomAgainstCapacity_data();
    void headroomAgainstCapacity();
    void reportCarriesAssumptions();
    void simulatedIsNeverEvidence();
    void rangesStayRanges();
    void onePlanCurve();
    void fleetTargetIsNotMeasurable();

private:
    QTemporaryDir m_dir;
    Store m_store;
    ProjectionInput m_input;
};

void TestProjection::initTestCase()
{
    QCOMPARE(m_store.open(TestUtil::storePath(m_dir)), QString());
    QCOMPARE(DatasetImporter::import(m_store, DatasetParser::bundled()).outcome,
        DatasetImporter::Result::Outcome::Imported);
    m_input = readProjectionInput(m_store);
}

void TestProjection::bundledDatasetDefaultScenario()
{
    const Scenario scenario = m_input.defaultScenario();
    QCOMPARE(scenario.targetGpus, 1e6);
    QCOMPARE(scenario.targetDate, QDate(2025, 12, 31));
    const ProjectionResult result = Projection::project(m_input, scenario, kNow);
    verifyFinite(result);
    // No site reports GPU counts, so there is no trend: the plan is the basis.
    QVERIFY(result.trend.isEmpty());
    QVERIFY(result.trendStatus.contains(QLatin1String("Not enough data")));
    // The target is fleet-wide and no fleet GPU count is published: not measurable. The
    // Stargate sites' own comparison has passed the target date without reaching it: behind.
    QVERIFY(scenario.targetIsFleet);
    // The fleet compute quoted is the one for the latest period, whatever order the facts have.
    QDate latestCompute;
    for (const ReportedFact &fact : m_store.facts()) {
        if (fact.scope == ReportedFact::Scope::Fleet && fact.metric == Metric::ComputeGw
            && fact.provenance != Provenance::Planned)
            latestCompute = std::max(latestCompute, fact.period);
    }
    QVERIFY(m_input.fleetComputeGw);
    QCOMPARE(m_input.fleetComputeGw->period, latestCompute);
    QCOMPARE(result.verdict, Forecast::Verdict::NotMeasurable);
    QCOMPARE(result.sitesVerdict, Forecast::Verdict::Behind);
    QVERIFY(!result.eta || *result.eta > scenario.targetDate);
    // Paused and cancelled sites are not part of the fleet plan.
    for (const SiteProjection &site : result.sites) {
        if (site.siteId == QLatin1String("norway-narvik")
            || site.siteId == QLatin1String("uk-north-east"))
            QVERIFY(!site.active);
        if (site.siteId == QLatin1String("abilene-tx")) {
            QVERIFY(!site.gpuPlanImpliedByMw); // it has a reported GPU plan
            QCOMPARE(site.gpuPlan.last().low, 400000.0);
            QCOMPARE(site.gpuPlan.last().high, 450000.0);
            QVERIFY(site.gpuPlan.first().low > 0); // no ramp from 0 that no source gives
        }
        if (site.siteId == QLatin1String("shackelford-tx"))
            QVERIFY(site.gpuPlanImpliedByMw);
    }
}

void TestProjection::delayingEverySiteMovesTheEta()
{
    ProjectionInput input;
    input.sites.append(siteWithPlan(QStringLiteral("a"), QDate(2027, 6, 30), 6e5));
    input.sites.append(siteWithPlan(QStringLiteral("b"), QDate(2028, 6, 30), 6e5));
    Scenario scenario;
    const ProjectionResult before = Projection::project(input, scenario, kNow);
    for (const ProjectionSiteInput &site : input.sites)
        scenario.delayMonths.insert(site.siteId, 12);
    const ProjectionResult after = Projection::project(input, scenario, kNow);
    QVERIFY(before.eta && after.eta);
    // Every plan slips by a year, so the date the summed plan crosses the target slips by a
    // year too.
    const qint64 slip = before.eta->daysTo(*after.eta);
    QVERIFY2(slip >= 365 && slip <= 366, qPrintable(QString::number(slip)));
    QVERIFY(after.scenario.describe(QLocale(QLocale::English))
                .join(QLatin1Char(' '))
                .contains(QLatin1String("delayed")));
}

void TestProjection::higherPueMeansFewerImpliedGpus()
{
    Scenario scenario = m_input.defaultScenario();
    scenario.power.pue = 1.2;
    const ProjectionResult low = Projection::project(m_input, scenario, kNow);
    scenario.power.pue = 1.5;
    const ProjectionResult high = Projection::project(m_input, scenario, kNow);
    // Facility power per GPU grows by 1.5/1.2, so sites whose GPUs are implied by MW hold fewer.
    for (int i = 0; i < low.sites.size(); ++i) {
        if (!low.sites[i].gpuPlanImpliedByMw || low.sites[i].gpusAt.last().high <= 0)
            continue;
        // (implied GPUs are rounded to two significant figures, so to within 10%)
        QVERIFY(qAbs(high.sites[i].gpusAt.last().high * 1.5 / 1.2 - low.sites[i].gpusAt.last().high)
            < 0.1 * low.sites[i].gpusAt.last().high);
        // ...while their facility MW, the planned capacity, stays the same.
        QVERIFY(qAbs(high.sites[i].facilityMwAt.last().high - low.sites[i].facilityMwAt.last().high)
            < 1e-6 * low.sites[i].facilityMwAt.last().high);
    }
}

void TestProjection::verdicts_data()
{
    QTest::addColumn<QDate>("planDate");
    QTest::addColumn<double>("planGpus");
    QTest::addColumn<QDate>("targetDate");
    QTest::addColumn<int>("verdict");

    QTest::addRow("plan reaches target before its date")
        << QDate(2027, 6, 30) << 2e6 << QDate(2028, 12, 31) << int(Forecast::Verdict::OnTrack);
    QTest::addRow("plan reaches target after its date")
        << QDate(2027, 6, 30) << 2e6 << QDate(2027, 1, 1) << int(Forecast::Verdict::Behind);
    QTest::addRow("plan never reaches target")
        << QDate(2027, 6, 30) << 5e5 << QDate(2028, 12, 31) << int(Forecast::Verdict::Behind);
}

void TestProjection::verdicts()
{
    QFETCH(QDate, planDate);
    QFETCH(double, planGpus);
    QFETCH(QDate, targetDate);
    QFETCH(int, verdict);
    ProjectionInput input;
    input.sites.append(siteWithPlan(QStringLiteral("a"), planDate, planGpus));
    Scenario scenario;
    scenario.targetGpus = 1e6;
    scenario.targetDate = targetDate;
    const ProjectionResult result = Projection::project(input, scenario, kNow);
    verifyFinite(result);
    QCOMPARE(int(result.verdict), verdict);
    QVERIFY(!result.verdictRule.isEmpty());
}

void TestProjection::emptyInputIsExplained()
{
    const ProjectionResult result = Projection::project(ProjectionInput(), Scenario(), kNow);
    verifyFinite(result);
    QCOMPARE(result.verdict, Forecast::Verdict::Unknown);
    QVERIFY(result.summary.contains(QLatin1String("not enough data")));
    QVERIFY(!result.eta);
}

void TestProjection::trendFromHistoryHasABand()
{
    // Three sites ramping along logistic curves toward 500,000 GPUs each; the target is
    // already reached in one of the scenarios below.
    ProjectionInput input;
    for (int s = 0; s < 3; ++s) {
        ProjectionSiteInput site;
        site.siteId = QStringLiteral("s%1").arg(s);
        site.name = site.siteId;
        site.plannedGpus = FigureRange { 500'000, 500'000 };
        const double mid = days(QDate(2026, 9, 1)) + 30 * s;
        for (int d = -400; d <= 0; d += 5) {
            const double t = days(kNow.date()) + d;
            site.gpuHistory.append({ t, 500'000 / (1 + std::exp(-0.02 * (t - mid))) });
        }
        input.sites.append(site);
    }
    Scenario scenario;
    scenario.targetGpus = 1'400'000;
    scenario.targetDate = QDate(2028, 1, 1);
    const ProjectionResult result = Projection::project(input, scenario, kNow);
    verifyFinite(result);
    QVERIFY(!result.trend.isEmpty());
    QCOMPARE(result.etaBasis, QStringLiteral("trend"));
    QVERIFY(result.eta.has_value());
    for (const Forecast::FleetQuantiles &q : result.trend)
        QVERIFY(q.p10 <= q.p50 && q.p50 <= q.p90);
    scenario.targetGpus = 500'000; // already below today's sum
    const ProjectionResult reached = Projection::project(input, scenario, kNow);
    QCOMPARE(reached.verdict, Forecast::Verdict::Reached);
    QVERIFY(reached.reachedOn.has_value());
}

void TestProjection::shortHistoryGivesNoTrend_data()
{
    QTest::addColumn<double>("spanDays");
    QTest::addColumn<bool>("expectTrend");
    QTest::newRow("25 seconds of polling") << 25.0 / 86400 << false;
    QTest::newRow("a week") << 7.0 << false;
    QTest::newRow("just under the minimum") << Projection::kMinTrendSpanDays - 0.5 << false;
    QTest::newRow("the minimum") << double(Projection::kMinTrendSpanDays) << true;
    QTest::newRow("a year") << 365.0 << true;
}

void TestProjection::shortHistoryGivesNoTrend()
{
    // A steep rise observed over a short span must not become a dated projection.
    QFETCH(double, spanDays);
    QFETCH(bool, expectTrend);
    ProjectionInput input;
    ProjectionSiteInput site;
    site.siteId = QStringLiteral("s");
    site.name = site.siteId;
    site.plannedGpus = FigureRange { 500'000, 500'000 };
    const double now = days(kNow.date());
    for (int i = 0; i <= 20; ++i)
        site.gpuHistory.append({ now - spanDays + spanDays * i / 20, 100'000 + 10'000.0 * i });
    input.sites.append(site);
    Scenario scenario;
    scenario.targetGpus = 400'000;
    const ProjectionResult result = Projection::project(input, scenario, kNow);
    verifyFinite(result);
    QCOMPARE(!result.trend.isEmpty(), expectTrend);
    if (!expectTrend) {
        QVERIFY(result.trendStatus.contains(QLatin1String("Not enough data")));
        QVERIFY(result.etaBasis != QStringLiteral("trend"));
    }
}

void TestProjection::tableModelPassesTester()
{
    ProjectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ProjectionResult result = Projection::project(m_input, m_input.defaultScenario(), kNow);
    model.setResult(result);
    int active = 0;
    for (const SiteProjection &site : result.sites)
        active += site.active ? 1 : 0;
    QCOMPARE(model.rowCount(), active);
    QCOMPARE(model.columnCount(), 4 + 2 * int(result.tableDates.size()));
    model.setResult(ProjectionResult());
    QCOMPARE(model.rowCount(), 0);
}

// One site: a plan of 0 GPUs on 1 January 2026, a reported plan of 500,000 GPUs by 1 January 2027,
// 1,000 MW planned capacity. Facility watts per GPU = 1200 x 1.3 x PUE.
void TestProjection::headroomAgainstCapacity_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<double>("pue");
    QTest::addColumn<double>("capacityMw"); // 0: none known
    QTest::addColumn<bool>("planInMw"); // the plan gives MW only, GPUs are implied
    QTest::addColumn<double>("headroomMw"); // NaN: no figure
    QTest::addColumn<QDate>("exceededOn"); // invalid: not within the horizon
    const double nan = std::nan("");
    // 1 June 2026 is day 151 of the ramp: 206,849 GPUs.
    QTest::newRow("within capacity") << QDate(2026, 6, 1) << 1.2 << 1000.0 << false
                                     << 1000 - 500'000 * 151 / 365.0 * 1872 / 1e6 << QDate();
    // 500,000 x 2184 W = 1,092 MW at full build-out: over from day 335 (1000 MW / 2184 W = 457,875
    // GPUs).
    QTest::newRow("a higher PUE runs out")
        << QDate(2026, 6, 1) << 1.4 << 1000.0 << false << 1000 - 500'000 * 151 / 365.0 * 2184 / 1e6
        << QDate(2026, 12, 2);
    QTest::newRow("over capacity today")
        << QDate(2027, 6, 1) << 1.4 << 1000.0 << false << 1000 - 1092.0 << QDate(2027, 6, 1);
    QTest::newRow("no capacity known")
        << QDate(2026, 6, 1) << 1.4 << 0.0 << false << nan << QDate();
    QTest::newRow("GPUs implied by planned MW")
        << QDate(2026, 6, 1) << 1.4 << 1000.0 << true << nan << QDate();
}

void TestProjection::headroomAgainstCapacity()
{
    QFETCH(QDate, today);
    QFETCH(double, pue);
    QFETCH(double, capacityMw);
    QFETCH(bool, planInMw);
    QFETCH(double, headroomMw);
    QFETCH(QDate, exceededOn);
    // The plan starts at a published 0 on 1 January 2026 (first power) and ramps to 500,000.
    ProjectionSiteInput site = siteWithPlan(QStringLiteral("s"), QDate(2027, 1, 1), 500'000);
    Milestone start = site.milestones.first();
    start.date = QDate(2026, 1, 1);
    start.gpus = FigureRange { 0, 0 };
    site.milestones.prepend(start);
    if (planInMw) {
        for (Milestone &milestone : site.milestones) {
            milestone.powerMw
                = FigureRange { milestone.gpus->high / 500, milestone.gpus->high / 500 };
            milestone.gpus.reset();
        }
    }
    if (capacityMw > 0)
        site.capacityMw = FigureRange { capacityMw, capacityMw };
    ProjectionInput input;
    input.sites.append(site);
    Scenario scenario = input.defaultScenario();
    scenario.power = Forecast::PowerAssumptions { 1200, 1.3, pue };
    const ProjectionResult result
        = Projection::project(input, scenario, QDateTime(today, QTime(12, 0), Qt::UTC));
    const SiteProjection &projected = result.sites.constFirst();
    QVERIFY(!projected.headroomNote.isEmpty());
    QCOMPARE(projected.headroomMw.has_value(), !std::isnan(headroomMw));
    if (projected.headroomMw) {
        QCOMPARE(projected.headroomBasis, SiteProjection::HeadroomBasis::Plan);
        QVERIFY2(std::abs(*projected.headroomMw - headroomMw) < 0.01,
            qPrintable(QString::number(*projected.headroomMw)));
    } else {
        QCOMPARE(projected.headroomBasis, SiteProjection::HeadroomBasis::None);
    }
    QCOMPARE(projected.capacityExceededOn.value_or(QDate()), exceededOn);

    // The table and the report say the same.
    ProjectionTableModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setResult(result);
    const int dates = int(result.tableDates.size());
    const QString headroomText = model.index(0, 1 + 2 * dates).data().toString();
    const QString exceededText = model.index(0, 2 + 2 * dates).data().toString();
    if (!projected.headroomMw)
        QCOMPARE(headroomText, QStringLiteral("—"));
    else if (headroomMw < 0)
        QCOMPARE(headroomText,
            QStringLiteral("%1 MW over")
                .arg(QLocale(QLocale::English, QLocale::UnitedStates)
                         .toString(-headroomMw, 'f', 0)));
    else
        QVERIFY2(headroomText.endsWith(QLatin1String(" MW"))
                && !headroomText.contains(QLatin1String("over")),
            qPrintable(headroomText));
    if (exceededOn.isValid())
        QCOMPARE(exceededText,
            FigureFormat::shortDate(exceededOn, QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY(!model.index(0, 1 + 2 * dates).data(Qt::ToolTipRole).toString().isEmpty());
    const QJsonObject json
        = result.toJson().value(QStringLiteral("sites")).toArray().first().toObject();
    QCOMPARE(json.value(QStringLiteral("capacity_exceeded_on")).toString(),
        exceededOn.isValid() ? exceededOn.toString(Qt::ISODate) : QString());
    QCOMPARE(
        json.value(QStringLiteral("headroom_mw_now")).isNull(), !projected.headroomMw.has_value());
}

void TestProjection::reportCarriesAssumptions()
{
    Scenario scenario = m_input.defaultScenario();
    scenario.power.pue = 1.35;
    const QJsonObject json = Projection::project(m_input, scenario, kNow).toJson();
    QCOMPARE(json.value(QStringLiteral("provenance")).toString(), QStringLiteral("projected"));
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("not_measurable"));
    QCOMPARE(json.value(QStringLiteral("sites_verdict")).toString(), QStringLiteral("behind"));
    QCOMPARE(json.value(QStringLiteral("assumptions"))
                 .toObject()
                 .value(QStringLiteral("pue"))
                 .toDouble(),
        1.35);
    QVERIFY(!json.value(QStringLiteral("verdict_rule")).toString().isEmpty());
    // A site without a dated plan reports null, never 0 GPUs; a planned one reports whole GPUs.
    bool sawUnplanned = false, sawPlanned = false;
    for (const QJsonValue &site : json.value(QStringLiteral("sites")).toArray()) {
        for (const QJsonValue &at : site.toObject().value(QStringLiteral("at")).toArray()) {
            const QJsonValue gpus = at.toObject().value(QStringLiteral("gpus_high"));
            QVERIFY(gpus.isNull() || gpus.toDouble() > 0);
            sawUnplanned |= gpus.isNull();
            if (!gpus.isNull()) {
                sawPlanned = true;
                QCOMPARE(gpus.toDouble(), std::round(gpus.toDouble()));
            }
        }
    }
    QVERIFY(sawUnplanned && sawPlanned);
}

void TestProjection::tableDatesAreDistinct_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QList<QDate>>("expected");
    QTest::newRow("second quarter") << QDate(2026, 5,
        10) << QList<QDate> { QDate(2026, 6, 30), QDate(2026, 12, 31), QDate(2027, 12, 31) };
    QTest::newRow("fourth quarter: next quarter fills in") << QDate(2026, 11,
        29) << QList<QDate> { QDate(2026, 12, 31), QDate(2027, 3, 31), QDate(2027, 12, 31) };
    QTest::newRow("last day of the year") << QDate(2026, 12,
        31) << QList<QDate> { QDate(2026, 12, 31), QDate(2027, 3, 31), QDate(2027, 12, 31) };
}

void TestProjection::tableDatesAreDistinct()
{
    QFETCH(QDate, today);
    QFETCH(QList<QDate>, expected);
    const ProjectionResult result
        = Projection::project(m_input, Scenario {}, QDateTime(today, QTime(12, 0), Qt::UTC));
    QCOMPARE(result.tableDates, expected);
    QCOMPARE(result.powerAt.size(), expected.size());
}

// The Forecast chart spans every date its table projects to: the bundled dataset's plan ends in
// 2026, but the table beside the chart goes to the end of next year (it stopped at 2027-01-01).
void TestProjection::chartReachesTheTablesLastDate()
{
    const ProjectionResult result = Projection::project(m_input, m_input.defaultScenario(), kNow);
    const TimeChartData chart = ForecastChart::build(result);
    QVERIFY(!result.tableDates.isEmpty());
    for (const QDate &date : result.tableDates) {
        const qint64 ms = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY2(chart.fromMs <= ms && ms < chart.toMs, qPrintable(date.toString(Qt::ISODate)));
    }
}

// Issue 12, point 3: a site whose only GPU history is simulated, reaching 400,000.
void TestProjection::simulatedIsNeverEvidence()
{
    ProjectionSiteInput site;
    site.siteId = QStringLiteral("s");
    site.name = site.siteId;
    const double now = days(kNow.date());
    for (int d = 60; d >= 0; d -= 5) {
        site.gpuHistory.append({ now - d, 450'000.0 - d * 1000 });
        site.gpuHistoryProvenance.append(Provenance::Simulated);
    }
    site.historySimulated = true;
    ProjectionInput input;
    input.sites.append(site);
    Scenario scenario;
    scenario.targetGpus = 400'000;
    scenario.targetDate = QDate(2027, 1, 1);
    const ProjectionResult without = Projection::project(input, scenario, kNow);
    QVERIFY(without.verdict != Forecast::Verdict::Reached);
    QVERIFY(!without.reachedOn && !without.eta && without.history.isEmpty());
    QVERIFY(!without.includesSimulated);
    QVERIFY(!without.toJson().value(QStringLiteral("includes_simulated")).toBool());

    scenario.includeSimulated = true;
    const ProjectionResult with = Projection::project(input, scenario, kNow);
    QCOMPARE(with.verdict, Forecast::Verdict::Reached);
    QVERIFY(with.includesSimulated);
    QVERIFY(with.summary.contains(QLatin1String("SIMULATED")));
    QVERIFY(with.toJson().value(QStringLiteral("includes_simulated")).toBool());
    const TimeChartData chart = ForecastChart::build(with);
    bool sawHistory = false, sawMarker = false;
    for (const ChartLine &line : chart.lines) {
        if (line.points == with.history) {
            sawHistory = true;
            QCOMPARE(line.provenance, Provenance::Simulated);
            QVERIFY2(line.label.contains(QLatin1String("SIMULATED"))
                    && !line.label.contains(provenanceDisplayName(Provenance::Measured)),
                qPrintable(line.label));
        }
        if (line.style == ChartLine::Style::Points) {
            sawMarker = true;
            // The marker agrees with the verdict: the day it was reached, labelled so.
            QCOMPARE(line.points.first().x(),
                double(QDateTime(*with.reachedOn, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
            QVERIFY(line.label.startsWith(QLatin1String("Reached")));
            QVERIFY(line.label.contains(QLatin1String("SIMULATED")));
        }
    }
    QVERIFY(sawHistory && sawMarker);
}

// Issue 12, point 5: a site planning 1,000–1,200 MW: power, energy and implied GPUs are ranges.
void TestProjection::rangesStayRanges()
{
    ProjectionSiteInput site;
    site.siteId = QStringLiteral("s");
    site.name = site.siteId;
    Milestone milestone;
    milestone.siteId = site.siteId;
    milestone.date = QDate(2026, 6, 30);
    milestone.powerMw = FigureRange { 1000, 1200 };
    site.milestones.append(milestone);
    site.capacityMw = FigureRange { 1300, 1500 };
    ProjectionInput input;
    input.sites.append(site);
    const ProjectionResult result = Projection::project(input, Scenario {}, kNow);
    QCOMPARE(result.powerAt.size(), result.tableDates.size());
    const Forecast::PowerRange &power = result.powerAt.first();
    QVERIFY(qAbs(power.low.facilityMw - 1000) < 1e-6);
    QVERIFY(qAbs(power.high.facilityMw - 1200) < 1e-6);
    QVERIFY(power.low.energyPerYearGwh < power.high.energyPerYearGwh);
    const QString text = Projection::powerOnPlanLines(result, QLocale(QLocale::English)).first();
    QVERIFY2(text.contains(QStringLiteral("1,000–1,200 MW facility")), qPrintable(text));
    // Implied GPUs: 1,000 MW / 1,872 W = 534,188 -> 530,000; 1,200 MW -> 641,026 -> 640,000.
    const SiteProjection &projected = result.sites.first();
    QVERIFY(projected.gpuPlanImpliedByMw);
    QCOMPARE(projected.gpusAt.first().low, 530'000.0);
    QCOMPARE(projected.gpusAt.first().high, 640'000.0);
    const QJsonObject json = result.toJson();
    const QJsonObject facility = json.value(QStringLiteral("power_on_plan"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("facility_mw"))
                                     .toObject();
    QCOMPARE(facility.value(QStringLiteral("low")).toDouble(), 1000.0);
    QCOMPARE(facility.value(QStringLiteral("high")).toDouble(), 1200.0);
    const QJsonObject siteJson = json.value(QStringLiteral("sites")).toArray().first().toObject();
    QVERIFY(siteJson.value(QStringLiteral("capacity_mw_range")).toObject().contains("low"));
    ProjectionTableModel model;
    model.setLocale(QLocale(QLocale::English));
    model.setResult(result);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("≈530,000–640,000"));
    QCOMPARE(model.index(0, model.columnCount() - 1).data().toString(),
        QStringLiteral("implied by planned MW"));
}

// Issue 12, point 6: the Forecast chart's plan is the Overview's plan curve, point for point;
// nothing before the first published plan point; GPUs implied by MW are not in it.
void TestProjection::onePlanCurve()
{
    ProjectionInput input;
    input.sites.append(siteWithPlan(QStringLiteral("a"), QDate(2026, 6, 30), 400'000));
    input.sites[0].milestones.append(input.sites[0].milestones.first());
    input.sites[0].milestones[1].date = QDate(2027, 6, 30);
    input.sites[0].milestones[1].gpus = FigureRange { 450'000, 500'000 };
    input.sites[0].firstPower = QDate(2025, 6, 1); // no ramp from here
    input.sites.append(siteWithPlan(QStringLiteral("b"), QDate(2027, 1, 1), 100'000));
    ProjectionSiteInput mwOnly;
    mwOnly.siteId = QStringLiteral("c");
    Milestone mw;
    mw.siteId = mwOnly.siteId;
    mw.date = QDate(2026, 12, 31);
    mw.powerMw = FigureRange { 5000, 5000 };
    mwOnly.milestones.append(mw);
    input.sites.append(mwOnly);
    Scenario scenario;
    scenario.targetGpus = 1e6;
    const ProjectionResult result = Projection::project(input, scenario, kNow);
    const TimeChartData chart = ForecastChart::build(result);
    const ChartLine &forecastPlan = chart.lines.first();
    QCOMPARE(forecastPlan.provenance, Provenance::Planned);

    QList<Milestone> milestones;
    for (const ProjectionSiteInput &site : input.sites)
        milestones += site.milestones;
    const ChartLine overviewPlan = PlanCurve::chartLine(
        PlanCurve::build(milestones, { "a", "b", "c" }, PlanCurve::Unit::Gpus),
        PlanCurve::Unit::Gpus, chart.toMs);
    QCOMPARE(forecastPlan.label, overviewPlan.label);
    QCOMPARE(forecastPlan.points, overviewPlan.points);
    QCOMPARE(forecastPlan.upper, overviewPlan.upper);
    const double firstPlanMs
        = double(QDateTime(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(forecastPlan.points.first().x(), firstPlanMs);
    QCOMPARE(forecastPlan.points.first().y(), 400'000.0);
    for (const QPointF &point : forecastPlan.upper)
        QVERIFY(point.y() <= 600'000); // the 5 GW of site c (2.7 M implied GPUs) is not in it
    // The plan never reaches the target, so no projected date and no marker.
    QVERIFY(!result.eta);
    for (const ChartLine &line : chart.lines)
        QVERIFY(line.style != ChartLine::Style::Points);
}

// Issue 12, point 2: the dataset's target is fleet-wide; with no fleet GPU count published the
// verdict says so, and the sites' comparison says what it compares.
void TestProjection::fleetTargetIsNotMeasurable()
{
    ProjectionInput input;
    input.sites.append(siteWithPlan(QStringLiteral("a"), QDate(2026, 6, 30), 400'000));
    ReportedFact target;
    target.scope = ReportedFact::Scope::Fleet;
    target.metric = Metric::GpusOnlineTarget;
    target.value = FigureRange { 1e6, 1e6 };
    target.period = QDate(2025, 12, 31);
    target.provenance = Provenance::Planned;
    input.target = target;
    ReportedFact compute;
    compute.scope = ReportedFact::Scope::Fleet;
    compute.metric = Metric::ComputeGw;
    compute.value = FigureRange { 1.9, 1.9 };
    compute.period = QDate(2025, 12, 31);
    compute.asOf = QDate(2026, 1, 18);
    input.fleetComputeGw = compute;
    const QLocale english(QLocale::English);
    QLocale::setDefault(english);
    const ProjectionResult result = Projection::project(input, input.defaultScenario(), kNow);
    QCOMPARE(result.verdict, Forecast::Verdict::NotMeasurable);
    QCOMPARE(result.summary,
        QStringLiteral("No fleet GPU count published; fleet compute 1.9 GW reported %1")
            .arg(FigureFormat::date(QDate(2026, 1, 18), english)));
    QCOMPARE(result.sitesVerdict, Forecast::Verdict::Behind);
    QVERIFY2(result.sitesSummary.startsWith(
                 QLatin1String("Stargate sites' planned GPUs vs the fleet-wide target")),
        qPrintable(result.sitesSummary));
    QCOMPARE(result.toJson().value(QStringLiteral("verdict")).toString(),
        QStringLiteral("not_measurable"));
    // The store's CHECK constraint has no "not_measurable": it is stored as "unknown".
    QCOMPARE(ProjectionController::recordOf(result).verdict, QStringLiteral("unknown"));

    // A published fleet count decides the fleet target; a target the user types in is the
    // sites' own and is judged on them.
    ReportedFact count = compute;
    count.metric = Metric::GpusOnline;
    count.value = FigureRange { 1.1e6, 1.1e6 };
    input.fleetGpusOnline = count;
    QCOMPARE(Projection::project(input, input.defaultScenario(), kNow).verdict,
        Forecast::Verdict::Reached);
    Scenario own = input.defaultScenario();
    own.targetIsFleet = false;
    own.targetGpus = 300'000;
    own.targetDate = QDate(2027, 1, 1);
    QCOMPARE(Projection::project(input, own, kNow).verdict, Forecast::Verdict::OnTrack);
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
