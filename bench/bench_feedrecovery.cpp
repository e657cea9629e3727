// Connection recovery, in one run against the in-process simulator on loopback: three sources
// polled at a 1 s interval (no jitter) for D seconds,
//   well-behaved     /status.json
//   closes-idle      /fault/close-after-response/status.json (says keep-alive, then closes)
//   alternating-bad  /fault/alternate-oversized/status.json (every other answer 64 MiB)
// and prints, per source, the polls due in D seconds, the polls made, the good answers the
// server gave, the polls whose samples reached the sink (what the StoreWriter stores), and the
// share of due polls and of good answers stored. Target: 100 % of the good answers.
//
//   bench_feedrecovery [--seconds 60]
#include "feed/feedpoller.h"
#include "sim/simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QSet>
#include <chrono>
#include <cstdio>
#include <thread>

namespace {

struct Tally
{
    QSet<qint64> attempts; // distinct attempt times: one per poll
    int stored = 0; // polls whose samples reached the sink
    int failures = 0;
};

FeedSource benchSource(const QString &id, const QString &url)
{
    FeedSource source;
    source.id = id;
    source.name = id;
    source.kind = FeedSource::Kind::SiteStatus;
    source.url = url;
    source.intervalMs = 1000;
    source.jitter = 0;
    source.provenance = Provenance::Simulated;
    return source;
}

void printRow(const QString &id, const Tally &tally, int due, int goodAnswers)
{
    const auto share = [](int part, int whole) { return whole ? 100.0 * part / whole : 0.0; };
    std::printf("%-16s %5d %6d %7d %7d %9d %10.1f %% %10.1f %%\n", qPrintable(id), due,
        int(tally.attempts.size()), goodAnswers, tally.stored, tally.failures,
        share(tally.stored, due), share(tally.stored, goodAnswers));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("How long to poll."),
        QStringLiteral("s"), QStringLiteral("60") });
    parser.process(app);
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());

    SimulatorServer server(
        SimulatedFleet(SimulatedFleet::defaultSites(QDateTime::currentMSecsSinceEpoch()), 7));
    const QString started = server.start();
    if (!started.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(started));
        return 1;
    }
    const QString base = server.baseUrl();
    const QList<FeedSource> sources {
        benchSource(QStringLiteral("well-behaved"), base + QStringLiteral("/status.json")),
        benchSource(QStringLiteral("closes-idle"),
            base + QStringLiteral("/fault/close-after-response/status.json")),
        benchSource(QStringLiteral("alternating-bad"),
            base + QStringLiteral("/fault/alternate-oversized/status.json")),
    };

    QMutex mutex;
    QHash<QString, Tally> tallies;
    FeedPoller poller(
        sources, [](QList<KeyedSample>) {},
        [&](SourceHealth health) {
            if (health.lastAttemptMs == 0)
                return; // the report at start, before any poll
            QMutexLocker lock(&mutex);
            Tally &tally = tallies[health.sourceId];
            tally.attempts.insert(health.lastAttemptMs);
            if (health.samplesLastPoll > 0)
                ++tally.stored;
            else
                ++tally.failures;
        });
    poller.start();
    std::this_thread::sleep_for(std::chrono::seconds(seconds)); // the measured period itself
    poller.stop();

    const int due = seconds; // one poll per second
    std::printf("%d s at a 1 s interval, simulator on loopback\n", seconds);
    std::printf("%-16s %5s %6s %7s %7s %9s %12s %12s\n", "source", "due", "polls", "good", "stored",
        "failures", "stored/due", "stored/good");
    QMutexLocker lock(&mutex);
    for (const FeedSource &source : sources) {
        const Tally tally = tallies.value(source.id);
        const int polls = int(tally.attempts.size());
        // alternate-oversized answers every other request well, starting with a bad one.
        const int good = source.id == QLatin1String("alternating-bad") ? polls / 2 : polls;
        printRow(source.id, tally, due, good);
    }
    return 0;
}
