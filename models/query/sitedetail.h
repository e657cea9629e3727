// Everything the Site page shows about one site beyond its row in the DashboardSnapshot:
// the phase history, the reported facts with their sources, the feeds that serve it, the
// dated notes, and GPU and power charts for that site alone. Read from the store in one go
// on the GUI thread; plain values.
#pragma once

#include "domain/feedhealth.h"
#include "query/dashboardsnapshot.h"

class Store;

struct SiteDetail
{
    bool found = false;
    Site site;
    QList<PhaseEvent> phaseEvents; // oldest first
    QList<Milestone> milestones;
    QList<ReportedFact> facts; // facts of this site
    QList<SourceHealth> feeds; // the sources that feed the site
    FeedHealth feedHealth = FeedHealth::NoFeed;
    bool feedMappingKnown = false; // whether the store can tell which source feeds the site
    QList<Annotation> annotations;
    TimeChartData gpuChart;
    TimeChartData powerChart;
};

class SiteDetailQuery
{
public:
    static SiteDetail build(
        const Store &store, const QString &siteId, const QDateTime &now, int chartPoints = 300);
};
