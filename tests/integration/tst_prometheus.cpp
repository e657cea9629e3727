// A real Prometheus (Debian's package) scrapes stargate-sitesim's DCGM-style endpoints, one of
// them a MIG node (each GPU's series repeated per instance); the dashboard's Prometheus-API
// source queries it with the documented UUID-true queries and the store must receive the right
// per-site figures: GPU counts exactly, power equal to what the simulator served in one of its
// recent intervals, each GPU once. The plain series-counting queries, asked in the same polls,
// over-count the MIG node's GPUs. The server runs on a free loopback port with a generated
// configuration and is stopped at the end.
#include "domain/metrics.h"
#include "feed/feedpoller.h"
#include "feed/feedtestutil.h"
#include "feed/prometheustext.h"
#include "sim/simulatorserver.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace FeedTest;

namespace {
constexpr qint64 kBucketMs = 5'000; // the simulator's interval (models/sim/simulatedfleet.cpp)

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct ScrapedNode
{
    int site;
    int node;
};

// What one node's scrape (or the sum of a site's scrapes) holds of DCGM_FI_DEV_POWER_USAGE:
// per distinct GPU (UUID) and per series, which a MIG node has more of.
struct Served
{
    double gpuWatts = 0;
    int gpus = 0;
    double seriesWatts = 0;
    int series = 0;
    Served operator+(const Served &other) const
    {
        return { gpuWatts + other.gpuWatts, gpus + other.gpus, seriesWatts + other.seriesWatts,
            series + other.series };
    }
};

// The plain queries, over series, that the documented ones replace.
constexpr QLatin1StringView kSeriesCount("series_count");
constexpr QLatin1StringView kSeriesPower("series_power_mw");

bool sameMw(double mw, double watts)
{
    return std::abs(mw - watts * 1e-6) <= 1e-9 * std::max(1.0, watts * 1e-6);
}
} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storeReceivesPerSiteSums();

private:
    // What the simulator served for one scraped node in the interval containing tsMs.
    Served servedAt(const ScrapedNode &node, qint64 tsMs) const;
    // Every sum a site's nodes can add up to when Prometheus answers at tsMs.
    QList<Served> possibleSums(int site, qint64 tsMs) const;
    void checkSeriesQueries(Collector &collector, int site, const Sample &gpus) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SimulatorServer> m_simulator;
    QProcess m_prometheus;
    QString m_prometheusUrl;
    QList<ScrapedNode> m_nodes;
    QStringList m_siteIds;
};

