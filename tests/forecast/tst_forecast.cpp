// Forecasting: parameters recovered from synthetic series, exact linear ETAs, band coverage on
// held-out points, power arithmetic, fleet Monte Carlo, plan curves, and every bad input.
#include "forecast/forecast.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace Forecast;

namespace {
// 2024-10-04, so that the tests run on realistic tDays magnitudes.
constexpr double kDay0 = 20'000;

QList<Point> logisticSeries(
    double a, double b, double c, double fromDays, double toDays, double noiseSigma, quint32 seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal;
    QList<Point> points;
    for (double t = fromDays; t <= toDays; t += 1)
        points.append({ t, c / (1 + std::exp(-b * (t - a))) + noiseSigma * normal(random) });
    return points;
}

QList<Point> linearSeries(
    double intercept, double slopePerDay, int days, double noiseSigma = 0, quint32 seed = 1)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal;
    QList<Point> points;
    for (int day = 0; day < days; ++day)
        points.append({ kDay0 + day,
            intercept + slopePerDay * day + (noiseSigma > 0 ? noiseSigma * normal(random) : 0.0) });
    return points;
}

QByteArray describe(double actual, double expected)
{
    return QByteArray::number(actual, 'g', 12) + " vs expected "
        + QByteArray::number(expected, 'g', 12);
}

bool finiteBand(const Band &band)
{
    return std::isfinite(band.low) && std::isfinite(band.mid) && std::isfinite(band.high)
        && band.low <= band.mid && band.mid <= band.high;
}
} // namespace

Q_DECLARE_METATYPE(Forecast::ModelKind)
Q_DECLARE_METATYPE(Forecast::Point)
Q_DECLARE_METATYPE(Forecast::PlanPoint)

class TestForecast : public QObject
{
    Q_OBJECT

private slots:
    void fleetPlanCurveStartsAtFirstPlanPoint();
    void logisticRecovered_data();
    void logisticRecovered();
    void modelChoice_data();
    void modelChoice();
    void linearEtaIsExact_data();
    void linearEtaIsExact();
    void verdictFromBand();
    void bandCoverage_data();
    void bandCoverage();
    void power_data();
    void power();
    void powerModels();
    void headroomOfLinearGrowth();
    void notEnoughData_data();
    void notEnoughData();
    void flatSeries();
    void fallingSeries();
    void targetAlreadyReached();
    void capacityBelowTarget();
    void nonFiniteInputs();
    void planCheck_data();
    void planCheck();
    void planAtInterpolates_data();
    void planAtInterpolates();
    void fleetPlanSumsDefinedSites();
    void emptyFleet();
    void monteCarloCombinesSpread();
    void monteCarloIsDeterministic();
    void fleetEta();
};

void TestForecast::logisticRecovered_data()
{
    QTest::addColumn<bool>("capacityKnown");
    QTest::addColumn<double>("noiseShare"); // noise sigma as a share of the capacity
    QTest::addColumn<double>("aToleranceDays");
    QTest::addColumn<double>("bToleranceShare");
    QTest::addColumn<double>("cToleranceShare");
    // Noiseless: within 1% of b, and of the logistic's time scale 1/b (50 days) for a.
    QTest::newRow("noiseless, capacity known") << true << 0.0 << 0.5 << 0.01 << 0.0;
    QTest::newRow("noiseless, capacity fitted") << false << 0.0 << 0.5 << 0.01 << 0.01;
    // Noise at 2% of capacity (fixed seed): a within 5 days, b within 15%, c within 5%.
    QTest::newRow("noisy, capacity known") << true << 0.02 << 5.0 << 0.15 << 0.0;
    QTest::newRow("noisy, capacity fitted") << false << 0.02 << 5.0 << 0.15 << 0.05;
}

void TestForecast::logisticRecovered()
{
    QFETCH(bool, capacityKnown);
    QFETCH(double, noiseShare);
    QFETCH(double, aToleranceDays);
    QFETCH(double, bToleranceShare);
    QFETCH(double, cToleranceShare);
    const double a = kDay0 + 200;
    const double b = 0.02;
    const double c = 1200;
    // 350 daily points: from 2% of capacity to 95%, so the bend is in the data.
    const auto history = logisticSeries(a, b, c, kDay0, kDay0 + 350, noiseShare * c, 42);
    const Fit fit = fitTrend(history, capacityKnown ? c : 0);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    QCOMPARE(fit.kind, ModelKind::Logistic);
    QVERIFY2(std::abs(fit.a - a) <= aToleranceDays, describe(fit.a - kDay0, a - kDay0));
    QVERIFY2(std::abs(fit.b - b) <= bToleranceShare * b, describe(fit.b, b));
    if (capacityKnown)
        QCOMPARE(fit.c, c);
    else
        QVERIFY2(std::abs(fit.c - c) <= cToleranceShare * c, describe(fit.c, c));
    QVERIFY(fit.explanation.startsWith(QStringLiteral("logistic:")));
    QVERIFY2(fit.explanation.contains(capacityKnown ? QStringLiteral("planned capacity of 1,200")
                                                    : QStringLiteral("fitted ceiling")),
        qPrintable(fit.explanation));
    // Noise sigma is recovered too (24 for the noisy rows).
    QVERIFY2(std::abs(fit.residualSigma - noiseShare * c) <= 0.15 * noiseShare * c + 1e-6,
        describe(fit.residualSigma, noiseShare * c));
    // The projection never passes the capacity.
    QVERIFY(predict(fit, kDay0 + 5000) <= (capacityKnown ? c : fit.c));
}

