// Range queries at a resolution must agree with a brute force over the raw samples.
#include "domain/timeutil.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestRangeQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void emptyAndDegenerateRanges();

private:
    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_seriesId = 0;
    QList<Sample> m_samples;
};

void TestRangeQuery::initTestCase()
{
    QCOMPARE(m_store.open(TestUtil::storePath(m_dir)), QString());
    QVERIFY(TestUtil::insertSite(m_store, QStringLiteral("s"), QStringLiteral("S")));
    // Irregular samples over ten days, some before the epoch, with a fixed seed.
    QRandomGenerator random(20251231);
    QList<KeyedSample> batch;
    qint64 ts = -2 * TimeUtil::kDayMs + 1234;
    while (ts < 8 * TimeUtil::kDayMs) {
        const double value = random.bounded(10'000.0) - 2'000.0;
        batch.append(TestUtil::sample(
            QStringLiteral("s"), QLatin1StringView("power_mw"), Provenance::Measured, ts, value));
        m_samples.append(Sample { ts, value });
        ts += 1 + random.bounded(90'000); // up to 1.5 minutes apart
    }
    SampleWriter writer(m_store.connection());
    const auto result = writer.write(batch);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.change.samplesWritten, qint64(m_samples.size()));
    m_seriesId = result.change.seriesIds.value(0);
    QVERIFY(m_seriesId > 0);
}

void TestRangeQuery::matchesBruteForce_data()
{
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("resolution");

    using R = RangeResult::Resolution;
    QTest::addRow("raw: 20 minutes at 800 points")
        << qint64(3'600'000) << qint64(3'600'000 + 20 * 60'000) << 800 << int(R::Raw);
    QTest::addRow("minute: 6 hours at 300 points")
        << qint64(7'777) << qint64(7'777 + 6 * 3'600'000) << 300 << int(R::Minute);
    QTest::addRow("minute: odd width")
        << qint64(-5 * 60'000 - 17) << qint64(97 * 60'000 + 3) << 7 << int(R::Minute);
    QTest::addRow("hour: 3 days at 50 points")
        << qint64(-TimeUtil::kDayMs) << qint64(2 * TimeUtil::kDayMs) << 50 << int(R::Hour);
    QTest::addRow("day: whole history at 4 points")
        << qint64(-3 * TimeUtil::kDayMs) << qint64(9 * TimeUtil::kDayMs) << 4 << int(R::Day);
    QTest::addRow("day: one point")
        << qint64(-3 * TimeUtil::kDayMs) << qint64(9 * TimeUtil::kDayMs) << 1 << int(R::Day);
}

void TestRangeQuery::matchesBruteForce()
{
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(int, points);
    QFETCH(int, resolution);

    const RangeResult result = m_store.range(m_seriesId, fromMs, toMs, points);
    QCOMPARE(int(result.resolution), resolution);
    QVERIFY(result.buckets.size() <= points);
    QVERIFY(result.bucketWidthMs >= (toMs - fromMs) / points);
    QVERIFY(result.fromMs <= fromMs);

    // The range covered: widened to whole buckets of the resolution used.
    qint64 coveredTo = toMs;
    if (result.resolution != RangeResult::Resolution::Raw) {
        const qint64 unit = result.resolution == RangeResult::Resolution::Minute
            ? TimeUtil::kMinuteMs
            : result.resolution == RangeResult::Resolution::Hour ? TimeUtil::kHourMs
                                                                 : TimeUtil::kDayMs;
        coveredTo = TimeUtil::ceilTo(toMs, unit);
    }

    // Brute force: group the raw samples into the same buckets.
    QMap<qint64, RangeBucket> expected;
    for (const Sample &sample : std::as_const(m_samples)) {
        if (sample.tsMs < result.fromMs || sample.tsMs >= coveredTo)
            continue;
        const qint64 start
            = result.fromMs + TimeUtil::floorTo(sample.tsMs - result.fromMs, result.bucketWidthMs);
        auto it = expected.find(start);
        if (it == expected.end()) {
            expected.insert(start,
                RangeBucket { start, sample.value, sample.value, sample.value, sample.tsMs, 1 });
            continue;
        }
        it->min = std::min(it->min, sample.value);
        it->max = std::max(it->max, sample.value);
        it->count += 1;
        if (sample.tsMs >= it->lastTsMs) {
            it->last = sample.value;
            it->lastTsMs = sample.tsMs;
        }
    }
    QCOMPARE(result.buckets.size(), expected.size());
    int index = 0;
    for (const RangeBucket &want : std::as_const(expected)) {
        const RangeBucket &got = result.buckets.at(index++);
        QCOMPARE(got.startMs, want.startMs);
        QCOMPARE(got.min, want.min);
        QCOMPARE(got.max, want.max);
        QCOMPARE(got.last, want.last);
        QCOMPARE(got.lastTsMs, want.lastTsMs);
        QCOMPARE(got.count, want.count);
    }
}

void TestRangeQuery::emptyAndDegenerateRanges()
{
    QVERIFY(m_store.range(m_seriesId, 10, 10, 100).buckets.isEmpty());
    QVERIFY(m_store.range(m_seriesId, 10, 5, 100).buckets.isEmpty());
    QVERIFY(m_store.range(m_seriesId, 0, 1000, 0).buckets.isEmpty());
    QVERIFY(m_store.range(m_seriesId + 1000, 0, TimeUtil::kDayMs, 100).buckets.isEmpty());
    QVERIFY(m_store.range(m_seriesId, 100 * TimeUtil::kDayMs, 101 * TimeUtil::kDayMs, 100)
                .buckets.isEmpty());
}

QTEST_GUILESS_MAIN(TestRangeQuery)
#include "tst_rangequery.moc"
