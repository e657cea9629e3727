// The writer thread: group commits, rollups, rejected values, and the committed() signal.
#include "domain/lifecycle.h"
#include "domain/metrics.h"
#include "domain/timeutil.h"
#include "store/storewriter.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cmath>
#include <limits>

class TestStoreWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupCommitsFromAnotherThread();
    void rejectsValuesThatAreNotNumbers_data();
    void rejectsValuesThatAreNotNumbers();
    void firstSampleForATimestampWins();
    void rollupsMatchRawSamples();
    void sourceHealthRoundTrip();
    void readOnlyStoreRefusesEveryWrite();

private:
    QTemporaryDir *m_dir = nullptr;
    Store m_store;
};

void TestStoreWriter::init()
{
    m_dir = new QTemporaryDir;
    QCOMPARE(m_store.open(TestUtil::storePath(*m_dir)), QString());
    QVERIFY(TestUtil::insertSite(m_store, QStringLiteral("s"), QStringLiteral("S")));
}

void TestStoreWriter::cleanup()
{
    m_store = Store();
    delete m_dir;
    m_dir = nullptr;
}

void TestStoreWriter::groupCommitsFromAnotherThread()
{
    QThread thread;
    auto *writer = new StoreWriter(m_store.path());
    writer->setFlushDelay(50);
    writer->moveToThread(&thread);
    connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
    thread.start();
    QSignalSpy committed(writer, &StoreWriter::committed);
    QSignalSpy failed(writer, &StoreWriter::writeFailed);

    // Three bursts queued at once arrive before the flush delay: one commit takes them all.
    for (int burst = 0; burst < 3; ++burst) {
        QList<KeyedSample> samples;
        for (int i = 0; i < 100; ++i)
            samples.append(TestUtil::sample(QStringLiteral("s"), Metric::GpusOnline,
                Provenance::Measured, burst * 100'000 + i * 1000, i));
        QMetaObject::invokeMethod(
            writer, "enqueue", Qt::QueuedConnection, Q_ARG(QList<KeyedSample>, samples));
    }
    QTRY_COMPARE(committed.size(), 1);
    const StoreChange change = committed.first().first().value<StoreChange>();
    QCOMPARE(change.samplesWritten, 300);
    QCOMPARE(change.newestTsMs, 2 * 100'000 + 99 * 1000);
    QCOMPARE(change.seriesIds.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_store.rawSamples(change.seriesIds.first(), 0, 1'000'000).size(), 300);

    thread.quit();
    QVERIFY(thread.wait());
}

void TestStoreWriter::rejectsValuesThatAreNotNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::addRow("+Inf") << std::numeric_limits<double>::infinity();
    QTest::addRow("-Inf") << -std::numeric_limits<double>::infinity();
}

void TestStoreWriter::rejectsValuesThatAreNotNumbers()
{
    QFETCH(double, value);
    SampleWriter writer(m_store.connection());
    const auto result = writer.write(
        { TestUtil::sample(QStringLiteral("s"), Metric::PowerMw, Provenance::Measured, 1, value),
            TestUtil::sample(QStringLiteral("s"), Metric::PowerMw, Provenance::Measured, 2, 5) });
    QCOMPARE(result.error, QString());
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.change.samplesWritten, 1);
    const auto id = m_store.seriesId(
        { QStringLiteral("s"), QString(Metric::PowerMw), QString(), Provenance::Measured });
    QVERIFY(id);
    const auto samples = m_store.rawSamples(*id, 0, 10);
    QCOMPARE(samples.size(), 1);
    QCOMPARE(samples.first().value, 5.0);
}

void TestStoreWriter::firstSampleForATimestampWins()
{
    SampleWriter writer(m_store.connection());
    QCOMPARE(writer
                 .write({ TestUtil::sample(
                     QStringLiteral("s"), Metric::PowerMw, Provenance::Measured, 1000, 5) })
                 .change.samplesWritten,
        1);
    const auto again = writer.write(
        { TestUtil::sample(QStringLiteral("s"), Metric::PowerMw, Provenance::Measured, 1000, 99) });
    QCOMPARE(again.change.samplesWritten, 0);
    const auto id = m_store.seriesId(
        { QStringLiteral("s"), QString(Metric::PowerMw), QString(), Provenance::Measured });
    const RangeResult range = m_store.range(*id, 0, TimeUtil::kHourMs, 1);
    QCOMPARE(range.buckets.size(), 1);
    QCOMPARE(range.buckets.first().count, 1);
    QCOMPARE(range.buckets.first().max, 5.0);
}

void TestStoreWriter::rollupsMatchRawSamples()
{
    SampleWriter writer(m_store.connection());
    // Written out of order across two batches: "last" must follow time, not arrival.
    QCOMPARE(writer
                 .write({ TestUtil::sample(QStringLiteral("s"), Metric::PowerMw,
                              Provenance::Measured, 50'000, 3),
                     TestUtil::sample(
                         QStringLiteral("s"), Metric::PowerMw, Provenance::Measured, 10'000, 8) })
                 .error,
        QString());
    QCOMPARE(writer
                 .write({ TestUtil::sample(
                     QStringLiteral("s"), Metric::PowerMw, Provenance::Measured, 30'000, 1) })
                 .error,
        QString());
    auto q = m_store.connection().prepare(
        QStringLiteral("SELECT min, max, sum, count, last, last_ts FROM rollup_minute"));
    QVERIFY(q.next());
    QCOMPARE(q.real(0), 1.0);
    QCOMPARE(q.real(1), 8.0);
    QCOMPARE(q.real(2), 12.0);
    QCOMPARE(q.int64(3), 3);
    QCOMPARE(q.real(4), 3.0);
    QCOMPARE(q.int64(5), 50'000);
    QVERIFY(!q.next());
}

void TestStoreWriter::sourceHealthRoundTrip()
{
    SourceHealth health;
    health.sourceId = QStringLiteral("prom");
    health.name = QStringLiteral("Prometheus");
    health.kind = QStringLiteral("prometheus_api");
    health.url = QStringLiteral("https://prom.example/api/v1/query");
    health.intervalMs = 15'000;
    health.lastAttemptMs = 1'800'000'000'000;
    health.lastSuccessMs = 1'799'999'985'000;
    health.consecutiveFailures = 2;
    health.lastError = QStringLiteral("timed out after 10000 ms");
    health.siteIds = { QStringLiteral("abilene-tx"), QStringLiteral("milam-tx") };
    {
        StoreWriter writer(m_store.path());
        QSignalSpy failed(&writer, &StoreWriter::writeFailed);
        writer.recordHealth(health);
        QCOMPARE(failed.size(), 0);
    }
    const QList<SourceHealth> read = m_store.sourceHealth();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().siteIds, health.siteIds);
    QCOMPARE(read.first().lastSuccessMs, health.lastSuccessMs);
    QCOMPARE(read.first().consecutiveFailures, 2);
    QCOMPARE(read.first().lastError, health.lastError);
}

// A snapshot opens read-only: a note or a phase typed on its Site page must be refused, not
// written into the file someone handed over (it used to be written, and "Note saved." shown).
void TestStoreWriter::readOnlyStoreRefusesEveryWrite()
{
    StoreWriter writer(m_store.path());
    writer.setReadOnly(true);
    QSignalSpy failed(&writer, &StoreWriter::writeFailed);
    QSignalSpy noteAdded(&writer, &StoreWriter::annotationAdded);
    QSignalSpy phaseRefused(&writer, &StoreWriter::phaseEventRefused);
    QSignalSpy phaseAdded(&writer, &StoreWriter::phaseEventAdded);

    writer.addAnnotation({ 0, QStringLiteral("s"), QDate(2026, 11, 30), QStringLiteral("note"),
        QDateTime::currentDateTimeUtc(), QStringLiteral("ada") });
    const ManualEventResult phase = writer.addManualPhaseEvent(
        { QStringLiteral("s"), QStringLiteral("construction"), QStringLiteral("2026-11-01"),
            QString(), QStringLiteral("ada"), QDateTime::currentDateTimeUtc() });

    QCOMPARE(noteAdded.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), StoreWriter::readOnlyMessage());
    QCOMPARE(phase.id, 0);
    QCOMPARE(phase.error, StoreWriter::readOnlyMessage());
    QCOMPARE(phaseRefused.count(), 1);
    QCOMPARE(phaseAdded.count(), 0);
    QVERIFY(m_store.annotations(QStringLiteral("s")).isEmpty());
    QVERIFY(m_store.phaseEvents(QStringLiteral("s")).isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"