void TestForecast::modelChoice_data()
{
    QTest::addColumn<QList<Point>>("history");
    QTest::addColumn<double>("capacity");
    QTest::addColumn<ModelKind>("kind");
    QTest::addColumn<QString>("explanationStart");

    QTest::newRow("noisy line") << linearSeries(1000, 20, 200, 50, 7) << 0.0 << ModelKind::Linear
                                << QStringLiteral("linear:");
    QList<Point> exponential;
    std::mt19937 random(3);
    std::normal_distribution<double> normal;
    for (int day = 0; day < 200; ++day)
        exponential.append(
            { kDay0 + day, 100 * std::exp(0.015 * day) * (1 + 0.01 * normal(random)) });
    QTest::newRow("exponential") << exponential << 0.0 << ModelKind::Exponential
                                 << QStringLiteral("exponential:");
    QTest::newRow("logistic") << logisticSeries(kDay0 + 100, 0.05, 500, kDay0, kDay0 + 200, 5, 9)
                              << 500.0 << ModelKind::Logistic << QStringLiteral("logistic:");
}

void TestForecast::modelChoice()
{
    QFETCH(QList<Point>, history);
    QFETCH(double, capacity);
    QFETCH(ModelKind, kind);
    QFETCH(QString, explanationStart);
    const Fit fit = fitTrend(history, capacity);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    QVERIFY2(fit.kind == kind, qPrintable(fit.explanation));
    QVERIFY2(fit.explanation.startsWith(explanationStart), qPrintable(fit.explanation));
    QCOMPARE(fit.points, int(history.size()));
}

void TestForecast::linearEtaIsExact_data()
{
    QTest::addColumn<double>("intercept");
    QTest::addColumn<double>("slopePerDay");
    QTest::addColumn<double>("target");
    QTest::newRow("whole numbers") << 100.0 << 5.0 << 1000.0; // 900 / 5 = day 180
    QTest::newRow("fractions") << 12.5 << 0.37 << 400.0; // 387.5 / 0.37 = day 1047.297...
    QTest::newRow("large counts") << 20'000.0 << 311.7 << 400'000.0;
}

void TestForecast::linearEtaIsExact()
{
    QFETCH(double, intercept);
    QFETCH(double, slopePerDay);
    QFETCH(double, target);
    const auto history = linearSeries(intercept, slopePerDay, 31);
    const Fit fit = fitTrend(history);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    QCOMPARE(fit.kind, ModelKind::Linear);
    const double expected = kDay0 + (target - intercept) / slopePerDay;
    const double now = kDay0 + 30;
    const Eta late = etaToTarget(fit, history, target, expected - 1, now);
    QVERIFY(late.etaDays);
    QVERIFY2(std::abs(*late.etaDays - expected) <= 1e-6, describe(*late.etaDays, expected));
    QCOMPARE(late.verdict, Verdict::Behind);
    // No noise, so the band is a line: on track when the target date is the ETA itself.
    const Eta onTime = etaToTarget(fit, history, target, expected + 1e-3, now);
    QCOMPARE(onTime.verdict, Verdict::OnTrack);
    QVERIFY(onTime.rule.startsWith(QStringLiteral("On track")));
}

