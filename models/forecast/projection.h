// When the GPU target is reached, and what power it will draw: the projection behind the
// Forecast page, the Overview tile and the "projection" object of --report json.
// ProjectionInput is read from the store once (query/projectioninput.h); project() is a pure
// function of it and a Scenario, cheap enough to rerun on every change of a scenario control.
#pragma once

#include "domain/storetypes.h"
#include "forecast/forecast.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QPointF>

struct Scenario
{
    double targetGpus = 1'000'000;
    QDate targetDate { 2025, 12, 31 };
    Forecast::PowerAssumptions power;
    QHash<QString, int> delayMonths; // site id -> months its plans slip

    bool operator==(const Scenario &) const = default;
    // The assumptions in words, for the page, the tooltip and exports.
    QStringList describe(
        const QLocale &locale, const QHash<QString, QString> &siteNames = {}) const;
    QJsonObject toJson() const;
};

// What the projection reads from the store, per site.
struct ProjectionSiteInput
{
    QString siteId;
    QString name;
    bool active = true;
    QDate firstPower; // start of the plan ramp when known
    QList<Milestone> milestones;
    std::optional<FigureRange> capacityMw;
    std::optional<FigureRange> plannedGpus;
    QList<Forecast::Point>
        gpuHistory; // online GPUs over time (measured, manual, simulated or reported)
    bool historySimulated = false;
};

struct ProjectionInput
{
    QList<ProjectionSiteInput> sites;
    std::optional<ReportedFact> target; // the dataset's target, for the default scenario

    Scenario defaultScenario() const;
};

struct SiteProjection
{
    QString siteId;
    QString name;
    bool active = true;
    QList<Forecast::PlanPoint> gpuPlan; // after delays; empty when the site has no dated plan
    bool gpuPlanImpliedByMw = false; // GPUs derived from planned MW and the power assumptions
    QString planProblem; // e.g. a plan that goes backwards
    Forecast::Fit trend;
    double capacityGpus = 0; // upper bound for the trend, 0 when unknown
    QList<Forecast::Range> gpusAt; // plan at each of ProjectionResult::tableDates
    QList<Forecast::Range> facilityMwAt;

    // Power against the site's planned capacity, under the scenario's power assumptions.
    enum class HeadroomBasis
    {
        None, // no capacity known, or GPUs derived from planned MW (headroom would be 0 by
              // construction)
        Trend, // the fitted GPU trend
        Plan, // the dated GPU plan (its high end)
    };
    HeadroomBasis headroomBasis = HeadroomBasis::None;
    std::optional<double> capacityMw; // the site's planned capacity (high end), when known
    std::optional<double>
        headroomMw; // capacity minus projected facility MW today; negative when over
    std::optional<QDate>
        capacityExceededOn; // first day projected facility MW exceeds capacity (within the horizon)
    QString headroomNote; // why there is no headroom figure, or what it rests on; translated
};

struct ProjectionResult
{
    Q_DECLARE_TR_FUNCTIONS(ProjectionResult)

public:
    Scenario scenario;
    QDateTime computedAt;
    QList<QDate> tableDates; // end of this quarter, of this year, of next year
    QList<SiteProjection> sites;

    // Fleet of active Stargate sites.
    QList<QPointF> history; // x: ms since epoch, y: GPUs (sum of the sites' newest counts)
    QList<QPointF> planLow, planHigh; // the summed plan over time
    QList<Forecast::FleetQuantiles> trend; // empty when no site can be fitted
    QString trendStatus; // why there is no trend, or which models were used

    std::optional<QDate> reachedOn;
    std::optional<QDate> eta; // projected date the target is reached (mid)
    std::optional<QDate> etaEarly, etaLate; // band
    QString etaBasis; // "plan" or "trend"
    Forecast::Verdict verdict = Forecast::Verdict::Unknown;
    QString verdictRule; // the rule that produced the verdict, for the tooltip
    QString summary; // one sentence: "1,000,000 GPUs: projected June 2027 (May–Aug 2027), behind"

    QList<Forecast::PowerEstimate> powerAt; // fleet plan power at each table date (mid of range)
    bool includesSimulated = false;

    QJsonObject toJson() const;
};

namespace Projection {
// A site's GPU history must span at least this many days before a trend is fitted to it.
inline constexpr int kMinTrendSpanDays = 30;

ProjectionResult project(
    const ProjectionInput &input, const Scenario &scenario, const QDateTime &now);
QString verdictId(Forecast::Verdict verdict); // "reached", "on_track", ...
QString verdictDisplayName(Forecast::Verdict verdict);
} // namespace Projection
