// Times the Projections pipeline on a large synthetic fleet: 50 sites x 10,000 points each
// (logistic growth plus 2% noise, fixed seed). Fits, bands at 200 future points and a fleet
// Monte Carlo of 1,000 draws over the same 200 points must together stay under 100 ms, so the
// page can recompute on every edit. Prints figures only; it asserts nothing.
#include "forecast/forecast.h"

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace Forecast;

namespace {
constexpr int kSites = 50;
constexpr int kPointsPerSite = 10'000;
constexpr int kFuturePoints = 200;
constexpr int kDraws = 1000;
constexpr int kRuns = 5;
constexpr double kDay0 = 20'000;
constexpr double kTargetMs = 100;

struct SiteData
{
    QList<Point> history;
    double capacity = 0;
};

QList<SiteData> makeFleet()
{
    std::mt19937 random(20260101);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::normal_distribution<double> normal;
    QList<SiteData> fleet;
    for (int site = 0; site < kSites; ++site) {
        const double c = 500 + 1500 * uniform(random);
        const double a = kDay0 + 200 + 200 * uniform(random);
        const double b = 0.01 + 0.03 * uniform(random);
        SiteData data;
        // Every other site has a planned capacity; the rest fit their ceiling, the dearer case.
        data.capacity = site % 2 == 0 ? c : 0;
        data.history.reserve(kPointsPerSite);
        for (int i = 0; i < kPointsPerSite; ++i) {
            const double t = kDay0 + i * 0.05; // every 72 minutes over 500 days
            data.history.append(
                { t, c / (1 + std::exp(-b * (t - a))) + 0.02 * c * normal(random) });
        }
        fleet.append(std::move(data));
    }
    return fleet;
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main()
{
    const QList<SiteData> fleet = makeFleet();
    QList<double> future;
    for (int i = 0; i < kFuturePoints; ++i)
        future.append(kDay0 + 500 + 5 * i); // the next 1,000 days
    QList<double> capacities;
    for (const SiteData &site : fleet)
        capacities.append(site.capacity);

    QList<double> baselineMs, fitMs, bandMs, monteCarloMs, totalMs;
    double checksum = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        // Baseline: touching every input value once.
        timer.start();
        double sum = 0;
        for (const SiteData &site : fleet) {
            for (const Point &point : site.history)
                sum += point.value;
        }
        baselineMs.append(milliseconds(timer));
        checksum += sum * 1e-9;

        timer.start();
        QList<Fit> fits;
        for (const SiteData &site : fleet)
            fits.append(fitTrend(site.history, site.capacity));
        fitMs.append(milliseconds(timer));

        timer.start();
        for (const Fit &fit : fits) {
            for (double t : future) {
                const Band narrow = predictionBand(fit, t, 0.8);
                const Band wide = predictionBand(fit, t, 0.95);
                checksum += (narrow.high - narrow.low + wide.high - wide.low) * 1e-9;
            }
        }
        bandMs.append(milliseconds(timer));

        timer.start();
        const auto quantiles = fleetMonteCarlo(fits, capacities, future, kDraws, 7);
        monteCarloMs.append(milliseconds(timer));
        checksum += quantiles.last().p50 * 1e-9;

        totalMs.append(fitMs.last() + bandMs.last() + monteCarloMs.last());
        if (run == 0) {
            int logistic = 0;
            int ok = 0;
            for (const Fit &fit : fits) {
                ok += fit.ok ? 1 : 0;
                logistic += fit.kind == ModelKind::Logistic ? 1 : 0;
            }
            std::printf("fits ok: %d of %d, logistic: %d; fleet p10/p50/p90 at the last point: "
                        "%.0f / %.0f / %.0f\n",
                ok, kSites, logistic, quantiles.last().p10, quantiles.last().p50,
                quantiles.last().p90);
        }
    }

    const double baseline = median(baselineMs);
    const double total = median(totalMs);
    std::printf("%d sites x %d points, %d future points, %d draws; median of %d runs\n", kSites,
        kPointsPerSite, kFuturePoints, kDraws, kRuns);
    std::printf("baseline (sum of all inputs once): %8.3f ms\n", baseline);
    std::printf("fits:                              %8.3f ms\n", median(fitMs));
    std::printf("bands (80%% and 95%%):               %8.3f ms\n", median(bandMs));
    std::printf("fleet Monte Carlo:                 %8.3f ms\n", median(monteCarloMs));
    std::printf("total:                             %8.3f ms (target: total < %.0f ms) %s\n", total,
        kTargetMs, total < kTargetMs ? "met" : "MISSED");
    std::printf(
        "ratio to baseline:                 %8.1f\n", baseline > 0 ? total / baseline : 0.0);
    std::printf("(checksum %.6f)\n", checksum);
    return 0;
}
