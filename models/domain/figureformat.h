// Locale-aware text for figures: counts, megawatts, ranges, dates and provenance notes.
// Used by the item models and the views so that a number reads the same everywhere.
#pragma once

#include "domain/sourcedvalue.h"

#include <QLocale>
#include <QString>

namespace FigureFormat {
QString count(double value, const QLocale &locale = QLocale());
QString range(const FigureRange &range, const QLocale &locale = QLocale(), int decimals = 0);
QString megawatts(const FigureRange &range, const QLocale &locale = QLocale());
QString percent(double value, const QLocale &locale = QLocale());
QString date(const QDate &date, const QLocale &locale = QLocale());
// Numeric with a four-digit year ("10/23/2025", "23.10.2025"), for table columns.
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
// A duration in the largest readable unit, rounded down: "45 s", "3 min", "2 h", "5 days".
QString duration(qint64 milliseconds, const QLocale &locale = QLocale());
// How long ago, for freshness: "4 s ago", "3 min ago", "2 h ago", "5 days ago".
QString age(qint64 milliseconds, const QLocale &locale = QLocale());
// How long until, for schedules: "in 4 s", "in 3 min"; "now" at or below zero.
QString due(qint64 milliseconds, const QLocale &locale = QLocale());
QString provenanceList(const QList<Provenance> &provenances);
// "Epoch AI, modelled, 23 May 2026": who made an estimate, how and as of when.
QString estimateCredit(const EstimateCredit &credit, const QLocale &locale = QLocale());
// The provenance names of a figure, an estimate with its credit: "Estimate · Epoch AI,
// modelled, 23 May 2026". Never "Reported" for an estimate.
QString provenanceLabel(const SourcedValue &value, const QLocale &locale = QLocale());
QString provenanceLabel(const ReportedFact &fact, const QLocale &locale = QLocale());
// A multi-line explanation of where a figure comes from, for tooltips.
QString origin(const SourcedValue &value, const QLocale &locale = QLocale());
QString origin(const ReportedFact &fact, const QLocale &locale = QLocale());
} // namespace FigureFormat
