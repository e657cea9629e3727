// What the Timeline page draws: one row per site with its phases as dated segments, the
// events and planned milestones as markers, and the problems in its history. Built from
// store values by a pure function; the view (widgets/timelineview) only paints it.
#pragma once

#include "domain/lifecycle.h"
#include "domain/storetypes.h"

struct TimelineSegment
{
    Phase phase = Phase::Announced; // the state of the site during the segment
    QDate from;
    QDate to; // exclusive; today for the segment that is still running
    bool open = false; // still running
    PhaseEvent event; // the event that began it (date, source, provenance)
};

struct TimelineMarker
{
    enum class Kind
    {
        Event,
        Milestone
    };
    Kind kind = Kind::Event;
    QDate date;
    QString dateText;
    QString label; // translated: the phase, or what the milestone plans
    Provenance provenance = Provenance::Reported;
    QString sourceUrl;
    QString note;
    bool flagged = false; // an event with a lifecycle issue
};

struct TimelineRow
{
    QString siteId;
    QString siteName;
    QString location;
    std::optional<Phase> currentPhase;
    QList<TimelineSegment> segments; // ascending, not overlapping
    QList<TimelineMarker> markers; // events and milestones
    QList<Lifecycle::Issue> issues;
};

struct TimelineData
{
    QDate today;
    QDate from; // the first and last date worth showing (whole years)
    QDate to;
    QList<TimelineRow> rows; // the site with the earliest dated event first
};

namespace Timeline {
// `sites` in display order; events and milestones of any site (others are ignored).
TimelineData build(const QList<Site> &sites, const QList<PhaseEvent> &events,
    const QList<Milestone> &milestones, const QDate &today);
} // namespace Timeline
