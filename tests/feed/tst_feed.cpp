// The feed end to end on loopback: the simulator serves, the Beast client fetches, the
// poller parses and hands samples on. Every fault mode of the simulator becomes an error of
// its source, never data and never a stall of the other sources.
#include "domain/metrics.h"
#include "feed/dcgmmapping.h"
#include "feed/feedpoller.h"
#include "feed/pollschedule.h"
#include "feed/promapi.h"
#include "feed/prometheustext.h"
#include "feedtestutil.h"
#include "sim/simulatorserver.h"
#include "store/store.h"
#include "store/storewriter.h"
#include "testutil.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include <boost/asio/io_context.hpp>

using namespace FeedTest;

namespace {

FeedSource statusSource(const QString &url)
{
    FeedSource source;
    source.id = QStringLiteral("status");
    source.kind = FeedSource::Kind::SiteStatus;
    source.url = url;
    source.intervalMs = 200;
    source.provenance = Provenance::Simulated;
    return source;
}

// A Prometheus-API source on the simulator's /api/v1/query: GPUs online and power per site.
FeedSource promApiSource(const QString &baseUrl)
{
    FeedSource source;
    source.id = QStringLiteral("prometheus");
    source.kind = FeedSource::Kind::PrometheusApi;
    source.url = baseUrl + QStringLiteral("/api/v1/query");
    source.intervalMs = 200;
    source.provenance = Provenance::Simulated;
    source.queries = {
        { QString(Metric::GpusOnline), QStringLiteral("GPUs"),
            QStringLiteral("count by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))"),
            1.0 },
        { QString(Metric::PowerMw), QStringLiteral("MW"),
            QStringLiteral("sum by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))"), 1e-6 }
    };
    return source;
}

// A public_table source on the simulator's table, polled fast for the test.
FeedSource tableSource(const QString &url)
{
    FeedSource source;
    source.id = QStringLiteral("epoch");
    source.name = QStringLiteral("Epoch AI");
    source.kind = FeedSource::Kind::PublicTable;
    source.url = url;
    source.intervalMs = 100;
    source.provenance = Provenance::Estimate;
    return source;
}

QByteArray fixtureTable()
{
    QFile file(QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/publictable/"
                                                  "data_center_timelines.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Collects the tables a poller delivers, from its thread.
struct TableCollector
{
    QMutex mutex;
    QList<PolledTable> tables;
    FeedPoller::TableSink sink()
    {
        return [this](PolledTable table) {
            QMutexLocker lock(&mutex);
            tables.append(std::move(table));
        };
    }
    qsizetype count()
    {
        QMutexLocker lock(&mutex);
        return tables.size();
    }
    PolledTable at(qsizetype i)
    {
        QMutexLocker lock(&mutex);
        return tables.value(i);
    }
};

// A name look-up that does not return until released (an NSS module or a DNS server that never
// answers); released at the end of a test, or after a minute so that a failing run ends.
struct HangingLookUp
{
    std::mutex mutex;
    std::condition_variable released;
    bool open = false;
    int calls = 0;

    Resolver resolver(const std::shared_ptr<HangingLookUp> &self)
    {
        return [self](const QString &, quint16) {
            std::unique_lock lock(self->mutex);
            ++self->calls;
            self->released.wait_for(lock, std::chrono::minutes(1), [&] { return self->open; });
            return Resolution { {}, QStringLiteral("released") };
        };
    }
    int callCount()
    {
        std::lock_guard lock(mutex);
        return calls;
    }
    void release()
    {
        std::lock_guard lock(mutex);
        open = true;
        released.notify_all();
    }
};

} // namespace

class TestFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scheduleJitterAndBackoff_data();
    void scheduleJitterAndBackoff();
    void fetchesAndReusesTheConnection();
    void faultsBecomeErrors_data();
    void faultsBecomeErrors();
    void unreachableServers_data();
    void unreachableServers();
    void pollerStoresWhatTheSimulatorServes();
    void phasesAreForwardedWhenTheyChange();
    void failingSourceDoesNotStallOthers();
    void sourceCanBePausedAndResumed();
    void absurdValuesAreRejected();
    void echoedTokenIsNeverStored();
    void unknownSiteIsAnError();
    void knownSitesOfAnAnswerWithAnUnknownOneAreKept();
    void connectionRecoversAfterABadAnswer_data();
    void connectionRecoversAfterABadAnswer();
    void pollerRecoversAfterABadAnswer();
    void closedIdleConnectionIsRetriedOnce();
    void pollerRidesOutClosedIdleConnections();
    void hostHeaderNamesPortAndBrackets_data();
    void hostHeaderNamesPortAndBrackets();
    void hostHeaderReachesTheServer();
    void promApiSendsEveryQueryAtOneInstant();
    void promApiFailedQueryIsNamedAndOthersStored();
    void simulatorAnswersUuidTrueQueries_data();
    void simulatorAnswersUuidTrueQueries();
    void simulatorServesAMigNode();
    void ipLiteralsAreNotLookedUp_data();
    void ipLiteralsAreNotLookedUp();
    void hostNamesGoThroughTheResolver();
    void hangingLookUpBlocksNothing();
    void concurrentAnswersShareABudget_data();
    void concurrentAnswersShareABudget();
    void pollerSourcesShareABudget();
    void publicTableIsFetchedOnlyWhenItChanged();
    void publicTableFollowsRedirectsWithinALimit_data();
    void publicTableFollowsRedirectsWithinALimit();
    void publicTableStartsConditional();
    void redirectToAnotherHostDropsCredentials();

private:
    std::unique_ptr<SimulatorServer> m_server;
};

void TestFeed::initTestCase()
{
    m_server = std::make_unique<SimulatorServer>(
        SimulatedFleet(SimulatedFleet::defaultSites(QDateTime::currentMSecsSinceEpoch()), 7));
    QCOMPARE(m_server->start(), QString());
    QVERIFY(m_server->port() > 0);
}

void TestFeed::scheduleJitterAndBackoff_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("uniform");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("maximum");
    QTest::addRow("success, low draw") << 0 << 0.0 << qint64(9000) << qint64(9000);
    QTest::addRow("success, high draw") << 0 << 0.999999 << qint64(10999) << qint64(11000);
    QTest::addRow("one failure doubles") << 1 << 0.5 << qint64(20000) << qint64(20000);
    QTest::addRow("three failures") << 3 << 0.5 << qint64(80000) << qint64(80000);
    QTest::addRow("capped") << 12 << 0.9 << qint64(300000) << qint64(300000);
}

