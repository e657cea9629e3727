// Builds the DashboardSnapshot from the store. build() reads the store and runs the steps
// below in order; each step is a function of plain values so that tests can feed it
// hand-made inputs.
#pragma once

#include "query/chartaxis.h"
#include "query/dashboardsnapshot.h"
#include "query/timerange.h"

#include <QHash>
#include <QSet>

class Store;

// Everything the snapshot needs from the store apart from the chart ranges, read in one go.
struct DashboardInputs
{
    QList<Site> sites;
    QList<PhaseEvent> phaseEvents;
    QList<Milestone> milestones;
    QList<ReportedFact> facts;
    QList<SeriesInfo> series;
    QHash<qint64, Sample> latestSamples; // series id -> newest sample
    std::optional<qint64> firstSampleMs; // oldest sample of any series
    QList<SourceHealth> sources;
    int datasetVersion = 0;
    QDate datasetCompiled;
};

class DashboardQuery
{
public:
    // Reads the store. `now` is passed in so that tests can fix it.
    static DashboardSnapshot build(const Store &store, const QDateTime &now, int chartPoints = 400);

    // The Overview's two charts over `range` (Rollout: what build() gives), with polled lines
    // read at `chartPoints` buckets across the range: a page whose range is not the rollout's.
    static OverviewCharts overviewCharts(
        const Store &store, const QDateTime &now, const TimeRange &range, int chartPoints = 400);

    static DashboardInputs readInputs(const Store &store);
    // The newest source date of anything the inputs hold: facts, plans, phases, site statuses.
    static QDate newestSourceDate(const DashboardInputs &inputs);

    // Which polled series a look-up considers: real ones (measured, manual), the demo's, or both.
    enum class Polled
    {
        Any,
        Real,
        Simulated
    };
    // The newest polled value of a metric for a site: newest sample of the considered series,
    // real before simulated when equally recent.
    static std::optional<SourcedValue> newestSeriesValue(const DashboardInputs &inputs,
        const QString &siteId, QLatin1StringView metric, Polled which = Polled::Any);
    static SiteRow siteRow(const DashboardInputs &inputs, const Site &site);
    static QList<SiteRow> siteRows(const DashboardInputs &inputs);
    // Ids of the sites that count towards the sums: neither paused nor cancelled.
    static QSet<QString> activeSiteIds(const QList<SiteRow> &rows);

    // The summary's site sums, phase counts and program/fleet facts (without the as-of).
    static OverviewSummary summarize(const QList<SiteRow> &rows, const DashboardInputs &inputs);
    // Sets asOf, newestSample, newestSimulatedSample and includesSimulated from the figures
    // already in the summary (the as-of rule of docs/dataset.md).
    static void stampAsOf(OverviewSummary &summary);

    // The time span both charts share: every plan, the charted facts, the first sample, now.
    static ChartSpan chartSpan(const DashboardInputs &inputs, qint64 nowMs);
    // The sampled ranges of the series the charts draw (polled metrics of active sites).
    static QHash<qint64, RangeResult> readChartRanges(const Store &store,
        const DashboardInputs &inputs, const QSet<QString> &activeSites, const ChartSpan &span,
        int chartPoints);
    static TimeChartData gpuChart(const DashboardInputs &inputs, const QSet<QString> &activeSites,
        const QHash<qint64, RangeResult> &ranges, const ChartSpan &span, qint64 nowMs);
    static TimeChartData powerChart(const DashboardInputs &inputs, const QSet<QString> &activeSites,
        const QHash<qint64, RangeResult> &ranges, const ChartSpan &span, qint64 nowMs);

private:
    // Polled series of one metric summed over active sites, one line per provenance.
    static QList<ChartLine> polledLines(const DashboardInputs &inputs,
        const QSet<QString> &activeSites, const QHash<qint64, RangeResult> &ranges,
        QLatin1StringView metric, const QString &labelPattern);
};
