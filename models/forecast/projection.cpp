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

// A point of a hand-built input without provenances is simulated when the site's series is.
bool isSimulatedPoint(const ProjectionSiteInput &in, qsizetype i)
{
    if (in.gpuHistoryProvenance.size() == in.gpuHistory.size())
        return in.gpuHistoryProvenance[i] == Provenance::Simulated;
    return in.historySimulated;
}

Provenance provenanceOfPoint(const ProjectionSiteInput &in, qsizetype i)
{
    if (in.gpuHistoryProvenance.size() == in.gpuHistory.size())
        return in.gpuHistoryProvenance[i];
    return in.historySimulated ? Provenance::Simulated : Provenance::Measured;
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
    lines.append(includeSimulated ? QCoreApplication::translate(
                     "Projection", "SIMULATED GPU counts (demo feed) are included.")
                                  : QCoreApplication::translate("Projection",
                                      "Simulated GPU counts (demo feed) are left out."));
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
        { QStringLiteral("target_scope"),
            targetIsFleet ? QStringLiteral("fleet") : QStringLiteral("stargate_sites") },
        { QStringLiteral("watts_per_gpu"), power.wattsPerGpu },
        { QStringLiteral("server_overhead"), power.serverOverhead },
        { QStringLiteral("pue"), power.pue },
        { QStringLiteral("delay_months"), delays },
        { QStringLiteral("include_simulated"), includeSimulated },
    };
}

QList<Forecast::Point> ProjectionSiteInput::usableHistory(bool includeSimulated) const
{
    if (includeSimulated)
        return gpuHistory;
    QList<Forecast::Point> usable;
    for (qsizetype i = 0; i < gpuHistory.size(); ++i) {
        if (!isSimulatedPoint(*this, i))
            usable.append(gpuHistory[i]);
    }
    return usable;
}

Scenario ProjectionInput::defaultScenario() const
{
    Scenario scenario;
    if (target) {
        scenario.targetGpus = target->value.low;
        scenario.targetDate = target->period;
        scenario.targetIsFleet = target->scope == ReportedFact::Scope::Fleet;
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
    case Forecast::Verdict::NotMeasurable:
        return QStringLiteral("not_measurable");
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
    case Forecast::Verdict::NotMeasurable:
        return QCoreApplication::translate("Projection", "Not measurable");
    case Forecast::Verdict::Unknown:
        break;
    }
    return QCoreApplication::translate("Projection", "Not enough data");
}

QList<Forecast::PlanPoint> Projection::sitePlan(
    const QList<Milestone> &milestones, bool gpus, int delayMonths)
{
    QList<Forecast::PlanPoint> plan;
    for (const Milestone &milestone : milestones) {
        const std::optional<FigureRange> &figure = gpus ? milestone.gpus : milestone.powerMw;
        if (figure)
            plan.append(
                { daysOf(milestone.date.addMonths(delayMonths)), figure->low, figure->high });
    }
    std::stable_sort(
        plan.begin(), plan.end(), [](const auto &a, const auto &b) { return a.tDays < b.tDays; });
    return plan;
}

QStringList Projection::powerOnPlanLines(const ProjectionResult &result, const QLocale &locale)
{
    const auto range = [&locale](double low, double high) {
        return FigureFormat::range(FigureRange { low, high }, locale);
    };
    QStringList lines;
    for (int i = 0; i < result.tableDates.size() && i < result.powerAt.size(); ++i) {
        const Forecast::PowerRange &at = result.powerAt[i];
        lines.append(QCoreApplication::translate("Projection", "%1: %2 MW IT, %3 MW facility")
                         .arg(FigureFormat::date(result.tableDates[i], locale),
                             range(at.low.itMw, at.high.itMw),
                             range(at.low.facilityMw, at.high.facilityMw)));
    }
    if (result.powerAt.size() >= 2 && result.tableDates.size() >= 2) {
        const Forecast::PowerRange &at = result.powerAt[1];
        lines.append(QCoreApplication::translate(
            "Projection", "Energy on %1: %2 MWh per day, %3 GWh per year")
                         .arg(FigureFormat::date(result.tableDates[1], locale),
                             range(at.low.energyPerDayMwh, at.high.energyPerDayMwh),
                             range(at.low.energyPerYearGwh, at.high.energyPerYearGwh)));
    }
    return lines;
}