void TestForecast::verdictFromBand()
{
    // A noisy line (500 + 3 a day, sigma 40) meets 1,500 around day 333; the 80% band around it
    // sets the early and late dates, and the target date between them decides the verdict.
    const auto history = linearSeries(500, 3, 100, 40, 31);
    const Fit fit = fitTrend(history);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    const double now = kDay0 + 99;
    const Eta probe = etaToTarget(fit, history, 1500, kDay0 + 10'000, now);
    QVERIFY(probe.etaDays && probe.etaEarlyDays && probe.etaLateDays);
    QVERIFY(*probe.etaEarlyDays < *probe.etaDays && *probe.etaDays < *probe.etaLateDays);
    QVERIFY2(std::abs(*probe.etaDays - (kDay0 + 333)) < 10, describe(*probe.etaDays - kDay0, 333));

    const Eta onTrack = etaToTarget(fit, history, 1500, *probe.etaLateDays + 1, now);
    QCOMPARE(onTrack.verdict, Verdict::OnTrack);
    const Eta atRisk = etaToTarget(fit, history, 1500, *probe.etaDays + 1, now);
    QCOMPARE(atRisk.verdict, Verdict::AtRisk);
    QVERIFY2(atRisk.rule.startsWith(QStringLiteral("At risk")), qPrintable(atRisk.rule));
    const Eta behind = etaToTarget(fit, history, 1500, *probe.etaDays - 1, now);
    QCOMPARE(behind.verdict, Verdict::Behind);
    // The late end beyond the horizon: at risk even though the mid date is in time.
    const double horizon = (*probe.etaDays + *probe.etaLateDays) / 2 - now;
    const Eta shortHorizon = etaToTarget(fit, history, 1500, *probe.etaDays + 1, now, horizon);
    QVERIFY(!shortHorizon.etaLateDays);
    QCOMPARE(shortHorizon.verdict, Verdict::AtRisk);
    QVERIFY2(shortHorizon.rule.contains(QStringLiteral("within the horizon")),
        qPrintable(shortHorizon.rule));
}

void TestForecast::bandCoverage_data()
{
    QTest::addColumn<double>("level");
    QTest::addColumn<double>("minShare");
    QTest::addColumn<double>("maxShare");
    QTest::newRow("80%") << 0.8 << 0.70 << 0.90;
    QTest::newRow("95%") << 0.95 << 0.88 << 1.0;
}

void TestForecast::bandCoverage()
{
    QFETCH(double, level);
    QFETCH(double, minShare);
    QFETCH(double, maxShare);
    // Known noise (sigma 40) on a line; fit on the first 70%, check the last 30%.
    const auto series = linearSeries(500, 3, 1000, 40, 2024);
    const qsizetype fitted = series.size() * 7 / 10;
    const Fit fit = fitTrend(series.first(fitted));
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    QCOMPARE(fit.kind, ModelKind::Linear);
    int covered = 0;
    const auto heldOut = series.sliced(fitted);
    for (const Point &point : heldOut) {
        const Band band = predictionBand(fit, point.tDays, level);
        QVERIFY(finiteBand(band));
        if (point.value >= band.low && point.value <= band.high)
            ++covered;
    }
    const double share = double(covered) / heldOut.size();
    QVERIFY2(share >= minShare && share <= maxShare, QByteArray::number(share));
    // The band widens with distance from the data.
    const Band near = predictionBand(fit, series[fitted].tDays, level);
    const Band far = predictionBand(fit, series.last().tDays + 2000, level);
    QVERIFY(far.high - far.low > near.high - near.low);
}

void TestForecast::power_data()
{
    QTest::addColumn<double>("gpus");
    QTest::addColumn<double>("watts");
    QTest::addColumn<double>("overhead");
    QTest::addColumn<double>("pue");
    QTest::addColumn<double>("itMw");
    QTest::addColumn<double>("facilityMw");
    QTest::addColumn<double>("perDayMwh");
    QTest::addColumn<double>("perYearGwh");
    // 100,000 x 1,200 W = 120 MW; x 1.3 = 156 MW IT; x 1.2 = 187.2 MW facility;
    // x 24 h = 4,492.8 MWh a day; x 8,760 h = 1,639,872 MWh = 1,639.872 GWh a year.
    QTest::newRow("GB200, defaults")
        << 100'000.0 << 1200.0 << 1.3 << 1.2 << 156.0 << 187.2 << 4492.8 << 1639.872;
    // 50,000 x 700 W = 35 MW; x 1.5 = 52.5 MW IT; x 1.1 = 57.75 MW; x 24 = 1,386 MWh;
    // x 8,760 = 505,890 MWh = 505.89 GWh.
    QTest::newRow("H100") << 50'000.0 << 700.0 << 1.5 << 1.1 << 52.5 << 57.75 << 1386.0 << 505.89;
    QTest::newRow("no GPUs") << 0.0 << 1200.0 << 1.3 << 1.2 << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("negative GPUs count as none")
        << -5.0 << 1200.0 << 1.3 << 1.2 << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("NaN GPUs count as none")
        << std::nan("") << 1200.0 << 1.3 << 1.2 << 0.0 << 0.0 << 0.0 << 0.0;
}

void TestForecast::power()
{
    QFETCH(double, gpus);
    QFETCH(double, watts);
    QFETCH(double, overhead);
    QFETCH(double, pue);
    QFETCH(double, itMw);
    QFETCH(double, facilityMw);
    QFETCH(double, perDayMwh);
    QFETCH(double, perYearGwh);
    const PowerEstimate estimate = powerFor(gpus, { watts, overhead, pue });
    QVERIFY2(std::abs(estimate.itMw - itMw) < 1e-9, describe(estimate.itMw, itMw));
    QVERIFY2(std::abs(estimate.facilityMw - facilityMw) < 1e-9,
        describe(estimate.facilityMw, facilityMw));
    QVERIFY2(std::abs(estimate.energyPerDayMwh - perDayMwh) < 1e-7,
        describe(estimate.energyPerDayMwh, perDayMwh));
    QVERIFY2(std::abs(estimate.energyPerYearGwh - perYearGwh) < 1e-7,
        describe(estimate.energyPerYearGwh, perYearGwh));
}

void TestForecast::powerModels()
{
    const QHash<QString, double> expected { { QStringLiteral("h100-sxm"), 700 },
        { QStringLiteral("h200-sxm"), 700 }, { QStringLiteral("b200"), 1000 },
        { QStringLiteral("gb200"), 1200 }, { QStringLiteral("gb200-nvl72-rack"), 1667 },
        { QStringLiteral("gb300"), 1400 } };
    QHash<QString, double> found;
    for (const GpuPowerModel &model : gpuPowerModels()) {
        QVERIFY(!model.name.isEmpty());
        QVERIFY2(model.source.startsWith(QStringLiteral("https://")), qPrintable(model.id));
        found.insert(model.id, model.wattsPerGpu);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(found.contains(it.key()), qPrintable(it.key()));
        // 120 kW / 72 = 1,666.7 W for the rack-level figure; the others are exact.
        QVERIFY2(std::abs(found.value(it.key()) - it.value()) < 0.5, qPrintable(it.key()));
    }
}

void TestForecast::headroomOfLinearGrowth()
{
    // 1,000 GPUs a day from 0: 100,000 GPUs on day 100 = 187.2 MW facility with the defaults.
    const auto history = linearSeries(0, 1000, 101);
    const Fit fit = fitTrend(history);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    const PowerAssumptions defaults;
    const double now = kDay0 + 100;
    const Headroom room = headroom(fit, defaults, 300, now);
    QVERIFY2(std::abs(room.headroomMw - 112.8) < 1e-6, describe(room.headroomMw, 112.8));
    // 300 MW / 187.2 MW x 100,000 GPUs = 160,256.41 GPUs, reached on day 160.25641.
    QVERIFY(room.capacityRunsOutDays);
    const double expected = kDay0 + 300 / 187.2 * 100;
    QVERIFY2(std::abs(*room.capacityRunsOutDays - expected) < 1e-6,
        describe(*room.capacityRunsOutDays, expected));

    const Headroom none = headroom(fit, defaults, 0, now);
    QVERIFY2(std::abs(none.headroomMw + 187.2) < 1e-6, describe(none.headroomMw, -187.2));
    QCOMPARE(none.capacityRunsOutDays, std::optional<double>(now));

    const Headroom plenty = headroom(fit, defaults, 1e6, now, 365);
    QVERIFY(!plenty.capacityRunsOutDays);

    const Headroom noFit = headroom(Fit {}, defaults, 300, now);
    QCOMPARE(noFit.headroomMw, 300.0);
    QVERIFY(!noFit.capacityRunsOutDays);
}

void TestForecast::notEnoughData_data()
{
    QTest::addColumn<QList<Point>>("history");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("no points") << QList<Point> {} << QStringLiteral("0 points");
    QTest::newRow("one point") << QList<Point> { { kDay0, 10 } } << QStringLiteral("1 point,");
    QTest::newRow("two points") << QList<Point> { { kDay0, 10 }, { kDay0 + 1, 20 } }
                                << QStringLiteral("2 points");
    QTest::newRow("three, one NaN") << QList<Point> { { kDay0, 10 }, { kDay0 + 1, std::nan("") },
        { kDay0 + 2, 30 } } << QStringLiteral("1 value that was not a finite number was ignored");
    QTest::newRow("three, one infinite time") << QList<Point> { { kDay0, 10 },
        { std::numeric_limits<double>::infinity(), 20 }, { kDay0 + 2, 30 } }
                                              << QStringLiteral("2 points");
    QTest::newRow("all at the same time") << QList<Point> { { kDay0, 10 }, { kDay0, 20 },
        { kDay0, 30 } } << QStringLiteral("same time");
}

void TestForecast::notEnoughData()
{
    QFETCH(QList<Point>, history);
    QFETCH(QString, reasonPart);
    const Fit fit = fitTrend(history, 1000);
    QVERIFY(!fit.ok);
    QCOMPARE(fit.kind, ModelKind::None);
    QVERIFY2(fit.reason.contains(QStringLiteral("not enough data")), qPrintable(fit.reason));
    QVERIFY2(fit.reason.contains(reasonPart), qPrintable(fit.reason));
    QCOMPARE(predict(fit, kDay0 + 10), 0.0);
    const Band band = predictionBand(fit, kDay0 + 10, 0.95);
    QVERIFY(finiteBand(band));
    QCOMPARE(band.high, 0.0);
    const Eta eta = etaToTarget(fit, history, 1e6, kDay0 + 100, kDay0 + 2);
    QCOMPARE(eta.verdict, Verdict::Unknown);
    QCOMPARE(eta.reason, fit.reason);
    QVERIFY(!eta.etaDays);
}

void TestForecast::flatSeries()
{
    QList<Point> history;
    for (int day = 0; day < 10; ++day)
        history.append({ kDay0 + day, 42 });
    const Fit fit = fitTrend(history);
    QVERIFY(fit.ok);
    QCOMPARE(fit.kind, ModelKind::Linear);
    QCOMPARE(fit.b, 0.0);
    QCOMPARE(fit.residualSigma, 0.0);
    QVERIFY2(fit.explanation.startsWith(QStringLiteral("flat:")), qPrintable(fit.explanation));
    QCOMPARE(predict(fit, kDay0 + 1000), 42.0);
    const Band band = predictionBand(fit, kDay0 + 1000, 0.95);
    QCOMPARE(band.low, 42.0);
    QCOMPARE(band.high, 42.0);
    const Eta eta = etaToTarget(fit, history, 50, kDay0 + 100, kDay0 + 9);
    QCOMPARE(eta.verdict, Verdict::Behind);
    QVERIFY(!eta.etaDays);
    QVERIFY2(eta.rule.contains(QStringLiteral("not growing")), qPrintable(eta.rule));
}

void TestForecast::fallingSeries()
{
    const auto history = linearSeries(1000, -10, 60, 5, 11);
    const Fit fit = fitTrend(history);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    QVERIFY2(fit.explanation.startsWith(QStringLiteral("falling:")), qPrintable(fit.explanation));
    QVERIFY(fit.kind != ModelKind::Logistic);
    QVERIFY(predict(fit, kDay0 + 30) < predict(fit, kDay0));
    // Clamped at zero far out, never negative or NaN.
    QCOMPARE(predict(fit, kDay0 + 10'000), 0.0);
    QVERIFY(finiteBand(predictionBand(fit, kDay0 + 10'000, 0.95)));
    const Eta eta = etaToTarget(fit, history, 2000, kDay0 + 365, kDay0 + 59);
    QCOMPARE(eta.verdict, Verdict::Behind);
    QVERIFY(!eta.etaDays);
}

void TestForecast::targetAlreadyReached()
{
    const auto history = linearSeries(0, 10, 20); // 0, 10, ..., 190
    const Fit fit = fitTrend(history);
    const Eta eta = etaToTarget(fit, history, 50, kDay0 + 100, kDay0 + 19);
    QCOMPARE(eta.verdict, Verdict::Reached);
    QCOMPARE(eta.reachedOnDays, std::optional<double>(kDay0 + 5));
    QVERIFY(eta.rule.startsWith(QStringLiteral("Reached")));

    // A fact needs no projection: two points are enough to see a target met.
    const QList<Point> two { { kDay0, 10 }, { kDay0 + 1, 60 } };
    const Eta fromFacts = etaToTarget(fitTrend(two), two, 50, kDay0 + 100, kDay0 + 1);
    QCOMPARE(fromFacts.verdict, Verdict::Reached);
    QCOMPARE(fromFacts.reachedOnDays, std::optional<double>(kDay0 + 1));

    // A dip below the target and back: reached since the latest crossing.
    const QList<Point> dip { { kDay0, 60 }, { kDay0 + 1, 40 }, { kDay0 + 2, 55 },
        { kDay0 + 3, 70 } };
    QCOMPARE(etaToTarget(fitTrend(dip), dip, 50, kDay0, kDay0 + 3).reachedOnDays,
        std::optional<double>(kDay0 + 2));
}

void TestForecast::capacityBelowTarget()
{
    const auto history = logisticSeries(kDay0 + 100, 0.05, 1000, kDay0, kDay0 + 120, 10, 5);
    const Fit fit = fitTrend(history, 1000);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    const Eta eta = etaToTarget(fit, history, 1500, kDay0 + 3000, kDay0 + 120);
    QCOMPARE(eta.verdict, Verdict::Behind);
    QVERIFY(!eta.etaDays);
    QVERIFY(!eta.etaLateDays);
    QVERIFY2(eta.rule.contains(QStringLiteral("below the target")), qPrintable(eta.rule));

    // A linear fit is held at the capacity too.
    const auto line = linearSeries(0, 10, 30);
    const Fit capped = fitTrend(line, 500);
    QCOMPARE(predict(capped, kDay0 + 1000), 500.0);
    QCOMPARE(etaToTarget(capped, line, 600, kDay0 + 3000, kDay0 + 29).verdict, Verdict::Behind);
}

void TestForecast::nonFiniteInputs()
{
    const double nan = std::nan("");
    const double inf = std::numeric_limits<double>::infinity();
    const auto history = linearSeries(100, 5, 30, 2, 1);
    const Fit fit = fitTrend(history, nan);
    QVERIFY(fit.ok);
    QCOMPARE(fit.capacity, 0.0);
    QCOMPARE(predict(fit, nan), 0.0);
    QVERIFY(finiteBand(predictionBand(fit, nan, 0.8)));
    QVERIFY(finiteBand(predictionBand(fit, kDay0 + 100, nan)));
    QVERIFY(finiteBand(predictionBand(fit, kDay0 + 100, 5)));
    QCOMPARE(etaToTarget(fit, history, nan, kDay0, kDay0).verdict, Verdict::Unknown);
    QCOMPARE(etaToTarget(fit, history, 1000, kDay0 + 1000, inf).verdict, Verdict::Unknown);

    // An exponential far beyond its data stays finite.
    QList<Point> growth;
    for (int day = 0; day < 50; ++day)
        growth.append({ kDay0 + day, std::exp(0.2 * day) });
    const Fit steep = fitTrend(growth);
    QVERIFY(steep.ok);
    QVERIFY(std::isfinite(predict(steep, kDay0 + 1e6)));
    QVERIFY(finiteBand(predictionBand(steep, kDay0 + 1e6, 0.95)));

    const Headroom room = headroom(fit, PowerAssumptions { nan, nan, nan }, 100, kDay0);
    QCOMPARE(room.headroomMw, 100.0);
    QVERIFY(!room.capacityRunsOutDays);
    QVERIFY(!planAt({ { kDay0, 1, 1 } }, nan));
}

void TestForecast::planCheck_data()
{
    QTest::addColumn<QList<PlanPoint>>("plan");
    QTest::addColumn<bool>("monotonic");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("empty") << QList<PlanPoint> {} << true << QString();
    QTest::newRow("rising") << QList<PlanPoint> { { kDay0, 100, 100 }, { kDay0 + 10, 200, 250 } }
                            << true << QString();
    QTest::newRow("holding") << QList<PlanPoint> { { kDay0, 100, 100 }, { kDay0 + 10, 100, 100 } }
                             << true << QString();
    QTest::newRow("going backwards")
        << QList<PlanPoint> { { kDay0, 100, 100 }, { kDay0 + 10, 200, 200 },
               { kDay0 + 20, 150, 150 } }
        << false
        << QStringLiteral("goes backwards: 150 on 2024-10-24 is lower than 200 on 2024-10-14");
    QTest::newRow("high end going backwards") << QList<PlanPoint> { { kDay0, 100, 300 },
        { kDay0 + 10, 200, 250 } } << false << QStringLiteral("goes backwards");
    QTest::newRow("backwards once sorted") << QList<PlanPoint> { { kDay0 + 10, 100, 100 },
        { kDay0, 200, 200 } } << false << QStringLiteral("goes backwards");
    QTest::newRow("low above high") << QList<PlanPoint> { { kDay0, 300, 200 } } << true
                                    << QStringLiteral("low end (300) above");
    QTest::newRow("NaN point") << QList<PlanPoint> { { kDay0, std::nan(""), 1 } } << true
                               << QStringLiteral("ignored");
}

void TestForecast::planCheck()
{
    QFETCH(QList<PlanPoint>, plan);
    QFETCH(bool, monotonic);
    QFETCH(QString, problemPart);
    const PlanCheck check = checkPlan(plan);
    QCOMPARE(check.monotonic, monotonic);
    if (problemPart.isEmpty())
        QCOMPARE(check.problem, QString());
    else
        QVERIFY2(check.problem.contains(problemPart), qPrintable(check.problem));
}

void TestForecast::planAtInterpolates_data()
{
    QTest::addColumn<double>("tDays");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Plan: day 0 100-120, day 10 200-260, day 30 200-300.
    QTest::newRow("before the first point") << kDay0 - 1 << false << 0.0 << 0.0;
    QTest::newRow("at the first point") << kDay0 << true << 100.0 << 120.0;
    QTest::newRow("halfway to the second") << kDay0 + 5 << true << 150.0 << 190.0;
    QTest::newRow("at the second point") << kDay0 + 10 << true << 200.0 << 260.0;
    QTest::newRow("between second and third") << kDay0 + 20 << true << 200.0 << 280.0;
    QTest::newRow("at the last point") << kDay0 + 30 << true << 200.0 << 300.0;
    QTest::newRow("after the last point") << kDay0 + 1000 << true << 200.0 << 300.0;
}

void TestForecast::planAtInterpolates()
{
    QFETCH(double, tDays);
    QFETCH(bool, defined);
    QFETCH(double, low);
    QFETCH(double, high);
    const QList<PlanPoint> plan { { kDay0, 100, 120 }, { kDay0 + 10, 200, 260 },
        { kDay0 + 30, 200, 300 } };
    // The order given does not matter.
    const QList<PlanPoint> shuffled { plan[2], plan[0], plan[1] };
    for (const auto &points : { plan, shuffled }) {
        const auto range = planAt(points, tDays);
        QCOMPARE(bool(range), defined);
        if (defined) {
            QVERIFY2(std::abs(range->low - low) < 1e-9, describe(range->low, low));
            QVERIFY2(std::abs(range->high - high) < 1e-9, describe(range->high, high));
        }
    }
    QVERIFY(!planAt({}, tDays));
}

void TestForecast::fleetPlanSumsDefinedSites()
{
    const QList<PlanPoint> first { { kDay0, 100, 120 }, { kDay0 + 10, 200, 260 },
        { kDay0 + 30, 200, 300 } };
    const QList<PlanPoint> second { { kDay0 + 20, 50, 50 } };
    const QList<QList<PlanPoint>> sites { first, second, {} };
    // Before any plan: nothing.
    Range total = fleetPlanAt(sites, kDay0 - 1);
    QCOMPARE(total.low, 0.0);
    QCOMPARE(total.high, 0.0);
    // Day 5: only the first site's plan is defined.
    total = fleetPlanAt(sites, kDay0 + 5);
    QCOMPARE(total.low, 150.0);
    QCOMPARE(total.high, 190.0);
    // Day 25: 200-290 plus 50.
    total = fleetPlanAt(sites, kDay0 + 25);
    QCOMPARE(total.low, 250.0);
    QCOMPARE(total.high, 340.0);
    total = fleetPlanAt({}, kDay0);
    QCOMPARE(total.high, 0.0);
}

void TestForecast::emptyFleet()
{
    const QList<double> times { kDay0, kDay0 + 100, kDay0 + 200 };
    const auto quantiles = fleetMonteCarlo({}, {}, times, 1000, 1);
    QCOMPARE(quantiles.size(), times.size());
    for (qsizetype i = 0; i < quantiles.size(); ++i) {
        const FleetQuantiles &q = quantiles[i];
        QCOMPARE(q.tDays, times[i]);
        for (double value : { q.p025, q.p10, q.p50, q.p90, q.p975 })
            QCOMPARE(value, 0.0);
    }
    const FleetEta eta = fleetEtaMonteCarlo({}, {}, times, 10, 1000, 1);
    QCOMPARE(eta.shareReaching, 0.0);
    QVERIFY(!eta.p10 && !eta.p50 && !eta.p90);
    QVERIFY(fleetMonteCarlo({}, {}, {}, 1000, 1).isEmpty());
    QCOMPARE(fleetEtaMonteCarlo({}, {}, {}, 10, 1000, 1).shareReaching, 0.0);
    // Sites without a fit count as nothing, as do missing capacities.
    const auto unfit = fleetMonteCarlo({ Fit {}, Fit {} }, {}, times, 100, 1);
    QCOMPARE(unfit.size(), times.size());
    QCOMPARE(unfit.last().p975, 0.0);
}

void TestForecast::monteCarloCombinesSpread()
{
    // Two identical, independent sites: noisy lines at 10,000 GPUs + 100 a day, sigma 500.
    const auto history = linearSeries(10'000, 100, 200, 500, 77);
    const Fit site = fitTrend(history);
    QVERIFY2(site.ok, qPrintable(site.reason));
    const QList<double> times { kDay0 + 250, kDay0 + 400 };
    const auto single = fleetMonteCarlo({ site }, {}, times, 4000, 99);
    const auto fleet = fleetMonteCarlo({ site, site }, {}, times, 4000, 99);
    QCOMPARE(fleet.size(), times.size());
    for (qsizetype i = 0; i < times.size(); ++i) {
        const double siteSpread = single[i].p90 - single[i].p10;
        const double fleetSpread = fleet[i].p90 - fleet[i].p10;
        // Independent errors partly cancel: about sqrt(2) x one site, not 2 x.
        QVERIFY2(fleetSpread < 0.85 * 2 * siteSpread, describe(fleetSpread, 2 * siteSpread));
        QVERIFY2(fleetSpread > 0.6 * 2 * siteSpread, describe(fleetSpread, 2 * siteSpread));
        // The single-site spread matches the 80% prediction band.
        const Band band = predictionBand(site, times[i], 0.8);
        QVERIFY2(std::abs(siteSpread - (band.high - band.low)) < 0.05 * siteSpread,
            describe(siteSpread, band.high - band.low));
        const double sumOfPredictions = 2 * predict(site, times[i]);
        QVERIFY2(std::abs(fleet[i].p50 - sumOfPredictions) < 0.05 * fleetSpread,
            describe(fleet[i].p50, sumOfPredictions));
        QVERIFY(fleet[i].p025 <= fleet[i].p10 && fleet[i].p10 <= fleet[i].p50
            && fleet[i].p50 <= fleet[i].p90 && fleet[i].p90 <= fleet[i].p975);
    }
    // Without draws: the plain sum of predictions.
    const auto plain = fleetMonteCarlo({ site, site }, {}, times, 0, 99);
    QCOMPARE(plain.first().p025, 2 * predict(site, times.first()));
    QCOMPARE(plain.first().p975, 2 * predict(site, times.first()));
    // A capacity clamps every draw.
    const auto capped = fleetMonteCarlo({ site, site }, { 20'000, 20'000 }, times, 1000, 99);
    QVERIFY(capped.last().p975 <= 40'000);
}

void TestForecast::monteCarloIsDeterministic()
{
    const Fit first = fitTrend(linearSeries(1000, 10, 100, 50, 1));
    const Fit second
        = fitTrend(logisticSeries(kDay0 + 80, 0.05, 5000, kDay0, kDay0 + 99, 100, 2), 5000);
    QList<double> times;
    for (int i = 0; i < 50; ++i)
        times.append(kDay0 + 100 + 10 * i);
    const auto one = fleetMonteCarlo({ first, second }, { 0, 5000 }, times, 500, 1234);
    const auto two = fleetMonteCarlo({ first, second }, { 0, 5000 }, times, 500, 1234);
    const auto other = fleetMonteCarlo({ first, second }, { 0, 5000 }, times, 500, 4321);
    QCOMPARE(one.size(), two.size());
    bool differs = false;
    for (qsizetype i = 0; i < one.size(); ++i) {
        QCOMPARE(one[i].p025, two[i].p025);
        QCOMPARE(one[i].p10, two[i].p10);
        QCOMPARE(one[i].p50, two[i].p50);
        QCOMPARE(one[i].p90, two[i].p90);
        QCOMPARE(one[i].p975, two[i].p975);
        differs = differs || one[i].p50 != other[i].p50;
    }
    QVERIFY(differs);
    const FleetEta etaOne
        = fleetEtaMonteCarlo({ first, second }, { 0, 5000 }, times, 6000, 500, 1234);
    const FleetEta etaTwo
        = fleetEtaMonteCarlo({ first, second }, { 0, 5000 }, times, 6000, 500, 1234);
    QCOMPARE(etaOne.p50, etaTwo.p50);
    QCOMPARE(etaOne.shareReaching, etaTwo.shareReaching);
}

void TestForecast::fleetEta()
{
    // Two lines at 1,000 + 10 a day (sigma 20): the fleet sums 2,000 + 20 a day and meets
    // 4,000 on day 100.
    const Fit site = fitTrend(linearSeries(1000, 10, 60, 20, 5));
    QVERIFY2(site.ok, qPrintable(site.reason));
    QList<double> times;
    for (int day = 200; day >= 60; --day) // descending on purpose: the function sorts
        times.append(kDay0 + day);
    const FleetEta eta = fleetEtaMonteCarlo({ site, site }, {}, times, 4000, 2000, 8);
    QCOMPARE(eta.shareReaching, 1.0);
    QVERIFY(eta.p10 && eta.p50 && eta.p90);
    QVERIFY(*eta.p10 <= *eta.p50 && *eta.p50 <= *eta.p90);
    QVERIFY2(std::abs(*eta.p50 - (kDay0 + 100)) <= 3, describe(*eta.p50 - kDay0, 100));
    QVERIFY(*eta.p90 - *eta.p10 > 0);

    // A target beyond the fleet's capacity is never reached.
    const FleetEta never = fleetEtaMonteCarlo({ site, site }, { 1500, 1500 }, times, 4000, 500, 8);
    QCOMPARE(never.shareReaching, 0.0);
    QVERIFY(!never.p50);
}

// Issue 12, point 6: the summed plan starts at the first published point (no ramp from 0),
// steps up where a second site's plan begins, and the day it reaches a value is exact.
void TestForecast::fleetPlanCurveStartsAtFirstPlanPoint()
{
    const QList<PlanPoint> a { { 100, 10, 20 }, { 200, 30, 40 } };
    const QList<PlanPoint> b { { 150, 5, 5 } };
    const QList<PlanPoint> curve = fleetPlanCurve({ a, b }, 300);
    QCOMPARE(curve.size(), 5); // 100; 150 before and with b; 200; 300 held
    QCOMPARE(curve.first().tDays, 100.0);
    QCOMPARE(curve.first().low, 10.0); // the plan's own first figure, not 0
    QCOMPARE(curve[1].tDays, 150.0);
    QCOMPARE(curve[1].low, 20.0);
    QCOMPARE(curve[2].tDays, 150.0);
    QCOMPARE(curve[2].low, 25.0);
    QCOMPARE(curve[3].high, 45.0);
    QCOMPARE(curve.last().tDays, 300.0);
    QCOMPARE(curve.last().high, 45.0);
    QVERIFY(fleetPlanCurve({}).isEmpty());
    // Low edge 30 is crossed between 150 (25) and 200 (35): at 175.
    QCOMPARE(firstDayReaching(curve, 30, Edge::Low).value_or(-1), 175.0);
    QCOMPARE(firstDayReaching(curve, 25, Edge::Low).value_or(-1), 150.0); // at the step
    QVERIFY(!firstDayReaching(curve, 100, Edge::High));
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
