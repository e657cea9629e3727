// Feed throughput against Prometheus, on this machine, in one run:
//   1. stargate-sitesim (its own process) serves N DCGM-style node endpoints (~100 samples each);
//   2. the dashboard's FeedPoller polls all of them at the interval for D seconds, parsing
//      every scrape and handing the per-site GPU count and power to a StoreWriter (group commit);
//   3. Debian's Prometheus scrapes the same endpoints at the same interval for D seconds.
// Prints endpoints, samples per second sustained, missed or late polls, and CPU seconds per
// million samples for both, and the ratio. The simulator's CPU is in neither figure.
//
//   bench_feed [--endpoints 2000] [--interval 5] [--seconds 30]
#include "feed/feedpoller.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <boost/asio/io_context.hpp>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {
double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of another process, from /proc.
double childCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble())
        / ticks; // fields 14 and 15 of stat
}

// Runs the event loop (the writer's queued commits) for a while without spinning, so that the
// benchmark's own waiting costs no CPU in the dashboard's figure.
void waitFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One GET through the Beast client, blocking.
QByteArray get(const QString &url)
{
    boost::asio::io_context io;
    QString error;
    const auto target = HttpTarget::parse(url, &error);
    QByteArray body;
    auto connection = HttpConnection::create(io);
    connection->get(*target, {}, [&body](HttpResult result) { body = result.body; });
    io.run();
    return body;
}