void TestFeed::scheduleJitterAndBackoff()
{
    QFETCH(int, failures);
    QFETCH(double, uniform);
    QFETCH(qint64, minimum);
    QFETCH(qint64, maximum);
    const qint64 delay = PollSchedule::nextDelayMs(10'000, 0.1, failures, 300'000, uniform);
    QVERIFY2(delay >= minimum && delay <= maximum, qPrintable(QString::number(delay)));
}

void TestFeed::fetchesAndReusesTheConnection()
{
    boost::asio::io_context io;
    QString error;
    const auto target
        = HttpTarget::parse(m_server->baseUrl() + QStringLiteral("/status.json"), &error);
    QVERIFY(target);
    auto connection = HttpConnection::create(io);
    QList<HttpResult> results;
    connection->get(*target, {}, [&](HttpResult first) {
        results.append(first);
        connection->get(*target, {}, [&](HttpResult second) { results.append(second); });
    });
    io.run();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].status, 200);
    QVERIFY(results[0].error.isEmpty());
    QVERIFY(results[0].body.contains("\"schema_version\":1"));
    QVERIFY(!results[0].reusedConnection);
    QVERIFY(results[1].reusedConnection); // keep-alive
    QCOMPARE(results[1].status, 200);
}

void TestFeed::faultsBecomeErrors_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected"); // part of the error, from the client or the parser
    QTest::addRow("slow") << QStringLiteral("slow") << QStringLiteral("timed out");
    QTest::addRow("never-ending body")
        << QStringLiteral("endless") << QStringLiteral("larger than the cap");
    QTest::addRow("1 GiB announced")
        << QStringLiteral("gigabyte") << QStringLiteral("larger than the cap");
    QTest::addRow("invalid UTF-8") << QStringLiteral("invalid-utf8") << QStringLiteral("UTF-8");
    QTest::addRow("truncated body")
        << QStringLiteral("truncated") << QStringLiteral("reading the response failed");
    QTest::addRow("wrong content length")
        << QStringLiteral("wrong-length") << QStringLiteral("line 1");
    QTest::addRow("http 500") << QStringLiteral("http500") << QStringLiteral("HTTP 500");
    QTest::addRow("garbage") << QStringLiteral("garbage")
                             << QStringLiteral("reading the response failed");
    QTest::addRow("connection reset") << QStringLiteral("reset") << QStringLiteral("failed");
    QTest::addRow("hang after headers")
        << QStringLiteral("hang-after-headers") << QStringLiteral("timed out");
}

void TestFeed::faultsBecomeErrors()
{
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    HttpOptions options;
    options.totalTimeoutMs = 1000;
    options.maxBodyBytes = 1024 * 1024;
    const HttpResult result
        = fetch(m_server->baseUrl() + QStringLiteral("/fault/%1/metrics").arg(mode), options);
    QString error = result.error;
    if (error.isEmpty()) {
        // A complete HTTP response: the parser must refuse it.
        FeedSource source;
        source.kind = FeedSource::Kind::PrometheusText;
        source.siteId = QStringLiteral("abilene-tx");
        const ConversionResult converted = convertResponse(source, result.body, result.status, 0);
        QVERIFY(converted.samples.isEmpty());
        error = converted.error;
    }
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(result.latencyMs < 5000);
}

void TestFeed::unreachableServers_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addRow("refused port") << QStringLiteral("http://127.0.0.1:1/metrics")
                                  << QStringLiteral("cannot connect");
    QTest::addRow("unresolvable host") << QStringLiteral("http://no-such-host.invalid/metrics")
                                       << QStringLiteral("cannot resolve");
    QTest::addRow("unsupported scheme")
        << QStringLiteral("ftp://127.0.0.1/metrics") << QStringLiteral("unsupported scheme");
}

void TestFeed::unreachableServers()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    HttpOptions options;
    options.totalTimeoutMs = 3000;
    const HttpResult result = fetch(url, options);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
}

