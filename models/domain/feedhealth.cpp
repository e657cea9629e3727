#include "domain/feedhealth.h"

#include <QCoreApplication>
#include <algorithm>

FeedHealth classifyFeed(const SourceHealth &health, qint64 nowMs)
{
    if (!health.enabled)
        return FeedHealth::NoFeed;
    // A failure after the last success (or no success at all after an attempt) is failing.
    if (health.consecutiveFailures > 0
        && (health.lastSuccessMs == 0 || health.lastAttemptMs > health.lastSuccessMs))
        return FeedHealth::Failing;
    if (health.lastSuccessMs == 0)
        return FeedHealth::NoFeed;
    const qint64 interval = std::max(health.intervalMs, 1000);
    if (nowMs - health.lastSuccessMs > kStaleIntervals * interval)
        return FeedHealth::Stale;
    return FeedHealth::Fresh;
}

FeedHealth worstFeed(const QList<FeedHealth> &healths)
{
    FeedHealth worst = FeedHealth::NoFeed;
    for (FeedHealth health : healths)
        worst = std::max(worst, health);
    return worst;
}

QString feedHealthDisplayName(FeedHealth health)
{
    switch (health) {
    case FeedHealth::NoFeed:
        return QCoreApplication::translate("FeedHealth", "no feed");
    case FeedHealth::Fresh:
        return QCoreApplication::translate("FeedHealth", "fresh");
    case FeedHealth::Stale:
        return QCoreApplication::translate("FeedHealth", "stale");
    case FeedHealth::Failing:
        return QCoreApplication::translate("FeedHealth", "failing");
    }
    return QString();
}

FeedHealth siteFeedHealth(const QString &siteId, const QList<SourceHealth> &sources,
    const SourceSites &sourceSites, qint64 nowMs)
{
    QList<FeedHealth> healths;
    for (const SourceHealth &source : sources) {
        if (sourceSites.value(source.sourceId).contains(siteId))
            healths.append(classifyFeed(source, nowMs));
    }
    return worstFeed(healths);
}

SourceSites sourceSitesOf(const QList<SourceHealth> &sources)
{
    SourceSites result;
    for (const SourceHealth &source : sources) {
        if (!source.siteIds.isEmpty())
            result.insert(source.sourceId, source.siteIds);
    }
    return result;
}
