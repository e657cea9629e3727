#include "sim/simulatedfleet.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <optional>

namespace {
constexpr qint64 kIntervalMs = 5'000; // values change every 5 s of simulated time
constexpr double kDayMs = 86'400'000.0;

// SplitMix64: a good, tiny hash for deterministic noise.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
// The query forms the simulator answers: `sum|count by (site) (<metric>)`, over series, and
// the UUID-true `sum|count by (site) (max|min|avg by (site, UUID) (<metric>))`, over GPUs.
// The metric may carry the valid-reading filter of docs/sources.md, `<metric> >= 0 < 2^47`;
// every simulated reading is valid, so the filter keeps them all.
struct SiteQuery
{
    bool count = false; // else sum
    bool perGpu = false; // the inner aggregation keeps one series per UUID
    QString metric;

    static std::optional<SiteQuery> parse(const QString &query)
    {
        // An optional `>= 0 < 2^47`, then blanks.
        static const QString kValidFilter
            = QStringLiteral("(?:\\s*>=\\s*0\\s*<\\s*2\\s*\\^\\s*47)?\\s*");
        static const QRegularExpression outer(
            QStringLiteral("^\\s*(sum|count)\\s+by\\s*\\(\\s*site\\s*\\)\\s*\\((.*)\\)\\s*$"));
        static const QRegularExpression plain(
            QStringLiteral("^\\s*([A-Za-z_:][A-Za-z0-9_:]*)") + kValidFilter + QStringLiteral("$"));
        static const QRegularExpression perGpu(
            QStringLiteral("^\\s*(?:max|min|avg)\\s+by\\s*\\(\\s*(?:site\\s*,\\s*UUID|UUID\\s*,"
                           "\\s*site)\\s*\\)\\s*\\(\\s*([A-Za-z_:][A-Za-z0-9_:]*)")
            + kValidFilter + QStringLiteral("\\)\\s*$"));
        const auto match = outer.match(query);
        if (!match.hasMatch())
            return std::nullopt;
        SiteQuery parsed;
        parsed.count = match.captured(1) == QLatin1String("count");
        const QString inner = match.captured(2);
        auto metric = plain.match(inner);
        if (!metric.hasMatch()) {
            metric = perGpu.match(inner);
            parsed.perGpu = true;
        }
        if (!metric.hasMatch())
            return std::nullopt;
        parsed.metric = metric.captured(1);
        return parsed;
    }
};
} // namespace

SimulatedFleet::SimulatedFleet(QList<SimulatedSite> sites, quint32 seed)
    : m_sites(std::move(sites))
    , m_seed(seed)
{ }

int SimulatedFleet::indexOf(const QString &siteId) const
{
    for (int i = 0; i < m_sites.size(); ++i) {
        if (m_sites[i].id == siteId)
            return i;
    }
    return -1;
}

double SimulatedFleet::noise(int siteIndex, qint64 bucket, int salt) const
{
    const quint64 h = mix(mix(mix(m_seed) ^ quint64(siteIndex) * 1315423911ULL) ^ quint64(bucket)
        ^ (quint64(salt) << 48));
    return double(h >> 11) / double(1ULL << 53);
}

SimulatedSiteState SimulatedFleet::stateAt(int siteIndex, qint64 tsMs) const
{
    SimulatedSiteState state;
    if (siteIndex < 0 || siteIndex >= m_sites.size())
        return state;
    const SimulatedSite &site = m_sites[siteIndex];
    const qint64 bucket = tsMs / kIntervalMs;
    const double x = (double(tsMs) - site.rampMidMs) / (site.rampWidthDays * kDayMs);
    const double share = 1.0 / (1.0 + std::exp(-x * 4.0));
    const int nodeSize = std::max(1, site.gpusPerNode);
    // Whole nodes only: installed GPUs come in servers of gpusPerNode.
    state.gpusInstalled = int(std::floor(site.capacityGpus * share / nodeSize)) * nodeSize;
    // A few GPUs are always out for maintenance; now and then (about 1 interval in 200) a hall
    // of up to 10% of the site is down.
    const double maintenance = 0.01 + 0.02 * noise(siteIndex, bucket, 1);
    state.outage = noise(siteIndex, bucket / 12, 2) < 0.005;
    const double down = maintenance + (state.outage ? 0.1 * noise(siteIndex, bucket, 3) : 0.0);
    state.gpusOnline = std::max(0, int(std::floor(state.gpusInstalled * (1.0 - down))));
    state.utilisation = 0.72 + 0.2 * noise(siteIndex, bucket, 4);
    // Idle GPUs draw about a quarter of their rated power.
    const double gpuWatts = site.wattsPerGpu * (0.25 + 0.75 * state.utilisation);
    state.itPowerMw = state.gpusOnline * gpuWatts * 1.3 / 1e6;
    state.facilityPowerMw = state.itPowerMw * (1.15 + 0.05 * noise(siteIndex, bucket / 60, 5));
    return state;
}