void TestFeed::pollerStoresWhatTheSimulatorServes()
{
    Collector collector;
    FeedPoller poller({ statusSource(m_server->baseUrl() + QStringLiteral("/status.json")) },
        collector.sampleSink(), collector.healthSink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(collector.sampleCount() >= 16, 10'000);
    poller.stop();
    // Every value equals what the simulator computes for that site at that time.
    QMutexLocker lock(&collector.mutex);
    int checked = 0;
    for (const KeyedSample &sample : std::as_const(collector.samples)) {
        QCOMPARE(sample.key.provenance, Provenance::Simulated);
        const int site = m_server->fleet().indexOf(sample.key.siteId);
        QVERIFY(site >= 0);
        const SimulatedSiteState state = m_server->fleet().stateAt(site, sample.tsMs);
        if (sample.key.metric == Metric::GpusOnline) {
            QCOMPARE(sample.value, double(state.gpusOnline));
            ++checked;
        } else if (sample.key.metric == Metric::GpusInstalled) {
            QCOMPARE(sample.value, double(state.gpusInstalled));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);
    const SourceHealth health = collector.health.value(QStringLiteral("status"));
    QCOMPARE(health.consecutiveFailures, 0);
    QVERIFY(health.lastSuccessMs > 0);
    QVERIFY(health.lastError.isEmpty());
    // The source says which sites it feeds, so that sites can show their feed's health.
    QVERIFY(health.siteIds.contains(QStringLiteral("abilene-tx")));
    QCOMPARE(health.siteIds.size(), m_server->fleet().sites().size());
}

// A status feed's phases reach the phase sink on the first poll and then only on a change,
// not every few seconds.
void TestFeed::phasesAreForwardedWhenTheyChange()
{
    Collector collector;
    FeedSource source = statusSource(m_server->baseUrl() + QStringLiteral("/status.json"));
    source.provenance = Provenance::Measured;
    source.name = QStringLiteral("Site status");
    FeedPoller poller(
        { source }, collector.sampleSink(), collector.healthSink(), collector.phaseSink());
    poller.start();
    // Four polls at least (four records per site of GPUs and power each).
    const qsizetype sites = m_server->fleet().sites().size();
    QTRY_VERIFY_WITH_TIMEOUT(collector.sampleCount() >= 4 * 4 * sites, 10'000);
    poller.stop();
    QMutexLocker lock(&collector.mutex);
    QVERIFY(!collector.phaseBatches.isEmpty());
    const QList<Lifecycle::FeedObservation> first = collector.phaseBatches.constFirst();
    QCOMPARE(first.size(), sites);
    QHash<QString, Phase> last;
    for (const Lifecycle::FeedObservation &observation : first) {
        last.insert(observation.siteId, observation.phase);
        QCOMPARE(observation.provenance, Provenance::Measured);
        QCOMPARE(observation.sourceName, QStringLiteral("Site status"));
        QVERIFY(observation.observedAt.isValid());
        QVERIFY(!observation.sourceUrl.isEmpty());
    }
    QCOMPARE(last.size(), sites);
    // Later batches carry only changes (a site's phase differs from what was forwarded before).
    for (qsizetype i = 1; i < collector.phaseBatches.size(); ++i) {
        for (const Lifecycle::FeedObservation &observation : collector.phaseBatches[i]) {
            QVERIFY2(last.value(observation.siteId) != observation.phase,
                qPrintable(observation.siteId));
            last.insert(observation.siteId, observation.phase);
        }
    }
}

// An operator pauses a source while the poller runs: it reports "disabled" and is not polled
// while another source goes on (its polls are the clock here); resumed, it polls again.
void TestFeed::sourceCanBePausedAndResumed()
{
    Collector collector;
    FeedSource paused = statusSource(m_server->baseUrl() + QStringLiteral("/status.json"));
    paused.id = QStringLiteral("paused");
    paused.intervalMs = 100;
    FeedSource running = paused;
    running.id = QStringLiteral("running");
    FeedPoller poller({ paused, running }, collector.sampleSink(), collector.healthSink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(collector.attemptsOf(QStringLiteral("paused")) >= 2, 10'000);

    poller.setSourceEnabled(QStringLiteral("paused"), false);
    QTRY_VERIFY(!collector.healthOf(QStringLiteral("paused")).enabled);
    const int pausedAt = collector.attemptsOf(QStringLiteral("paused"));
    const int runningAt = collector.attemptsOf(QStringLiteral("running"));
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.attemptsOf(QStringLiteral("running")) >= runningAt + 8, 10'000);
    // At most the poll that was already on its way when the pause arrived.
    QVERIFY(collector.attemptsOf(QStringLiteral("paused")) <= pausedAt + 1);
    QCOMPARE(collector.healthOf(QStringLiteral("paused")).nextPollMs, 0);

    poller.setSourceEnabled(QStringLiteral("paused"), true);
    QTRY_VERIFY(collector.healthOf(QStringLiteral("paused")).enabled);
    const int resumedAt = collector.attemptsOf(QStringLiteral("paused"));
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.attemptsOf(QStringLiteral("paused")) >= resumedAt + 3, 10'000);
    QCOMPARE(collector.healthOf(QStringLiteral("paused")).consecutiveFailures, 0);
    // An unknown id changes nothing.
    poller.setSourceEnabled(QStringLiteral("nowhere"), false);
    poller.stop();
}

void TestFeed::failingSourceDoesNotStallOthers()
{
    Collector collector;
    FeedSource hanging = statusSource(
        m_server->baseUrl() + QStringLiteral("/fault/hang-after-headers/status.json"));
    hanging.id = QStringLiteral("hanging");
    hanging.http.totalTimeoutMs = 800;
    FeedSource healthy = statusSource(m_server->baseUrl() + QStringLiteral("/status.json"));
    FeedPoller poller({ hanging, healthy }, collector.sampleSink(), collector.healthSink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("hanging")).consecutiveFailures >= 1, 10'000);
    // While the hanging source waits out its timeouts, the healthy one keeps delivering.
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("status")).samplesTotal >= 40, 10'000);
    poller.stop();
    const SourceHealth failing = collector.healthOf(QStringLiteral("hanging"));
    QVERIFY2(failing.lastError.contains(QLatin1String("timed out")), qPrintable(failing.lastError));
    QCOMPARE(failing.lastSuccessMs, 0);
    QVERIFY(failing.nextPollMs > failing.lastAttemptMs);
}

void TestFeed::absurdValuesAreRejected()
{
    const QByteArray body = R"({"schema_version":1,"sites":[
        {"site_id":"a","gpus_online":-5,"timestamp":"2026-11-28T12:00:00Z"},
        {"site_id":"b","gpus_online":100,"it_power_mw":1.5,"timestamp":"2026-11-28T12:00:00Z"}]})";
    const ConversionResult converted
        = convertResponse(statusSource(QStringLiteral("http://x/")), body, 200, 0);
    QVERIFY(converted.error.isEmpty());
    QVERIFY(!converted.rejected.isEmpty());
    for (const KeyedSample &sample : converted.samples) {
        QCOMPARE(sample.key.siteId, QStringLiteral("b"));
        QVERIFY(sample.value >= 0);
    }
    QCOMPARE(converted.samples.size(), 2);
    const ConversionResult notJson
        = convertResponse(statusSource(QStringLiteral("http://x/")), "<html>", 200, 0);
    QVERIFY(!notJson.error.isEmpty());
    QVERIFY(notJson.samples.isEmpty());
}

// A server's error answer echoes the request's bearer token. Neither the health the poller
// reports (the Feeds page) nor the store's files (database and WAL) may hold it afterwards.
void TestFeed::echoedTokenIsNeverStored()
{
    const QByteArray token
        = "tok" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    qputenv("STARGATE_TEST_ECHO_TOKEN", "Bearer " + token);
    const QByteArray file = R"({"version":1,"sources":[{"id":"echo","kind":"prometheus_api",
        "url":")"
        + m_server->baseUrl().toUtf8()
        + R"(/fault/echo-authorization/api/v1/query","interval_s":0.5,
        "auth_env":"STARGATE_TEST_ECHO_TOKEN","queries":[{"metric":"gpus_online","query":"up"}]}]})";
    QString error;
    const QList<FeedSource> sources = FeedSourceFile::parse(file, &error);
    QCOMPARE(error, QString());
    Collector collector;
    FeedPoller poller(sources, collector.sampleSink(), collector.healthSink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("echo")).consecutiveFailures >= 1, 10'000);
    poller.stop();
    const SourceHealth health = collector.healthOf(QStringLiteral("echo"));
    QVERIFY2(health.lastError.contains(QLatin1String("[redacted]")), qPrintable(health.lastError));
    QVERIFY2(!health.lastError.contains(QString::fromUtf8(token)), qPrintable(health.lastError));

    QTemporaryDir dir;
    {
        Store store;
        QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
        StoreWriter writer(store.path());
        QSignalSpy recorded(&writer, &StoreWriter::healthRecorded);
        writer.recordHealth(health);
        QCOMPARE(recorded.count(), 1);
        const QList<SourceHealth> stored = store.sourceHealth();
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.constFirst().lastError.contains(QLatin1String("[redacted]")));
        // While both connections are open, the WAL holds the write: read every file.
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY2(files.size() >= 2, qPrintable(files.join(QLatin1Char(' '))));
        for (const QString &name : files) {
            QFile bytes(dir.filePath(name));
            QVERIFY(bytes.open(QIODevice::ReadOnly));
            QVERIFY2(!bytes.readAll().contains(token), qPrintable(name));
        }
    }
    qunsetenv("STARGATE_TEST_ECHO_TOKEN");
}

