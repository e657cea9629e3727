#include "domain/alert.h"

#include <QCoreApplication>
#include <QHash>

QStringList AlertRule::all()
{
    return { FeedStale, ErrorStreak, PowerHigh, GpuDrop, PhaseSlip };
}

QString AlertRule::displayName(const QString &rule)
{
    if (rule == FeedStale)
        return QCoreApplication::translate("AlertRule", "Feed stale");
    if (rule == ErrorStreak)
        return QCoreApplication::translate("AlertRule", "Error streak");
    if (rule == PowerHigh)
        return QCoreApplication::translate("AlertRule", "Power near capacity");
    if (rule == GpuDrop)
        return QCoreApplication::translate("AlertRule", "GPUs online falling");
    if (rule == PhaseSlip)
        return QCoreApplication::translate("AlertRule", "Phase behind plan");
    return rule;
}

QString severityId(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

AlertSeverity severityFromId(const QString &id)
{
    if (id == QLatin1String("critical"))
        return AlertSeverity::Critical;
    if (id == QLatin1String("info"))
        return AlertSeverity::Info;
    return AlertSeverity::Warning;
}

QString severityDisplayName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QCoreApplication::translate("AlertSeverity", "Info");
    case AlertSeverity::Warning:
        return QCoreApplication::translate("AlertSeverity", "Warning");
    case AlertSeverity::Critical:
        return QCoreApplication::translate("AlertSeverity", "Critical");
    }
    return QString();
}

size_t qHash(const AlertKey &key, size_t seed)
{
    return qHashMulti(seed, key.rule, key.siteId, key.sourceId);
}
