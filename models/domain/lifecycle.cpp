#include "domain/lifecycle.h"

#include <QLocale>
#include <algorithm>

namespace {

QString dateText(const PhaseEvent &event)
{
    if (!event.dateText.isEmpty() && event.dateText != event.date.toString(Qt::ISODate))
        return event.dateText;
    return event.date.toString(Qt::ISODate);
}

} // namespace

namespace Lifecycle {

int buildRank(Phase phase)
{
    switch (phase) {
    case Phase::Construction:
        return 0;
    case Phase::FirstPower:
        return 1;
    case Phase::PartiallyOperational:
        return 2;
    case Phase::Operational:
        return 3;
    case Phase::Announced:
    case Phase::SiteSelected:
    case Phase::Paused:
    case Phase::Cancelled:
        break;
    }
    return -1;
}

QList<Issue> validate(const QList<PhaseEvent> &events)
{
    QList<Issue> issues;
    const auto issue = [&](Issue::Kind kind, int index, const QString &message) {
        issues.append({ kind, events[index].id, index, message });
    };

    for (int i = 0; i < events.size(); ++i) {
        if (!events[i].date.isValid())
            issue(Issue::Kind::InvalidDate, i,
                QCoreApplication::translate("Lifecycle",
                    "%1 has no valid date (\"%2\"); it cannot be placed in the site's history.")
                    .arg(phaseDisplayName(events[i].phase), events[i].dateText));
    }

    // The earliest cancellation ends the history: nothing can be dated after it.
    int cancelled = -1;
    for (int i = 0; i < events.size(); ++i) {
        if (events[i].phase == Phase::Cancelled && events[i].date.isValid()
            && (cancelled < 0 || events[i].date < events[cancelled].date))
            cancelled = i;
    }

    QDate earliest;
    for (const PhaseEvent &event : events) {
        if (event.date.isValid() && (!earliest.isValid() || event.date < earliest))
            earliest = event.date;
    }

    for (int i = 0; i < events.size(); ++i) {
        const PhaseEvent &event = events[i];
        if (!event.date.isValid())
            continue;
        if (cancelled >= 0 && i != cancelled && event.date > events[cancelled].date) {
            issue(Issue::Kind::AfterCancelled, i,
                QCoreApplication::translate(
                    "Lifecycle", "%1 on %2 is dated after the site was cancelled on %3.")
                    .arg(phaseDisplayName(event.phase), dateText(event),
                        dateText(events[cancelled])));
            continue;
        }
        if (event.phase == Phase::Paused && event.date == earliest) {
            bool othersSameDay = false;
            for (int j = 0; j < events.size(); ++j)
                othersSameDay = othersSameDay
                    || (j != i && events[j].phase != Phase::Paused && events[j].date == event.date);
            if (!othersSameDay) {
                issue(Issue::Kind::PausedBeforeStart, i,
                    QCoreApplication::translate("Lifecycle",
                        "Paused on %1, before anything else happened at the site: there was "
                        "nothing to pause.")
                        .arg(dateText(event)));
                continue;
            }
        }
        const int rank = buildRank(event.phase);
        if (rank < 0)
            continue;
        // The first earlier build stage (lowest rank) that is dated after this event is named.
        int conflict = -1;
        for (int j = 0; j < events.size(); ++j) {
            const int other = buildRank(events[j].phase);
            if (other >= 0 && other < rank && events[j].date.isValid()
                && events[j].date > event.date
                && (conflict < 0 || other < buildRank(events[conflict].phase)))
                conflict = j;
        }
        if (conflict >= 0)
            issue(Issue::Kind::OutOfOrder, i,
                QCoreApplication::translate("Lifecycle",
                    "%1 on %2 is dated before %3 on %4: a site cannot reach %1 before %3.")
                    .arg(phaseDisplayName(event.phase), dateText(event),
                        phaseDisplayName(events[conflict].phase), dateText(events[conflict])));
    }
    std::stable_sort(issues.begin(), issues.end(),
        [](const Issue &a, const Issue &b) { return a.eventIndex < b.eventIndex; });
    return issues;
}

std::optional<Phase> currentPhase(const QList<PhaseEvent> &eventsOfSite, QDate *since)
{
    QList<PhaseEvent> events = eventsOfSite;
    std::stable_sort(events.begin(), events.end(), [](const PhaseEvent &a, const PhaseEvent &b) {
        return a.date < b.date || (a.date == b.date && int(a.phase) < int(b.phase));
    });
    std::optional<Phase> phase;
    QDate phaseDate;
    for (const PhaseEvent &event : std::as_const(events)) {
        const bool halted = phase && (*phase == Phase::Paused || *phase == Phase::Cancelled);
        const bool halts = event.phase == Phase::Paused || event.phase == Phase::Cancelled;
        if (!phase || halts || halted || int(event.phase) > int(*phase)) {
            phase = event.phase;
            phaseDate = event.date;
        }
    }
    if (since)
        *since = phaseDate;
    return phase;
}

std::optional<PhaseEvent> eventForFeedObservation(
    const FeedObservation &observation, const QList<PhaseEvent> &existing)
{
    if (observation.provenance == Provenance::Simulated || !observation.observedAt.isValid()
        || observation.siteId.isEmpty())
        return std::nullopt;
    PhaseEvent event;
    event.siteId = observation.siteId;
    event.phase = observation.phase;
    event.date = observation.observedAt.toUTC().date();
    event.dateText = event.date.toString(Qt::ISODate);
    event.provenance = observation.provenance;
    event.sourceUrl = observation.sourceUrl;
    event.note = QCoreApplication::translate("Lifecycle", "Reported by the feed \"%1\"")
                     .arg(observation.sourceName);
    // A feed that keeps saying "paused" would otherwise restart the pause every day.
    const std::optional<Phase> before = currentPhase(existing);
    if (before == observation.phase)
        return std::nullopt;
    QList<PhaseEvent> with = existing;
    with.append(event);
    if (currentPhase(with) == before)
        return std::nullopt;
    return event;
}

EntryCheck checkManualEntry(const ManualEntry &entry, const QList<PhaseEvent> &existing)
{
    EntryCheck check;
    if (entry.siteId.trimmed().isEmpty()) {
        check.error
            = QCoreApplication::translate("Lifecycle", "No site was given for the phase event.");
        return check;
    }
    const std::optional<Phase> phase = phaseFromId(entry.phase.trimmed());
    if (!phase) {
        QStringList known;
        for (Phase p : allPhases())
            known.append(phaseId(p));
        check.error
            = QCoreApplication::translate("Lifecycle", "Unknown phase \"%1\". Use one of: %2.")
                  .arg(entry.phase, known.join(QStringLiteral(", ")));
        return check;
    }
    const QDate date = QDate::fromString(entry.date.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        check.error = QCoreApplication::translate(
            "Lifecycle", "\"%1\" is not a valid date. Enter it as year-month-day, e.g. 2026-03-31.")
                          .arg(entry.date);
        return check;
    }
    // A phase event records what happened; a future date is a plan, which belongs in the
    // milestones. A day of slack covers time zones.
    const QDate today
        = (entry.enteredAt.isValid() ? entry.enteredAt : QDateTime::currentDateTimeUtc()).date();
    if (date > today.addDays(1)) {
        check.error = QCoreApplication::translate(
            "Lifecycle", "%1 is in the future; a phase event records what has happened.")
                          .arg(date.toString(Qt::ISODate));
        return check;
    }
    PhaseEvent event;
    event.siteId = entry.siteId.trimmed();
    event.phase = *phase;
    event.date = date;
    event.dateText = date.toString(Qt::ISODate);
    event.provenance = Provenance::Manual;
    event.note = entry.note;
    event.enteredBy = entry.enteredBy;
    event.enteredAt = entry.enteredAt;

    QList<PhaseEvent> all = existing;
    all.append(event);
    const int newIndex = int(all.size()) - 1;
    const QList<Issue> issues = validate(all);
    // The entry is to blame when it is the offender or when it makes an existing event one.
    const QList<Issue> before = validate(existing);
    for (const Issue &issue : issues) {
        bool old = false;
        for (const Issue &known : before)
            old = old || (known.eventIndex == issue.eventIndex && known.kind == issue.kind);
        if (issue.eventIndex == newIndex || !old)
            check.issues.append(issue);
    }
    check.event = event;
    return check;
}

QString currentUserName()
{
    for (const char *name : { "USER", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace Lifecycle
