// Checks a site's phase history for an order that cannot have happened (operational before
// construction began, anything after the site was cancelled) and vets a manually entered
// phase event before the writer stores it. Pure functions over PhaseEvent values; no store.
#pragma once

#include "domain/storetypes.h"

#include <QCoreApplication>

namespace Lifecycle {

struct Issue
{
    enum class Kind
    {
        InvalidDate, // the event has no valid date
        OutOfOrder, // a later build stage is dated before an earlier one
        AfterCancelled, // an event is dated after the site was cancelled
        PausedBeforeStart, // paused before anything else happened
    };
    Kind kind = Kind::OutOfOrder;
    qint64 eventId = 0; // the offending event (0 when it is not stored yet)
    int eventIndex = -1; // its index in the list that was validated
    QString message; // translated, names both events and their dates
};

// Order of the build stages (construction .. operational); announced and site selected may
// trail construction (a site is often named after work began), so they are not ranked.
// Returns -1 for phases that are not build stages.
int buildRank(Phase phase);

// The problems in one site's events (in any order). An empty list means the history is valid.
QList<Issue> validate(const QList<PhaseEvent> &eventsOfSite);

// The site's phase now: the most advanced phase reached (in the order of the Phase enum),
// unless a later event paused or cancelled it (an "announced" after construction started
// does not set it back). `since` gets the date of the event that set it.
std::optional<Phase> currentPhase(const QList<PhaseEvent> &eventsOfSite, QDate *since = nullptr);

// A phase event typed in by a user: phase and date as text, as a form or command line gives them.
struct ManualEntry
{
    QString siteId;
    QString phase; // a stored phase id, e.g. "first_power"
    QString date; // ISO 8601 date, yyyy-MM-dd
    QString note;
    QString enteredBy; // user name
    QDateTime enteredAt; // UTC
};

struct EntryCheck
{
    // Set when the entry can be stored; unset when it is refused (see error).
    std::optional<PhaseEvent> event;
    // Why it is refused: unknown phase, invalid date, no site. Translated.
    QString error;
    // Problems the entry causes in the site's history. The event is stored anyway (nothing
    // typed in is lost) and shown flagged wherever the history is shown.
    QList<Issue> issues;
};

EntryCheck checkManualEntry(
    const ManualEntry &entry, const QList<PhaseEvent> &existingEventsOfSite);

// A phase that a site status feed reported for a site, as of the feed record's time.
struct FeedObservation
{
    QString siteId;
    Phase phase = Phase::Announced;
    QDateTime observedAt; // the record's timestamp (UTC)
    Provenance provenance = Provenance::Measured; // the source's
    QString sourceName;
    QString sourceUrl; // without credentials
};

// The phase event to store for what a feed reported, or none:
// - none when the observation does not change the site's current phase (the feed agrees,
//   or names an earlier stage, which the history already covers);
// - none for a simulated source: a simulated phase would overrule a reported, real one on
//   every executive view (overview, sites, map, timeline, deck), so it stays on the feed;
// - otherwise an event dated the observation's day, with the source's provenance and URL.
// Feeds poll every few seconds; the result is idempotent, so one transition is stored once.
std::optional<PhaseEvent> eventForFeedObservation(
    const FeedObservation &observation, const QList<PhaseEvent> &existingEventsOfSite);

// The user name from the environment (USER, else USERNAME), or "unknown".
QString currentUserName();

} // namespace Lifecycle
