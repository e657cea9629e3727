// Everything the window shows at one moment, read from the store in one go (DashboardQuery
// builds it): the executive summary, one row per site and the data of the two time charts. Plain
// values, so that the views and item models present it without computing anything themselves.
#pragma once

#include "domain/sourcedvalue.h"
#include "domain/storetypes.h"
#include "query/timeline.h"

#include <QDateTime>
#include <QMap>
#include <QPointF>

struct SiteRow
{
    Site site;
    std::optional<Phase> phase;
    QDate phaseSince;
    QString phaseSource;
    std::optional<SourcedValue> gpusOnline; // the newest count from any series
    std::optional<SourcedValue> gpusPlanned; // reported plans
    std::optional<SourcedValue>
        powerMw; // drawn (polled) or, if none, operational capacity (reported)
    bool powerIsOperationalCapacity = false;
    std::optional<SourcedValue> plannedMw;
    QDateTime lastUpdate; // newest date of anything known about the site
    // Newest date of the site's public record (facts, plans, phase events, status); polled and
    // simulated data never count (see domain/publicrecord.h).
    QDate newestPublicDate;
    QList<Provenance> provenances; // of every figure on the row
};

struct OverviewSummary
{
    // Stargate sites: sums over active sites (not paused or cancelled).
    std::optional<SourcedValue> gpusOnline;
    std::optional<SourcedValue> gpusInstalled;
    std::optional<SourcedValue> gpusPlanned;
    std::optional<SourcedValue> powerDrawnMw; // polled
    std::optional<SourcedValue> capacityOnlineMw; // reported operational capacity
    std::optional<SourcedValue> plannedCapacityMw;
    int activeSites = 0;
    int activeSitesWithoutCapacity = 0;
    QMap<Phase, int> sitesByPhase;

    // Program (Stargate as a whole) and fleet (all OpenAI compute) figures, never summed
    // with the sites.
    std::optional<ReportedFact> gpuTarget; // fleet-wide target
    std::optional<ReportedFact> fleetComputeGw; // newest
    std::optional<ReportedFact> commitmentUsd;
    std::optional<ReportedFact> programCapacityMw; // newest program-level plan

    QDate asOf; // newest publication date of the reported figures shown
    QDateTime newestSample; // newest polled sample shown (UTC); invalid when none
    bool includesSimulated = false;
    int datasetVersion = 0;
    QDate datasetCompiled;
};

struct ChartLine
{
    enum class Style
    {
        Line,
        Step,
        Points,
        Band,
        Target
    };
    QString label;
    Provenance provenance = Provenance::Reported;
    Style style = Style::Line;
    bool fleetLevel = false; // all of OpenAI's compute, not the Stargate sites
    QList<QPointF> points; // x: ms since the epoch (UTC), y: value (low edge for bands)
    QList<QPointF> upper; // high edge, for bands
    QStringList pointNotes; // one per point, for tooltips (may be empty)
    QString description; // where it comes from, for the legend tooltip
};

struct TimeChartData
{
    QString unit;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 nowMs = 0;
    QList<ChartLine> lines;
};

struct DashboardSnapshot
{
    OverviewSummary summary;
    QList<SiteRow> sites;
    QList<ReportedFact> facts;
    TimeChartData gpuChart;
    TimeChartData powerChart;
    QList<SourceHealth> sources; // every polled source's health, for the Feeds page and freshness
    TimelineData timeline; // every site's phases over time (Timeline page)
    QDateTime builtAt;
};
