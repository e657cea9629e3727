#include "forecast/forecast.h"

#include "domain/timeutil.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace Forecast {
namespace {

    constexpr int kMinPoints = 3;
    // Nonlinear fits cost a pass over the points per iteration; 500 points evenly spaced keep the
    // shape of any history we show while fitting 50 sites of 10,000 points well inside 100 ms.
    constexpr int kMaxFitPoints = 500;
    // A curve with a ceiling needs more than the bare minimum to be told from a line.
    constexpr int kMinLogisticPoints = 4;
    // Largest value predict returns, so that sums over a fleet stay finite.
    constexpr double kMaxValue = 1e300;
    constexpr double kEtaBandLevel = 0.8;
    constexpr double kDefaultHorizonDays = 3650;

    bool finite(double value)
    {
        return std::isfinite(value);
    }

    // exp() that cannot overflow to Inf, so that products with it stay finite.
    double boundedExp(double x)
    {
        return std::exp(std::clamp(x, -700.0, 700.0));
    }

    QLocale english()
    {
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }

    QString number(double value, int decimals = 0)
    {
        return english().toString(value, 'f', decimals);
    }

    // A figure with about three significant digits, for rates and slopes of any size.
    QString significant(double value)
    {
        const double magnitude = std::abs(value);
        const int decimals = magnitude >= 100 ? 0
            : magnitude >= 1                  ? 2
            : magnitude > 0 ? std::min(12, 2 - int(std::floor(std::log10(magnitude))))
                            : 0;
        return number(value, decimals);
    }

    QString dateText(double tDays)
    {
        if (!finite(tDays) || std::abs(tDays) > 1e7)
            return QStringLiteral("?");
        const auto ms = qint64(std::llround(tDays * double(TimeUtil::kDayMs)));
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
    }

