// Everything the window shows at one moment, read from the store in one go (DashboardQuery
// builds it): the executive summary, one row per site and the data of the two time charts. Plain
// values, so that the views and item models present it without computing anything themselves.
#pragma once

#include "domain/sourcedvalue.h"
#include "domain/storetypes.h"
#include "domain/tableimport.h"
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
    // The figures the row shows. Real ones first (a polled measured or manual series, else the
    // reported or estimated figure); the demo's simulated figure only where the site has no real
    // one, and its provenance then says SIMULATED. A simulated figure never replaces a real one.
    std::optional<SourcedValue> gpusOnline;
    std::optional<SourcedValue> gpusPlanned; // reported plans
    // Drawn (a real polled series), else operational capacity, else the simulated draw.
    std::optional<SourcedValue> powerMw;
    bool powerIsOperationalCapacity = false;
    // Reported or estimated operational capacity, kept even when a draw is polled.
    std::optional<SourcedValue> operationalCapacityMw;
    std::optional<SourcedValue> plannedMw;
    // The demo's figures, beside the real ones and never summed with them.
    std::optional<SourcedValue> simulatedGpusOnline;
    std::optional<SourcedValue> simulatedPowerMw;
    QDateTime lastUpdate; // newest date of anything known about the site
    // Newest date of the site's public record (facts, plans, phase events, status); polled and
    // simulated data never count (see domain/publicrecord.h).
    QDate newestPublicDate;
    QList<Provenance> provenances; // of every figure on the row
};

struct OverviewSummary
{
    // Stargate sites (scope StargateSites): sums over active sites (not paused or cancelled) of
    // real figures only.
    std::optional<SourcedValue> gpusOnline;
    std::optional<SourcedValue> gpusInstalled;
    std::optional<SourcedValue> gpusPlanned;
    std::optional<SourcedValue> powerDrawnMw; // polled (measured or manual)
    std::optional<SourcedValue> capacityOnlineMw; // reported or estimated operational capacity
    std::optional<SourcedValue> plannedCapacityMw;
    // The demo's sums over the same sites, shown labelled SIMULATED, never added to the above.
    std::optional<SourcedValue> simulatedGpusOnline;
    std::optional<SourcedValue> simulatedPowerMw;
    int activeSites = 0;
    int activeSitesWithoutCapacity = 0;
    QMap<Phase, int> sitesByPhase;

    // Program (Stargate as a whole) and fleet (all OpenAI compute) figures, never summed
    // with the sites.
    std::optional<ReportedFact> gpuTarget; // fleet-wide target
    std::optional<ReportedFact> fleetComputeGw; // newest
    std::optional<ReportedFact> commitmentUsd;
    std::optional<ReportedFact> programCapacityMw; // newest program-level plan

    // The as-of rule (docs/dataset.md): the newest publication date of the reported or
    // estimated figures shown; a plan's date never counts as "reported".
    QDate asOf;
    QDateTime newestSample; // newest real polled sample shown (UTC); invalid when none
    QDateTime newestSimulatedSample; // newest simulated sample shown (UTC); invalid when none
    bool includesSimulated = false; // some figure shown includes simulated data
    int datasetVersion = 0;
    QDate datasetCompiled;
    QDate datasetNewestSource; // newest source date of anything the store holds from a dataset
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
    // An analyst's projection (a public table's rows dated after its retrieval): hollow points,
    // never mistaken for the analyst's estimates of the past or for our own projections.
    bool analystProjection = false;
    // A second figure of the same provenance on one chart (facility beside IT capacity): squares.
    bool squareMarkers = false;
};

struct TimeChartData
{
    QString unit;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 nowMs = 0;
    QList<ChartLine> lines;
};

// The Overview's GPU and power charts, built together over one span.
struct OverviewCharts
{
    TimeChartData gpu;
    TimeChartData power;
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
    // Every stored version of every public table, newest first (Feeds page, credit lines).
    QList<TableImportInfo> tableImports;
    QDateTime builtAt;
    // The credit lines of the public tables whose figures are shown (their newest versions),
    // each once: every surface that shows those figures shows these (CC BY).
    QStringList dataCredits() const;
};
