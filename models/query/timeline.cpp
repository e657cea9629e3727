#include "query/timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace {

QString milestoneLabel(const Milestone &milestone)
{
    const QLocale locale;
    QStringList parts;
    const auto range = [&](const FigureRange &figure) {
        return figure.isRange() ? QStringLiteral("%1–%2").arg(
                   locale.toString(figure.low, 'f', 0), locale.toString(figure.high, 'f', 0))
                                : locale.toString(figure.low, 'f', 0);
    };
    if (milestone.gpus)
        parts.append(
            QCoreApplication::translate("Timeline", "%1 GPUs").arg(range(*milestone.gpus)));
    if (milestone.powerMw)
        parts.append(
            QCoreApplication::translate("Timeline", "%1 MW").arg(range(*milestone.powerMw)));
    if (parts.isEmpty())
        return QCoreApplication::translate("Timeline", "Planned milestone");
    return QCoreApplication::translate("Timeline", "Planned: %1")
        .arg(parts.join(QStringLiteral(", ")));
}

// The state after each event: the most advanced build stage reached, unless paused or
// cancelled; a late "announced" does not set a site under construction back.
int stateRank(Phase phase)
{
    switch (phase) {
    case Phase::Announced:
        return 0;
    case Phase::SiteSelected:
        return 1;
    default:
        break;
    }
    const int build = Lifecycle::buildRank(phase);
    return build >= 0 ? build + 2 : -1;
}

} // namespace

TimelineData Timeline::build(const QList<Site> &sites, const QList<PhaseEvent> &events,
    const QList<Milestone> &milestones, const QDate &today)
{
    TimelineData data;
    data.today = today;
    QHash<QString, QList<PhaseEvent>> eventsBySite;
    for (const PhaseEvent &event : events)
        eventsBySite[event.siteId].append(event);
    QHash<QString, QList<Milestone>> milestonesBySite;
    for (const Milestone &milestone : milestones)
        milestonesBySite[milestone.siteId].append(milestone);

    QDate first = today;
    QDate last = today;
    for (const Site &site : sites) {
        TimelineRow row;
        row.siteId = site.id;
        row.siteName = site.name;
        row.location = QStringList { site.region, site.country }.join(QStringLiteral(", "));
        const QList<PhaseEvent> siteEvents = eventsBySite.value(site.id);
        row.issues = Lifecycle::validate(siteEvents);
        QSet<int> flagged;
        for (const Lifecycle::Issue &issue : std::as_const(row.issues))
            flagged.insert(issue.eventIndex);

        // Happened events, in date order, drive the segments; planned ones are markers only.
        QList<int> order;
        for (int i = 0; i < siteEvents.size(); ++i) {
            const PhaseEvent &event = siteEvents[i];
            TimelineMarker marker;
            marker.kind = TimelineMarker::Kind::Event;
            marker.date = event.date;
            marker.dateText
                = event.dateText.isEmpty() ? event.date.toString(Qt::ISODate) : event.dateText;
            marker.label = phaseDisplayName(event.phase);
            marker.provenance = event.provenance;
            marker.sourceUrl = event.sourceUrl;
            marker.note = event.note;
            marker.flagged = flagged.contains(i);
            if (event.date.isValid())
                row.markers.append(marker);
            if (event.date.isValid() && event.provenance != Provenance::Planned
                && event.provenance != Provenance::Projected && event.date <= today)
                order.append(i);
            if (event.date.isValid()) {
                first = std::min(first, event.date);
                last = std::max(last, event.date);
            }
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const PhaseEvent &x = siteEvents[a];
            const PhaseEvent &y = siteEvents[b];
            return x.date < y.date || (x.date == y.date && stateRank(x.phase) < stateRank(y.phase));
        });
        std::optional<Phase> state;
        int bestRank = -1;
        for (int index : std::as_const(order)) {
            const PhaseEvent &event = siteEvents[index];
            const bool halts = event.phase == Phase::Paused || event.phase == Phase::Cancelled;
            const bool halted = state && (*state == Phase::Paused || *state == Phase::Cancelled);
            std::optional<Phase> next;
            if (halts) {
                next = event.phase;
            } else if (halted || stateRank(event.phase) > bestRank) {
                next = event.phase; // resuming after a pause restarts at the phase reported
            }
            if (!halts)
                bestRank = std::max(bestRank, stateRank(event.phase));
            if (!next || (state && *next == *state))
                continue;
            if (!row.segments.isEmpty()) {
                row.segments.last().to = event.date;
                row.segments.last().open = false;
            }
            row.segments.append({ *next, event.date, today, true, event });
            state = next;
        }
        // Drop segments that collapsed to nothing (two states on one day).
        row.segments.removeIf([](const TimelineSegment &segment) {
            return segment.to <= segment.from && !segment.open;
        });
        row.currentPhase = state;

        for (const Milestone &milestone : milestonesBySite.value(site.id)) {
            if (!milestone.date.isValid())
                continue;
            TimelineMarker marker;
            marker.kind = TimelineMarker::Kind::Milestone;
            marker.date = milestone.date;
            marker.dateText = milestone.dateText.isEmpty() ? milestone.date.toString(Qt::ISODate)
                                                           : milestone.dateText;
            marker.label = milestoneLabel(milestone);
            marker.provenance = milestone.provenance;
            marker.sourceUrl = milestone.sourceUrl;
            marker.note = milestone.note;
            row.markers.append(marker);
            first = std::min(first, milestone.date);
            last = std::max(last, milestone.date);
        }
        std::stable_sort(row.markers.begin(), row.markers.end(),
            [](const TimelineMarker &a, const TimelineMarker &b) { return a.date < b.date; });
        data.rows.append(row);
    }
    // Gantt order: the site that started first on top; sites with no dated event last.
    const auto start = [](const TimelineRow &row) {
        return row.markers.isEmpty() ? QDate(9999, 12, 31) : row.markers.first().date;
    };
    std::stable_sort(data.rows.begin(), data.rows.end(),
        [&](const TimelineRow &a, const TimelineRow &b) { return start(a) < start(b); });
    data.from = QDate(first.year(), 1, 1);
    data.to = QDate(last.year() + 1, 1, 1);
    return data;
}
