#include "domain/publicrecord.h"

#include "domain/figureformat.h"

#include <QCoreApplication>

QDate PublicRecord::newestDate(const Site &site, const QList<PhaseEvent> &events,
    const QList<Milestone> &milestones, const QList<ReportedFact> &facts)
{
    QDate newest = site.statusAsOf;
    const auto consider = [&newest](const QDate &date) {
        if (date.isValid() && (!newest.isValid() || date > newest))
            newest = date;
    };
    // A phase event is public news on its date; plans and facts on their publication date.
    for (const PhaseEvent &event : events) {
        if (event.siteId == site.id && event.provenance == Provenance::Reported)
            consider(event.date);
    }
    for (const Milestone &milestone : milestones) {
        if (milestone.siteId == site.id)
            consider(milestone.asOf);
    }
    for (const ReportedFact &fact : facts) {
        if (fact.scope == ReportedFact::Scope::Site && fact.siteId == site.id)
            consider(fact.asOf);
    }
    return newest;
}

bool PublicRecord::isQuiet(const QDate &newest, const QDate &today)
{
    return newest.isValid() && today.isValid() && newest.daysTo(today) > kQuietAfterDays;
}

QString PublicRecord::notice(const QDate &newest, const QLocale &locale)
{
    return QCoreApplication::translate("PublicRecord", "No public update since %1")
        .arg(FigureFormat::date(newest, locale));
}
