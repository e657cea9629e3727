#include "query/sitedetail.h"

#include "domain/figureformat.h"
#include "domain/metrics.h"
#include "query/chartaxis.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SiteDetailQuery", text);
}

// The site's dated plans as a step band (low and high edges).
ChartLine plannedBand(const QList<Milestone> &milestones, bool gpus)
{
    ChartLine line;
    line.style = ChartLine::Style::Band;
    line.provenance = Provenance::Planned;
    line.label = tr("Planned");
    for (const Milestone &milestone : milestones) {
        const auto &figure = gpus ? milestone.gpus : milestone.powerMw;
        if (!figure)
            continue;
        line.points.append(QPointF(double(chartMs(milestone.date)), figure->low));
        line.upper.append(QPointF(double(chartMs(milestone.date)), figure->high));
        line.pointNotes.append(milestone.dateText.isEmpty()
                ? milestone.note
                : milestone.dateText + QStringLiteral(": ") + milestone.note);
    }
    line.description = tr("Dated plans of this site from public sources.");
    return line;
}

// The site's public figures of one metric as points, one line per provenance (reported and
// estimated figures never share a line or a name), an analyst's projections on a line of their
// own; ranges as low and upper edges.
QList<ChartLine> publicPoints(
    const QList<ReportedFact> &facts, QLatin1StringView metric, const QString &labelPattern)
{
    QList<ChartLine> lines;
    for (Provenance provenance : { Provenance::Reported, Provenance::Estimate }) {
        for (bool projection : { false, true }) {
            ChartLine line;
            line.style = ChartLine::Style::Points;
            line.provenance = provenance;
            line.analystProjection = projection;
            QString analyst;
            for (const ReportedFact &fact : facts) {
                if (fact.metric != metric || fact.provenance != provenance
                    || fact.analystProjection != projection)
                    continue;
                line.points.append(QPointF(double(chartMs(fact.period)), fact.value.low));
                line.upper.append(QPointF(double(chartMs(fact.period)), fact.value.high));
                const QString label = FigureFormat::provenanceLabel(fact);
                line.pointNotes.append(
                    fact.note.isEmpty() ? label : label + QStringLiteral(": ") + fact.note);
                analyst = fact.analyst;
            }
            if (line.points.isEmpty())
                continue;
            if (projection) {
                const QString who = analyst.isEmpty()
                    ? QCoreApplication::translate("SiteDetailQuery", "analyst")
                    : analyst;
                line.label = labelPattern.arg(
                    QCoreApplication::translate("SiteDetailQuery", "%1's projection").arg(who));
                line.description = QCoreApplication::translate("SiteDetailQuery",
                    "Rows the analyst dates after the table was retrieved: the analyst's "
                    "projection, not an estimate of the past and not a projection of this "
                    "dashboard.");
            } else {
                line.label = labelPattern.arg(provenanceDisplayName(provenance));
            }
            lines.append(line);
        }
    }
    return lines;
}

} // namespace

