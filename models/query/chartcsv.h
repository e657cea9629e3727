// The data behind a time chart as CSV (RFC 4180): one row per point of every line, with its
// provenance, so that a chart's figures can be checked or reused in a spreadsheet.
#pragma once

#include "query/dashboardsnapshot.h"

#include <QString>

namespace ChartCsv {
// Columns: series, provenance, scope, time_utc, value, upper, unit, note.
QString toCsv(const TimeChartData &data);
}
