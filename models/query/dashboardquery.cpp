#include "query/dashboardquery.h"

#include "query/plancurve.h"

#include "domain/lifecycle.h"

#include "domain/metrics.h"
#include "domain/publicrecord.h"
#include "domain/timeutil.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace {

bool isReportedOrEstimate(Provenance provenance);

FigureScope figureScopeOf(ReportedFact::Scope scope)
{
    switch (scope) {
    case ReportedFact::Scope::Site:
        return FigureScope::Site;
    case ReportedFact::Scope::Program:
        return FigureScope::Program;
    case ReportedFact::Scope::Fleet:
        return FigureScope::Fleet;
    }
    return FigureScope::Site;
}

SourcedValue fromFact(const ReportedFact &fact)
{
    SourcedValue value;
    value.value = fact.value;
    value.provenances = { fact.provenance };
    value.asOf = fact.asOf;
    // A plan's publication date is not the date of a reported figure (docs/dataset.md).
    if (isReportedOrEstimate(fact.provenance))
        value.reportedAsOf = fact.asOf;
    value.scope = figureScopeOf(fact.scope);
    value.sources = { fact.sourceUrl };
    if (!fact.note.isEmpty())
        value.notes = { fact.note };
    if (fact.provenance == Provenance::Estimate)
        value.estimates = { { fact.analyst, fact.method, fact.asOf } };
    value.contributors = 1;
    return value;
}

SourcedValue fromSample(const SeriesInfo &series, const Sample &sample)
{
    SourcedValue value;
    value.value = { sample.value, sample.value };
    value.provenances = { series.key.provenance };
    value.updated = QDateTime::fromMSecsSinceEpoch(sample.tsMs, Qt::UTC);
    if (!series.sourceUrl.isEmpty())
        value.sources = { series.sourceUrl };
    if (series.asOf.isValid())
        value.asOf = series.asOf;
    value.contributors = 1;
    return value;
}

bool isReportedOrEstimate(Provenance provenance)
{
    return provenance == Provenance::Reported || provenance == Provenance::Estimate;
}

// Preference when two series of a site are equally recent: real before simulated.
int provenancePreference(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Measured:
        return 0;
    case Provenance::Manual:
        return 1;
    case Provenance::Reported:
        return 2;
    case Provenance::Simulated:
        return 3;
    default:
        return 4;
    }
}

// The newest fact of a metric for a site (or program/fleet when siteId is empty).
std::optional<ReportedFact> newestFact(const QList<ReportedFact> &facts, ReportedFact::Scope scope,
    const QString &siteId, QLatin1StringView metric)
{
    std::optional<ReportedFact> best;
    for (const ReportedFact &fact : facts) {
        // An analyst's projection (a public table's row dated after its retrieval) is never a
        // current figure.
        if (fact.scope != scope || fact.metric != metric || fact.analystProjection
            || (scope == ReportedFact::Scope::Site && fact.siteId != siteId))
            continue;
        if (!best || fact.period > best->period
            || (fact.period == best->period && fact.asOf > best->asOf))
            best = fact;
    }
    return best;
}