double Projection::roundImpliedGpus(double gpus)
{
    if (!std::isfinite(gpus) || gpus <= 0)
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(gpus)) - 1);
    return std::round(gpus / magnitude) * magnitude;
}

namespace {
// The site's facility power against its planned capacity: headroom today and the first day the
// projection exceeds it. The trend when there is one (it is what the site is doing), else the
// plan (what it is meant to do). The headroom is a range: least at the low end of capacity and
// the high end of power, most the other way round; the single figure is the high end of
// capacity less the high end of power.
void projectHeadroom(SiteProjection &site, const ProjectionSiteInput &in,
    const Forecast::PowerAssumptions &power, double nowDays, double horizonDays)
{
    if (!in.capacityMw || !(in.capacityMw->high > 0)) {
        site.headroomNote
            = ProjectionResult::tr("No planned capacity (MW) is known for this site.");
        return;
    }
    site.capacityMw = in.capacityMw->high;
    site.capacityMwRange = *in.capacityMw;
    const FigureRange capacity = *in.capacityMw;
    if (site.trend.ok) {
        const Forecast::Headroom room = Forecast::headroom(
            site.trend, power, *site.capacityMw, nowDays, horizonDays - nowDays);
        site.headroomBasis = SiteProjection::HeadroomBasis::Trend;
        site.headroomMw = room.headroomMw;
        const double facilityNow = *site.capacityMw - room.headroomMw;
        site.headroomMwRange = FigureRange { capacity.low - facilityNow, room.headroomMw };
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
    const auto planMwAt = [&](double tDays) {
        const std::optional<Forecast::Range> gpus = Forecast::planAt(site.gpuPlan, tDays);
        return gpus ? Forecast::Range { gpus->low * facilityW / 1e6, gpus->high * facilityW / 1e6 }
                    : Forecast::Range {};
    };
    site.headroomBasis = SiteProjection::HeadroomBasis::Plan;
    const Forecast::Range now = planMwAt(nowDays);
    site.headroomMw = *site.capacityMw - now.high;
    site.headroomMwRange = FigureRange { capacity.low - now.high, capacity.high - now.low };
    // The plan is piecewise linear and holds after its last point: a daily scan finds the first
    // day over capacity exactly enough for a date, and costs nothing at this size.
    for (double t = nowDays; t <= horizonDays; t += 1) {
        if (planMwAt(t).high > *site.capacityMw) {
            site.capacityExceededOn = dateOf(t);
            break;
        }
    }
    site.headroomNote = ProjectionResult::tr(
        "From the dated GPU plan (high end), against %Ln MW planned capacity.", nullptr,
        int(std::lround(*site.capacityMw)));
}

// The site's dated GPU plan after its delay (Projection::sitePlan). A site that plans in MW
// only gets GPUs implied by its MW under the power assumptions, flagged as such. Before the
// first plan point the plan is undefined: no ramp from zero that no source gives.
void planSite(SiteProjection &site, const ProjectionSiteInput &in, int delay, double facilityW)
{
    site.gpuPlan = Projection::sitePlan(in.milestones, true, delay);
    if (site.gpuPlan.isEmpty() && facilityW > 0) {
        for (Forecast::PlanPoint point : Projection::sitePlan(in.milestones, false, delay)) {
            point.low = point.low * 1e6 / facilityW;
            point.high = point.high * 1e6 / facilityW;
            site.gpuPlan.append(point);
        }
        site.gpuPlanImpliedByMw = !site.gpuPlan.isEmpty();
    }
    const Forecast::PlanCheck check = Forecast::checkPlan(site.gpuPlan);
    if (!check.monotonic)
        site.planProblem = check.problem;
}

// The plan at each table date: GPUs (implied ones rounded to what the MW supports) and the
// facility MW they draw (for implied GPUs, the planned MW itself).
void tabulateSite(SiteProjection &site, const QList<QDate> &tableDates, double facilityW)
{
    for (const QDate &date : tableDates) {
        const Forecast::Range gpus
            = Forecast::planAt(site.gpuPlan, daysOf(date)).value_or(Forecast::Range {});
        site.facilityMwAt.append({ gpus.low * facilityW / 1e6, gpus.high * facilityW / 1e6 });
        site.gpusAt.append(site.gpuPlanImpliedByMw
                ? Forecast::Range { Projection::roundImpliedGpus(gpus.low),
                    Projection::roundImpliedGpus(gpus.high) }
                : gpus);
    }
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
    const QList<Forecast::Point> history = in.usableHistory(scenario.includeSimulated);
    if (historySpanDays(history) >= Projection::kMinTrendSpanDays)
        site.trend = Forecast::fitTrend(history, site.capacityGpus);

    tabulateSite(site, tableDates, facilityW);
    projectHeadroom(site, in, scenario.power, nowDays, horizonDays);
    return site;
}

// What the fleet figures are built from: the published GPU plans and trend fits of the active
// sites.
struct ActiveSites
{
    QList<QList<Forecast::PlanPoint>> plans;
    QList<Forecast::Fit> fits;
    QList<double> fitCapacities;
};

// History of the fleet: the sum of each active site's newest usable count at each time, and
// what it is made of.
void addFleetHistory(ProjectionResult &result, const ProjectionInput &input, bool withSimulated)
{
    QList<QList<Forecast::Point>> usable;
    QList<std::pair<double, int>> times;
    for (int i = 0; i < input.sites.size(); ++i) {
        usable.append(input.sites[i].usableHistory(withSimulated));
        if (!result.sites[i].active)
            continue;
        for (const Forecast::Point &point : std::as_const(usable[i]))
            times.append({ point.tDays, i });
        for (qsizetype p = 0; p < input.sites[i].gpuHistory.size(); ++p) {
            const Provenance provenance = provenanceOfPoint(input.sites[i], p);
            if ((withSimulated || provenance != Provenance::Simulated)
                && !result.historyProvenances.contains(provenance))
                result.historyProvenances.append(provenance);
        }
    }
    // Simulated first: the label must never hide it behind a real provenance.
    std::stable_sort(result.historyProvenances.begin(), result.historyProvenances.end(),
        [](Provenance a, Provenance b) {
            return a == Provenance::Simulated && b != Provenance::Simulated;
        });
    result.includesSimulated |= result.historyProvenances.contains(Provenance::Simulated);
    std::sort(times.begin(), times.end());
    QHash<int, double> latest;
    QHash<int, qsizetype> cursor;
    for (const auto &[tDays, siteIndex] : times) {
        const auto &history = usable[siteIndex];
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
        if (!result.reachedOn && sum >= result.scenario.targetGpus)
            result.reachedOn = dateOf(tDays);
    }
}

// The days the summed plan reaches the target: by its high end, its middle, its low end.
struct PlanEta
{
    std::optional<double> early, mid, late;
};

// The one plan curve: the sum of the active sites' published GPU plans.
PlanEta addFleetPlan(ProjectionResult &result, const ActiveSites &active, double targetGpus)
{
    result.plan = Forecast::fleetPlanCurve(active.plans);
    return PlanEta {
        Forecast::firstDayReaching(result.plan, targetGpus, Forecast::Edge::High),
        Forecast::firstDayReaching(result.plan, targetGpus, Forecast::Edge::Mid),
        Forecast::firstDayReaching(result.plan, targetGpus, Forecast::Edge::Low),
    };
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

// What the sites' projection compares, in its own words: the Stargate sites' GPUs (planned,
// when the plan is the basis) against the fleet-wide target or against a target of the user's.
QString comparisonOf(const ProjectionResult &result, const QLocale &locale)
{
    const QString target = FigureFormat::count(result.scenario.targetGpus, locale);
    const bool planned = !result.reachedOn && result.etaBasis != QLatin1String("trend");
    if (result.scenario.targetIsFleet)
        return planned
            ? ProjectionResult::tr(
                "Stargate sites' planned GPUs vs the fleet-wide target of %1 GPUs")
                  .arg(target)
            : ProjectionResult::tr("Stargate sites' GPUs vs the fleet-wide target of %1 GPUs")
                  .arg(target);
    return planned
        ? ProjectionResult::tr("Stargate sites' planned GPUs vs a target of %1 GPUs").arg(target)
        : ProjectionResult::tr("Stargate sites' GPUs vs a target of %1 GPUs").arg(target);
}

// The verdict of the Stargate sites' own projection and its one-sentence summary.
void judgeSites(ProjectionResult &result, bool anyBasis, double horizonDays)
{
    const QLocale locale;
    const Scenario &scenario = result.scenario;
    const QString what = comparisonOf(result, locale);
    const QString horizon = QString::number(dateOf(horizonDays).year());
    if (result.reachedOn) {
        result.sitesVerdict = Forecast::Verdict::Reached;
        result.sitesSummary = ProjectionResult::tr("%1: reached on %2")
                                  .arg(what, FigureFormat::date(*result.reachedOn, locale));
    } else if (!result.eta) {
        result.sitesVerdict = anyBasis ? Forecast::Verdict::Behind : Forecast::Verdict::Unknown;
        result.sitesSummary = anyBasis
            ? ProjectionResult::tr("%1: not reached by %2 on current plans").arg(what, horizon)
            : ProjectionResult::tr("%1: not enough data to project").arg(what);
    } else {
        const bool midOnTime = *result.eta <= scenario.targetDate;
        const bool lateOnTime = result.etaLate && *result.etaLate <= scenario.targetDate;
        result.sitesVerdict = midOnTime
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
        result.sitesSummary = ProjectionResult::tr("%1: projected %2%3")
                                  .arg(what, FigureFormat::date(*result.eta, locale), band);
    }
    if (result.includesSimulated)
        result.sitesSummary += QLatin1Char(' ') + ProjectionResult::tr("(includes SIMULATED data)");
}

// The verdict on the fleet-wide target itself, from fleet-wide facts only: the Stargate sites
// are not the fleet. Without a published fleet GPU count it cannot be judged, and says so.
void judgeFleet(ProjectionResult &result, const ProjectionInput &input, const QDate &today)
{
    const QLocale locale;
    const Scenario &scenario = result.scenario;
    if (const auto &count = input.fleetGpusOnline) {
        const bool reached = count->value.low >= scenario.targetGpus;
        result.fleetVerdict = reached     ? Forecast::Verdict::Reached
            : today > scenario.targetDate ? Forecast::Verdict::Behind
                                          : Forecast::Verdict::Unknown;
        result.fleetSummary = ProjectionResult::tr("Fleet GPU count %1 reported %2")
                                  .arg(FigureFormat::range(count->value, locale),
                                      FigureFormat::date(count->asOf, locale));
        return;
    }
    result.fleetVerdict = Forecast::Verdict::NotMeasurable;
    result.fleetSummary = ProjectionResult::tr("No fleet GPU count published");
    if (const auto &compute = input.fleetComputeGw)
        result.fleetSummary
            = ProjectionResult::tr("No fleet GPU count published; fleet compute %1 GW reported %2")
                  .arg(FigureFormat::range(compute->value, locale, 1),
                      FigureFormat::date(compute->asOf, locale));
}

// The headline verdict: on the fleet-wide target, the fleet's own; on a target the user set
// for the sites, the sites' projection.
void judge(ProjectionResult &result, const ProjectionInput &input, const QDate &today,
    bool anyBasis, double horizonDays)
{
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
    judgeSites(result, anyBasis, horizonDays);
    judgeFleet(result, input, today);
    if (result.scenario.targetIsFleet) {
        result.verdict = result.fleetVerdict;
        result.summary = result.fleetSummary;
        result.verdictRule += QLatin1Char(' ')
            + ProjectionResult::tr("The target counts all OpenAI compute (fleet-wide): its "
                                   "verdict rests on fleet-wide figures only, never on the "
                                   "Stargate sites' sum.");
    } else {
        result.verdict = result.sitesVerdict;
        result.summary = result.sitesSummary;
    }
}

// Fleet plan power at each table date: the active sites' facility MW, low to high.
void addPowerAtTableDates(ProjectionResult &result, const Forecast::PowerAssumptions &power)
{
    const auto fromFacility = [&power](double facilityMw) {
        const double pue = power.pue > 0 ? power.pue : 1;
        Forecast::PowerEstimate estimate = Forecast::powerFor(0, power);
        estimate.facilityMw = std::isfinite(facilityMw) ? std::max(facilityMw, 0.0) : 0.0;
        estimate.itMw = estimate.facilityMw / pue;
        estimate.energyPerDayMwh = estimate.facilityMw * 24;
        estimate.energyPerYearGwh = estimate.facilityMw * 24 * 365 / 1000;
        return estimate;
    };
    for (int i = 0; i < result.tableDates.size(); ++i) {
        Forecast::Range sum;
        for (const SiteProjection &site : std::as_const(result.sites)) {
            if (site.active) {
                sum.low += site.facilityMwAt[i].low;
                sum.high += site.facilityMwAt[i].high;
            }
        }
        result.powerAt.append({ fromFacility(sum.low), fromFacility(sum.high) });
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
    for (const ProjectionSiteInput &in : input.sites) {
        const SiteProjection site
            = projectSite(in, scenario, result.tableDates, nowDays, horizonDays);
        if (site.active) {
            // GPUs implied by MW are a derivation, not a plan anyone published: the fleet plan
            // curve (and its ETA) holds published GPU plans only, on every surface alike.
            if (!site.gpuPlan.isEmpty() && !site.gpuPlanImpliedByMw)
                active.plans.append(site.gpuPlan);
            if (site.trend.ok) {
                active.fits.append(site.trend);
                active.fitCapacities.append(site.capacityGpus);
            }
        }
        result.sites.append(site);
    }

    addFleetHistory(result, input, scenario.includeSimulated);
    const PlanEta planEta = addFleetPlan(result, active, scenario.targetGpus);
    addFleetTrend(result, active, nowDays, horizonDays, scenario.targetGpus);
    fallBackToPlanEta(result, planEta);
    judge(result, input, today, !active.plans.isEmpty() || !active.fits.isEmpty(), horizonDays);
    addPowerAtTableDates(result, scenario.power);
    return result;
}

namespace {
// Numbers rounded to their meaning: MW to three decimals.
double mw3(double value)
{
    return std::round(value * 1000) / 1000;
}

QJsonObject rangeJson(double low, double high, double (*round)(double))
{
    return QJsonObject { { QStringLiteral("low"), round(low) },
        { QStringLiteral("high"), round(high) } };
}

double wholeNumber(double value)
{
    return std::round(value);
}

QJsonValue optionalRange(const std::optional<FigureRange> &range)
{
    return range ? QJsonValue(rangeJson(range->low, range->high, mw3)) : QJsonValue();
}

// One active site's figures at the table dates, with its headroom; ranges as low and high.
QJsonObject siteJson(const SiteProjection &site, const QList<QDate> &tableDates)
{
    const auto iso = [](const std::optional<QDate> &date) {
        return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray values;
    for (int i = 0; i < tableDates.size(); ++i) {
        // No dated plan at that date is null, never 0: "no plan" is not "0 GPUs planned".
        const bool planned = site.gpusAt[i].high > 0;
        const auto whole
            = [planned](double v) { return planned ? QJsonValue(std::round(v)) : QJsonValue(); };
        const auto mw = [planned](double v) { return planned ? QJsonValue(mw3(v)) : QJsonValue(); };
        const Forecast::Range gpus = site.gpusAt[i];
        const Forecast::Range facility = site.facilityMwAt[i];
        values.append(QJsonObject {
            { QStringLiteral("date"), tableDates[i].toString(Qt::ISODate) },
            { QStringLiteral("gpus_low"), whole(gpus.low) },
            { QStringLiteral("gpus_high"), whole(gpus.high) },
            { QStringLiteral("gpus"),
                planned ? QJsonValue(rangeJson(gpus.low, gpus.high, wholeNumber)) : QJsonValue() },
            { QStringLiteral("facility_mw_low"), mw(facility.low) },
            { QStringLiteral("facility_mw_high"), mw(facility.high) },
            { QStringLiteral("facility_mw"),
                planned ? QJsonValue(rangeJson(facility.low, facility.high, mw3)) : QJsonValue() },
        });
    }
    return QJsonObject {
        { QStringLiteral("site"), site.siteId },
        { QStringLiteral("gpus_implied_by_planned_mw"), site.gpuPlanImpliedByMw },
        { QStringLiteral("trend"), site.trend.ok ? site.trend.explanation : site.trend.reason },
        { QStringLiteral("capacity_mw"),
            site.capacityMw ? QJsonValue(mw3(*site.capacityMw)) : QJsonValue() },
        { QStringLiteral("capacity_mw_range"), optionalRange(site.capacityMwRange) },
        { QStringLiteral("headroom_mw_now"),
            site.headroomMw ? QJsonValue(mw3(*site.headroomMw)) : QJsonValue() },
        { QStringLiteral("headroom_mw_now_range"), optionalRange(site.headroomMwRange) },
        { QStringLiteral("capacity_exceeded_on"), iso(site.capacityExceededOn) },
        { QStringLiteral("headroom_basis"),
            site.headroomBasis == SiteProjection::HeadroomBasis::Trend
                ? QJsonValue(QStringLiteral("trend"))
                : site.headroomBasis == SiteProjection::HeadroomBasis::Plan
                ? QJsonValue(QStringLiteral("plan"))
                : QJsonValue() },
        { QStringLiteral("at"), values },
    };
}

// The Stargate sites' planned power at the table dates, low to high.
QJsonArray powerJson(const QList<Forecast::PowerRange> &powerAt, const QList<QDate> &tableDates)
{
    QJsonArray power;
    for (int i = 0; i < powerAt.size() && i < tableDates.size(); ++i) {
        const Forecast::PowerRange &at = powerAt[i];
        const auto energy = [](double v) { return std::round(v * 10) / 10; };
        power.append(QJsonObject {
            { QStringLiteral("date"), tableDates[i].toString(Qt::ISODate) },
            { QStringLiteral("it_mw"), rangeJson(at.low.itMw, at.high.itMw, mw3) },
            { QStringLiteral("facility_mw"),
                rangeJson(at.low.facilityMw, at.high.facilityMw, mw3) },
            { QStringLiteral("energy_per_day_mwh"),
                rangeJson(at.low.energyPerDayMwh, at.high.energyPerDayMwh, energy) },
            { QStringLiteral("energy_per_year_gwh"),
                rangeJson(at.low.energyPerYearGwh, at.high.energyPerYearGwh, energy) },
        });
    }
    return power;
}
} // namespace

QJsonObject ProjectionResult::toJson() const
{
    const auto iso = [](const std::optional<QDate> &date) {
        return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray perSite;
    for (const SiteProjection &site : sites) {
        if (site.active)
            perSite.append(siteJson(site, tableDates));
    }
    QJsonArray historyProvenance;
    for (Provenance provenance : historyProvenances)
        historyProvenance.append(provenanceId(provenance));
    return QJsonObject {
        { QStringLiteral("provenance"), QStringLiteral("projected") },
        { QStringLiteral("computed_at"), computedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("verdict"), Projection::verdictId(verdict) },
        { QStringLiteral("verdict_rule"), verdictRule },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("fleet_verdict"), Projection::verdictId(fleetVerdict) },
        { QStringLiteral("fleet_summary"), fleetSummary },
        { QStringLiteral("sites_verdict"), Projection::verdictId(sitesVerdict) },
        { QStringLiteral("sites_summary"), sitesSummary },
        { QStringLiteral("reached_on"), iso(reachedOn) },
        { QStringLiteral("eta"), iso(eta) },
        { QStringLiteral("eta_early"), iso(etaEarly) },
        { QStringLiteral("eta_late"), iso(etaLate) },
        { QStringLiteral("basis"), etaBasis.isEmpty() ? QJsonValue() : QJsonValue(etaBasis) },
        { QStringLiteral("trend_status"), trendStatus },
        { QStringLiteral("includes_simulated"), includesSimulated },
        { QStringLiteral("history_provenance"), historyProvenance },
        { QStringLiteral("assumptions"), scenario.toJson() },
        { QStringLiteral("power_on_plan"), powerJson(powerAt, tableDates) },
        { QStringLiteral("sites"), perSite },
    };
}
