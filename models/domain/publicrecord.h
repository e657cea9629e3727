// How current the public record of a site is: the newest date any public source gave about
// it (its facts, plans, phase events and status), and whether that is so long ago that the
// dashboard says so ("No public update since 9 April 2026") instead of implying the figures are
// current. Polled and simulated data never count: they are not public news.
#pragma once

#include "domain/storetypes.h"

#include <QLocale>

namespace PublicRecord {
// A site is quiet when its newest public date is more than this many days before today.
inline constexpr int kQuietAfterDays = 90;

// The newest publication date among the site's facts, milestones and phase events (rows of
// other sites are ignored) and its status; invalid when there is none.
QDate newestDate(const Site &site, const QList<PhaseEvent> &events,
    const QList<Milestone> &milestones, const QList<ReportedFact> &facts);
bool isQuiet(const QDate &newest, const QDate &today);
// "No public update since 23 May 2026".
QString notice(const QDate &newest, const QLocale &locale = QLocale());
} // namespace PublicRecord
