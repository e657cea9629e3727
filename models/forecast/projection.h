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
    // Simulated GPU counts (the demo feed) are never evidence: they count only when the user
    // asks for them, and then every surface says SIMULATED.
    bool includeSimulated = false;
    // The target is the dataset's fleet-wide one (all of OpenAI's compute), not one the user
    // typed in for the Stargate sites.
    bool targetIsFleet = false;

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
    QList<Provenance> gpuHistoryProvenance; // of each point of gpuHistory, when known
    bool historySimulated = false; // the polled series chosen for the site is simulated

    // The history the projection may use: simulated points only when the scenario asks.
    QList<Forecast::Point> usableHistory(bool includeSimulated) const;
};

struct ProjectionInput
{
    QList<ProjectionSiteInput> sites;
    std::optional<ReportedFact> target; // the dataset's target, for the default scenario
    std::optional<ReportedFact> fleetGpusOnline; // a published fleet-wide GPU count, if any
    std::optional<ReportedFact> fleetComputeGw; // the newest fleet-wide compute figure

    Scenario defaultScenario() const;
};

struct SiteProjection
{
    QString siteId;
    QString name;
    bool active = true;
    // After delays; empty when the site has no dated plan. Before its first point the plan is
    // undefined. GPUs implied by planned MW count here (for the table), never in the fleet plan.
    QList<Forecast::PlanPoint> gpuPlan;
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
    std::optional<FigureRange> capacityMwRange; // the same, low to high
    std::optional<double>
        headroomMw; // capacity minus projected facility MW today; negative when over
    // Headroom as a range: least (low capacity, high power) to most (high capacity, low power).
    std::optional<FigureRange> headroomMwRange;
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
    QList<Provenance> historyProvenances; // what the history is made of, strongest first
    // The summed plan of the sites' published GPU plans (Forecast::fleetPlanCurve): the one plan
    // curve, drawn alike on the Overview and the Forecast.
    QList<Forecast::PlanPoint> plan;
    QList<Forecast::FleetQuantiles> trend; // empty when no site can be fitted
    QString trendStatus; // why there is no trend, or which models were used

    std::optional<QDate> reachedOn;
    std::optional<QDate> eta; // projected date the target is reached (mid)
    std::optional<QDate> etaEarly, etaLate; // band
    QString etaBasis; // "plan" or "trend"
    Forecast::Verdict verdict = Forecast::Verdict::Unknown;
    QString verdictRule; // the rule that produced the verdict, for the tooltip
    QString summary; // one sentence: "1,000,000 GPUs: projected June 2027 (May–Aug 2027), behind"

    // The verdict on the fleet-wide target itself (all of OpenAI's compute), apart from the
    // Stargate sites' projection: NotMeasurable while no fleet GPU count is published.
    Forecast::Verdict fleetVerdict = Forecast::Verdict::Unknown;
    QString fleetSummary; // "No fleet GPU count published; fleet compute 1.9 GW reported …"
    // The Stargate sites' own projection against the target, in words that say what it compares.
    Forecast::Verdict sitesVerdict = Forecast::Verdict::Unknown;
    QString sitesSummary;

    QList<Forecast::PowerRange> powerAt; // fleet plan power at each table date, low to high
    bool includesSimulated = false;

    QJsonObject toJson() const;
};

namespace Projection {
// A site's GPU history must span at least this many days before a trend is fitted to it.
inline constexpr int kMinTrendSpanDays = 30;

ProjectionResult project(
    const ProjectionInput &input, const Scenario &scenario, const QDateTime &now);
QString verdictId(Forecast::Verdict verdict); // "reached", "on_track", ..., "not_measurable"
QString verdictDisplayName(Forecast::Verdict verdict);
// One site's dated plan of GPUs (or of MW), from its milestones, after a delay; sorted. The
// one definition behind the fleet plan curve of the Overview and the Forecast.
QList<Forecast::PlanPoint> sitePlan(
    const QList<Milestone> &milestones, bool gpus, int delayMonths = 0);
// The Stargate sites' power on plan at each table date ("31 Dec 2026: 1,374–1,702 MW IT,
// 1,649–2,042 MW facility"), then the energy at the second date; ranges stay ranges. The same
// lines on the page, the slide and the PDF.
QStringList powerOnPlanLines(const ProjectionResult &result, const QLocale &locale);
// GPU counts derived from MW carry no more precision than their inputs: two significant figures.
double roundImpliedGpus(double gpus);
} // namespace Projection