QDateTime endOfDayUtc(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

// The newest date of anything known about the site: its status, its figures, its phase.
QDateTime lastUpdateOf(const SiteRow &row)
{
    QDateTime lastUpdate
        = row.site.statusAsOf.isValid() ? endOfDayUtc(row.site.statusAsOf) : QDateTime();
    const auto consider = [&lastUpdate](const QDateTime &candidate) {
        if (candidate.isValid() && (!lastUpdate.isValid() || candidate > lastUpdate))
            lastUpdate = candidate;
    };
    for (const auto *value : { &row.gpusOnline, &row.gpusPlanned, &row.powerMw, &row.plannedMw }) {
        if (*value) {
            consider((*value)->updated);
            if ((*value)->asOf.isValid())
                consider(endOfDayUtc((*value)->asOf));
        }
    }
    if (row.phaseSince.isValid())
        consider(endOfDayUtc(row.phaseSince));
    return lastUpdate;
}

void addProvenances(QList<Provenance> &into, const std::optional<SourcedValue> &value)
{
    if (!value)
        return;
    for (Provenance provenance : value->provenances) {
        if (!into.contains(provenance))
            into.append(provenance);
    }
}

void sumInto(std::optional<SourcedValue> &total, const std::optional<SourcedValue> &value)
{
    if (!value)
        return;
    if (!total)
        total = *value;
    else
        total->add(*value);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DashboardQuery", text);
}

// The one plan curve (query/plancurve.h), the same as on the Forecast chart.
ChartLine plannedLine(const QList<Milestone> &milestones, const QSet<QString> &activeSites,
    PlanCurve::Unit unit, qint64 untilMs)
{
    return PlanCurve::chartLine(PlanCurve::build(milestones, activeSites, unit), unit, untilMs);
}

// Site figures of one metric and provenance as points (ranges as low and upper edges). An
// analyst's projections (rows dated after its table was read) are not current figures: the
// Site page draws them on their own.
ChartLine factPoints(const QList<ReportedFact> &facts, QLatin1StringView metric,
    const QSet<QString> &activeSites, Provenance provenance = Provenance::Reported)
{
    ChartLine line;
    line.style = ChartLine::Style::Points;
    line.provenance = provenance;
    for (const ReportedFact &fact : facts) {
        if (fact.scope != ReportedFact::Scope::Site || fact.metric != metric
            || !activeSites.contains(fact.siteId) || fact.provenance != provenance
            || fact.analystProjection)
            continue;
        line.points.append(QPointF(double(chartMs(fact.period)), fact.value.low));
        line.upper.append(QPointF(double(chartMs(fact.period)), fact.value.high));
        line.pointNotes.append(fact.note);
    }
    return line;
}

} // namespace

DashboardSnapshot DashboardQuery::build(const Store &store, const QDateTime &now, int chartPoints)
{
    const DashboardInputs inputs = readInputs(store);
    DashboardSnapshot snapshot;
    snapshot.builtAt = now;
    snapshot.facts = inputs.facts;
    snapshot.sources = inputs.sources;
    snapshot.tableImports = store.tableImports();
    snapshot.sites = siteRows(inputs);
    snapshot.summary = summarize(snapshot.sites, inputs);
    stampAsOf(snapshot.summary);
    snapshot.timeline
        = Timeline::build(inputs.sites, inputs.phaseEvents, inputs.milestones, now.toUTC().date());

    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QSet<QString> activeSites = activeSiteIds(snapshot.sites);
    const ChartSpan span = chartSpan(inputs, nowMs);
    const QHash<qint64, RangeResult> ranges
        = readChartRanges(store, inputs, activeSites, span, chartPoints);
    snapshot.gpuChart = gpuChart(inputs, activeSites, ranges, span, nowMs);
    snapshot.powerChart = powerChart(inputs, activeSites, ranges, span, nowMs);
    return snapshot;
}

QStringList DashboardSnapshot::dataCredits() const
{
    QStringList credits;
    for (const TableImportInfo &import : tableImports) {
        if (import.newest && import.facts > 0 && !import.credit.isEmpty()
            && !credits.contains(import.credit))
            credits.append(import.credit);
    }
    return credits;
}

OverviewCharts DashboardQuery::overviewCharts(
    const Store &store, const QDateTime &now, const TimeRange &range, int chartPoints)
{
    const DashboardInputs inputs = readInputs(store);
    const QSet<QString> activeSites = activeSiteIds(siteRows(inputs));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const ChartSpan span = range.span(nowMs, chartSpan(inputs, nowMs));
    const QHash<qint64, RangeResult> ranges
        = readChartRanges(store, inputs, activeSites, span, chartPoints);
    return { gpuChart(inputs, activeSites, ranges, span, nowMs),
        powerChart(inputs, activeSites, ranges, span, nowMs) };
}

