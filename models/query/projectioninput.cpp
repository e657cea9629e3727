#include "query/projectioninput.h"

#include "domain/lifecycle.h"
#include "domain/metrics.h"
#include "store/store.h"

#include <QDateTime>
#include <algorithm>
#include <numeric>

namespace {

constexpr double kMsPerDay = 86'400'000.0;

// Days since the epoch, the time axis of the forecast functions.
double daysOf(const QDate &date)
{
    return double(QDate(1970, 1, 1).daysTo(date));
}

// Oldest first, each point keeping its provenance.
void sortHistory(ProjectionSiteInput &in)
{
    QList<qsizetype> order(in.gpuHistory.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return in.gpuHistory[a].tDays < in.gpuHistory[b].tDays; });
    QList<Forecast::Point> points;
    QList<Provenance> provenances;
    for (const qsizetype i : std::as_const(order)) {
        points.append(in.gpuHistory[i]);
        provenances.append(in.gpuHistoryProvenance[i]);
    }
    in.gpuHistory = points;
    in.gpuHistoryProvenance = provenances;
}

// One site's input: its plans, reported figures and GPU history (reported counts and the
// preferred polled series).
ProjectionSiteInput readSiteInput(const Store &store, const Site &site,
    const QList<PhaseEvent> &events, const QList<Milestone> &milestones,
    const QList<ReportedFact> &facts, const QList<SeriesInfo> &series, qint64 nowMs)
{
    ProjectionSiteInput in;
    in.siteId = site.id;
    in.name = site.name;
    QList<PhaseEvent> own;
    for (const PhaseEvent &event : events) {
        if (event.siteId != site.id)
            continue;
        own.append(event);
        const bool powered = event.phase == Phase::FirstPower
            || event.phase == Phase::PartiallyOperational || event.phase == Phase::Operational;
        if (powered && (!in.firstPower.isValid() || event.date < in.firstPower))
            in.firstPower = event.date;
    }
    const auto phase = Lifecycle::currentPhase(own);
    in.active = !phase || phaseIsActive(*phase);
    for (const Milestone &milestone : milestones) {
        if (milestone.siteId == site.id)
            in.milestones.append(milestone);
    }
    QDate capacityDate;
    QDate gpusDate;
    for (const ReportedFact &fact : facts) {
        if (fact.scope != ReportedFact::Scope::Site || fact.siteId != site.id
            || fact.analystProjection)
            continue;
        if (fact.metric == Metric::CapacityMw
            && (!capacityDate.isValid() || fact.asOf > capacityDate)) {
            in.capacityMw = fact.value;
            capacityDate = fact.asOf;
        } else if (fact.metric == Metric::GpusPlanned
            && (!gpusDate.isValid() || fact.asOf > gpusDate)) {
            in.plannedGpus = fact.value;
            gpusDate = fact.asOf;
        } else if (fact.metric == Metric::GpusOnline) {
            in.gpuHistory.append({ daysOf(fact.period), (fact.value.low + fact.value.high) / 2 });
            in.gpuHistoryProvenance.append(fact.provenance);
        }
    }
    // Polled history: one series per site, real before simulated, never both mixed.
    const SeriesInfo *chosen = nullptr;
    for (Provenance preferred :
        { Provenance::Measured, Provenance::Manual, Provenance::Simulated }) {
        for (const SeriesInfo &info : series) {
            if (!chosen && info.key.siteId == site.id && info.key.metric == Metric::GpusOnline
                && info.key.provenance == preferred && store.latestSample(info.id))
                chosen = &info;
        }
    }
    if (chosen) {
        const qint64 first = store.firstSampleTs(chosen->id).value_or(nowMs);
        const RangeResult range
            = store.range(chosen->id, first, std::max(nowMs, first + 1) + 1, 500);
        for (const RangeBucket &bucket : range.buckets) {
            in.gpuHistory.append({ double(bucket.lastTsMs) / kMsPerDay, bucket.last });
            in.gpuHistoryProvenance.append(chosen->key.provenance);
        }
        in.historySimulated = chosen->key.provenance == Provenance::Simulated;
    }
    sortHistory(in);
    return in;
}

} // namespace

ProjectionInput readProjectionInput(const Store &store)
{
    ProjectionInput input;
    const QList<PhaseEvent> events = store.phaseEvents();
    const QList<Milestone> milestones = store.milestones();
    const QList<ReportedFact> facts = store.facts();
    const QList<SeriesInfo> series = store.series();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    for (const Site &site : store.sites())
        input.sites.append(readSiteInput(store, site, events, milestones, facts, series, nowMs));
    for (const ReportedFact &fact : facts) {
        if (fact.scope == ReportedFact::Scope::Fleet && fact.metric == Metric::GpusOnlineTarget
            && (!input.target || fact.asOf > input.target->asOf))
            input.target = fact;
        const auto newer = [&fact](const std::optional<ReportedFact> &held) {
            return !held || fact.asOf > held->asOf;
        };
        if (fact.scope == ReportedFact::Scope::Fleet && fact.metric == Metric::GpusOnline
            && newer(input.fleetGpusOnline))
            input.fleetGpusOnline = fact;
        // The figure for the latest period (the end of 2025, not 2023), then the newest source.
        const auto later = [&fact](const std::optional<ReportedFact> &held) {
            return !held || fact.period > held->period
                || (fact.period == held->period && fact.asOf > held->asOf);
        };
        if (fact.scope == ReportedFact::Scope::Fleet && fact.metric == Metric::ComputeGw
            && fact.provenance != Provenance::Planned && later(input.fleetComputeGw))
            input.fleetComputeGw = fact;
    }
    return input;
}
