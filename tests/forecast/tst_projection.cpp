// The projection on the bundled dataset and on synthetic inputs: verdicts, ETAs, scenario
// changes, and bad input that must give an explained result, never NaN.
#include "domain/figureformat.h"
#include "forecast/projection.h"
#include "itemmodels/projectiontablemodel.h"
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
    for (const QPointF &point : result.planLow + result.planHigh + result.history)
        QVERIFY(std::isfinite(point.y()));
    for (const Forecast::PowerEstimate &power : result.powerAt)
        QVERIFY(std::isfinite(power.facilityMw) && std::isfinite(power.energyPerYearGwh));
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
    void trendFromHistoryHasABand();
    void shortHistoryGivesNoTrend_data();
    void shortHistoryGivesNoTrend();
    void tableModelPassesTester();
    void headroomAgainstCapacity_data();
    void headroomAgainstCapacity();
    void reportCarriesAssumptions();

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
    QCOMPARE(result.etaBasis, QStringLiteral("plan"));
    QVERIFY(result.eta.has_value());
    // The target date has passed without the sites reaching it: behind, never "on track".
    QVERIFY(*result.eta > scenario.targetDate);
    QCOMPARE(result.verdict, Forecast::Verdict::Behind);
    QVERIFY(result.etaEarly.has_value() && *result.etaEarly <= *result.eta);
    // Paused and cancelled sites are not part of the fleet plan.
    for (const SiteProjection &site : result.sites) {
        if (site.siteId == QLatin1String("norway-narvik")
            || site.siteId == QLatin1String("uk-north-east"))
            QVERIFY(!site.active);
        if (site.siteId == QLatin1String("abilene-tx")) {
            QVERIFY(!site.gpuPlanImpliedByMw); // it has a reported GPU plan
            QCOMPARE(site.gpuPlan.last().low, 400000.0);
            QCOMPARE(site.gpuPlan.last().high, 450000.0);
            QCOMPARE(site.gpuPlan.first().low, 0.0); // the ramp starts at first power
        }
        if (site.siteId == QLatin1String("shackelford-tx"))
            QVERIFY(site.gpuPlanImpliedByMw);
    }
}

void TestProjection::delayingEverySiteMovesTheEta()
{
    Scenario scenario = m_input.defaultScenario();
    const ProjectionResult before = Projection::project(m_input, scenario, kNow);
    for (const ProjectionSiteInput &site : m_input.sites)
        scenario.delayMonths.insert(site.siteId, 12);
    const ProjectionResult after = Projection::project(m_input, scenario, kNow);
    QVERIFY(before.eta && after.eta);
    // Every plan slips by a year, so the date the summed plan crosses the target slips by a
    // year too (to within the weekly sampling of the plan).
    const qint64 slip = before.eta->daysTo(*after.eta);
    QVERIFY2(slip >= 365 - 7 && slip <= 366 + 7, qPrintable(QString::number(slip)));
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
        QVERIFY(qAbs(high.sites[i].gpusAt.last().high * 1.5 / 1.2 - low.sites[i].gpusAt.last().high)
            < 1e-6 * low.sites[i].gpusAt.last().high);
        // ...while their facility MW, the planned capacity, stays the same.
        QVERIFY(qAbs(high.sites[i].facilityMwAt.last().high - low.sites[i].facilityMwAt.last().high)
            < 1e-6 * low.sites[i].facilityMwAt.last().high);
    }
    QVERIFY(high.eta && low.eta && *high.eta >= *low.eta);
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

// One site: first power on 1 January 2026, a reported plan of 500,000 GPUs by 1 January 2027,
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
    ProjectionSiteInput site = siteWithPlan(QStringLiteral("s"), QDate(2027, 1, 1), 500'000);
    site.firstPower = QDate(2026, 1, 1);
    if (planInMw) {
        site.milestones[0].gpus.reset();
        site.milestones[0].powerMw = FigureRange { 1000, 1000 };
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
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("behind"));
    QCOMPARE(json.value(QStringLiteral("assumptions"))
                 .toObject()
                 .value(QStringLiteral("pue"))
                 .toDouble(),
        1.35);
    QVERIFY(!json.value(QStringLiteral("eta")).toString().isEmpty());
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

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