DashboardInputs DashboardQuery::readInputs(const Store &store)
{
    DashboardInputs inputs;
    inputs.sites = store.sites();
    inputs.phaseEvents = store.phaseEvents();
    inputs.milestones = store.milestones();
    inputs.facts = store.facts();
    inputs.series = store.series();
    inputs.sources = store.sourceHealth();
    inputs.datasetVersion = store.meta(QStringLiteral("dataset_version")).toInt();
    inputs.datasetCompiled
        = QDate::fromString(store.meta(QStringLiteral("dataset_compiled")), Qt::ISODate);
    for (const SeriesInfo &series : std::as_const(inputs.series)) {
        if (const auto sample = store.latestSample(series.id))
            inputs.latestSamples.insert(series.id, *sample);
        if (const auto first = store.firstSampleTs(series.id))
            inputs.firstSampleMs = std::min(inputs.firstSampleMs.value_or(*first), *first);
    }
    return inputs;
}

std::optional<SourcedValue> DashboardQuery::newestSeriesValue(
    const DashboardInputs &inputs, const QString &siteId, QLatin1StringView metric, Polled which)
{
    const SeriesInfo *best = nullptr;
    Sample bestSample;
    for (const SeriesInfo &series : inputs.series) {
        const bool simulated = series.key.provenance == Provenance::Simulated;
        if (series.key.siteId != siteId || series.key.metric != metric
            || series.key.provenance == Provenance::Projected
            || series.key.provenance == Provenance::Planned || (which == Polled::Real && simulated)
            || (which == Polled::Simulated && !simulated)
            || !inputs.latestSamples.contains(series.id))
            continue;
        const Sample sample = inputs.latestSamples.value(series.id);
        if (!best || sample.tsMs > bestSample.tsMs
            || (sample.tsMs == bestSample.tsMs
                && provenancePreference(series.key.provenance)
                    < provenancePreference(best->key.provenance))) {
            best = &series;
            bestSample = sample;
        }
    }
    if (!best)
        return std::nullopt;
    return fromSample(*best, bestSample);
}

SiteRow DashboardQuery::siteRow(const DashboardInputs &inputs, const Site &site)
{
    const QList<ReportedFact> &facts = inputs.facts;
    SiteRow row;
    row.site = site;
    QList<PhaseEvent> events;
    for (const PhaseEvent &event : inputs.phaseEvents) {
        if (event.siteId == site.id)
            events.append(event);
    }
    row.phase = Lifecycle::currentPhase(events, &row.phaseSince);
    for (const PhaseEvent &event : std::as_const(events)) {
        if (row.phase && event.phase == *row.phase && event.date == row.phaseSince)
            row.phaseSource = event.sourceUrl;
    }
    const auto siteFact = [&](QLatin1StringView metric) -> std::optional<SourcedValue> {
        if (const auto fact = newestFact(facts, ReportedFact::Scope::Site, site.id, metric))
            return fromFact(*fact);
        return std::nullopt;
    };
    row.simulatedGpusOnline
        = newestSeriesValue(inputs, site.id, Metric::GpusOnline, Polled::Simulated);
    row.simulatedPowerMw = newestSeriesValue(inputs, site.id, Metric::PowerMw, Polled::Simulated);
    row.gpusOnline = newestSeriesValue(inputs, site.id, Metric::GpusOnline, Polled::Real);
    if (!row.gpusOnline)
        row.gpusOnline = siteFact(Metric::GpusOnline);
    if (!row.gpusOnline)
        row.gpusOnline = row.simulatedGpusOnline;
    row.gpusPlanned = siteFact(Metric::GpusPlanned);
    row.operationalCapacityMw = siteFact(Metric::CapacityOnlineMw);
    row.powerMw = newestSeriesValue(inputs, site.id, Metric::PowerMw, Polled::Real);
    if (!row.powerMw && row.operationalCapacityMw) {
        row.powerMw = row.operationalCapacityMw;
        row.powerIsOperationalCapacity = true;
    }
    if (!row.powerMw)
        row.powerMw = row.simulatedPowerMw;
    row.plannedMw = siteFact(Metric::CapacityMw);
    for (const auto *value : { &row.gpusOnline, &row.gpusPlanned, &row.powerMw,
             &row.operationalCapacityMw, &row.plannedMw })
        addProvenances(row.provenances, *value);
    if (row.phase && !row.provenances.contains(Provenance::Reported))
        row.provenances.append(Provenance::Reported);
    row.lastUpdate = lastUpdateOf(row);
    row.newestPublicDate = PublicRecord::newestDate(site, events, inputs.milestones, facts);
    return row;
}

