#include "forecast/projection.h"

#include "domain/figureformat.h"
#include "domain/lifecycle.h"
#include "domain/metrics.h"

#include <QJsonArray>
#include <cmath>

namespace {

const QDate kEpoch(1970, 1, 1);
constexpr double kMsPerDay = 86'400'000.0;

double daysOf(const QDate &date)
{
    return double(kEpoch.daysTo(date));
}

QDate dateOf(double tDays)
{
    return kEpoch.addDays(qint64(std::floor(tDays)));
}

double msOfDays(double tDays)
{
    return tDays * kMsPerDay;
}

QDate endOfQuarter(const QDate &date)
{
    const int lastMonth = ((date.month() - 1) / 3) * 3 + 3;
    const QDate first(date.year(), lastMonth, 1);
    return QDate(date.year(), lastMonth, first.daysInMonth());
}

double historySpanDays(const QList<Forecast::Point> &history)
{
    if (history.size() < 2)
        return 0;
    const auto [first, last] = std::minmax_element(history.cbegin(), history.cend(),
        [](const Forecast::Point &a, const Forecast::Point &b) { return a.tDays < b.tDays; });
    return last->tDays - first->tDays;
}

// End of this quarter, this year and next year; in the fourth quarter the first two coincide,
// so the end of next quarter takes the quarter's place and the table keeps three dates.
QList<QDate> tableDatesFor(const QDate &today)
{
    const QDate quarterEnd = endOfQuarter(today);
    const QDate yearEnd(today.year(), 12, 31);
    const QDate nextYearEnd(today.year() + 1, 12, 31);
    if (quarterEnd != yearEnd)
        return { quarterEnd, yearEnd, nextYearEnd };
    return { yearEnd, endOfQuarter(yearEnd.addDays(1)), nextYearEnd };
}

// Facility watts per GPU under the scenario: GPU watts × server overhead × PUE.
double facilityWattsPerGpu(const Forecast::PowerAssumptions &power)
{
    return power.wattsPerGpu * power.serverOverhead * power.pue;
}

} // namespace

QStringList Scenario::describe(
    const QLocale &locale, const QHash<QString, QString> &siteNames) const
{
    QStringList lines;
    lines.append(
        QCoreApplication::translate("Projection", "Target: %1 GPUs online by %2")
            .arg(FigureFormat::count(targetGpus, locale), FigureFormat::date(targetDate, locale)));
    lines.append(
        QCoreApplication::translate("Projection",
            "%1 W per GPU × server overhead %2 × PUE %3 = %4 W of facility power per GPU")
            .arg(locale.toString(power.wattsPerGpu, 'f', 0),
                locale.toString(power.serverOverhead, 'f', 2), locale.toString(power.pue, 'f', 2),
                locale.toString(facilityWattsPerGpu(power), 'f', 0)));
    for (auto it = delayMonths.cbegin(); it != delayMonths.cend(); ++it) {
        if (it.value() != 0)
            lines.append(QCoreApplication::translate(
                "Projection", "%1 delayed by %n month(s)", nullptr, it.value())
                             .arg(siteNames.value(it.key(), it.key())));
    }
    return lines;
}

QJsonObject Scenario::toJson() const
{
    QJsonObject delays;
    for (auto it = delayMonths.cbegin(); it != delayMonths.cend(); ++it) {
        if (it.value() != 0)
            delays.insert(it.key(), it.value());
    }
    return QJsonObject {
        { QStringLiteral("target_gpus"), targetGpus },
        { QStringLiteral("target_date"), targetDate.toString(Qt::ISODate) },
        { QStringLiteral("watts_per_gpu"), power.wattsPerGpu },
        { QStringLiteral("server_overhead"), power.serverOverhead },
        { QStringLiteral("pue"), power.pue },
        { QStringLiteral("delay_months"), delays },
    };
}

