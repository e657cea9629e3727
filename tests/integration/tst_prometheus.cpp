// A real Prometheus (Debian's package) scrapes stargate-sitesim's DCGM-style endpoints; the
// dashboard's Prometheus-API source queries it and the store must receive the right per-site
// sums: GPU counts exactly, power equal to what the simulator served in one of its recent
// intervals. The server runs on a free loopback port with a generated configuration and is
// stopped at the end.
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
} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storeReceivesPerSiteSums();

private:
    // Sum of DCGM power and number of distinct GPUs the simulator served for one scraped node
    // in the interval containing tsMs.
    std::pair<double, int> servedAt(const ScrapedNode &node, qint64 tsMs) const;
    // Every (watts, GPUs) a site's nodes can sum to when Prometheus answers at tsMs.
    QList<std::pair<double, int>> possibleSums(int site, qint64 tsMs) const;

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

std::pair<double, int> TestPrometheus::servedAt(const ScrapedNode &node, qint64 tsMs) const
{
    double watts = 0;
    QSet<QString> gpus;
    const PromParseResult scrape
        = parsePrometheusText(m_simulator->fleet().dcgmMetrics(node.site, node.node, tsMs));
    for (const PromSample &sample : scrape.samples) {
        if (sample.name == QLatin1String("DCGM_FI_DEV_POWER_USAGE")) {
            watts += sample.value;
            gpus.insert(sample.label(QStringLiteral("UUID")));
        }
    }
    return { watts, int(gpus.size()) };
}

QList<std::pair<double, int>> TestPrometheus::possibleSums(int site, qint64 tsMs) const
{
    // Prometheus scrapes each target at its own offset, so each node's newest scrape may come
    // from a different one of the simulator's intervals: every combination is a valid answer.
    QList<std::pair<double, int>> sums { { 0.0, 0 } };
    for (const ScrapedNode &node : m_nodes) {
        if (node.site != site)
            continue;
        QList<std::pair<double, int>> next;
        for (qint64 t = tsMs - 6 * kBucketMs; t <= tsMs + kBucketMs; t += kBucketMs) {
            const auto [watts, count] = servedAt(node, t);
            for (const auto &[sumWatts, sumCount] : std::as_const(sums))
                next.append({ sumWatts + watts, sumCount + count });
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
    source.queries = { { QString(Metric::GpusOnline), QStringLiteral("count"),
                           QStringLiteral("count by (site) (DCGM_FI_DEV_POWER_USAGE)"), 1.0 },
        { QString(Metric::PowerMw), QStringLiteral("MW"),
            QStringLiteral("sum by (site) (DCGM_FI_DEV_POWER_USAGE)"), 1e-6 } };
    source.intervalMs = 1'000;
    source.provenance = Provenance::Simulated;

    Collector collector;
    FeedPoller poller({ source }, collector.sampleSink(), collector.healthSink());
    poller.start();
    // Prometheus needs a scrape or two before the queries return every site.
    const auto sitesSeen = [&] {
        QMutexLocker lock(&collector.mutex);
        QSet<QString> power, gpus;
        for (const KeyedSample &sample : std::as_const(collector.samples))
            (sample.key.metric == Metric::PowerMw ? power : gpus).insert(sample.key.siteId);
        return std::min(power.size(), gpus.size());
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
        writer.enqueue(collector.samples);
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
        bool matched = false;
        for (const auto &[watts, count] : possibleSums(site, power.tsMs))
            matched |= std::abs(power.value - watts * 1e-6) <= 1e-9 * std::max(1.0, watts * 1e-6);
        QVERIFY2(matched,
            qPrintable(QStringLiteral("%1: stored %2 MW, not a sum the simulator served")
                           .arg(siteId)
                           .arg(power.value, 0, 'f', 9)));
        QVERIFY2(gpus.value >= 1 && gpus.value <= 16, qPrintable(QString::number(gpus.value)));
        bool countMatched = false;
        for (const auto &[watts, count] : possibleSums(site, gpus.tsMs))
            countMatched |= count == int(gpus.value);
        QVERIFY2(countMatched, qPrintable(siteId));
    }
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