int SimulatedFleet::nodeCount(int siteIndex, qint64 tsMs) const
{
    if (siteIndex < 0 || siteIndex >= m_sites.size())
        return 0;
    return stateAt(siteIndex, tsMs).gpusInstalled / std::max(1, m_sites[siteIndex].gpusPerNode);
}

QList<SimulatedGpu> SimulatedFleet::gpusOf(int siteIndex, int node, qint64 tsMs) const
{
    QList<SimulatedGpu> gpus;
    if (siteIndex < 0 || siteIndex >= m_sites.size() || node < 0
        || node >= nodeCount(siteIndex, tsMs))
        return gpus;
    const SimulatedSite &site = m_sites[siteIndex];
    const SimulatedSiteState state = stateAt(siteIndex, tsMs);
    const qint64 bucket = tsMs / kIntervalMs;
    const double onlineShare
        = state.gpusInstalled > 0 ? double(state.gpusOnline) / state.gpusInstalled : 0.0;
    for (int gpu = 0; gpu < site.gpusPerNode; ++gpu) {
        // A GPU that is down does not report at all, as with a real exporter.
        if (noise(siteIndex, bucket, 100 + node * 16 + gpu) > onlineShare)
            continue;
        const double util = std::clamp(
            state.utilisation + 0.1 * (noise(siteIndex, bucket, 7000 + node * 16 + gpu) - 0.5), 0.0,
            1.0);
        const QByteArray uuid
            = QStringLiteral("GPU-%1-%2-%3").arg(site.id).arg(node).arg(gpu).toUtf8();
        gpus.append({ gpu, uuid, site.wattsPerGpu * (0.25 + 0.75 * util), util * 100.0,
            45.0 + 30.0 * util, node < site.migNodes ? 2 + gpu % 2 : 1 });
    }
    return gpus;
}

QByteArray SimulatedFleet::dcgmMetrics(int siteIndex, int node, qint64 tsMs) const
{
    QByteArray out;
    if (siteIndex < 0 || siteIndex >= m_sites.size() || node < 0
        || node >= nodeCount(siteIndex, tsMs))
        return out;
    const QList<SimulatedGpu> gpus = gpusOf(siteIndex, node, tsMs);
    const SimulatedSite &site = m_sites[siteIndex];
    const QByteArray host
        = QStringLiteral("%1-node%2").arg(site.id).arg(node, 5, 10, QLatin1Char('0')).toUtf8();
    // One line per series: a GPU's lines once per MIG instance.
    struct Line
    {
        const SimulatedGpu *gpu;
        int instance; // 0: not a MIG instance
    };
    QList<Line> lines;
    for (const SimulatedGpu &gpu : gpus) {
        for (int instance = 1; instance <= gpu.migInstances; ++instance)
            lines.append({ &gpu, gpu.migInstances > 1 ? instance : 0 });
    }
    const auto labels = [&](const Line &line) {
        const QByteArray index = QByteArray::number(line.gpu->gpu);
        QByteArray text = "gpu=\"" + index + "\",UUID=\"" + line.gpu->uuid + "\",device=\"nvidia"
            + index + "\",modelName=\"" + site.gpuModel.toUtf8() + "\",";
        if (line.instance > 0)
            text += QByteArray("GPU_I_PROFILE=\"")
                + (line.gpu->migInstances == 2 ? "3g.40gb" : "2g.20gb") + "\",GPU_I_ID=\""
                + QByteArray::number(line.instance) + "\",";
        return text + "Hostname=\"" + host + "\"";
    };
    out += "# HELP DCGM_FI_DEV_POWER_USAGE Power draw (in W).\n# TYPE DCGM_FI_DEV_POWER_USAGE "
           "gauge\n";
    for (const Line &line : lines)
        out += "DCGM_FI_DEV_POWER_USAGE{" + labels(line) + "} "
            + QByteArray::number(line.gpu->watts, 'f', 3) + "\n";
    out += "# HELP DCGM_FI_DEV_GPU_UTIL GPU utilization (in %).\n# TYPE DCGM_FI_DEV_GPU_UTIL "
           "gauge\n";
    for (const Line &line : lines)
        out += "DCGM_FI_DEV_GPU_UTIL{" + labels(line) + "} "
            + QByteArray::number(std::round(line.gpu->util)) + "\n";
    out += "# HELP DCGM_FI_DEV_GPU_TEMP GPU temperature (in C).\n# TYPE DCGM_FI_DEV_GPU_TEMP "
           "gauge\n";
    for (const Line &line : lines)
        out += "DCGM_FI_DEV_GPU_TEMP{" + labels(line) + "} "
            + QByteArray::number(std::round(line.gpu->temp)) + "\n";
    return out;
}