void TestPrometheus::initTestCase()
{
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    QVERIFY2(
        !binary.isEmpty(), "prometheus is not installed; ./scripts/deps installs Debian's package");
    QVERIFY(m_dir.isValid());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_simulator
        = std::make_unique<SimulatorServer>(SimulatedFleet(SimulatedFleet::defaultSites(now), 7));
    QCOMPARE(m_simulator->start(), QString());
    const QString simulatorHost = m_simulator->baseUrl().section(QStringLiteral("//"), 1);

    // Two nodes of every site that has at least two, each a target with its site as a label.
    QString targets;
    const SimulatedFleet &fleet = m_simulator->fleet();
    for (int site = 0; site < fleet.sites().size(); ++site) {
        if (fleet.nodeCount(site, now) < 2)
            continue;
        m_siteIds.append(fleet.sites()[site].id);
        for (int node = 0; node < 2; ++node) {
            m_nodes.append({ site, node });
            // The node label keeps the targets apart: with equal labels Prometheus would keep one.
            targets += QStringLiteral(
                "      - targets: ['%1']\n        labels:\n          site: '%2'\n          node: "
                "'%3'\n          __metrics_path__: '/sites/%2/nodes/%3/metrics'\n")
                           .arg(simulatorHost, fleet.sites()[site].id)
                           .arg(node);
        }
    }
    QVERIFY2(m_siteIds.size() >= 1, "the simulated fleet has no site with two nodes yet");
    // Node 0 of a site with a MIG node is scraped (models/sim: abilene-tx's first node).
    QVERIFY(std::any_of(m_nodes.cbegin(), m_nodes.cend(),
        [&](const ScrapedNode &n) { return n.node < fleet.sites()[n.site].migNodes; }));
    QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n"
        "  - job_name: sitesim\n    static_configs:\n%1")
                     .arg(targets)
                     .toUtf8());
    config.close();

    const quint16 port = freeLoopbackPort();
    m_prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.start(binary,
        { QStringLiteral("--config.file=") + config.fileName(),
            QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port) });
    QVERIFY2(m_prometheus.waitForStarted(10'000), qPrintable(m_prometheus.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(fetch(m_prometheusUrl + QStringLiteral("/-/ready")).status == 200,
        qPrintable(QStringLiteral("Prometheus did not become ready: ")
            + QString::fromUtf8(m_prometheus.readAll().right(2000))),
        60'000);
    // Every target scraped at least once, so that the sums cover all of a site's nodes.
    const auto targetsUp = [this] {
        const HttpResult answer
            = fetch(m_prometheusUrl + QStringLiteral("/api/v1/query?query=count(up%3D%3D1)"));
        const QJsonArray result = QJsonDocument::fromJson(answer.body)
                                      .object()
                                      .value(QStringLiteral("data"))
                                      .toObject()
                                      .value(QStringLiteral("result"))
                                      .toArray();
        return result.isEmpty() ? 0
                                : result.first()
                                      .toObject()
                                      .value(QStringLiteral("value"))
                                      .toArray()
                                      .at(1)
                                      .toString()
                                      .toInt();
    };
    QTRY_COMPARE_WITH_TIMEOUT(targetsUp(), int(m_nodes.size()), 60'000);
}

void TestPrometheus::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(15'000))
            m_prometheus.kill();
        m_prometheus.waitForFinished(5'000);
    }
    if (m_simulator)
        m_simulator->stop();
}

Served TestPrometheus::servedAt(const ScrapedNode &node, qint64 tsMs) const
{
    Served served;
    QSet<QString> gpus;
    const PromParseResult scrape
        = parsePrometheusText(m_simulator->fleet().dcgmMetrics(node.site, node.node, tsMs));
    for (const PromSample &sample : scrape.samples) {
        if (sample.name != QLatin1String("DCGM_FI_DEV_POWER_USAGE"))
            continue;
        served.seriesWatts += sample.value;
        ++served.series;
        const QString uuid = sample.label(QStringLiteral("UUID"));
        if (!gpus.contains(uuid)) // a MIG GPU's instances repeat its power
            served.gpuWatts += sample.value;
        gpus.insert(uuid);
    }
    served.gpus = int(gpus.size());
    return served;
}

QList<Served> TestPrometheus::possibleSums(int site, qint64 tsMs) const
{
    // Prometheus scrapes each target at its own offset, so each node's newest scrape may come
    // from a different one of the simulator's intervals: every combination is a valid answer.
    QList<Served> sums { Served() };
    for (const ScrapedNode &node : m_nodes) {
        if (node.site != site)
            continue;
        QList<Served> next;
        for (qint64 t = tsMs - 6 * kBucketMs; t <= tsMs + kBucketMs; t += kBucketMs) {
            const Served served = servedAt(node, t);
            for (const Served &sum : std::as_const(sums))
                next.append(sum + served);
        }
        sums = next;
    }
    return sums;
}

void TestPrometheus::storeReceivesPerSiteSums()
{
    FeedSource source;
    source.id = QStringLiteral("prometheus");
    source.name = QStringLiteral("Prometheus");
    source.kind = FeedSource::Kind::PrometheusApi;
    source.url = m_prometheusUrl + QStringLiteral("/api/v1/query");
    // The documented queries (docs/sources.md), and the plain ones over series for comparison.
    source.queries = { { QString(Metric::GpusOnline), QStringLiteral("count"),
                           QStringLiteral(
                               "count by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))"),
                           1.0 },
        { QString(Metric::PowerMw), QStringLiteral("MW"),
            QStringLiteral("sum by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))"), 1e-6 },
        { QString(kSeriesCount), QStringLiteral("count"),
            QStringLiteral("count by (site) (DCGM_FI_DEV_POWER_USAGE)"), 1.0 },
        { QString(kSeriesPower), QStringLiteral("MW"),
            QStringLiteral("sum by (site) (DCGM_FI_DEV_POWER_USAGE)"), 1e-6 } };
    source.intervalMs = 1'000;
    source.provenance = Provenance::Simulated;

    Collector collector;
    FeedPoller poller({ source }, collector.sampleSink(), collector.healthSink());
    poller.start();
    // Prometheus needs a scrape or two before the queries return every site.
    const auto sitesSeen = [&] {
        QMutexLocker lock(&collector.mutex);
        QHash<QString, QSet<QString>> sites; // per metric
        for (const KeyedSample &sample : std::as_const(collector.samples))
            sites[sample.key.metric].insert(sample.key.siteId);
        qsizetype fewest = sites.size() == 4 ? m_siteIds.size() : 0;
        for (const QSet<QString> &metricSites : std::as_const(sites))
            fewest = std::min(fewest, metricSites.size());
        return fewest;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(sitesSeen() >= m_siteIds.size(),
        qPrintable(collector.healthOf(source.id).lastError), 60'000);
    poller.stop();
    QCOMPARE(collector.healthOf(source.id).lastError, QString());

    // Into the store through its writer, then read back.
    Store store;
    QCOMPARE(store.open(m_dir.filePath(QStringLiteral("store.sqlite"))), QString());
    QCOMPARE(DatasetImporter::import(store, DatasetParser::bundled()).outcome,
        DatasetImporter::Result::Outcome::Imported);
    {
        StoreWriter writer(store.path());
        QSignalSpy failed(&writer, &StoreWriter::writeFailed);
        QMutexLocker lock(&collector.mutex);
        QList<KeyedSample> documented; // the series-counting figures are not dashboard metrics
        for (const KeyedSample &sample : std::as_const(collector.samples)) {
            if (sample.key.metric == Metric::GpusOnline || sample.key.metric == Metric::PowerMw)
                documented.append(sample);
        }
        writer.enqueue(documented);
        writer.flush();
        QCOMPARE(failed.size(), 0);
    }
    for (const QString &siteId : std::as_const(m_siteIds)) {
        const int site = m_simulator->fleet().indexOf(siteId);
        const auto gpuSeries = store.seriesId({ siteId, QString(Metric::GpusOnline),
            QStringLiteral("count"), Provenance::Simulated });
        const auto powerSeries = store.seriesId(
            { siteId, QString(Metric::PowerMw), QStringLiteral("MW"), Provenance::Simulated });
        QVERIFY2(gpuSeries && powerSeries, qPrintable(siteId));
        const Sample gpus = *store.latestSample(*gpuSeries);
        const Sample power = *store.latestSample(*powerSeries);
        // Prometheus answers with each node's newest scrape, which came from one of the
        // simulator's recent intervals: the stored figures must equal one of those sums.
        const QList<Served> sums = possibleSums(site, power.tsMs);
        QVERIFY2(std::any_of(sums.cbegin(), sums.cend(),
                     [&](const Served &sum) { return sameMw(power.value, sum.gpuWatts); }),
            qPrintable(QStringLiteral("%1: stored %2 MW, not a sum the simulator served")
                           .arg(siteId)
                           .arg(power.value, 0, 'f', 9)));
        QVERIFY2(gpus.value >= 1 && gpus.value <= 16, qPrintable(QString::number(gpus.value)));
        QVERIFY2(std::any_of(sums.cbegin(), sums.cend(),
                     [&](const Served &sum) { return sum.gpus == int(gpus.value); }),
            qPrintable(siteId));
        checkSeriesQueries(collector, site, gpus);
    }
}

// The plain queries of the same poll (same time) count and sum series: what the simulator
// served over series, which is more than the GPUs where a node runs MIG.
void TestPrometheus::checkSeriesQueries(Collector &collector, int site, const Sample &gpus) const
{
    const QString siteId = m_simulator->fleet().sites()[site].id;
    std::optional<double> seriesCount, seriesPower;
    QMutexLocker lock(&collector.mutex);
    for (const KeyedSample &sample : std::as_const(collector.samples)) {
        if (sample.key.siteId != siteId || sample.tsMs != gpus.tsMs)
            continue;
        if (sample.key.metric == kSeriesCount)
            seriesCount = sample.value;
        else if (sample.key.metric == kSeriesPower)
            seriesPower = sample.value;
    }
    QVERIFY2(seriesCount && seriesPower, qPrintable(siteId));
    const QList<Served> sums = possibleSums(site, gpus.tsMs);
    QVERIFY2(std::any_of(sums.cbegin(), sums.cend(),
                 [&](const Served &sum) { return sum.series == int(*seriesCount); }),
        qPrintable(QStringLiteral("%1: %2 series").arg(siteId).arg(*seriesCount)));
    QVERIFY2(std::any_of(sums.cbegin(), sums.cend(),
                 [&](const Served &sum) { return sameMw(*seriesPower, sum.seriesWatts); }),
        qPrintable(QStringLiteral("%1: %2 MW over series").arg(siteId).arg(*seriesPower)));
    // A MIG node's GPUs have two or three series each, far more than a GPU going up or down
    // between two scrapes could change.
    if (m_simulator->fleet().sites()[site].migNodes > 0)
        QVERIFY2(*seriesCount > gpus.value,
            qPrintable(QStringLiteral("%1: %2 series, %3 GPUs: the MIG node is not over-counted")
                           .arg(siteId)
                           .arg(*seriesCount)
                           .arg(gpus.value)));
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
