// The executive summary as JSON (for --report json): the same figures as the Overview tiles,
// each with its provenance, so that scripts and other tools can consume them.
#pragma once

#include <QJsonObject>

struct DashboardSnapshot;

namespace ExecutiveReport {
QJsonObject toJson(const DashboardSnapshot &snapshot);
}
