// Everything the Site page shows about one site beyond its row in the DashboardSnapshot:
// the phase history, the reported facts with their sources, the feeds that serve it, the
// dated notes, and GPU and power charts for that site alone. Read from the store in one go
// on the GUI thread; plain values.
#pragma once

#include "domain/feedhealth.h"
#include "query/dashboardsnapshot.h"
#include "query/timerange.h"

class Store;

struct SiteDetail
{
    bool found = false;
    Site site;
    QList<PhaseEvent> phaseEvents; // oldest first
    QList<Milestone> milestones;
    QList<ReportedFact> facts; // facts of this site (public tables: their newest versions)
    // Facts of earlier versions of the public tables in `facts`: a figure's change over releases.
    QList<ReportedFact> earlierReleaseFacts;
    QStringList credits; // credit lines the licences of the public tables shown ask for
    QList<SourceHealth> feeds; // the sources that feed the site
    FeedHealth feedHealth = FeedHealth::NoFeed;
    bool feedMappingKnown = false; // whether the store can tell which source feeds the site
    QList<Annotation> annotations;
    TimeChartData gpuChart;
    TimeChartData powerChart;
    ChartSpan rolloutSpan; // what the charts span at the Rollout range
};

class SiteDetailQuery
{
public:
    // The charts span `range` at `now`; its Rollout is the site's dated history, plans and today.
    static SiteDetail build(const Store &store, const QString &siteId, const QDateTime &now,
        const TimeRange &range = TimeRange(), int chartPoints = 300);
};