Scenario ProjectionInput::defaultScenario() const
{
    Scenario scenario;
    if (target) {
        scenario.targetGpus = target->value.low;
        scenario.targetDate = target->period;
    }
    return scenario;
}

QString Projection::verdictId(Forecast::Verdict verdict)
{
    switch (verdict) {
    case Forecast::Verdict::Reached:
        return QStringLiteral("reached");
    case Forecast::Verdict::OnTrack:
        return QStringLiteral("on_track");
    case Forecast::Verdict::AtRisk:
        return QStringLiteral("at_risk");
    case Forecast::Verdict::Behind:
        return QStringLiteral("behind");
    case Forecast::Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Projection::verdictDisplayName(Forecast::Verdict verdict)
{
    switch (verdict) {
    case Forecast::Verdict::Reached:
        return QCoreApplication::translate("Projection", "Reached");
    case Forecast::Verdict::OnTrack:
        return QCoreApplication::translate("Projection", "On track");
    case Forecast::Verdict::AtRisk:
        return QCoreApplication::translate("Projection", "At risk");
    case Forecast::Verdict::Behind:
        return QCoreApplication::translate("Projection", "Behind");
    case Forecast::Verdict::Unknown:
        break;
    }
    return QCoreApplication::translate("Projection", "Not enough data");
}

namespace {
// The site's facility power against its planned capacity: headroom today and the first day the
// projection exceeds it. The trend when there is one (it is what the site is doing), else the
// plan's high end (what it is meant to do).
void projectHeadroom(SiteProjection &site, const ProjectionSiteInput &in,
    const Forecast::PowerAssumptions &power, double nowDays, double horizonDays)
{
    if (!in.capacityMw || !(in.capacityMw->high > 0)) {
        site.headroomNote
            = ProjectionResult::tr("No planned capacity (MW) is known for this site.");
        return;
    }
    site.capacityMw = in.capacityMw->high;
    if (site.trend.ok) {
        const Forecast::Headroom room = Forecast::headroom(
            site.trend, power, *site.capacityMw, nowDays, horizonDays - nowDays);
        site.headroomBasis = SiteProjection::HeadroomBasis::Trend;
        site.headroomMw = room.headroomMw;
        if (room.capacityRunsOutDays)
            site.capacityExceededOn = dateOf(*room.capacityRunsOutDays);
        site.headroomNote
            = ProjectionResult::tr("From the fitted GPU trend, against %Ln MW planned capacity.",
                nullptr, int(std::lround(*site.capacityMw)));
        return;
    }
    if (site.gpuPlan.isEmpty()) {
        site.headroomNote
            = ProjectionResult::tr("No dated GPU plan or trend to project power from.");
        return;
    }
    if (site.gpuPlanImpliedByMw) {
        site.headroomNote = ProjectionResult::tr(
            "The GPU plan is derived from the planned MW, so it meets capacity by construction.");
        return;
    }
    const double facilityW = facilityWattsPerGpu(power);
    const auto facilityMwAt = [&](double tDays) {
        const std::optional<Forecast::Range> gpus = Forecast::planAt(site.gpuPlan, tDays);
        return gpus ? gpus->high * facilityW / 1e6 : 0.0;
    };
    site.headroomBasis = SiteProjection::HeadroomBasis::Plan;
    site.headroomMw = *site.capacityMw - facilityMwAt(nowDays);
    // The plan is piecewise linear and holds after its last point: a daily scan finds the first
    // day over capacity exactly enough for a date, and costs nothing at this size.
    for (double t = nowDays; t <= horizonDays; t += 1) {
        if (facilityMwAt(t) > *site.capacityMw) {
            site.capacityExceededOn = dateOf(t);
            break;
        }
    }
    site.headroomNote = ProjectionResult::tr(
        "From the dated GPU plan (high end), against %Ln MW planned capacity.", nullptr,
        int(std::lround(*site.capacityMw)));
}
} // namespace

namespace {

// The site's dated GPU plan after its delay, sorted, starting from zero on the day it first had
// power when that is known. Plans in MW only become GPUs under the power assumptions.
void planSite(SiteProjection &site, const ProjectionSiteInput &in, int delay, double facilityW)
{
    const auto shifted = [delay](const QDate &date) { return date.addMonths(delay); };
    bool hasGpuPlan = false;
    for (const Milestone &milestone : in.milestones)
        hasGpuPlan |= milestone.gpus.has_value();
    for (const Milestone &milestone : in.milestones) {
        Forecast::PlanPoint point;
        point.tDays = daysOf(shifted(milestone.date));
        if (hasGpuPlan && milestone.gpus) {
            point.low = milestone.gpus->low;
            point.high = milestone.gpus->high;
        } else if (!hasGpuPlan && milestone.powerMw && facilityW > 0) {
            point.low = milestone.powerMw->low * 1e6 / facilityW;
            point.high = milestone.powerMw->high * 1e6 / facilityW;
            site.gpuPlanImpliedByMw = true;
        } else {
            continue;
        }
        site.gpuPlan.append(point);
    }
    std::sort(site.gpuPlan.begin(), site.gpuPlan.end(),
        [](const auto &a, const auto &b) { return a.tDays < b.tDays; });
    // The ramp starts at zero on the day the site first had power, when that is known.
    if (!site.gpuPlan.isEmpty() && in.firstPower.isValid()
        && daysOf(shifted(in.firstPower)) < site.gpuPlan.first().tDays)
        site.gpuPlan.prepend({ daysOf(shifted(in.firstPower)), 0, 0 });
    const Forecast::PlanCheck check = Forecast::checkPlan(site.gpuPlan);
    if (!check.monotonic)
        site.planProblem = check.problem;
}

// One site under the scenario: plan, capacity, trend, the table figures and the headroom.
SiteProjection projectSite(const ProjectionSiteInput &in, const Scenario &scenario,
    const QList<QDate> &tableDates, double nowDays, double horizonDays)
{
    const double facilityW = facilityWattsPerGpu(scenario.power);
    SiteProjection site;
    site.siteId = in.siteId;
    site.name = in.name;
    site.active = in.active;
    planSite(site, in, scenario.delayMonths.value(in.siteId, 0), facilityW);

    if (in.plannedGpus)
        site.capacityGpus = in.plannedGpus->high;
    else if (in.capacityMw && facilityW > 0)
        site.capacityGpus = in.capacityMw->high * 1e6 / facilityW;
    // A trend needs history that spans weeks: a few minutes of polling extrapolated
    // over years would put a confident-looking but meaningless date in front of an
    // executive. Shorter histories leave the plan as the basis.
    if (historySpanDays(in.gpuHistory) >= Projection::kMinTrendSpanDays)
        site.trend = Forecast::fitTrend(in.gpuHistory, site.capacityGpus);

    for (const QDate &date : tableDates) {
        const auto gpus = Forecast::planAt(site.gpuPlan, daysOf(date));
        const Forecast::Range range = gpus.value_or(Forecast::Range {});
        site.gpusAt.append(range);
        site.facilityMwAt.append({ range.low * facilityW / 1e6, range.high * facilityW / 1e6 });
    }
    projectHeadroom(site, in, scenario.power, nowDays, horizonDays);
    return site;
}

// What the fleet figures are built from: the plans and trend fits of the active sites.
struct ActiveSites
{
    QList<QList<Forecast::PlanPoint>> plans;
    double planStart = 0; // first day of any plan
    QList<Forecast::Fit> fits;
    QList<double> fitCapacities;
};

// History of the fleet: the sum of each active site's newest count at each time.
void addFleetHistory(ProjectionResult &result, const ProjectionInput &input, double targetGpus)
{
    QList<std::pair<double, int>> times;
    for (int i = 0; i < input.sites.size(); ++i) {
        if (!result.sites[i].active)
            continue;
        for (const Forecast::Point &point : input.sites[i].gpuHistory)
            times.append({ point.tDays, i });
    }
    std::sort(times.begin(), times.end());
    QHash<int, double> latest;
    QHash<int, qsizetype> cursor;
    for (const auto &[tDays, siteIndex] : times) {
        const auto &history = input.sites[siteIndex].gpuHistory;
        qsizetype &at = cursor[siteIndex];
        while (at < history.size() && history[at].tDays <= tDays)
            latest[siteIndex] = history[at++].value;
        double sum = 0;
        for (double value : std::as_const(latest))
            sum += value;
        if (!result.history.isEmpty() && result.history.last().x() == msOfDays(tDays))
            result.history.last().setY(sum);
        else
            result.history.append(QPointF(msOfDays(tDays), sum));
        if (!result.reachedOn && sum >= targetGpus)
            result.reachedOn = dateOf(tDays);
    }
}

// The days the summed plan reaches the target: by its high end, its middle, its low end.
struct PlanEta
{
    std::optional<double> early, mid, late;
};

// The summed plan, weekly.
PlanEta addFleetPlan(
    ProjectionResult &result, const ActiveSites &active, double horizonDays, double targetGpus)
{
    PlanEta eta;
    for (double t = active.planStart; t <= horizonDays && !active.plans.isEmpty(); t += 7) {
        const Forecast::Range plan = Forecast::fleetPlanAt(active.plans, t);
        result.planLow.append(QPointF(msOfDays(t), plan.low));
        result.planHigh.append(QPointF(msOfDays(t), plan.high));
        if (!eta.early && plan.high >= targetGpus)
            eta.early = t;
        if (!eta.mid && (plan.low + plan.high) / 2 >= targetGpus)
            eta.mid = t;
        if (!eta.late && plan.low >= targetGpus)
            eta.late = t;
    }
    return eta;
}

// The trend of the fleet, by Monte Carlo over the sites' fits, and its ETA band.
void addFleetTrend(ProjectionResult &result, const ActiveSites &active, double nowDays,
    double horizonDays, double targetGpus)
{
    if (active.fits.isEmpty()) {
        result.trendStatus = QCoreApplication::translate("Projection",
            "Not enough data to project a trend: no active site has three or more GPU counts "
            "spanning %1 days yet.")
                                 .arg(Projection::kMinTrendSpanDays);
        return;
    }
    QList<double> times;
    for (double t = nowDays; t <= horizonDays; t += 7)
        times.append(t);
    result.trend
        = Forecast::fleetMonteCarlo(active.fits, active.fitCapacities, times, 1000, 20251231u);
    const Forecast::FleetEta fleetEta = Forecast::fleetEtaMonteCarlo(
        active.fits, active.fitCapacities, times, targetGpus, 1000, 20251231u);
    result.trendStatus = QCoreApplication::translate("Projection",
        "Trend fitted on %n site(s) with enough history; the band combines their uncertainty "
        "by simulation.",
        nullptr, int(active.fits.size()));
    if (fleetEta.p50) {
        result.eta = dateOf(*fleetEta.p50);
        if (fleetEta.p10)
            result.etaEarly = dateOf(*fleetEta.p10);
        if (fleetEta.p90)
            result.etaLate = dateOf(*fleetEta.p90);
        result.etaBasis = QStringLiteral("trend");
    }
}

// Without a trend ETA the plan's gives the ETA.
void fallBackToPlanEta(ProjectionResult &result, const PlanEta &plan)
{
    if (result.eta || !plan.mid)
        return;
    result.eta = dateOf(*plan.mid);
    if (plan.early)
        result.etaEarly = dateOf(*plan.early);
    if (plan.late)
        result.etaLate = dateOf(*plan.late);
    result.etaBasis = QStringLiteral("plan");
}

// The verdict, the rule that produced it and the one-sentence summary.
void judge(ProjectionResult &result, const Scenario &scenario, bool anyBasis, double horizonDays)
{
    const QLocale locale;
    const QString target = FigureFormat::count(scenario.targetGpus, locale);
    result.verdictRule = QCoreApplication::translate("Projection",
        "Reached: the sites' GPU count has reached the target. On track: the projected date and "
        "the late end "
        "of its band are both on or before the target date. At risk: the projected date is on or "
        "before the "
        "target date but the late end is after it. Behind: the projected date is after the target "
        "date, or "
        "the target is not reached within the plans and trends up to %1. The projection uses the "
        "trend when "
        "there is enough history, else the sites' dated plans.")
                             .arg(QString::number(dateOf(horizonDays).year()));
    if (result.reachedOn) {
        result.verdict = Forecast::Verdict::Reached;
        result.summary = QCoreApplication::translate("Projection", "%1 GPUs: reached on %2")
                             .arg(target, FigureFormat::date(*result.reachedOn, locale));
    } else if (!result.eta) {
        if (!anyBasis) {
            result.verdict = Forecast::Verdict::Unknown;
            result.summary
                = QCoreApplication::translate("Projection", "%1 GPUs: not enough data to project")
                      .arg(target);
        } else {
            result.verdict = Forecast::Verdict::Behind;
            result.summary = QCoreApplication::translate(
                "Projection", "%1 GPUs: not reached by %2 on current plans")
                                 .arg(target, QString::number(dateOf(horizonDays).year()));
        }
    } else {
        const bool midOnTime = *result.eta <= scenario.targetDate;
        const bool lateOnTime = result.etaLate && *result.etaLate <= scenario.targetDate;
        result.verdict = midOnTime
            ? (lateOnTime ? Forecast::Verdict::OnTrack : Forecast::Verdict::AtRisk)
            : Forecast::Verdict::Behind;
        const QString band = result.etaEarly || result.etaLate
            ? QCoreApplication::translate("Projection", " (%1 – %2)")
                  .arg(result.etaEarly ? FigureFormat::date(*result.etaEarly, locale)
                                       : QCoreApplication::translate("Projection", "earlier"),
                      result.etaLate
                          ? FigureFormat::date(*result.etaLate, locale)
                          : QCoreApplication::translate("Projection", "not within the horizon"))
            : QString();
        result.summary = QCoreApplication::translate("Projection", "%1 GPUs: projected %2%3")
                             .arg(target, FigureFormat::date(*result.eta, locale), band);
    }
}

// Fleet plan power at each table date (mid of the summed range of the active sites).
void addPowerAtTableDates(ProjectionResult &result, const Forecast::PowerAssumptions &power)
{
    for (int i = 0; i < result.tableDates.size(); ++i) {
        Forecast::Range sum;
        for (const SiteProjection &site : std::as_const(result.sites)) {
            if (site.active) {
                sum.low += site.gpusAt[i].low;
                sum.high += site.gpusAt[i].high;
            }
        }
        result.powerAt.append(Forecast::powerFor((sum.low + sum.high) / 2, power));
    }
}

} // namespace

ProjectionResult Projection::project(
    const ProjectionInput &input, const Scenario &scenario, const QDateTime &now)
{
    ProjectionResult result;
    result.scenario = scenario;
    result.computedAt = now;
    const QDate today = now.toUTC().date();
    const double nowDays = daysOf(today);
    result.tableDates = tableDatesFor(today);
    const double horizonDays
        = daysOf(QDate(std::max(today.year(), scenario.targetDate.year()) + 5, 1, 1));

    ActiveSites active;
    active.planStart = horizonDays;
    for (const ProjectionSiteInput &in : input.sites) {
        const SiteProjection site
            = projectSite(in, scenario, result.tableDates, nowDays, horizonDays);
        if (site.active) {
            if (!site.gpuPlan.isEmpty()) {
                active.plans.append(site.gpuPlan);
                active.planStart = std::min(active.planStart, site.gpuPlan.first().tDays);
            }
            if (site.trend.ok) {
                active.fits.append(site.trend);
                active.fitCapacities.append(site.capacityGpus);
                result.includesSimulated |= in.historySimulated;
            }
        }
        result.sites.append(site);
    }

    addFleetHistory(result, input, scenario.targetGpus);
    const PlanEta planEta = addFleetPlan(result, active, horizonDays, scenario.targetGpus);
    addFleetTrend(result, active, nowDays, horizonDays, scenario.targetGpus);
    fallBackToPlanEta(result, planEta);
    judge(result, scenario, !active.plans.isEmpty() || !active.fits.isEmpty(), horizonDays);
    addPowerAtTableDates(result, scenario.power);
    return result;
}

QJsonObject ProjectionResult::toJson() const
{
    const auto iso = [](const std::optional<QDate> &date) {
        return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray perSite;
    for (const SiteProjection &site : sites) {
        if (!site.active)
            continue;
        QJsonArray values;
        for (int i = 0; i < tableDates.size(); ++i) {
            // No dated plan at that date is null, never 0: "no plan" is not "0 GPUs planned".
            const bool planned = site.gpusAt[i].high > 0;
            const auto whole = [planned](double v) {
                return planned ? QJsonValue(std::round(v)) : QJsonValue();
            };
            const auto tenth = [planned](double v) {
                return planned ? QJsonValue(std::round(v * 10) / 10) : QJsonValue();
            };
            values.append(QJsonObject {
                { QStringLiteral("date"), tableDates[i].toString(Qt::ISODate) },
                { QStringLiteral("gpus_low"), whole(site.gpusAt[i].low) },
                { QStringLiteral("gpus_high"), whole(site.gpusAt[i].high) },
                { QStringLiteral("facility_mw_low"), tenth(site.facilityMwAt[i].low) },
                { QStringLiteral("facility_mw_high"), tenth(site.facilityMwAt[i].high) },
            });
        }
        perSite.append(QJsonObject {
            { QStringLiteral("site"), site.siteId },
            { QStringLiteral("gpus_implied_by_planned_mw"), site.gpuPlanImpliedByMw },
            { QStringLiteral("trend"), site.trend.ok ? site.trend.explanation : site.trend.reason },
            { QStringLiteral("capacity_mw"),
                site.capacityMw ? QJsonValue(*site.capacityMw) : QJsonValue() },
            { QStringLiteral("headroom_mw_now"),
                site.headroomMw ? QJsonValue(std::round(*site.headroomMw * 10) / 10)
                                : QJsonValue() },
            { QStringLiteral("capacity_exceeded_on"), iso(site.capacityExceededOn) },
            { QStringLiteral("headroom_basis"),
                site.headroomBasis == SiteProjection::HeadroomBasis::Trend
                    ? QJsonValue(QStringLiteral("trend"))
                    : site.headroomBasis == SiteProjection::HeadroomBasis::Plan
                    ? QJsonValue(QStringLiteral("plan"))
                    : QJsonValue() },
            { QStringLiteral("at"), values },
        });
    }
    return QJsonObject {
        { QStringLiteral("provenance"), QStringLiteral("projected") },
        { QStringLiteral("computed_at"), computedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("verdict"), Projection::verdictId(verdict) },
        { QStringLiteral("verdict_rule"), verdictRule },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("reached_on"), iso(reachedOn) },
        { QStringLiteral("eta"), iso(eta) },
        { QStringLiteral("eta_early"), iso(etaEarly) },
        { QStringLiteral("eta_late"), iso(etaLate) },
        { QStringLiteral("basis"), etaBasis.isEmpty() ? QJsonValue() : QJsonValue(etaBasis) },
        { QStringLiteral("trend_status"), trendStatus },
        { QStringLiteral("includes_simulated"), includesSimulated },
        { QStringLiteral("assumptions"), scenario.toJson() },
        { QStringLiteral("sites"), perSite },
    };
}
