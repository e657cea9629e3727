// How fresh a site's live feed is, from the health rows of the sources that feed it
// (table source_health). Pure functions; the Map and Site pages show the result.
#pragma once

#include "domain/storetypes.h"

#include <QHash>
#include <QList>

enum class FeedHealth
{
    NoFeed,
    Fresh,
    Stale,
    Failing
};

// Stale when the last success is older than this many poll intervals.
constexpr int kStaleIntervals = 3;

FeedHealth classifyFeed(const SourceHealth &health, qint64 nowMs);
// The worst of several sources (failing > stale > fresh > no feed).
FeedHealth worstFeed(const QList<FeedHealth> &healths);
QString feedHealthDisplayName(FeedHealth health); // translated

// Which sources feed which site: each source records the sites its newest successful poll
// delivered figures for (source_health.site_ids).
using SourceSites = QHash<QString, QStringList>; // source id -> site ids
SourceSites sourceSitesOf(const QList<SourceHealth> &sources);

FeedHealth siteFeedHealth(const QString &siteId, const QList<SourceHealth> &sources,
    const SourceSites &sourceSites, qint64 nowMs);