// A scrape for a site the store does not know is an error of its source naming the site and
// the known ones, not samples counted and then dropped by the writer.
void TestFeed::unknownSiteIsAnError()
{
    FeedSource source;
    source.id = QStringLiteral("stray");
    source.kind = FeedSource::Kind::PrometheusText;
    source.siteId = QStringLiteral("abilene-tx");
    source.url = m_server->baseUrl() + QStringLiteral("/sites/abilene-tx/nodes/0/metrics");
    source.intervalMs = 500;
    Collector collector;
    FeedPoller poller({ source }, collector.sampleSink(), collector.healthSink());
    poller.setKnownSiteIds({ QStringLiteral("memphis-tn"), QStringLiteral("milam-tx") });
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("stray")).consecutiveFailures >= 1, 10'000);
    poller.stop();
    const SourceHealth health = collector.healthOf(QStringLiteral("stray"));
    QVERIFY2(health.lastError.contains(QLatin1String("abilene-tx")), qPrintable(health.lastError));
    QVERIFY2(health.lastError.contains(QLatin1String("memphis-tn, milam-tx")),
        qPrintable(health.lastError));
    QCOMPARE(health.samplesTotal, 0);
    QCOMPARE(collector.sampleCount(), 0);
}

namespace {
// Two GETs in a row on one connection, the second started from the first's completion.
QList<HttpResult> fetchTwice(const QString &url, const HttpOptions &options = {})
{
    boost::asio::io_context io;
    QString error;
    const auto target = HttpTarget::parse(url, &error);
    QList<HttpResult> results;
    if (!target)
        return results;
    auto connection = HttpConnection::create(io);
    connection->get(*target, options, [&](HttpResult first) {
        results.append(first);
        connection->get(*target, options, [&](HttpResult second) { results.append(second); });
    });
    io.run();
    return results;
}
} // namespace

// One bad answer (too large, too long a body, a broken header) must not poison the
// connection's next request: that one goes out on a fresh connection and gets the good answer.
void TestFeed::connectionRecoversAfterABadAnswer_data()
{
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("firstError"); // empty: the first answer parses as HTTP
    QTest::addRow("over the size cap") << QString() << QStringLiteral("larger than the cap");
    QTest::addRow("body longer than Content-Length") << QStringLiteral("length") << QString();
    QTest::addRow("broken header")
        << QStringLiteral("header") << QStringLiteral("reading the response failed");
}

void TestFeed::connectionRecoversAfterABadAnswer()
{
    QFETCH(QString, bad);
    QFETCH(QString, firstError);
    const QString url = m_server->baseUrl()
        + QStringLiteral("/fault/once-oversized-then-good/status.json?bad=%1&test=connection")
              .arg(bad);
    const QList<HttpResult> results = fetchTwice(url);
    QCOMPARE(results.size(), 2);
    if (firstError.isEmpty())
        QVERIFY2(results[0].error.isEmpty(), qPrintable(results[0].error));
    else
        QVERIFY2(results[0].error.contains(firstError), qPrintable(results[0].error));
    QVERIFY2(results[1].error.isEmpty(), qPrintable(results[1].error));
    QCOMPARE(results[1].status, 200);
    QVERIFY(results[1].body.contains("\"schema_version\":1"));
    QVERIFY(!results[1].reusedConnection);
}