double metricValue(const QByteArray &metrics, const QByteArray &name)
{
    for (const QByteArray &line : metrics.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption endpointsOption(QStringLiteral("endpoints"),
        QStringLiteral("Node endpoints."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
        QStringLiteral("Poll interval, s."), QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("Measured time per contestant, s."), QStringLiteral("s"),
        QStringLiteral("30"));
    parser.addOptions({ endpointsOption, intervalOption, secondsOption });
    parser.process(app);
    const int endpoints = parser.value(endpointsOption).toInt();
    const int intervalS = parser.value(intervalOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    constexpr int gpusPerNode = 32; // 3 DCGM metrics per GPU: 96 samples per scrape

    QProcess simulator;
    simulator.start(QStringLiteral(STARGATE_SITESIM_BINARY),
        { QStringLiteral("--gpus-per-node"), QString::number(gpusPerNode) });
    if (!simulator.waitForReadyRead(10'000)) {
        std::fprintf(stderr, "bench_feed: stargate-sitesim did not start\n");
        return 1;
    }
    const QString base = QString::fromUtf8(simulator.readLine()).trimmed();
    // Nodes of the simulated Abilene site, the one that is far enough along its ramp to have
    // thousands of nodes.
    const QString siteId = QStringLiteral("abilene-tx");
    QStringList paths;
    for (int i = 0; i < endpoints; ++i)
        paths << QStringLiteral("/sites/%1/nodes/%2/metrics").arg(siteId).arg(i);
    const int samplesPerScrape = int(get(base + paths.first()).count("\nDCGM_FI_DEV_"));
    std::printf("endpoints: %d at a %d s interval, %d samples per scrape, %d s per contestant\n",
        endpoints, intervalS, samplesPerScrape, seconds);

    // --- The dashboard's poller, with the store writer on its own thread.
    QTemporaryDir dir;
    {
        Store store;
        if (const QString error = store.open(dir.filePath(QStringLiteral("bench.sqlite")));
            !error.isEmpty()) {
            std::fprintf(stderr, "bench_feed: %s\n", qPrintable(error));
            return 1;
        }
        DatasetImporter::import(store, DatasetParser::bundled());
    }
    QThread writerThread;
    auto *writer = new StoreWriter(dir.filePath(QStringLiteral("bench.sqlite")));
    writer->moveToThread(&writerThread);
    QObject::connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
    writerThread.start();

    QList<FeedSource> sources;
    for (int i = 0; i < endpoints; ++i) {
        FeedSource source;
        source.id = QStringLiteral("node-%1").arg(i);
        source.kind = FeedSource::Kind::PrometheusText;
        source.url = base + paths[i];
        source.siteId = siteId;
        source.intervalMs = intervalS * 1000;
        source.provenance = Provenance::Simulated;
        sources << source;
    }
    QMutex mutex;
    QHash<QString, QList<qint64>> attempts; // per source, the times of its attempts
    qint64 successes = 0, failures = 0;
    QString firstError;
    bool measuring = false;
    FeedPoller poller(
        sources,
        [writer](QList<KeyedSample> samples) {
            QMetaObject::invokeMethod(
                writer, [writer, samples] { writer->enqueue(samples); }, Qt::QueuedConnection);
        },
        [&](SourceHealth health) {
            QMutexLocker lock(&mutex);
            if (!measuring)
                return;
            attempts[health.sourceId].append(health.lastAttemptMs);
            (health.consecutiveFailures == 0 ? successes : failures) += 1;
            if (firstError.isEmpty() && !health.lastError.isEmpty())
                firstError = health.lastError;
        });
    poller.start();
    waitFor(intervalS * 1000 + 1000); // every source has polled once: connections are open
    {
        QMutexLocker lock(&mutex);
        measuring = true;
    }
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    waitFor(seconds * 1000);
    const double cpuDashboard = processCpuSeconds() - cpuBefore;
    const double wallS = wall.elapsed() / 1000.0;
    {
        QMutexLocker lock(&mutex);
        measuring = false;
    }
    poller.stop();
    writerThread.quit();
    writerThread.wait();

    // Late: a gap between two polls of a source beyond the interval plus its jitter (10%) plus
    // half a second. Missed: every whole interval that such a gap skipped.
    qint64 late = 0, missed = 0;
    const qint64 intervalMs = intervalS * 1000LL;
    for (auto it = attempts.cbegin(); it != attempts.cend(); ++it) {
        for (int i = 1; i < it->size(); ++i) {
            const qint64 gap = it->at(i) - it->at(i - 1);
            late += gap > intervalMs * 11 / 10 + 500 ? 1 : 0;
            missed += gap >= 2 * intervalMs ? gap / intervalMs - 1 : 0;
        }
    }
    const double expectedPolls = double(endpoints) * seconds / intervalS;
    const double dashboardSamples = double(successes) * samplesPerScrape;
    std::printf("dashboard:  %lld polls ok, %lld failed, about %.0f due; late polls: %lld; missed "
                "polls: %lld\n",
        (long long)successes, (long long)failures, expectedPolls, (long long)late,
        (long long)missed);
    if (!firstError.isEmpty())
        std::printf("dashboard:  first error: %s\n", qPrintable(firstError));
    std::printf("dashboard:  %.0f samples/s sustained, %.2f CPU s in %.1f s, %.2f CPU s per "
                "million samples\n",
        dashboardSamples / wallS, cpuDashboard, wallS, cpuDashboard / dashboardSamples * 1e6);

    // --- Prometheus on the same endpoints.
    const QString prometheusBinary = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (prometheusBinary.isEmpty()) {
        std::printf("prometheus: not installed (./scripts/deps installs it); no comparison\n");
        return 0;
    }
    const QString hostPort = base.section(QStringLiteral("//"), 1);
    QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
    config.open(QIODevice::WriteOnly);
    config.write(QStringLiteral("global:\n  scrape_interval: %1s\n  scrape_timeout: "
                                "%1s\nscrape_configs:\n  - job_name: nodes\n    static_configs:\n")
                     .arg(intervalS)
                     .toUtf8());
    // A node label per target: targets with equal labels would share their up/scrape_* series.
    for (int i = 0; i < paths.size(); ++i)
        config.write(QStringLiteral(
            "      - targets: ['%1']\n        labels: {__metrics_path__: '%2', node: '%3'}\n")
                         .arg(hostPort, paths[i])
                         .arg(i)
                         .toUtf8());
    config.close();
    const quint16 port = freePort();
    const QString prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QProcess prometheus;
    prometheus.setProcessChannelMode(QProcess::MergedChannels);
    prometheus.start(prometheusBinary,
        { QStringLiteral("--config.file=") + config.fileName(),
            QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("tsdb")),
            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port) });
    prometheus.waitForStarted();
    QElapsedTimer ready;
    ready.start();
    while (get(prometheusUrl + QStringLiteral("/-/ready")).isEmpty() && ready.elapsed() < 60'000)
        waitFor(250);
    waitFor(intervalS * 1000 + 1000);
    const QByteArray metricsBefore = get(prometheusUrl + QStringLiteral("/metrics"));
    const double appendedBefore
        = metricValue(metricsBefore, "prometheus_tsdb_head_samples_appended_total{type=\"float\"}")
        + metricValue(metricsBefore, "prometheus_tsdb_head_samples_appended_total");
    const double promCpuBefore = childCpuSeconds(prometheus.processId());
    wall.restart();
    waitFor(seconds * 1000);
    const double promCpu = childCpuSeconds(prometheus.processId()) - promCpuBefore;
    const double promWall = wall.elapsed() / 1000.0;
    const QByteArray metricsAfter = get(prometheusUrl + QStringLiteral("/metrics"));
    const double appended
        = metricValue(metricsAfter, "prometheus_tsdb_head_samples_appended_total{type=\"float\"}")
        + metricValue(metricsAfter, "prometheus_tsdb_head_samples_appended_total") - appendedBefore;
    prometheus.terminate();
    prometheus.waitForFinished(15'000);
    simulator.terminate();
    simulator.waitForFinished(5'000);
    // Prometheus appends 5 series of its own per scrape (up, scrape_*): count only the scraped
    // samples.
    const double scrapes = appended / (samplesPerScrape + 5);
    const double promSamples = scrapes * samplesPerScrape;
    std::printf("prometheus: %.0f samples/s sustained, %.2f CPU s in %.1f s, %.2f CPU s per "
                "million samples\n",
        promSamples / promWall, promCpu, promWall,
        promSamples > 0 ? promCpu / promSamples * 1e6 : 0.0);
    if (promSamples > 0 && dashboardSamples > 0)
        std::printf(
            "ratio: the dashboard uses %.2f x Prometheus's CPU per sample (target <= 0.5)\n",
            (cpuDashboard / dashboardSamples) / (promCpu / promSamples));
    return 0;
}
