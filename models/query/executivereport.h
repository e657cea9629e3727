// The executive summary as JSON (for --report json): the same figures as the Overview tiles,
// each with its provenance, so that scripts and other tools can consume them.
#pragma once

#include <QJsonObject>

struct DashboardSnapshot;
struct ProjectionResult;

namespace ExecutiveReport {
// With a projection, the report gains a "projection" object (ETA, band, verdict, assumptions).
QJsonObject toJson(const DashboardSnapshot &snapshot, const ProjectionResult *projection = nullptr);
}