void TestFeed::pollerRecoversAfterABadAnswer()
{
    Collector collector;
    FeedSource source = statusSource(m_server->baseUrl()
        + QStringLiteral("/fault/once-oversized-then-good/status.json?test=poller"));
    source.backoffCapMs = 400;
    FeedPoller poller({ source }, collector.sampleSink(), collector.healthSink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(collector.mostFailuresOf(source.id) >= 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(collector.healthOf(source.id).samplesTotal > 0, 5'000);
    poller.stop();
    const SourceHealth health = collector.healthOf(source.id);
    QCOMPARE(health.consecutiveFailures, 0);
    QVERIFY(health.lastError.isEmpty());
    QVERIFY(collector.sampleCount() > 0);
}

// The server drops a keep-alive connection after each answer: the next request finds it
// closed and goes out again at once on a new connection, as one successful request.
void TestFeed::closedIdleConnectionIsRetriedOnce()
{
    const QList<HttpResult> results = fetchTwice(
        m_server->baseUrl() + QStringLiteral("/fault/close-after-response/status.json"));
    QCOMPARE(results.size(), 2);
    for (const HttpResult &result : results) {
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.contains("\"schema_version\":1"));
    }
}

void TestFeed::pollerRidesOutClosedIdleConnections()
{
    Collector collector;
    FeedSource source = statusSource(
        m_server->baseUrl() + QStringLiteral("/fault/close-after-response/status.json"));
    source.intervalMs = 100;
    FeedPoller poller({ source }, collector.sampleSink(), collector.healthSink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(collector.attemptsOf(source.id) >= 6, 10'000);
    poller.stop();
    QCOMPARE(collector.mostFailuresOf(source.id), 0);
    const SourceHealth health = collector.healthOf(source.id);
    QVERIFY2(health.lastError.isEmpty(), qPrintable(health.lastError));
    QVERIFY(health.samplesTotal > 0);
}

void TestFeed::hostHeaderNamesPortAndBrackets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::addRow("http default port")
        << QStringLiteral("http://example.com/m") << QByteArray("example.com");
    QTest::addRow("http other port")
        << QStringLiteral("http://example.com:9400/m") << QByteArray("example.com:9400");
    QTest::addRow("https default port")
        << QStringLiteral("https://example.com:443/m") << QByteArray("example.com");
    QTest::addRow("https other port")
        << QStringLiteral("https://example.com:8443/") << QByteArray("example.com:8443");
    QTest::addRow("http on 443") << QStringLiteral("http://example.com:443/")
                                 << QByteArray("example.com:443");
    QTest::addRow("IPv6 default port") << QStringLiteral("http://[::1]/m") << QByteArray("[::1]");
    QTest::addRow("IPv6 other port")
        << QStringLiteral("http://[::1]:9090/m") << QByteArray("[::1]:9090");
    QTest::addRow("IPv4 other port")
        << QStringLiteral("http://127.0.0.1:9090/m") << QByteArray("127.0.0.1:9090");
}

void TestFeed::hostHeaderNamesPortAndBrackets()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QString error;
    const auto target = HttpTarget::parse(url, &error);
    QVERIFY2(target, qPrintable(error));
    QCOMPARE(target->hostHeader(), host);
}

// What the server receives, over IPv4 and (where the machine has it) IPv6 loopback.
void TestFeed::hostHeaderReachesTheServer()
{
    const HttpResult v4 = fetch(m_server->baseUrl() + QStringLiteral("/fault/echo-host/"));
    QCOMPARE(v4.status, 200);
    QCOMPARE(v4.body, QStringLiteral("127.0.0.1:%1").arg(m_server->port()).toUtf8());

    SimulatorServer v6Server(m_server->fleet());
    if (!v6Server.start(QStringLiteral("::1")).isEmpty())
        QSKIP("no IPv6 loopback on this machine");
    const HttpResult v6
        = fetch(QStringLiteral("http://[::1]:%1/fault/echo-host/").arg(v6Server.port()));
    QCOMPARE(v6.status, 200);
    QCOMPARE(v6.body, QStringLiteral("[::1]:%1").arg(v6Server.port()).toUtf8());
}

// Every poll of a Prometheus-API source sends all its queries with one evaluation time: each
// poll stores GPUs and power of every site, all at the poll's instant, and each value is what
// the simulator computes for that instant.
void TestFeed::promApiSendsEveryQueryAtOneInstant()
{
    const FeedSource source = promApiSource(m_server->baseUrl());
    Collector collector;
    FeedPoller poller({ source }, collector.sampleSink(), collector.healthSink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(collector.attemptsOf(source.id) >= 4, 10'000);
    poller.stop();
    QMutexLocker lock(&collector.mutex);
    QCOMPARE(collector.health.value(source.id).lastError, QString());
    QMap<qint64, QSet<QString>> seriesByTime; // "<site> <metric>" stored at each time
    for (const KeyedSample &sample : std::as_const(collector.samples)) {
        seriesByTime[sample.tsMs].insert(sample.key.siteId + u' ' + sample.key.metric);
        const SimulatedSiteState state
            = m_server->fleet().stateAt(m_server->fleet().indexOf(sample.key.siteId), sample.tsMs);
        if (sample.key.metric == Metric::GpusOnline)
            QCOMPARE(sample.value, double(state.gpusOnline));
        else
            QVERIFY2(std::abs(sample.value - state.itPowerMw / 1.3) < 1e-8,
                qPrintable(QString::number(sample.value)));
    }
    // One time per completed poll, the time the poll started (its evaluation time).
    const QSet<qint64> attempts = collector.attempts.value(source.id);
    QCOMPARE(QSet<qint64>(seriesByTime.keyBegin(), seriesByTime.keyEnd()), attempts);
    const qsizetype sites = m_server->fleet().sites().size();
    for (auto it = seriesByTime.cbegin(); it != seriesByTime.cend(); ++it)
        QVERIFY2(it.value().size() == 2 * sites, qPrintable(QString::number(it.key())));
}

// One failing query does not lose the others: its error names it, the poll counts as failed,
// the answered query's samples are stored, and the source is not backed off (the server did
// answer).
void TestFeed::promApiFailedQueryIsNamedAndOthersStored()
{
    FeedSource source = promApiSource(m_server->baseUrl());
    source.intervalMs = 2'000;
    source.queries[1].query = QStringLiteral("rate(DCGM_FI_DEV_POWER_USAGE[5m])");
    Collector collector;
    FeedPoller poller({ source }, collector.sampleSink(), collector.healthSink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(collector.attemptsOf(source.id) >= 1, 10'000);
    poller.stop();
    const SourceHealth health = collector.healthOf(source.id);
    QVERIFY2(health.lastError.contains(QLatin1String("power_mw"))
            && health.lastError.contains(source.queries[1].query)
            && health.lastError.contains(QLatin1String("bad_data")),
        qPrintable(health.lastError));
    QVERIFY2(
        !health.lastError.contains(QLatin1String("gpus_online")), qPrintable(health.lastError));
    QCOMPARE(health.consecutiveFailures, 1);
    QCOMPARE(health.lastSuccessMs, 0);
    // At its interval (± 10 %), not after a backoff of twice the interval.
    QVERIFY2(health.nextPollMs - health.lastAttemptMs < 3'400,
        qPrintable(QString::number(health.nextPollMs - health.lastAttemptMs)));
    QMutexLocker lock(&collector.mutex);
    QCOMPARE(collector.samples.size(),
        m_server->fleet().sites().size() * collector.attempts.value(source.id).size());
    for (const KeyedSample &sample : std::as_const(collector.samples)) {
        QCOMPARE(sample.key.metric, QString(Metric::GpusOnline));
        QCOMPARE(sample.tsMs, health.lastAttemptMs);
    }
    QCOMPARE(health.samplesLastPoll, int(m_server->fleet().sites().size()));
}

void TestFeed::simulatorAnswersUuidTrueQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("count"); // else the sum of the GPUs' watts
    QTest::addRow("count of distinct UUIDs")
        << QStringLiteral("count by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))")
        << true;
    QTest::addRow("sum over distinct UUIDs")
        << QStringLiteral("sum by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))") << false;
    QTest::addRow("min, labels in the other order")
        << QStringLiteral("count by (site) (min by (UUID, site) (DCGM_FI_DEV_POWER_USAGE))")
        << true;
    QTest::addRow("avg, no spaces")
        << QStringLiteral("sum by(site)(avg by(site,UUID)(DCGM_FI_DEV_POWER_USAGE))") << false;
    QTest::addRow("valid readings only (docs/sources.md)") << QStringLiteral(
        "count by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE >= 0 < 2^47))")
                                                           << true;
    QTest::addRow("sum of valid readings only") << QStringLiteral(
        "sum by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE >= 0 < 2^47))")
                                                << false;
}

// The simulator's /api/v1/query answers the documented UUID-true queries (docs/sources.md)
// at the requested time with what it computes for each site then.
void TestFeed::simulatorAnswersUuidTrueQueries()
{
    QFETCH(QString, query);
    QFETCH(bool, count);
    const qint64 at = QDateTime::currentMSecsSinceEpoch() - 3'600'000; // an hour ago
    const HttpResult answer = fetch(m_server->baseUrl() + QStringLiteral("/api/v1/query?query=")
        + QString::fromLatin1(QUrl::toPercentEncoding(query))
        + QStringLiteral("&time=%1").arg(double(at) / 1000.0, 0, 'f', 3));
    const PromApiResult api = parsePromApiResponse(answer.body, answer.status);
    QVERIFY2(api.ok(), qPrintable(api.error));
    const SimulatedFleet &fleet = m_server->fleet();
    QCOMPARE(api.vector.size(), fleet.sites().size());
    for (const PromVectorItem &item : api.vector) {
        const int site = fleet.indexOf(item.metric.value(QStringLiteral("site")));
        QVERIFY(site >= 0);
        QCOMPARE(qint64(std::llround(item.tsSeconds * 1000.0)), at);
        const SimulatedSiteState state = fleet.stateAt(site, at);
        const double expected = count ? state.gpusOnline : state.itPowerMw * 1e6 / 1.3;
        QVERIFY2(std::abs(item.value - expected) < 1e-3, qPrintable(QString::number(item.value)));
    }
}

// Abilene's first node runs MIG, shaped like tests/fixtures/dcgm/mig-node.prom: its scrape
// repeats each GPU's UUID and power once per instance, each with its own GPU_I_ID. Over series
// the simulator's /api/v1/query counts (and sums) those repeats; over UUIDs each GPU once.
void TestFeed::simulatorServesAMigNode()
{
    const SimulatedFleet &fleet = m_server->fleet();
    const int site = fleet.indexOf(QStringLiteral("abilene-tx"));
    const qint64 at = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    QVERIFY(fleet.nodeCount(site, at) >= 2);
    const QByteArray scrape = fleet.dcgmMetrics(site, 0, at);
    QSet<QString> uuids, instances;
    double seriesWatts = 0, gpuWatts = 0;
    for (const PromSample &sample : parsePrometheusText(scrape).samples) {
        if (sample.name != QLatin1String("DCGM_FI_DEV_POWER_USAGE"))
            continue;
        const QString uuid = sample.label(QStringLiteral("UUID"));
        QVERIFY(!sample.label(QStringLiteral("GPU_I_ID")).isEmpty());
        instances.insert(uuid + u'/' + sample.label(QStringLiteral("GPU_I_ID")));
        seriesWatts += sample.value;
        if (!uuids.contains(uuid))
            gpuWatts += sample.value;
        uuids.insert(uuid);
    }
    QVERIFY(!uuids.isEmpty());
    QVERIFY2(instances.size() > uuids.size(), qPrintable(QString::fromUtf8(scrape.left(600))));
    // The DCGM text conversion counts each GPU once.
    QCOMPARE(summarizeDcgmScrape(scrape).summary.gpus, int(uuids.size()));
    // Another node of the site is not split.
    QVERIFY(!fleet.dcgmMetrics(site, 1, at).contains("GPU_I_ID"));

    const auto perSite = [&](const QString &query) {
        const HttpResult answer = fetch(m_server->baseUrl() + QStringLiteral("/api/v1/query?query=")
            + QString::fromLatin1(QUrl::toPercentEncoding(query))
            + QStringLiteral("&time=%1").arg(double(at) / 1000.0, 0, 'f', 3));
        QHash<QString, double> values;
        for (const PromVectorItem &item : parsePromApiResponse(answer.body, answer.status).vector)
            values.insert(item.metric.value(QStringLiteral("site")), item.value);
        return values;
    };
    const auto seriesCount = perSite(QStringLiteral("count by (site) (DCGM_FI_DEV_POWER_USAGE)"));
    const auto gpuCount = perSite(
        QStringLiteral("count by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))"));
    const auto seriesSum = perSite(QStringLiteral("sum by (site) (DCGM_FI_DEV_POWER_USAGE)"));
    const auto gpuSum
        = perSite(QStringLiteral("sum by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))"));
    QCOMPARE(gpuCount.size(), fleet.sites().size());
    for (const SimulatedSite &other : fleet.sites()) {
        const bool mig = other.id == QLatin1String("abilene-tx");
        QCOMPARE(seriesCount.value(other.id) - gpuCount.value(other.id),
            mig ? double(instances.size() - uuids.size()) : 0.0);
        QVERIFY2(std::abs(seriesSum.value(other.id) - gpuSum.value(other.id)
                     - (mig ? seriesWatts - gpuWatts : 0.0))
                < 0.01,
            qPrintable(other.id));
    }
}

// A status feed that lists a site the store does not know: the source shows the error naming
// it, and the known sites of the same answer are still stored at the source's interval.
void TestFeed::knownSitesOfAnAnswerWithAnUnknownOneAreKept()
{
    Collector collector;
    FeedPoller poller({ statusSource(m_server->baseUrl() + QStringLiteral("/status.json")) },
        collector.sampleSink(), collector.healthSink());
    poller.setKnownSiteIds({ QStringLiteral("abilene-tx") });
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.mostFailuresOf(QStringLiteral("status")) >= 3 && collector.sampleCount() >= 3,
        10'000);
    poller.stop();
    const SourceHealth health = collector.healthOf(QStringLiteral("status"));
    QVERIFY2(health.lastError.contains(QLatin1String("not in the store (known sites: abilene-tx)")),
        qPrintable(health.lastError));
    QVERIFY(health.consecutiveFailures >= 3);
    QMutexLocker lock(&collector.mutex);
    for (const KeyedSample &sample : std::as_const(collector.samples))
        QCOMPARE(sample.key.siteId, QStringLiteral("abilene-tx"));
    // No backoff: the answer was partly good, so after three failures in a row the next poll
    // is still an interval (200 ms ± jitter) away, not the 1.6 s of a backoff.
    QVERIFY2(health.nextPollMs - health.lastAttemptMs < 1000,
        qPrintable(QString::number(health.nextPollMs - health.lastAttemptMs)));
}

void TestFeed::ipLiteralsAreNotLookedUp_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("reachable"); // the simulator listens on IPv4 loopback only
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("IPv6") << QStringLiteral("[::1]") << false;
}

void TestFeed::ipLiteralsAreNotLookedUp()
{
    QFETCH(QString, host);
    QFETCH(bool, reachable);
    auto calls = std::make_shared<std::atomic_int>(0);
    HttpOptions options;
    options.resolver = [calls](const QString &, quint16) {
        ++*calls;
        return Resolution { {}, QStringLiteral("looked up") };
    };
    const HttpResult result = fetch(
        QStringLiteral("http://%1:%2/status.json").arg(host).arg(m_server->port()), options);
    QCOMPARE(calls->load(), 0);
    QVERIFY2(!result.error.contains(QLatin1String("resolve")), qPrintable(result.error));
    if (reachable) {
        QCOMPARE(result.error, QString());
        QCOMPARE(result.status, 200);
    } else {
        QVERIFY2(result.error.contains(QLatin1String("cannot connect")), qPrintable(result.error));
    }
}

void TestFeed::hostNamesGoThroughTheResolver()
{
    HttpOptions options;
    options.resolver = [](const QString &host, quint16) {
        if (host == QLatin1String("sim.test"))
            return Resolution { { QStringLiteral("127.0.0.1") }, {} };
        return Resolution { {}, QStringLiteral("no such host") };
    };
    const QString port = QString::number(m_server->port());
    const HttpResult good
        = fetch(QStringLiteral("http://sim.test:%1/status.json").arg(port), options);
    QCOMPARE(good.error, QString());
    QCOMPARE(good.status, 200);
    const HttpResult bad
        = fetch(QStringLiteral("http://nowhere.test:%1/status.json").arg(port), options);
    QCOMPARE(bad.error, QStringLiteral("cannot resolve nowhere.test: no such host"));
}

// A look-up that never returns fails its source at the source's timeout, while a source on an
// IP literal keeps polling, and stopping the poller does not wait for the look-up.
void TestFeed::hangingLookUpBlocksNothing()
{
    auto lookUp = std::make_shared<HangingLookUp>();
    Collector collector;
    FeedSource stuck
        = statusSource(QStringLiteral("http://stuck.test:%1/status.json").arg(m_server->port()));
    stuck.id = QStringLiteral("stuck");
    stuck.http.totalTimeoutMs = 600;
    stuck.http.resolver = lookUp->resolver(lookUp);
    FeedSource literal = statusSource(m_server->baseUrl() + QStringLiteral("/status.json"));
    auto poller = std::make_unique<FeedPoller>(
        QList<FeedSource> { stuck, literal }, collector.sampleSink(), collector.healthSink());
    poller->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("stuck")).consecutiveFailures >= 1, 5'000);
    const SourceHealth failing = collector.healthOf(QStringLiteral("stuck"));
    QVERIFY2(failing.lastError.contains(QLatin1String("timed out")), qPrintable(failing.lastError));
    QVERIFY2(failing.latencyMs >= 600 && failing.latencyMs < 2'000,
        qPrintable(QString::number(failing.latencyMs)));
    // The literal source polls on while the look-up still hangs.
    const qint64 before = collector.healthOf(QStringLiteral("status")).samplesTotal;
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("status")).samplesTotal >= before + 40, 10'000);
    // The next poll takes over the look-up still running instead of parking another thread.
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("stuck")).consecutiveFailures >= 2, 5'000);
    QCOMPARE(lookUp->callCount(), 1);
    QElapsedTimer clock;
    clock.start();
    poller->stop();
    poller.reset();
    QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
    lookUp->release();
}

void TestFeed::concurrentAnswersShareABudget_data()
{
    QTest::addColumn<bool>("chunked"); // the budget is reserved as the body grows
    QTest::newRow("Content-Length") << false;
    QTest::newRow("chunked") << true;
}

// Slow large answers at once hold no more than their budget together: those that do not fit
// fail with the budget's error, and a small answer afterwards succeeds.
void TestFeed::concurrentAnswersShareABudget()
{
    QFETCH(bool, chunked);
    constexpr qint64 MiB = 1024 * 1024;
    auto budget = std::make_shared<ResponseBudget>(6 * MiB);
    HttpOptions options;
    options.budget = budget;
    options.totalTimeoutMs = 20'000;
    QString error;
    const auto target = HttpTarget::parse(m_server->baseUrl()
            + QStringLiteral("/fault/large-slow/?bytes=%1&chunked=%2")
                  .arg(2 * MiB)
                  .arg(int(chunked)),
        &error);
    QVERIFY2(target, qPrintable(error));
    boost::asio::io_context io;
    QList<HttpResult> results;
    std::vector<std::shared_ptr<HttpConnection>> connections;
    for (int i = 0; i < 5; ++i) {
        connections.push_back(HttpConnection::create(io));
        connections.back()->get(
            *target, options, [&results](HttpResult result) { results.append(std::move(result)); });
    }
    io.run();
    QCOMPARE(results.size(), 5);
    int failed = 0;
    for (const HttpResult &result : std::as_const(results)) {
        if (result.error.isEmpty()) {
            QCOMPARE(result.body.size(), 2 * MiB);
            continue;
        }
        QCOMPARE(result.error,
            QStringLiteral("response memory budget of 6 MiB exhausted by concurrent answers"));
        ++failed;
    }
    QVERIFY2(failed >= 2 && failed <= 4, qPrintable(QString::number(failed)));
    QVERIFY2(budget->peakBytes() <= 6 * MiB && budget->peakBytes() > 2 * MiB,
        qPrintable(QString::number(budget->peakBytes())));
    QCOMPARE(budget->inUseBytes(), 0);
    const HttpResult small = fetch(m_server->baseUrl() + QStringLiteral("/status.json"), options);
    QCOMPARE(small.error, QString());
    QCOMPARE(small.status, 200);
    QCOMPARE(budget->inUseBytes(), 0);
}

// The sources of one poller share its budget; a small source polls on beside large ones.
void TestFeed::pollerSourcesShareABudget()
{
    constexpr qint64 MiB = 1024 * 1024;
    QList<FeedSource> sources;
    for (int i = 0; i < 4; ++i) {
        FeedSource large = statusSource(m_server->baseUrl()
            + QStringLiteral("/fault/large-slow/metrics?bytes=%1&n=%2").arg(3 * MiB).arg(i));
        large.id = QStringLiteral("large-%1").arg(i);
        large.kind = FeedSource::Kind::PrometheusText;
        large.siteId = QStringLiteral("abilene-tx");
        sources.append(large);
    }
    sources.append(statusSource(m_server->baseUrl() + QStringLiteral("/status.json")));
    Collector collector;
    FeedPoller poller(sources, collector.sampleSink(), collector.healthSink());
    poller.setResponseBudgetBytes(8 * MiB);
    poller.start();
    const auto budgetFailures = [&collector] {
        int failures = 0;
        for (int i = 0; i < 4; ++i) {
            failures += collector.healthOf(QStringLiteral("large-%1").arg(i))
                            .lastError.contains(QLatin1String("response memory budget of 8 MiB"));
        }
        return failures;
    };
    QTRY_VERIFY_WITH_TIMEOUT(budgetFailures() >= 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("status")).samplesTotal >= 40, 10'000);
    poller.stop();
    QVERIFY(poller.responseBudget().peakBytes() <= 8 * MiB);
    QVERIFY(poller.responseBudget().peakBytes() >= 3 * MiB);
    QCOMPARE(collector.healthOf(QStringLiteral("status")).lastError, QString());
}

// The table is downloaded once; every later poll is a conditional request answered 304, which
// imports nothing. A new version on the server is delivered once, with its new validators.
void TestFeed::publicTableIsFetchedOnlyWhenItChanged()
{
    SimulatorServer server(SimulatedFleet(SimulatedFleet::defaultSites(0), 3));
    QCOMPARE(server.start(), QString());
    const QByteArray first = fixtureTable();
    QVERIFY(!first.isEmpty());
    server.setPublicTable(first);

    Collector collector;
    TableCollector tables;
    FeedPoller poller(
        { tableSource(server.baseUrl() + QStringLiteral("/tables/data_center_timelines.csv")) },
        collector.sampleSink(), collector.healthSink());
    poller.setTableSink(tables.sink());
    poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(tables.count(), 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(server.tableNotModified() >= 3, 10'000);
    QCOMPARE(server.tableDownloads(), 1u);
    QCOMPARE(tables.count(), 1);
    const PolledTable delivered = tables.at(0);
    QCOMPARE(delivered.body, first);
    QCOMPARE(delivered.sourceId, QStringLiteral("epoch"));
    QCOMPARE(delivered.fileName, QStringLiteral("data_center_timelines.csv"));
    QCOMPARE(delivered.etag, server.publicTable().etag);
    QVERIFY(!delivered.lastModified.isEmpty());
    QVERIFY(delivered.retrievedMs > 0);
    // A 304 is a successful poll, not an error.
    QCOMPARE(collector.healthOf(QStringLiteral("epoch")).consecutiveFailures, 0);
    QVERIFY(collector.healthOf(QStringLiteral("epoch")).lastError.isEmpty());
    QCOMPARE(collector.sampleCount(), 0);

    const QByteArray second = first + "\n";
    server.setPublicTable(second);
    QTRY_COMPARE_WITH_TIMEOUT(tables.count(), 2, 10'000);
    poller.stop();
    QCOMPARE(tables.at(1).body, second);
    QCOMPARE(tables.at(1).etag, server.publicTable().etag);
    QVERIFY(tables.at(1).etag != delivered.etag);
    QCOMPARE(server.tableDownloads(), 2u);
}

void TestFeed::publicTableFollowsRedirectsWithinALimit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error"); // empty: the table arrives
    QTest::newRow("relative 302") << QStringLiteral("/tables/latest") << QString();
    QTest::newRow("redirect loop")
        << QStringLiteral("/tables/loop") << QStringLiteral("more than 5 redirects");
    QTest::newRow("missing table")
        << QStringLiteral("/tables/none.csv") << QStringLiteral("HTTP 404");
}

void TestFeed::publicTableFollowsRedirectsWithinALimit()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    SimulatorServer server(SimulatedFleet(SimulatedFleet::defaultSites(0), 3));
    QCOMPARE(server.start(), QString());
    server.setPublicTable(fixtureTable());

    Collector collector;
    TableCollector tables;
    FeedPoller poller(
        { tableSource(server.baseUrl() + path) }, collector.sampleSink(), collector.healthSink());
    poller.setTableSink(tables.sink());
    poller.start();
    if (error.isEmpty()) {
        QTRY_COMPARE_WITH_TIMEOUT(tables.count(), 1, 10'000);
        poller.stop();
        // The final address, not the one that redirected.
        QVERIFY(tables.at(0).url.endsWith(QStringLiteral("/tables/data_center_timelines.csv")));
        QCOMPARE(tables.at(0).fileName, QStringLiteral("data_center_timelines.csv"));
        QCOMPARE(tables.at(0).body, server.publicTable().csv);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        collector.healthOf(QStringLiteral("epoch")).consecutiveFailures >= 1, 10'000);
    poller.stop();
    QVERIFY2(collector.healthOf(QStringLiteral("epoch")).lastError.contains(error),
        qPrintable(collector.healthOf(QStringLiteral("epoch")).lastError));
    QCOMPARE(tables.count(), 0);
}

// Validators of the stored version (seeded by the owner) make even the first fetch after a
// start conditional: an unchanged table is not downloaded again.
void TestFeed::publicTableStartsConditional()
{
    SimulatorServer server(SimulatedFleet(SimulatedFleet::defaultSites(0), 3));
    QCOMPARE(server.start(), QString());
    server.setPublicTable(fixtureTable());

    Collector collector;
    TableCollector tables;
    FeedSource source
        = tableSource(server.baseUrl() + QStringLiteral("/tables/data_center_timelines.csv"));
    source.tableValidators = { server.publicTable().etag, server.publicTable().lastModified };
    FeedPoller poller({ source }, collector.sampleSink(), collector.healthSink());
    poller.setTableSink(tables.sink());
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.tableNotModified() >= 2, 10'000);
    poller.stop();
    QCOMPARE(server.tableDownloads(), 0u);
    QCOMPARE(tables.count(), 0);
}

// A table source's token goes to its own host, through a redirect on that host too, but never
// to the host a redirect leads to (a publisher's CDN, or a hostile server's choice).
void TestFeed::redirectToAnotherHostDropsCredentials()
{
    SimulatorServer own(SimulatedFleet(SimulatedFleet::defaultSites(0), 3));
    SimulatorServer other(SimulatedFleet(SimulatedFleet::defaultSites(0), 3));
    QCOMPARE(own.start(), QString());
    QCOMPARE(other.start(), QString());
    own.setPublicTable(fixtureTable());
    other.setPublicTable(fixtureTable());
    const QByteArray token = "Bearer table-secret";

    Collector collector;
    TableCollector tables;
    FeedSource sameHost = tableSource(own.baseUrl() + QStringLiteral("/tables/latest"));
    sameHost.id = QStringLiteral("same-host");
    sameHost.http.authorization = token;
    const QString target = other.baseUrl() + QStringLiteral("/tables/data_center_timelines.csv");
    FeedSource otherHost = tableSource(own.baseUrl() + QStringLiteral("/tables/elsewhere?to=")
        + QString::fromLatin1(QUrl::toPercentEncoding(target)));
    otherHost.id = QStringLiteral("other-host");
    otherHost.http.authorization = token;
    FeedPoller poller({ sameHost, otherHost }, collector.sampleSink(), collector.healthSink());
    poller.setTableSink(tables.sink());
    poller.start();
    // Later polls are answered 304: two tables, one from each source.
    QTRY_COMPARE_WITH_TIMEOUT(tables.count(), 2, 10'000);
    poller.stop();
    QCOMPARE(own.lastTableAuthorization(), token); // its own host, after its own redirect
    QCOMPARE(other.tableDownloads(), 1u);
    QCOMPARE(other.lastTableAuthorization(), QByteArray()); // the other host got no token
}

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