QByteArray SimulatedFleet::statusJson(qint64 tsMs) const
{
    QJsonArray sites;
    const QString timestamp
        = QDateTime::fromMSecsSinceEpoch(tsMs, Qt::UTC).toString(Qt::ISODateWithMs);
    for (int i = 0; i < m_sites.size(); ++i) {
        const SimulatedSiteState state = stateAt(i, tsMs);
        const SimulatedSite &site = m_sites[i];
        sites.append(QJsonObject {
            { QStringLiteral("site_id"), site.id },
            { QStringLiteral("phase"),
                state.gpusOnline > 0.95 * site.capacityGpus ? QStringLiteral("operational")
                    : state.gpusOnline > 0 ? QStringLiteral("partially_operational")
                                           : QStringLiteral("construction") },
            { QStringLiteral("gpus_installed"), state.gpusInstalled },
            { QStringLiteral("gpus_online"), state.gpusOnline },
            { QStringLiteral("it_power_mw"), std::round(state.itPowerMw * 1000) / 1000 },
            { QStringLiteral("facility_power_mw"),
                std::round(state.facilityPowerMw * 1000) / 1000 },
            { QStringLiteral("capacity_mw"),
                std::round(site.capacityGpus * site.wattsPerGpu * 1.3 * 1.2 / 1e6) },
            { QStringLiteral("timestamp"), timestamp },
        });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("schema_version"), 1 },
            { QStringLiteral("generated_at"), timestamp }, { QStringLiteral("sites"), sites } })
        .toJson(QJsonDocument::Compact);
}

QByteArray SimulatedFleet::promQueryResponse(
    const QString &query, qint64 tsMs, const QString &time) const
{
    const auto badData = [](const QString &message) {
        return QJsonDocument(QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
                                 { QStringLiteral("errorType"), QStringLiteral("bad_data") },
                                 { QStringLiteral("error"), message } })
            .toJson(QJsonDocument::Compact);
    };
    if (!time.isEmpty()) {
        bool ok = false;
        const double seconds = time.toDouble(&ok);
        if (!ok || !std::isfinite(seconds))
            return badData(QStringLiteral("invalid parameter \"time\": cannot parse \"%1\" to a "
                                          "valid timestamp")
                               .arg(time));
        tsMs = std::llround(seconds * 1000.0);
    }
    const std::optional<SiteQuery> parsed = SiteQuery::parse(query);
    if (!parsed) {
        return badData(QStringLiteral(
            "the simulator answers only sum|count by (site) (metric) and sum|count by (site) "
            "(max|min|avg by (site, UUID) (metric))"));
    }
    QJsonArray result;
    for (int i = 0; i < m_sites.size(); ++i) {
        const std::optional<double> value
            = siteQueryValue(i, parsed->count, parsed->perGpu, parsed->metric, tsMs);
        if (!value)
            continue;
        result.append(QJsonObject {
            { QStringLiteral("metric"), QJsonObject { { QStringLiteral("site"), m_sites[i].id } } },
            { QStringLiteral("value"),
                QJsonArray { double(tsMs) / 1000.0, QString::number(*value, 'f', 3) } } });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("status"), QStringLiteral("success") },
            { QStringLiteral("data"),
                QJsonObject { { QStringLiteral("resultType"), QStringLiteral("vector") },
                    { QStringLiteral("result"), result } } } })
        .toJson(QJsonDocument::Compact);
}

std::optional<double> SimulatedFleet::siteQueryValue(
    int siteIndex, bool count, bool perGpu, const QString &metric, qint64 tsMs) const
{
    const bool power = metric == QLatin1String("DCGM_FI_DEV_POWER_USAGE");
    if (!power && metric != QLatin1String("DCGM_FI_DEV_GPU_UTIL"))
        return std::nullopt;
    const SimulatedSiteState state = stateAt(siteIndex, tsMs);
    double value = count ? state.gpusOnline
        : power          ? state.itPowerMw * 1e6 / 1.3
                         : state.utilisation * 100.0 * state.gpusOnline;
    if (perGpu)
        return value;
    // Over series, a MIG node's GPUs count (and add their power) once per instance.
    const int migNodes = std::min(m_sites[siteIndex].migNodes, nodeCount(siteIndex, tsMs));
    for (int node = 0; node < migNodes; ++node) {
        for (const SimulatedGpu &gpu : gpusOf(siteIndex, node, tsMs)) {
            const int repeats = gpu.migInstances - 1;
            value += repeats * (count ? 1.0 : power ? gpu.watts : std::round(gpu.util));
        }
    }
    return value;
}

QList<SimulatedSite> SimulatedFleet::defaultSites(qint64 nowMs)
{
    // Four sites shaped like the public plans (capacities in GPUs as planned or as implied by
    // planned MW), at different points of their ramps so that the demo shows every stage.
    const double day = kDayMs;
    const double now = double(nowMs);
    return {
        // Abilene's first node runs MIG, so that series and GPUs differ in its scrapes.
        { QStringLiteral("abilene-tx"), QStringLiteral("NVIDIA GB200"), 400'000, 1200,
            now - 120 * day, 150, 8, 1 },
        { QStringLiteral("milam-tx"), QStringLiteral("NVIDIA GB300"), 600'000, 1400, now + 60 * day,
            120, 8 },
        { QStringLiteral("uae-abu-dhabi"), QStringLiteral("NVIDIA GB300"), 100'000, 1400,
            now + 120 * day, 90, 8 },
        { QStringLiteral("shackelford-tx"), QStringLiteral("NVIDIA GB200"), 700'000, 1200,
            now + 300 * day, 180, 8 },
    };
}