    // Inverse of the standard normal CDF (Acklam's rational approximation, relative error
    // < 1.2e-9).
    double normalQuantile(double p)
    {
        static constexpr double a[]
            = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                  1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };
        static constexpr double b[] = { -5.447609879822406e+01, 1.615858368580409e+02,
            -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01 };
        static constexpr double c[]
            = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                  -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };
        static constexpr double d[] = { 7.784695709041462e-03, 3.224671290700398e-01,
            2.445134137142996e+00, 3.754408661907416e+00 };
        p = std::clamp(p, 1e-12, 1 - 1e-12);
        constexpr double low = 0.02425;
        if (p < low) {
            const double q = std::sqrt(-2 * std::log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low)
            return -normalQuantile(1 - p);
        const double q = p - 0.5;
        const double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    // z for a central band of coverage `level`.
    double centralZ(double level)
    {
        if (!finite(level))
            return 0;
        level = std::clamp(level, 0.0, 0.999);
        return normalQuantile(0.5 + level / 2);
    }

    // A history point with time relative to the fit origin.
    struct Xy
    {
        double s = 0;
        double y = 0;
    };

    struct Line
    {
        double a = 0;
        double b = 0;
        bool ok = false;
    };

    // Weighted least-squares line y = a + b*s; weight(i) may be 1.
    template <typename Weight> Line fitLine(const std::vector<Xy> &xy, Weight weight)
    {
        double sw = 0, ss = 0, sy = 0;
        for (size_t i = 0; i < xy.size(); ++i) {
            const double w = weight(i);
            sw += w;
            ss += w * xy[i].s;
            sy += w * xy[i].y;
        }
        if (!(sw > 0))
            return {};
        const double sMean = ss / sw;
        const double yMean = sy / sw;
        double sxx = 0, sxy = 0;
        for (size_t i = 0; i < xy.size(); ++i) {
            const double w = weight(i);
            const double ds = xy[i].s - sMean;
            sxx += w * ds * ds;
            sxy += w * ds * (xy[i].y - yMean);
        }
        if (!(sxx > 0))
            return {};
        const double b = sxy / sxx;
        const Line line { yMean - b * sMean, b, finite(b) && finite(yMean - b * sMean) };
        return line;
    }

    // Models with up to three parameters: value at s, and the gradient by parameter when asked.
    using Params = std::array<double, 3>;

    double linearValue(const Params &p, double s, double *gradient)
    {
        if (gradient) {
            gradient[0] = 1;
            gradient[1] = s;
        }
        return p[0] + p[1] * s;
    }

    double exponentialValue(const Params &p, double s, double *gradient)
    {
        const double e = boundedExp(p[1] * s);
        if (gradient) {
            gradient[0] = e;
            gradient[1] = p[0] * s * e;
        }
        return p[0] * e;
    }

    // p = { midpoint s, rate, ceiling }.
    double logisticValue(const Params &p, double s, double *gradient)
    {
        const double e = boundedExp(-p[1] * (s - p[0]));
        const double q = 1 / (1 + e);
        if (gradient) {
            const double d = p[2] * q * q * e;
            gradient[0] = -d * p[1];
            gradient[1] = d * (s - p[0]);
            gradient[2] = q;
        }
        return p[2] * q;
    }

    template <typename Model>
    double sumSquares(Model model, const std::vector<Xy> &xy, const Params &p)
    {
        double sum = 0;
        for (const Xy &point : xy) {
            const double r = point.y - model(p, point.s, nullptr);
            sum += r * r;
        }
        return sum;
    }

    // Solves m x = v for k <= 3 by elimination with partial pivoting; false if singular.
    bool solve(std::array<std::array<double, 3>, 3> m, Params v, int k, Params &x)
    {
        for (int col = 0; col < k; ++col) {
            int pivot = col;
            for (int row = col + 1; row < k; ++row) {
                if (std::abs(m[row][col]) > std::abs(m[pivot][col]))
                    pivot = row;
            }
            if (!(std::abs(m[pivot][col]) > 1e-300))
                return false;
            std::swap(m[col], m[pivot]);
            std::swap(v[col], v[pivot]);
            for (int row = col + 1; row < k; ++row) {
                const double factor = m[row][col] / m[col][col];
                for (int j = col; j < k; ++j)
                    m[row][j] -= factor * m[col][j];
                v[row] -= factor * v[col];
            }
        }
        for (int row = k - 1; row >= 0; --row) {
            double sum = v[row];
            for (int j = row + 1; j < k; ++j)
                sum -= m[row][j] * x[j];
            x[row] = sum / m[row][row];
            if (!finite(x[row]))
                return false;
        }
        return true;
    }

    // Levenberg-Marquardt on the first k parameters of p; `project` keeps them within bounds.
    // Returns the sum of squared residuals at the result, which only ever decreases.
    template <typename Model, typename Project>
    double levenbergMarquardt(
        Model model, const std::vector<Xy> &xy, Params &p, int k, Project project)
    {
        constexpr int kMaxIterations = 100;
        project(p);
        double current = sumSquares(model, xy, p);
        if (!finite(current))
            return current;
        double yy = 0;
        for (const Xy &point : xy)
            yy += point.y * point.y;
        double lambda = 1e-3;
        for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
            std::array<std::array<double, 3>, 3> jtj {};
            Params jtr {};
            for (const Xy &point : xy) {
                double g[3] = {};
                const double r = point.y - model(p, point.s, g);
                for (int i = 0; i < k; ++i) {
                    jtr[i] += g[i] * r;
                    for (int j = 0; j <= i; ++j)
                        jtj[i][j] += g[i] * g[j];
                }
            }
            double maxDiagonal = 0;
            for (int i = 0; i < k; ++i) {
                for (int j = 0; j < i; ++j)
                    jtj[j][i] = jtj[i][j];
                maxDiagonal = std::max(maxDiagonal, jtj[i][i]);
            }
            if (!finite(maxDiagonal) || !(maxDiagonal > 0))
                break;
            bool improved = false;
            bool converged = false;
            while (lambda < 1e12) {
                auto damped = jtj;
                for (int i = 0; i < k; ++i)
                    damped[i][i] += lambda * std::max(jtj[i][i], 1e-12 * maxDiagonal);
                Params step {};
                if (solve(damped, jtr, k, step)) {
                    Params trial = p;
                    for (int i = 0; i < k; ++i)
                        trial[i] += step[i];
                    project(trial);
                    const double next = sumSquares(model, xy, trial);
                    if (finite(next) && next < current) {
                        converged = current - next <= 1e-12 * current;
                        p = trial;
                        current = next;
                        lambda = std::max(lambda / 10, 1e-12);
                        improved = true;
                        break;
                    }
                }
                lambda *= 10;
            }
            if (!improved || converged || current <= 1e-28 * yy)
                break;
        }
        return current;
    }

    // Starting point for a logistic with ceiling c: the logit ln(y/(c-y)) is linear in time,
    // b*(s-a), so a weighted line through it gives a (where y = c/2) and b. Weights (q(1-q))^2
    // undo the stretching of the logit near 0 and c, where noise would otherwise dominate.
    Params logisticGuess(const std::vector<Xy> &xy, double c)
    {
        std::vector<Xy> logits;
        std::vector<double> weights;
        for (const Xy &point : xy) {
            if (point.y <= 0 || point.y >= c)
                continue;
            const double q = std::clamp(point.y / c, 1e-3, 1 - 1e-3);
            logits.push_back({ point.s, std::log(q / (1 - q)) });
            weights.push_back(q * (1 - q) * q * (1 - q));
        }
        const Line line = fitLine(logits, [&](size_t i) { return weights[i]; });
        if (line.ok && line.b > 0)
            return { -line.a / line.b, line.b, c };
        // No usable logit trend: a gentle curve centred on the end of the history.
        const double span = xy.back().s - xy.front().s;
        return { xy.back().s, 4 / std::max(span, 1.0), c };
    }

    struct Candidate
    {
        ModelKind kind = ModelKind::None;
        Params p {};
        int parameters = 0;
        double sse = 0;
    };

    // Bayesian information criterion up to a constant; the floor keeps perfect fits comparable
    // (two curves that both match to rounding error tie, and the simpler one wins).
    double bic(double sse, int n, int parameters, double floor)
    {
        return n * std::log(std::max(sse, floor) / n) + parameters * std::log(double(n));
    }

    double clampValue(double value, double capacity)
    {
        if (std::isnan(value))
            return 0;
        value = std::clamp(value, 0.0, kMaxValue);
        if (capacity > 0)
            value = std::min(value, capacity);
        return value;
    }

    double modelValue(const Fit &fit, double tDays)
    {
        switch (fit.kind) {
        case ModelKind::Linear:
            return fit.a + fit.b * (tDays - fit.t0Days);
        case ModelKind::Exponential:
            return fit.a * boundedExp(fit.b * (tDays - fit.t0Days));
        case ModelKind::Logistic:
            return fit.c / (1 + boundedExp(-fit.b * (tDays - fit.a)));
        case ModelKind::None:
            break;
        }
        return 0;
    }

    // Standard error of a new observation at tDays: the residual sigma, widened as for a straight
    // line fitted to n points (for the curves, an approximation that still grows with distance).
    double predictionSigma(const Fit &fit, double tDays)
    {
        if (!fit.ok || !finite(tDays) || !(fit.residualSigma > 0))
            return 0;
        const int n = std::max(1, std::min(fit.points, kMaxFitPoints));
        double leverage = 1.0 / n;
        if (fit.tStdDays > 0) {
            const double distance = (tDays - fit.t0Days) / fit.tStdDays;
            leverage += distance * distance / n;
        }
        const double sigma = fit.residualSigma * std::sqrt(1 + leverage);
        return finite(sigma) ? std::min(sigma, kMaxValue) : kMaxValue;
    }

    // First t in [from, to] where `reached(t)` holds, for a condition that changes at most a few
    // times: a scan, then bisection to well below a second.
    template <typename Condition>
    std::optional<double> firstTime(Condition reached, double from, double to)
    {
        if (!finite(from) || !finite(to) || to < from)
            return std::nullopt;
        if (reached(from))
            return from;
        constexpr int kSteps = 2048;
        double previous = from;
        for (int i = 1; i <= kSteps; ++i) {
            const double t = i == kSteps ? to : from + (to - from) * i / kSteps;
            if (reached(t)) {
                double low = previous;
                double high = t;
                for (int j = 0; j < 80 && high - low > 1e-9; ++j) {
                    const double middle = (low + high) / 2;
                    (reached(middle) ? high : low) = middle;
                }
                return high;
            }
            previous = t;
        }
        return std::nullopt;
    }

    double siteCapacity(const Fit &fit, const QList<double> &capacities, qsizetype index)
    {
        const double given = capacities.value(index, 0);
        if (finite(given) && given > 0)
            return given;
        return fit.capacity > 0 ? fit.capacity : 0;
    }

    // Sums of the sites in each draw: sums[draw * times.size() + i].
    std::vector<double> simulateFleet(const QList<Fit> &sites, const QList<double> &capacities,
        const std::vector<double> &times, int draws, quint32 seed)
    {
        const bool noise = draws > 0;
        draws = std::max(draws, 1);
        const size_t timeCount = times.size();
        std::vector<double> sums(size_t(draws) * timeCount, 0.0);
        struct Curve
        {
            std::vector<double> mid;
            std::vector<double> sigma;
            double capacity = 0;
        };
        std::vector<Curve> curves;
        for (qsizetype i = 0; i < sites.size(); ++i) {
            const Fit &fit = sites[i];
            if (!fit.ok)
                continue;
            Curve curve;
            curve.capacity = siteCapacity(fit, capacities, i);
            for (double t : times) {
                curve.mid.push_back(clampValue(predict(fit, t), curve.capacity));
                curve.sigma.push_back(noise ? predictionSigma(fit, t) : 0.0);
            }
            curves.push_back(std::move(curve));
        }
        std::mt19937 random(seed);
        std::normal_distribution<double> normal;
        for (int draw = 0; draw < draws; ++draw) {
            double *row = sums.data() + size_t(draw) * timeCount;
            for (const Curve &curve : curves) {
                const double z = noise ? normal(random) : 0.0;
                const double upper = curve.capacity > 0 ? curve.capacity : kMaxValue;
                for (size_t i = 0; i < timeCount; ++i)
                    row[i] += std::clamp(curve.mid[i] + curve.sigma[i] * z, 0.0, upper);
            }
        }
        return sums;
    }

    // Quantile of sorted values with linear interpolation between order statistics.
    double quantile(const std::vector<double> &sorted, double p)
    {
        if (sorted.empty())
            return 0;
        const double h = (sorted.size() - 1) * p;
        const auto low = size_t(std::floor(h));
        const size_t high = std::min(low + 1, sorted.size() - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    std::vector<double> finiteTimes(const QList<double> &tDays)
    {
        std::vector<double> times;
        times.reserve(tDays.size());
        for (double t : tDays) {
            if (finite(t))
                times.push_back(t);
        }
        return times;
    }

    QString ignoredText(int ignored)
    {
        if (ignored == 0)
            return {};
        return ignored == 1
            ? QStringLiteral(" (1 value that was not a finite number was ignored)")
            : QStringLiteral(" (%1 values that were not finite numbers were ignored)").arg(ignored);
    }

} // namespace

std::optional<Range> planAt(const QList<PlanPoint> &plan, double tDays)
{
    if (!finite(tDays))
        return std::nullopt;
    QList<PlanPoint> points;
    for (const PlanPoint &point : plan) {
        if (finite(point.tDays) && finite(point.low) && finite(point.high))
            points.append(point);
    }
    std::stable_sort(points.begin(), points.end(),
        [](const PlanPoint &x, const PlanPoint &y) { return x.tDays < y.tDays; });
    if (points.isEmpty() || tDays < points.first().tDays)
        return std::nullopt;
    // The first point strictly after t; at a time given twice, the later entry holds.
    const auto next = std::upper_bound(points.cbegin(), points.cend(), tDays,
        [](double t, const PlanPoint &point) { return t < point.tDays; });
    if (next == points.cend())
        return Range { points.last().low, points.last().high };
    const PlanPoint &before = *(next - 1);
    const double share = (tDays - before.tDays) / (next->tDays - before.tDays);
    return Range { before.low + share * (next->low - before.low),
        before.high + share * (next->high - before.high) };
}

PlanCheck checkPlan(const QList<PlanPoint> &plan)
{
    PlanCheck check;
    QStringList problems;
    QList<PlanPoint> points;
    int ignored = 0;
    for (const PlanPoint &point : plan) {
        if (finite(point.tDays) && finite(point.low) && finite(point.high))
            points.append(point);
        else
            ++ignored;
    }
    std::stable_sort(points.begin(), points.end(),
        [](const PlanPoint &x, const PlanPoint &y) { return x.tDays < y.tDays; });
    for (qsizetype i = 0; i < points.size(); ++i) {
        const PlanPoint &point = points[i];
        if (point.low > point.high) {
            problems.append(
                QStringLiteral("the plan for %1 has a low end (%2) above its high end (%3)")
                    .arg(dateText(point.tDays), number(point.low), number(point.high)));
        }
        if (i > 0) {
            const PlanPoint &before = points[i - 1];
            if (point.low < before.low || point.high < before.high) {
                check.monotonic = false;
                problems.append(
                    QStringLiteral("the plan goes backwards: %1 on %2 is lower than %3 on %4")
                        .arg(number(point.high), dateText(point.tDays), number(before.high),
                            dateText(before.tDays)));
            }
        }
    }
    if (ignored > 0)
        problems.append(
            QStringLiteral("%1 plan point(s) with a value that is not a finite number were ignored")
                .arg(ignored));
    check.problem = problems.join(QStringLiteral("; "));
    return check;
}

Range fleetPlanAt(const QList<QList<PlanPoint>> &sites, double tDays)
{
    Range total;
    for (const QList<PlanPoint> &plan : sites) {
        if (const auto range = planAt(plan, tDays)) {
            total.low += range->low;
            total.high += range->high;
        }
    }
    return total;
}

QList<PlanPoint> fleetPlanCurve(
    const QList<QList<PlanPoint>> &sites, std::optional<double> untilDays)
{
    QList<double> days;
    QList<double> starts; // the first day of each site's plan
    for (const QList<PlanPoint> &plan : sites) {
        std::optional<double> first;
        for (const PlanPoint &point : plan) {
            if (!finite(point.tDays) || !finite(point.low) || !finite(point.high))
                continue;
            days.append(point.tDays);
            first = first ? std::min(*first, point.tDays) : point.tDays;
        }
        if (first)
            starts.append(*first);
    }
    if (days.isEmpty())
        return {};
    if (untilDays && finite(*untilDays)
        && *untilDays > *std::max_element(days.cbegin(), days.cend()))
        days.append(*untilDays);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<PlanPoint> curve;
    for (const double t : std::as_const(days)) {
        // A site whose plan begins today adds a step: the sum just before, then the sum at t.
        if (!curve.isEmpty() && starts.contains(t)) {
            const Range before = fleetPlanAt(sites, std::nextafter(t, -HUGE_VAL));
            curve.append({ t, before.low, before.high });
        }
        const Range at = fleetPlanAt(sites, t);
        curve.append({ t, at.low, at.high });
    }
    return curve;
}

std::optional<double> firstDayReaching(const QList<PlanPoint> &curve, double value, Edge edge)
{
    const auto valueOf = [edge](const PlanPoint &point) {
        return edge == Edge::Low ? point.low
            : edge == Edge::High ? point.high
                                 : (point.low + point.high) / 2;
    };
    for (qsizetype i = 0; i < curve.size(); ++i) {
        const double here = valueOf(curve[i]);
        if (here < value)
            continue;
        if (i == 0 || curve[i - 1].tDays == curve[i].tDays)
            return curve[i].tDays;
        const double before = valueOf(curve[i - 1]);
        const double share = (value - before) / (here - before);
        return curve[i - 1].tDays + share * (curve[i].tDays - curve[i - 1].tDays);
    }
    return std::nullopt;
}

namespace {
    // The finite points of a history, oldest first (stable for equal times).
    std::vector<Point> finitePoints(const QList<Point> &history)
    {
        std::vector<Point> points;
        points.reserve(history.size());
        for (const Point &point : history) {
            if (finite(point.tDays) && finite(point.value))
                points.push_back(point);
        }
        std::stable_sort(points.begin(), points.end(),
            [](const Point &x, const Point &y) { return x.tDays < y.tDays; });
        return points;
    }

    // Sets the fit's time origin (mean time) and spread; false when all times are equal.
    bool centreTime(Fit &fit, const std::vector<Point> &points)
    {
        const int n = int(points.size());
        double tSum = 0;
        for (const Point &point : points)
            tSum += point.tDays;
        fit.t0Days = tSum / n;
        double tVariance = 0;
        for (const Point &point : points)
            tVariance += (point.tDays - fit.t0Days) * (point.tDays - fit.t0Days);
        fit.tStdDays = std::sqrt(tVariance / n);
        return fit.tStdDays > 1e-9;
    }

    // At most kMaxFitPoints, evenly spaced by index, first and last always included; time
    // relative to the fit's origin.
    std::vector<Xy> fitSample(const std::vector<Point> &points, double t0Days)
    {
        const int n = int(points.size());
        std::vector<Xy> xy;
        const int m = std::min(n, kMaxFitPoints);
        xy.reserve(m);
        for (int i = 0; i < m; ++i) {
            const Point &point
                = points[size_t(m == n ? i : std::llround(double(i) * (n - 1) / (m - 1)))];
            xy.push_back({ point.tDays - t0Days, point.value });
        }
        return xy;
    }

    // An exponential fitted from the line through the logarithms; only for positive values.
    std::optional<Candidate> exponentialCandidate(const std::vector<Xy> &xy, double span)
    {
        std::vector<Xy> logs;
        logs.reserve(xy.size());
        for (const Xy &point : xy)
            logs.push_back({ point.s, std::log(point.y) });
        const Line logLine = fitLine(logs, [](size_t) { return 1.0; });
        if (!logLine.ok)
            return std::nullopt;
        Candidate exponential { ModelKind::Exponential, { std::exp(logLine.a), logLine.b, 0 }, 2,
            0 };
        exponential.sse
            = levenbergMarquardt(exponentialValue, xy, exponential.p, 2, [&](Params &p) {
                  p[0] = std::clamp(p[0], 1e-300, kMaxValue);
                  p[1] = std::clamp(p[1], -700 / span, 700 / span);
              });
        if (!finite(exponential.sse))
            return std::nullopt;
        return exponential;
    }

    // A logistic towards the known capacity or, without one, a fitted ceiling.
    std::optional<Candidate> logisticCandidate(
        const std::vector<Xy> &xy, double capacity, double maxValue)
    {
        const double sMin = xy.front().s;
        const double sMax = xy.back().s;
        const double span = std::max(sMax - sMin, 1e-9);
        // The midpoint may lie beyond the data, but not absurdly far.
        const auto bound = [&](Params &p) {
            p[0] = std::clamp(p[0], sMin - 20 * span, sMax + 20 * span);
            p[1] = std::clamp(p[1], 1e-6 / span, 700 / span);
        };
        Candidate logistic { ModelKind::Logistic, {}, 2, 0 };
        if (capacity > 0) {
            logistic.p = logisticGuess(xy, capacity);
            logistic.sse = levenbergMarquardt(logisticValue, xy, logistic.p, 2, bound);
        } else {
            // The ceiling is fitted too, never below the highest value seen; it starts from the
            // best of a few ceilings tried with their logit guesses.
            double bestSse = std::numeric_limits<double>::infinity();
            for (double factor : { 1.02, 1.1, 1.25, 1.5, 2.0, 3.0, 5.0 }) {
                Params guess = logisticGuess(xy, factor * maxValue);
                bound(guess);
                const double sse = sumSquares(logisticValue, xy, guess);
                if (sse < bestSse) {
                    bestSse = sse;
                    logistic.p = guess;
                }
            }
            logistic.parameters = 3;
            logistic.sse = levenbergMarquardt(logisticValue, xy, logistic.p, 3, [&](Params &p) {
                bound(p);
                p[2] = std::clamp(p[2], maxValue, 1000 * maxValue);
            });
        }
        if (!finite(logistic.sse))
            return std::nullopt;
        return logistic;
    }

    // The candidate with the lowest BIC; the first (the line) wins ties.
    const Candidate &bestByBic(const std::vector<Candidate> &candidates, int m, double scale)
    {
        const double floor
            = m * (1e-9 * scale) * (1e-9 * scale) + std::numeric_limits<double>::min();
        const Candidate *best = &candidates.front();
        for (const Candidate &candidate : candidates) {
            if (bic(candidate.sse, m, candidate.parameters, floor)
                < bic(best->sse, m, best->parameters, floor))
                best = &candidate;
        }
        return *best;
    }

    // Takes the chosen model and the spread of all points around it.
    void adopt(Fit &fit, const Candidate &best, const std::vector<Point> &points)
    {
        fit.ok = true;
        fit.kind = best.kind;
        fit.a = best.kind == ModelKind::Logistic ? best.p[0] + fit.t0Days : best.p[0];
        fit.b = best.p[1];
        fit.c = best.kind == ModelKind::Logistic ? best.p[2] : 0;
        double sse = 0;
        for (const Point &point : points) {
            const double r = point.value - modelValue(fit, point.tDays);
            sse += r * r;
        }
        const int degreesOfFreedom = std::max(1, int(points.size()) - best.parameters);
        fit.residualSigma = std::sqrt(sse / degreesOfFreedom);
        if (!finite(fit.residualSigma))
            fit.residualSigma = kMaxValue;
    }

    // Why the chosen model, in words (without the note on ignored points).
    QString explainChoice(const Fit &fit, const std::vector<Candidate> &candidates,
        const Candidate &best, double lineSlope)
    {
        const double linearSse = candidates.front().sse;
        const QString smaller = linearSse > 0
            ? QStringLiteral("its residuals are %1% smaller than a straight line's")
                  .arg(number(100 * (1 - std::sqrt(best.sse / linearSse))))
            : QString();
        QString explanation;
        if (lineSlope < 0)
            explanation = QStringLiteral("falling: the series goes down by about %1 per day; ")
                              .arg(significant(-lineSlope));
        switch (fit.kind) {
        case ModelKind::Linear:
            explanation += QStringLiteral("linear: a straight line (%1 per day) fits best")
                               .arg(significant(fit.b));
            if (candidates.size() > 1)
                explanation += QStringLiteral(
                    "; no curve cut the residual error enough to justify its extra parameter");
            break;
        case ModelKind::Exponential: {
            const double perMonth = 100 * (std::exp(30 * fit.b) - 1);
            explanation
                += QStringLiteral("exponential: the series %1 by about %2% a month; %3")
                       .arg(fit.b >= 0 ? QStringLiteral("grows") : QStringLiteral("shrinks"),
                           significant(std::abs(perMonth)), smaller);
            break;
        }
        case ModelKind::Logistic:
            explanation += fit.capacity > 0
                ? QStringLiteral("logistic: the series bends toward its planned capacity of %1; %2")
                      .arg(number(fit.c), smaller)
                : QStringLiteral("logistic: the series bends toward a fitted ceiling of %1 (half "
                                 "of it around %2); %3")
                      .arg(number(fit.c), dateText(fit.a), smaller);
            break;
        case ModelKind::None:
            break;
        }
        return explanation;
    }
} // namespace

Fit fitTrend(const QList<Point> &history, double capacityUpperBound)
{
    Fit fit;
    fit.capacity = finite(capacityUpperBound) && capacityUpperBound > 0 ? capacityUpperBound : 0;
    const std::vector<Point> points = finitePoints(history);
    const int ignored = int(history.size() - qsizetype(points.size()));
    const int n = int(points.size());
    fit.points = n;
    if (n < kMinPoints) {
        fit.reason = QStringLiteral("not enough data to project: %1 point%2, at least %3 needed%4")
                         .arg(n)
                         .arg(n == 1 ? QString() : QStringLiteral("s"))
                         .arg(kMinPoints)
                         .arg(ignoredText(ignored));
        return fit;
    }
    if (!centreTime(fit, points)) {
        fit.reason
            = QStringLiteral("not enough data to project: all %1 points are at the same time%2")
                  .arg(n)
                  .arg(ignoredText(ignored));
        return fit;
    }

    const auto [minIt, maxIt] = std::minmax_element(points.cbegin(), points.cend(),
        [](const Point &x, const Point &y) { return x.value < y.value; });
    const double minValue = minIt->value;
    const double maxValue = maxIt->value;
    const double scale = std::max(std::abs(minValue), std::abs(maxValue));
    if (maxValue - minValue <= 1e-12 * scale) {
        fit.ok = true;
        fit.kind = ModelKind::Linear;
        fit.a = points.front().value;
        fit.explanation
            = QStringLiteral("flat: all %1 values are %2, so the projection stays at that level%3")
                  .arg(n)
                  .arg(significant(fit.a), ignoredText(ignored));
        return fit;
    }

    const std::vector<Xy> xy = fitSample(points, fit.t0Days);
    const Line line = fitLine(xy, [](size_t) { return 1.0; });
    if (!line.ok) {
        fit.reason = QStringLiteral("could not fit a line to %1 points%2")
                         .arg(n)
                         .arg(ignoredText(ignored));
        return fit;
    }
    std::vector<Candidate> candidates;
    Candidate linear { ModelKind::Linear, { line.a, line.b, 0 }, 2, 0 };
    linear.sse = sumSquares(linearValue, xy, linear.p);
    candidates.push_back(linear);
    const double span = std::max(xy.back().s - xy.front().s, 1e-9);
    if (minValue > 0) {
        if (const auto exponential = exponentialCandidate(xy, span))
            candidates.push_back(*exponential);
    }
    const bool falling = line.b < 0;
    if (!falling && int(xy.size()) >= kMinLogisticPoints) {
        if (const auto logistic = logisticCandidate(xy, fit.capacity, maxValue))
            candidates.push_back(*logistic);
    }

    const Candidate &best = bestByBic(candidates, int(xy.size()), scale);
    adopt(fit, best, points);
    fit.explanation = explainChoice(fit, candidates, best, line.b) + ignoredText(ignored);
    return fit;
}

double predict(const Fit &fit, double tDays)
{
    if (!fit.ok || !finite(tDays))
        return 0;
    return clampValue(modelValue(fit, tDays), fit.capacity);
}

Band predictionBand(const Fit &fit, double tDays, double level)
{
    if (!fit.ok || !finite(tDays))
        return {};
    const double mid = predict(fit, tDays);
    const double halfWidth = centralZ(level) * predictionSigma(fit, tDays);
    return { clampValue(mid - halfWidth, fit.capacity), mid,
        clampValue(mid + halfWidth, fit.capacity) };
}

Eta etaToTarget(const Fit &fit, const QList<Point> &history, double target, double targetDateDays,
    double nowDays, double horizonDays)
{
    Eta eta;
    if (!finite(target) || !finite(targetDateDays) || !finite(nowDays)) {
        eta.rule = QStringLiteral("Unknown: the target, its date and today must be numbers");
        eta.reason = QStringLiteral("the target, the target date or today is not a finite number");
        return eta;
    }
    if (!finite(horizonDays) || horizonDays < 0)
        horizonDays = kDefaultHorizonDays;

    std::vector<Point> points;
    for (const Point &point : history) {
        if (finite(point.tDays) && finite(point.value))
            points.push_back(point);
    }
    std::stable_sort(points.begin(), points.end(),
        [](const Point &x, const Point &y) { return x.tDays < y.tDays; });
    if (!points.empty() && points.back().value >= target) {
        // The start of the final run at or above the target: a dip below and back counts anew.
        auto first = points.end();
        while (first != points.begin() && (first - 1)->value >= target)
            --first;
        eta.verdict = Verdict::Reached;
        eta.reachedOnDays = first->tDays;
        eta.rule = QStringLiteral("Reached: the latest value (%1 on %2) is at or above the target "
                                  "(%3); it has been since %4")
                       .arg(number(points.back().value), dateText(points.back().tDays),
                           number(target), dateText(first->tDays));
        return eta;
    }
    if (!fit.ok) {
        eta.rule = QStringLiteral("Unknown: there is no projection to compare with the target");
        eta.reason = fit.reason.isEmpty() ? QStringLiteral("no projection") : fit.reason;
        return eta;
    }

    const double end = nowDays + horizonDays;
    if (fit.kind == ModelKind::Linear && !(fit.capacity > 0 && target > fit.capacity)) {
        // Closed form: a + b*(t - t0) = target.
        if (predict(fit, nowDays) >= target) {
            eta.etaDays = nowDays;
        } else if (fit.b > 0) {
            const double t = fit.t0Days + (target - fit.a) / fit.b;
            if (finite(t) && t <= end)
                eta.etaDays = std::max(t, nowDays);
        }
    } else {
        eta.etaDays = firstTime([&](double t) { return predict(fit, t) >= target; }, nowDays, end);
    }
    eta.etaEarlyDays
        = firstTime([&](double t) { return predictionBand(fit, t, kEtaBandLevel).high >= target; },
            nowDays, end);
    eta.etaLateDays
        = firstTime([&](double t) { return predictionBand(fit, t, kEtaBandLevel).low >= target; },
            nowDays, end);

    const QString targetText
        = QStringLiteral("the target (%1) by %2").arg(number(target), dateText(targetDateDays));
    if (!eta.etaDays) {
        eta.verdict = Verdict::Behind;
        eta.rule = QStringLiteral(
            "Behind: the projection does not reach %1 before %2, the end of the horizon")
                       .arg(targetText, dateText(end));
        const double ceiling = fit.kind == ModelKind::Logistic ? fit.c : fit.capacity;
        if (ceiling > 0 && ceiling < target)
            eta.rule
                += QStringLiteral("; its ceiling of %1 is below the target").arg(number(ceiling));
        else if (fit.b <= 0)
            eta.rule += QStringLiteral("; the series is not growing");
        return eta;
    }
    const QString midText = QStringLiteral("the projected date (%1)").arg(dateText(*eta.etaDays));
    if (*eta.etaDays > targetDateDays) {
        eta.verdict = Verdict::Behind;
        eta.rule
            = QStringLiteral("Behind: %1 is after the target date for %2").arg(midText, targetText);
    } else if (eta.etaLateDays && *eta.etaLateDays <= targetDateDays) {
        eta.verdict = Verdict::OnTrack;
        eta.rule = QStringLiteral("On track: %1 and the late end of the 80% band (%2) both meet %3")
                       .arg(midText, dateText(*eta.etaLateDays), targetText);
    } else {
        eta.verdict = Verdict::AtRisk;
        eta.rule = QStringLiteral("At risk: %1 meets %2, but the late end of the 80% band %3")
                       .arg(midText, targetText,
                           eta.etaLateDays
                               ? QStringLiteral("(%1) does not").arg(dateText(*eta.etaLateDays))
                               : QStringLiteral("does not reach it within the horizon"));
    }
    return eta;
}

QList<FleetQuantiles> fleetMonteCarlo(const QList<Fit> &sites, const QList<double> &capacities,
    const QList<double> &tDays, int draws, quint32 seed)
{
    const std::vector<double> times = finiteTimes(tDays);
    const std::vector<double> sums = simulateFleet(sites, capacities, times, draws, seed);
    const size_t drawCount = times.empty() ? 0 : sums.size() / times.size();
    QList<FleetQuantiles> result;
    result.reserve(qsizetype(times.size()));
    std::vector<double> column(drawCount);
    for (size_t i = 0; i < times.size(); ++i) {
        for (size_t draw = 0; draw < drawCount; ++draw)
            column[draw] = sums[draw * times.size() + i];
        std::sort(column.begin(), column.end());
        result.append({ times[i], quantile(column, 0.025), quantile(column, 0.10),
            quantile(column, 0.50), quantile(column, 0.90), quantile(column, 0.975) });
    }
    return result;
}

FleetEta fleetEtaMonteCarlo(const QList<Fit> &sites, const QList<double> &capacities,
    const QList<double> &tDays, double target, int draws, quint32 seed)
{
    FleetEta result;
    std::vector<double> times = finiteTimes(tDays);
    std::sort(times.begin(), times.end());
    if (times.empty() || !finite(target))
        return result;
    const std::vector<double> sums = simulateFleet(sites, capacities, times, draws, seed);
    const size_t drawCount = sums.size() / times.size();
    std::vector<double> etas;
    etas.reserve(drawCount);
    size_t reaching = 0;
    for (size_t draw = 0; draw < drawCount; ++draw) {
        const double *row = sums.data() + draw * times.size();
        double eta = std::numeric_limits<double>::infinity();
        for (size_t i = 0; i < times.size(); ++i) {
            if (row[i] >= target) {
                eta = times[i];
                ++reaching;
                break;
            }
        }
        etas.push_back(eta);
    }
    std::sort(etas.begin(), etas.end());
    // Nearest rank: ETAs are grid times, and a draw that never reaches has no time to average.
    const auto at = [&](double p) -> std::optional<double> {
        const auto rank = size_t(
            std::clamp(std::ceil(p * double(etas.size())) - 1, 0.0, double(etas.size() - 1)));
        return finite(etas[rank]) ? std::optional<double>(etas[rank]) : std::nullopt;
    };
    result.p10 = at(0.10);
    result.p50 = at(0.50);
    result.p90 = at(0.90);
    result.shareReaching = double(reaching) / double(drawCount);
    return result;
}

const QList<GpuPowerModel> &gpuPowerModels()
{
    static const QList<GpuPowerModel> models {
        { QStringLiteral("h100-sxm"), QStringLiteral("NVIDIA H100 SXM"), 700,
            QStringLiteral("https://huggingface.co/hardware/h100 "
                           "https://github.com/huataihuang/cloud-atlas/blob/master/source/"
                           "machine_learning/hardware/"
                           "nvidia_gpu/nvidia_sxm_socket.rst") },
        { QStringLiteral("h200-sxm"), QStringLiteral("NVIDIA H200 SXM"), 700,
            QStringLiteral("https://huggingface.co/hardware/h200 "
                           "https://raw.githubusercontent.com/mlcommons/inference_results_v4.1/"
                           "main/closed/NVIDIA/"
                           "systems/H200-SXM-141GBx8_TRT_MaxQ.json") },
        { QStringLiteral("b200"), QStringLiteral("NVIDIA B200"), 1000,
            QStringLiteral("https://awesomeagents.ai/hardware/nvidia-b200 "
                           "https://thedailyscout.com/s/mS-qfkbCluI") },
        { QStringLiteral("gb200"),
            QStringLiteral("NVIDIA Blackwell in GB200 (weak secondary source)"), 1200,
            QStringLiteral("https://poweratlas.pages.dev/sections/36-ai-hpc.html") },
        // 120 kW per NVL72 rack over its 72 GPUs: an estimate that includes the Grace CPUs,
        // NVSwitch and power conversion, so it needs a smaller server overhead.
        { QStringLiteral("gb200-nvl72-rack"),
            QStringLiteral("NVIDIA GB200 NVL72, per GPU at rack level (estimate)"), 120'000.0 / 72,
            QStringLiteral("https://awesomeagents.ai/hardware/nvidia-gb200-nvl72 "
                           "https://kshirol-dev.github.io/learnAI/AIInfrastructure/"
                           "08-training-clusters.html") },
        { QStringLiteral("gb300"), QStringLiteral("NVIDIA B300 / GB300"), 1400,
            QStringLiteral("https://awesomeagents.ai/hardware/nvidia-gb300-nvl72 "
                           "https://aiwiki.ai/wiki/nvidia_gb300_nvl72") },
    };
    return models;
}

PowerEstimate powerFor(double gpus, const PowerAssumptions &assumptions)
{
    const auto nonNegative = [](double value) { return finite(value) && value > 0 ? value : 0.0; };
    PowerEstimate estimate;
    estimate.itMw = nonNegative(gpus) * nonNegative(assumptions.wattsPerGpu)
        * nonNegative(assumptions.serverOverhead) / 1e6;
    estimate.facilityMw = estimate.itMw * nonNegative(assumptions.pue);
    if (!finite(estimate.itMw) || !finite(estimate.facilityMw))
        return {};
    estimate.energyPerDayMwh = estimate.facilityMw * 24;
    estimate.energyPerYearGwh = estimate.facilityMw * 24 * 365 / 1000;
    return estimate;
}

Headroom headroom(const Fit &gpuFit, const PowerAssumptions &assumptions, double capacityMw,
    double nowDays, double horizonDays)
{
    Headroom result;
    if (!finite(capacityMw) || !finite(nowDays))
        return result;
    if (!finite(horizonDays) || horizonDays < 0)
        horizonDays = kDefaultHorizonDays;
    capacityMw = std::max(capacityMw, 0.0);
    const auto facilityMw
        = [&](double t) { return powerFor(predict(gpuFit, t), assumptions).facilityMw; };
    result.headroomMw = capacityMw - facilityMw(nowDays);
    result.capacityRunsOutDays = firstTime(
        [&](double t) { return facilityMw(t) > capacityMw; }, nowDays, nowDays + horizonDays);
    return result;
}

} // namespace Forecast