QList<SiteRow> DashboardQuery::siteRows(const DashboardInputs &inputs)
{
    QList<SiteRow> rows;
    for (const Site &site : inputs.sites)
        rows.append(siteRow(inputs, site));
    return rows;
}

QSet<QString> DashboardQuery::activeSiteIds(const QList<SiteRow> &rows)
{
    QSet<QString> ids;
    for (const SiteRow &row : rows) {
        if (!row.phase || phaseIsActive(*row.phase))
            ids.insert(row.site.id);
    }
    return ids;
}

namespace {
// A row's figure counts towards a real sum only when no simulated data is in it.
std::optional<SourcedValue> realOnly(const std::optional<SourcedValue> &value)
{
    if (value && value->includes(Provenance::Simulated))
        return std::nullopt;
    return value;
}

// Sums over the Stargate sites carry that scope, whatever the scope of the site figures.
void markStargateSites(std::initializer_list<std::optional<SourcedValue> *> values)
{
    for (std::optional<SourcedValue> *value : values) {
        if (*value)
            (*value)->scope = FigureScope::StargateSites;
    }
}

void considerNewest(QDate &newest, const QDate &candidate)
{
    if (candidate.isValid() && (!newest.isValid() || candidate > newest))
        newest = candidate;
}

void considerNewest(QDateTime &newest, const QDateTime &candidate)
{
    if (candidate.isValid() && (!newest.isValid() || candidate > newest))
        newest = candidate;
}
} // namespace

QDate DashboardQuery::newestSourceDate(const DashboardInputs &inputs)
{
    QDate newest;
    for (const ReportedFact &fact : inputs.facts) {
        // Facts of an imported public table are not the bundled dataset's.
        if (fact.importId == 0)
            considerNewest(newest, fact.asOf);
    }
    for (const Milestone &milestone : inputs.milestones)
        considerNewest(newest, milestone.asOf);
    for (const PhaseEvent &event : inputs.phaseEvents)
        considerNewest(newest, event.date);
    for (const Site &site : inputs.sites)
        considerNewest(newest, site.statusAsOf);
    return newest;
}

OverviewSummary DashboardQuery::summarize(const QList<SiteRow> &rows, const DashboardInputs &inputs)
{
    OverviewSummary summary;
    summary.datasetVersion = inputs.datasetVersion;
    summary.datasetCompiled = inputs.datasetCompiled;
    summary.datasetNewestSource = newestSourceDate(inputs);
    for (const SiteRow &row : rows) {
        if (row.phase)
            summary.sitesByPhase[*row.phase] += 1;
        if (row.phase && !phaseIsActive(*row.phase))
            continue;
        ++summary.activeSites;
        sumInto(summary.gpusOnline, realOnly(row.gpusOnline));
        sumInto(summary.gpusInstalled,
            newestSeriesValue(inputs, row.site.id, Metric::GpusInstalled, Polled::Real));
        sumInto(summary.gpusPlanned, row.gpusPlanned);
        if (row.powerMw && !row.powerIsOperationalCapacity)
            sumInto(summary.powerDrawnMw, realOnly(row.powerMw));
        sumInto(summary.capacityOnlineMw, row.operationalCapacityMw);
        sumInto(summary.simulatedGpusOnline, row.simulatedGpusOnline);
        sumInto(summary.simulatedPowerMw, row.simulatedPowerMw);
        if (row.plannedMw)
            sumInto(summary.plannedCapacityMw, row.plannedMw);
        else
            ++summary.activeSitesWithoutCapacity;
    }
    markStargateSites({ &summary.gpusOnline, &summary.gpusInstalled, &summary.gpusPlanned,
        &summary.powerDrawnMw, &summary.capacityOnlineMw, &summary.plannedCapacityMw,
        &summary.simulatedGpusOnline, &summary.simulatedPowerMw });
    const QList<ReportedFact> &facts = inputs.facts;
    summary.gpuTarget
        = newestFact(facts, ReportedFact::Scope::Fleet, QString(), Metric::GpusOnlineTarget);
    summary.fleetComputeGw
        = newestFact(facts, ReportedFact::Scope::Fleet, QString(), Metric::ComputeGw);
    summary.commitmentUsd
        = newestFact(facts, ReportedFact::Scope::Program, QString(), Metric::CommitmentUsd);
    summary.programCapacityMw
        = newestFact(facts, ReportedFact::Scope::Program, QString(), Metric::CapacityMw);
    return summary;
}

