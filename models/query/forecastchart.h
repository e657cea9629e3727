// Turns a ProjectionResult into the lines of a time chart: history, the summed plan, the
// trend with its 80% and 95% bands, the target and the projected date.
#pragma once

#include "forecast/projection.h"
#include "query/dashboardsnapshot.h"

namespace ForecastChart {
TimeChartData build(const ProjectionResult &result);
}
