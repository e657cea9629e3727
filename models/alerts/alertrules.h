// The alert rules as one pure function: inputs (source health, recent samples, plans, now)
// and the alerts open so far in, the conditions that should be open out. Hysteresis lives
// here: an open alert stays open until its clear condition holds, which is stricter than
// "the raise condition no longer holds". Thresholds and their defaults: docs/alerts.md.
#pragma once

#include "domain/alert.h"
#include "domain/storetypes.h"

struct AlertThresholds
{
    double staleFactor = 3.0; // feed stale: no success for more than k × its poll interval
    int errorStreak = 5; // consecutive failed polls
    double powerRaisePercent = 90.0; // power drawn, % of capacity: raise above
    double powerClearPercent = 85.0; // ... clear below
    double gpuDropPercent = 10.0; // GPUs online: raise when they fall by more than this ...
    int gpuDropWindowMinutes = 15; // ... within this window
    double gpuDropClearPercent = 5.0; // ... clear when the fall within the window is below this
    int phaseSlipGraceDays = 0; // days after a planned date before the slip is raised
};

// What the rules look at for one site.
struct SiteAlertInput
{
    QString siteId;
    QString siteName;
    QList<Sample> gpusOnline; // ascending, at least the last gpuDropWindowMinutes
    std::optional<Sample> powerMw; // newest power drawn
    std::optional<double> capacityMw; // what the power is compared with
    bool simulated = false; // the polled figures come from the built-in simulator
    QList<PhaseEvent> events; // its whole phase history (planned events included)
    QList<Milestone> milestones; // planned milestones: the site should be operational by then
};

struct AlertInputs
{
    qint64 nowMs = 0;
    QList<SourceHealth> sources;
    QList<SiteAlertInput> sites;
};

namespace AlertRules {

// The conditions that should be open now. `open` are the alerts open before (for hysteresis).
QList<AlertCondition> evaluate(
    const AlertInputs &inputs, const QList<AlertRecord> &open, const AlertThresholds &thresholds);

// What to raise and clear to get from `open` to `wanted`.
AlertTransitions transitions(
    const QList<AlertRecord> &open, const QList<AlertCondition> &wanted, qint64 nowMs);

} // namespace AlertRules