void DashboardQuery::stampAsOf(OverviewSummary &summary)
{
    // Real figures: their reported or estimated contributors set the as-of, never a plan's.
    for (const auto *value : { &summary.gpusOnline, &summary.gpusInstalled, &summary.gpusPlanned,
             &summary.powerDrawnMw, &summary.capacityOnlineMw, &summary.plannedCapacityMw }) {
        if (!*value)
            continue;
        considerNewest(summary.asOf, (*value)->reportedAsOf);
        considerNewest(summary.newestSample, (*value)->updated);
        if ((*value)->includes(Provenance::Simulated))
            summary.includesSimulated = true;
    }
    for (const auto *value : { &summary.simulatedGpusOnline, &summary.simulatedPowerMw }) {
        if (!*value)
            continue;
        considerNewest(summary.newestSimulatedSample, (*value)->updated);
        summary.includesSimulated = true;
    }
    // A fleet target is a plan, shown beside the figures: it never sets the as-of.
    for (const auto *fact :
        { &summary.fleetComputeGw, &summary.commitmentUsd, &summary.programCapacityMw }) {
        if (*fact && isReportedOrEstimate((*fact)->provenance))
            considerNewest(summary.asOf, (*fact)->asOf);
    }
}

ChartSpan DashboardQuery::chartSpan(const DashboardInputs &inputs, qint64 nowMs)
{
    ChartExtent extent(nowMs);
    for (const Milestone &milestone : inputs.milestones)
        extent.include(milestone.date);
    for (const ReportedFact &fact : inputs.facts) {
        if (fact.metric == Metric::ComputeGw || fact.metric == Metric::GpusOnlineTarget
            || fact.metric == Metric::CapacityOnlineMw || fact.metric == Metric::GpusOnline)
            extent.include(fact.period);
    }
    if (inputs.firstSampleMs)
        extent.include(*inputs.firstSampleMs);
    return extent.span(ChartExtent::ShortSpanMargin::Days);
}

namespace {
// The polled metrics the charts draw, and the provenances drawn for them.
constexpr Provenance kPolledProvenances[]
    = { Provenance::Measured, Provenance::Manual, Provenance::Simulated };

bool isChartedSeries(const SeriesInfo &series, const QSet<QString> &activeSites)
{
    return (series.key.metric == Metric::GpusOnline || series.key.metric == Metric::PowerMw)
        && std::find(
               std::begin(kPolledProvenances), std::end(kPolledProvenances), series.key.provenance)
        != std::end(kPolledProvenances)
        && activeSites.contains(series.key.siteId);
}
} // namespace

QHash<qint64, RangeResult> DashboardQuery::readChartRanges(const Store &store,
    const DashboardInputs &inputs, const QSet<QString> &activeSites, const ChartSpan &span,
    int chartPoints)
{
    QHash<qint64, RangeResult> ranges;
    for (const SeriesInfo &series : inputs.series) {
        if (isChartedSeries(series, activeSites))
            ranges.insert(series.id, store.range(series.id, span.fromMs, span.toMs, chartPoints));
    }
    return ranges;
}

