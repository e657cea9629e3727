// The demo fleet of the site simulator: sites that ramp their GPUs along an S-curve toward
// their planned capacity, with per-GPU watts by model, utilisation noise and occasional
// outages. Every value is a pure function of (seed, site, time), so a seed reproduces a run
// exactly and tests can compute what the simulator serves. Thread-safe (no mutable state).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

struct SimulatedSite
{
    QString id;
    QString gpuModel; // DCGM modelName label, e.g. "NVIDIA GB200"
    double capacityGpus = 0; // where the S-curve ends
    double wattsPerGpu = 1000; // at full utilisation
    double rampMidMs = 0; // when half the capacity is installed
    double rampWidthDays = 120; // logistic scale
    int gpusPerNode = 8;
    // The site's first migNodes nodes run their GPUs split into MIG instances: like
    // dcgm-exporter, their scrape repeats each GPU's series (same UUID, same device power) once
    // per instance, told apart by GPU_I_ID and GPU_I_PROFILE.
    int migNodes = 0;
};

// One GPU of a node as its DCGM scrape reports it.
struct SimulatedGpu
{
    int gpu = 0;
    QByteArray uuid;
    double watts = 0, util = 0, temp = 0; // util in %
    int migInstances = 1; // series per metric: 1, or 2-3 on a MIG node
};

struct SimulatedSiteState
{
    int gpusInstalled = 0;
    int gpusOnline = 0;
    double utilisation = 0; // 0..1, mean over online GPUs
    double itPowerMw = 0;
    double facilityPowerMw = 0;
    bool outage = false; // part of the site is down in this interval
};

class SimulatedFleet
{
public:
    SimulatedFleet(QList<SimulatedSite> sites, quint32 seed);

    const QList<SimulatedSite> &sites() const { return m_sites; }
    int indexOf(const QString &siteId) const;
    SimulatedSiteState stateAt(int siteIndex, qint64 tsMs) const;

    // What the simulator serves (bodies only; HTTP is the server's job).
    // A DCGM-exporter-like scrape of one node of a site: per GPU power, utilisation, temperature.
    QByteArray dcgmMetrics(int siteIndex, int node, qint64 tsMs) const;
    // The GPUs reporting on one node (none when it is down or not installed).
    QList<SimulatedGpu> gpusOf(int siteIndex, int node, qint64 tsMs) const;
    int nodeCount(int siteIndex, qint64 tsMs) const;
    // The site status JSON feed (docs/site-status-feed.md) for all sites.
    QByteArray statusJson(qint64 tsMs) const;
    // A Prometheus HTTP API answer for `sum|count by (site) (<metric>)` of the DCGM metrics, or
    // the UUID-true `sum|count by (site) (max by (site, UUID) (<metric>))`, evaluated at `time`
    // (Unix seconds, as the API's parameter; empty: at tsMs).
    QByteArray promQueryResponse(
        const QString &query, qint64 tsMs, const QString &time = QString()) const;

    static QList<SimulatedSite> defaultSites(qint64 nowMs);

private:
    double noise(int siteIndex, qint64 bucket, int salt) const; // uniform in [0, 1)
    // One site's answer to a query of promQueryResponse; nothing for an unknown metric.
    std::optional<double> siteQueryValue(
        int siteIndex, bool count, bool perGpu, const QString &metric, qint64 tsMs) const;

    QList<SimulatedSite> m_sites;
    quint32 m_seed;
};