SiteDetail SiteDetailQuery::build(const Store &store, const QString &siteId, const QDateTime &now,
    const TimeRange &range, int chartPoints)
{
    SiteDetail detail;
    const QList<Site> sites = store.sites();
    const auto site
        = std::find_if(sites.cbegin(), sites.cend(), [&](const Site &s) { return s.id == siteId; });
    if (site == sites.cend())
        return detail;
    detail.found = true;
    detail.site = *site;
    detail.phaseEvents = store.phaseEvents(siteId);
    detail.milestones = store.milestones(siteId);
    for (const ReportedFact &fact : store.facts()) {
        if (fact.scope == ReportedFact::Scope::Site && fact.siteId == siteId)
            detail.facts.append(fact);
    }
    // Public tables whose figures of this site are shown: their credit lines, and their earlier
    // versions' figures, so that a change between releases can be seen.
    QSet<qint64> importsShown;
    for (const ReportedFact &fact : std::as_const(detail.facts)) {
        if (fact.importId != 0)
            importsShown.insert(fact.importId);
    }
    for (const TableImportInfo &import : store.tableImports()) {
        if (importsShown.contains(import.id) && !import.credit.isEmpty()
            && !detail.credits.contains(import.credit))
            detail.credits.append(import.credit);
    }
    for (const ReportedFact &fact : store.facts(Store::FactSelection::WithEarlierReleases)) {
        if (fact.importId != 0 && !importsShown.contains(fact.importId) && fact.siteId == siteId)
            detail.earlierReleaseFacts.append(fact);
    }
    const QList<SourceHealth> allSources = store.sourceHealth();
    const SourceSites sourceSites = sourceSitesOf(allSources);
    for (const SourceHealth &health : allSources) {
        if (sourceSites.value(health.sourceId).contains(siteId))
            detail.feeds.append(health);
    }
    detail.feedMappingKnown = !sourceSites.isEmpty();
    detail.feedHealth = siteFeedHealth(siteId, detail.feeds, sourceSites, now.toMSecsSinceEpoch());
    detail.annotations = store.annotations(siteId);

    // The charts span the site's dated history and plans, and today.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    ChartExtent extent(nowMs);
    for (const PhaseEvent &event : std::as_const(detail.phaseEvents))
        extent.include(event.date);
    for (const Milestone &milestone : std::as_const(detail.milestones))
        extent.include(milestone.date);
    for (const ReportedFact &fact : std::as_const(detail.facts))
        extent.include(fact.period);
    for (const Annotation &annotation : std::as_const(detail.annotations))
        extent.include(annotation.day);
    QList<SeriesInfo> siteSeries;
    for (const SeriesInfo &series : store.series()) {
        if (series.key.siteId == siteId) {
            siteSeries.append(series);
            if (const auto first = store.firstSampleTs(series.id))
                extent.include(*first);
        }
    }
    detail.rolloutSpan = extent.span(ChartExtent::ShortSpanMargin::Months);
    const ChartSpan span = range.span(nowMs, detail.rolloutSpan);
    const qint64 fromMs = span.fromMs;
    const qint64 toMs = span.toMs;

    const auto polledLines = [&](QLatin1StringView metric, const QString &labelPattern) {
        QList<ChartLine> lines;
        for (const SeriesInfo &series : std::as_const(siteSeries)) {
            if (series.key.metric != metric || series.key.provenance == Provenance::Planned
                || series.key.provenance == Provenance::Projected
                || series.key.provenance == Provenance::Reported)
                continue;
            const RangeResult range = store.range(series.id, fromMs, toMs, chartPoints);
            if (range.buckets.isEmpty())
                continue;
            ChartLine line;
            line.provenance = series.key.provenance;
            line.style = ChartLine::Style::Line;
            line.label = labelPattern.arg(provenanceDisplayName(series.key.provenance));
            for (const RangeBucket &bucket : range.buckets)
                line.points.append(QPointF(double(bucket.startMs), bucket.last));
            line.description = tr("Last value in each interval.");
            lines.append(line);
        }
        return lines;
    };

    for (TimeChartData *chart : { &detail.gpuChart, &detail.powerChart }) {
        chart->fromMs = fromMs;
        chart->toMs = toMs;
        chart->nowMs = nowMs;
    }
    detail.gpuChart.unit = tr("GPUs");
    if (ChartLine planned = plannedBand(detail.milestones, true); !planned.points.isEmpty())
        detail.gpuChart.lines.append(planned);
    detail.gpuChart.lines += polledLines(Metric::GpusOnline, tr("Online (%1)"));
    detail.gpuChart.lines += publicPoints(detail.facts, Metric::GpusOnline, tr("Online (%1)"));

    detail.powerChart.unit = tr("MW");
    if (ChartLine planned = plannedBand(detail.milestones, false); !planned.points.isEmpty())
        detail.powerChart.lines.append(planned);
    detail.powerChart.lines
        += publicPoints(detail.facts, Metric::CapacityOnlineMw, tr("Operational (%1)"));
    for (ChartLine line :
        publicPoints(detail.facts, Metric::FacilityCapacityMw, tr("Facility capacity (%1)"))) {
        line.squareMarkers = true;
        detail.powerChart.lines.append(line);
    }
    for (ChartLine line : publicPoints(
             detail.earlierReleaseFacts, Metric::CapacityOnlineMw, tr("Operational (%1)"))) {
        if (line.provenance != Provenance::Estimate || line.analystProjection)
            continue;
        line.label = tr("Operational (earlier release of the table)");
        line.description = tr("The same analyst's figures in an earlier version of the table.");
        detail.powerChart.lines.append(line);
    }
    detail.powerChart.lines += polledLines(Metric::PowerMw, tr("Drawn (%1)"));
    return detail;
}
