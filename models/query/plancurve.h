// The one plan curve: the summed dated plan of the active Stargate sites, computed once and
// drawn alike on the Overview's charts and on the Forecast chart, so that two charts never
// tell two stories about the same plan.
//
// The rule: each active site contributes its own published plan (Projection::sitePlan: its
// milestones in GPUs, or in MW), piecewise linear between its points and holding after the
// last; before a site's first plan point its plan is undefined and adds nothing, so the curve
// starts at the first published point (no ramp from zero) and steps up where a site's plan
// begins. GPUs implied by planned MW are NOT part of the GPU curve: they are a derivation
// under power assumptions, shown per site (labelled "implied by planned MW") in the Forecast
// table only.
#pragma once

#include "forecast/forecast.h"
#include "query/dashboardsnapshot.h"

#include <QHash>
#include <QSet>

namespace PlanCurve {
enum class Unit
{
    Gpus,
    Megawatts
};

// The summed plan of the active sites' milestones in `unit`, after the given delays.
QList<Forecast::PlanPoint> build(const QList<Milestone> &milestones,
    const QSet<QString> &activeSites, Unit unit, const QHash<QString, int> &delayMonths = {});

// The curve as a chart band, held flat from its last point to `untilMs` (the chart's end).
// The same label, provenance and points wherever it is drawn.
ChartLine chartLine(const QList<Forecast::PlanPoint> &curve, Unit unit, qint64 untilMs);

QString label(Unit unit);
} // namespace PlanCurve
