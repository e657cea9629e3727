// Pure forecasting for the Projections feature: plan curves, trend fits with prediction bands,
// ETA and verdict against a target, fleet totals by Monte Carlo, and a GPU power model.
// No widgets, no database: plain structs in, plain structs out. Every function returns a
// defined, finite result for bad input (no points, flat or falling series, plans going
// backwards, capacity 0) and never throws, so the views can show whatever comes back.
//
// All times are days since 1970-01-01 UTC as double (tDays).
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace Forecast {

struct Point
{
    double tDays = 0;
    double value = 0;
};

// A planned figure (may be a range) reached at tDays.
struct PlanPoint
{
    double tDays = 0;
    double low = 0;
    double high = 0;
};

struct Range
{
    double low = 0;
    double high = 0;
};

// The plan curve of ONE site: piecewise-linear between its points (sorted by time here, so
// the order given does not matter; non-finite points are skipped). Before the first point the
// plan is undefined (std::nullopt) rather than 0, since a site without a plan yet is not a
// site planned to have nothing; after the last point the plan holds.
std::optional<Range> planAt(const QList<PlanPoint> &plan, double tDays);

// A plan that goes backwards (a later point lower than an earlier one) is flagged rather than
// silently used. `problem` also names points with low > high and non-finite points; it is
// empty when the plan is clean.
struct PlanCheck
{
    bool monotonic = true;
    QString problem;
};
PlanCheck checkPlan(const QList<PlanPoint> &plan);

// Fleet plan = sum of the site plans at t; sites whose plan is undefined at t contribute 0.
Range fleetPlanAt(const QList<QList<PlanPoint>> &sites, double tDays);

// The summed plan of several sites as the corners of its piecewise-linear curve: one point at
// every day any site has a plan point, so drawing straight lines between them is exact. It
// starts at the first plan point of any site (before it no plan is defined, so nothing is
// drawn); where a site's plan begins, the curve steps up: two points on that day, the sum
// without the site and the sum with it. After the last point the plan holds (extend it with
// `untilDays` when it is later than the last point).
QList<PlanPoint> fleetPlanCurve(
    const QList<QList<PlanPoint>> &sites, std::optional<double> untilDays = std::nullopt);

// Which edge of a planned range a question is about.
enum class Edge
{
    Low,
    Mid,
    High
};

// The first day a plan curve (as from fleetPlanCurve) reaches `value` at the given edge,
// exactly (linear between corners); std::nullopt when it never does.
std::optional<double> firstDayReaching(const QList<PlanPoint> &curve, double value, Edge edge);

enum class ModelKind
{
    None,
    Linear,
    Exponential,
    Logistic
};

struct Fit
{
    ModelKind kind = ModelKind::None;
    bool ok = false; // false: `reason` says why
    QString reason; // for the UI, English, plain
    QString explanation; // why this model was chosen
    // Parameters, with s = tDays - t0Days:
    //   Linear       y = a + b*s             (a: value at t0Days, b: per day)
    //   Exponential  y = a*exp(b*s)          (a: value at t0Days, b: growth rate per day)
    //   Logistic     y = c/(1+exp(-b*(tDays-a)))  (a: midpoint date in tDays, absolute;
    //                b: rate per day; c: ceiling = the capacity when one was given, else fitted)
    double a = 0, b = 0, c = 0;
    double residualSigma = 0; // standard deviation of the residuals, in value units
    int points = 0; // finite history points used
    double t0Days = 0; // origin of s (the mean time of the history), for numerical stability
    double tStdDays = 0; // standard deviation of the history times: widens the band with distance
    double capacity = 0; // the capacityUpperBound given to fitTrend (<= 0: unknown); clamps predict
};

// Fits a trend to history. `capacityUpperBound` > 0 bounds the logistic (the site's planned
// capacity); <= 0 means unknown. Chooses among linear, exponential (only if all values > 0)
// and logistic (only for a rising series) by the Bayesian information criterion, so a curve
// must cut the residual error enough to pay for its extra parameter. Fewer than 3 points (after
// dropping NaN/Inf, which are counted in `reason`) gives ok = false, "not enough data to
// project"; all values equal gives a flat Linear fit (b = 0). Histories longer than 500 points
// are fitted on 500 points evenly spaced by index; residualSigma uses all points.
Fit fitTrend(const QList<Point> &history, double capacityUpperBound = 0);

// The fitted value at tDays. Never NaN: 0 for a fit that is not ok; clamped to >= 0 (the
// series are GPU counts and megawatts) and to <= capacity when the capacity is known.
double predict(const Fit &fit, double tDays);

struct Band
{
    double low = 0;
    double mid = 0;
    double high = 0;
};

// Prediction band at central coverage `level` (e.g. 0.8 or 0.95; clamped to [0, 0.999]):
// mid +- z * residualSigma * sqrt(1 + 1/n + (t - t0)^2 / (n * tStd^2)), the straight-line
// prediction interval, which widens with the distance of extrapolation. Clamped like predict.
Band predictionBand(const Fit &fit, double tDays, double level);

enum class Verdict
{
    Reached,
    OnTrack,
    AtRisk,
    Behind,
    Unknown,
    NotMeasurable // the target counts something no source publishes (e.g. a fleet GPU count)
};

struct Eta
{
    Verdict verdict = Verdict::Unknown;
    std::optional<double> reachedOnDays; // when the target was already reached in history
    std::optional<double> etaDays; // projected date of reaching the target (mid), >= nowDays
    std::optional<double> etaEarlyDays, etaLateDays; // where the 80% band crosses the target
    QString rule; // the rule that produced the verdict, in words, for a tooltip
    QString reason; // when Unknown: why
};

// Verdict rule: Reached if the last history value >= target (reachedOnDays = start of the
// final run at or above target); otherwise Unknown if the fit is not ok; OnTrack if the mid
// ETA and the late ETA (80% band) are both <= targetDate; AtRisk if mid ETA <= targetDate
// but the late ETA is later or never within the horizon; Behind if the mid ETA is after
// targetDate or the target is not reached within nowDays + horizonDays (e.g. a capacity
// below the target). A linear ETA is exact (closed form).
Eta etaToTarget(const Fit &fit, const QList<Point> &history, double target, double targetDateDays,
    double nowDays, double horizonDays = 3650);

// Fleet totals by Monte Carlo, not by adding per-site bounds (which overstates the spread).
// Each draw gives each site one standard normal z, independent between sites and kept over
// time (a site runs ahead of or behind its trend): value = predict + z * the site's
// prediction standard error at t (as in predictionBand), clamped to [0, capacity]. The
// capacity of site i is capacities[i] when > 0, else the fit's own capacity. Sites whose fit
// is not ok contribute 0. Deterministic for a seed. draws <= 0 gives the plain sum of
// predictions in every quantile.
struct FleetQuantiles
{
    double tDays = 0;
    double p025 = 0, p10 = 0, p50 = 0, p90 = 0, p975 = 0;
};
QList<FleetQuantiles> fleetMonteCarlo(const QList<Fit> &sites, const QList<double> &capacities,
    const QList<double> &tDays, int draws, quint32 seed);

// Fleet ETA from the same draws: per draw, the first t of tDays (ascending) at which the sum
// reaches the target. A quantile is std::nullopt when that share of draws never reaches it.
struct FleetEta
{
    std::optional<double> p10, p50, p90;
    double shareReaching = 0;
};
FleetEta fleetEtaMonteCarlo(const QList<Fit> &sites, const QList<double> &capacities,
    const QList<double> &tDays, double target, int draws, quint32 seed);

// Power: GPUs x watts per GPU x server overhead x PUE.
struct GpuPowerModel
{
    QString id;
    QString name;
    double wattsPerGpu = 0;
    QString source; // URLs, space separated
};
const QList<GpuPowerModel> &gpuPowerModels();

struct PowerAssumptions
{
    double wattsPerGpu = 1200;
    double serverOverhead = 1.3; // CPUs, memory and network per GPU, as a factor
    double pue = 1.2;
    bool operator==(const PowerAssumptions &) const = default;
};

struct PowerEstimate
{
    double itMw = 0;
    double facilityMw = 0;
    double energyPerDayMwh = 0;
    double energyPerYearGwh = 0;
};

// The power of a GPU range: the estimate at its low end and at its high end. A range of
// inputs stays a range of outputs, never collapsed to its middle.
struct PowerRange
{
    PowerEstimate low;
    PowerEstimate high;
};

// itMw = gpus * watts * overhead / 1e6; facilityMw = itMw * pue; energy at full draw.
// Negative or non-finite inputs count as 0.
PowerEstimate powerFor(double gpus, const PowerAssumptions &assumptions);

struct Headroom
{
    double headroomMw = 0; // capacity minus projected facility power now; negative when over
    std::optional<double> capacityRunsOutDays; // first day the facility power exceeds capacity
};

// Headroom now, and the first day (within nowDays + horizonDays) at which the facility power
// of the projected GPU count exceeds capacityMw.
Headroom headroom(const Fit &gpuFit, const PowerAssumptions &assumptions, double capacityMw,
    double nowDays, double horizonDays = 3650);

} // namespace Forecast
