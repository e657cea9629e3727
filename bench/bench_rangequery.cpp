// How much the rollups save: a chart's range query at 1,000 points over 30 days of 1-second
// samples, answered from the rollups, against the same answer computed from raw samples
// (the baseline). Also prints the sustained write rate with rollup upkeep.
#include "store/samplewriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Store store;
    if (const QString error = store.open(dir.filePath(QStringLiteral("bench.sqlite")));
        !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    store.connection().exec(QStringLiteral("INSERT INTO sites(id, name) VALUES('s', 'S')"));
    SampleWriter writer(store.connection());

    constexpr qint64 kSamples = 30LL * 24 * 3600; // 30 days at one sample per second
    constexpr int kBatch = 5000;
    QElapsedTimer timer;
    timer.start();
    QList<KeyedSample> batch;
    batch.reserve(kBatch);
    for (qint64 i = 0; i < kSamples; ++i) {
        batch.append(KeyedSample { SeriesKey { QStringLiteral("s"), QStringLiteral("power_mw"),
                                       QStringLiteral("MW"), Provenance::Measured },
            i * 1000, 500 + 100 * std::sin(double(i) / 5000.0) });
        if (batch.size() == kBatch) {
            writer.write(batch);
            batch.clear();
        }
    }
    writer.write(batch);
    const double writeSeconds = timer.nsecsElapsed() / 1e9;
    const qint64 seriesId = *store.seriesId(
        { QStringLiteral("s"), QStringLiteral("power_mw"), QString(), Provenance::Measured });

    const qint64 from = 0;
    const qint64 to = kSamples * 1000;
    constexpr int kPoints = 1000;
    constexpr int kRepeats = 20;

    timer.restart();
    qsizetype buckets = 0;
    for (int r = 0; r < kRepeats; ++r)
        buckets += store.range(seriesId, from, to, kPoints).buckets.size();
    const double rollupMs = timer.nsecsElapsed() / 1e6 / kRepeats;

    // Baseline: the same buckets computed from the raw samples.
    timer.restart();
    qsizetype rawBuckets = 0;
    for (int r = 0; r < 3; ++r) {
        auto q = store.connection().prepare(QStringLiteral(
            "SELECT (ts - ?2) / ?3 AS b, min(value), max(value), count(*) FROM samples "
            "WHERE series_id = ?1 AND ts >= ?2 AND ts < ?4 GROUP BY b"));
        q.bind(1, seriesId).bind(2, from).bind(3, (to - from) / kPoints).bind(4, to);
        while (q.next())
            ++rawBuckets;
    }
    const double rawMs = timer.nsecsElapsed() / 1e6 / 3;

    std::printf(
        "samples written            %lld (30 days at 1 s)\n", static_cast<long long>(kSamples));
    std::printf("write rate with rollups    %.0f samples/s (batches of %d)\n",
        kSamples / writeSeconds, kBatch);
    std::printf("range query, rollups       %.2f ms for %lld buckets\n", rollupMs,
        static_cast<long long>(buckets / kRepeats));
    std::printf("range query, raw baseline  %.2f ms for %lld buckets\n", rawMs,
        static_cast<long long>(rawBuckets / 3));
    std::printf("speed-up over raw          %.0fx\n", rawMs / rollupMs);
    return 0;
}