QList<ChartLine> DashboardQuery::polledLines(const DashboardInputs &inputs,
    const QSet<QString> &activeSites, const QHash<qint64, RangeResult> &ranges,
    QLatin1StringView metric, const QString &labelPattern)
{
    QList<ChartLine> lines;
    for (Provenance provenance : kPolledProvenances) {
        QMap<qint64, QHash<QString, double>> perBucket; // bucket start -> site -> last value
        for (const SeriesInfo &series : inputs.series) {
            if (series.key.metric != metric || series.key.provenance != provenance
                || !activeSites.contains(series.key.siteId))
                continue;
            for (const RangeBucket &bucket : ranges.value(series.id).buckets)
                perBucket[bucket.startMs].insert(series.key.siteId, bucket.last);
        }
        if (perBucket.isEmpty())
            continue;
        ChartLine line;
        line.provenance = provenance;
        line.style = ChartLine::Style::Line;
        line.label = labelPattern.arg(provenanceDisplayName(provenance));
        QHash<QString, double> carried;
        for (auto it = perBucket.cbegin(); it != perBucket.cend(); ++it) {
            for (auto site = it.value().cbegin(); site != it.value().cend(); ++site)
                carried.insert(site.key(), site.value());
            double sum = 0;
            for (double value : std::as_const(carried))
                sum += value;
            line.points.append(QPointF(double(it.key()), sum));
        }
        line.description = tr("Sum over active sites of the last value in each interval.");
        lines.append(line);
    }
    return lines;
}

namespace {
// The frame both Overview charts share: unit, the axis span and today's line.
TimeChartData chartFrame(const QString &unit, const ChartSpan &span, qint64 nowMs)
{
    TimeChartData chart;
    chart.unit = unit;
    chart.fromMs = span.fromMs;
    chart.toMs = span.toMs;
    chart.nowMs = nowMs;
    return chart;
}
} // namespace

TimeChartData DashboardQuery::gpuChart(const DashboardInputs &inputs,
    const QSet<QString> &activeSites, const QHash<qint64, RangeResult> &ranges,
    const ChartSpan &span, qint64 nowMs)
{
    TimeChartData gpu = chartFrame(tr("GPUs"), span, nowMs);
    if (ChartLine planned
        = plannedLine(inputs.milestones, activeSites, PlanCurve::Unit::Gpus, span.toMs);
        !planned.points.isEmpty())
        gpu.lines.append(planned);
    gpu.lines += polledLines(inputs, activeSites, ranges, Metric::GpusOnline, tr("Online (%1)"));
    if (ChartLine reported = factPoints(inputs.facts, Metric::GpusOnline, activeSites);
        !reported.points.isEmpty()) {
        reported.label = tr("Online (reported)");
        gpu.lines.append(reported);
    }
    // The fleet-wide GPU target (all OpenAI compute) is not drawn here: beside a sum over the
    // Stargate sites it reads as their goal. The Overview's tiles name it on its own.
    return gpu;
}

TimeChartData DashboardQuery::powerChart(const DashboardInputs &inputs,
    const QSet<QString> &activeSites, const QHash<qint64, RangeResult> &ranges,
    const ChartSpan &span, qint64 nowMs)
{
    TimeChartData power = chartFrame(tr("MW"), span, nowMs);
    if (ChartLine planned
        = plannedLine(inputs.milestones, activeSites, PlanCurve::Unit::Megawatts, span.toMs);
        !planned.points.isEmpty())
        power.lines.append(planned);
    if (ChartLine online = factPoints(inputs.facts, Metric::CapacityOnlineMw, activeSites);
        !online.points.isEmpty()) {
        online.label = tr("Operational (reported)");
        power.lines.append(online);
    }
    if (ChartLine estimated
        = factPoints(inputs.facts, Metric::CapacityOnlineMw, activeSites, Provenance::Estimate);
        !estimated.points.isEmpty()) {
        estimated.label = tr("Operational (estimate)");
        estimated.description = tr("Independent analysts' estimates of operational capacity, "
                                   "dated by their rows; their projections are on each Site page");
        power.lines.append(estimated);
    }
    power.lines += polledLines(inputs, activeSites, ranges, Metric::PowerMw, tr("Drawn (%1)"));
    // OpenAI's fleet-wide compute (GW, all providers) is not drawn here: beside a site's MW it
    // reads as the same scope. The Overview's fleet tile shows it on its own.
    return power;
}
