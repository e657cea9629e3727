// The writer thread: group commits, rollups, rejected values, and the committed() signal.
#include "domain/lifecycle.h"
#include "domain/metrics.h"
#include "domain/timeutil.h"
#include "store/sqlite.h"
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
    void keepsSamplesWhileTheDiskIsFull();
    void retriesWhileAnotherWriterHoldsTheStore();
    void queueDropsTheOldestBeyondItsLimit();
    void healthWaitsWithTheSamples();
    void twoWritersOnOneStoreLoseNothing();

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

namespace {

// A writer on its own thread, as the session runs it; quits and deletes it on destruction.
class WriterOnThread
{
public:
    explicit WriterOnThread(const QString &path)
        : writer(new StoreWriter(path))
    {
        writer->setFlushDelay(10);
        writer->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
        thread.start();
    }
    ~WriterOnThread()
    {
        thread.quit();
        thread.wait();
    }
    // Runs `call` on the writer's thread and waits for it.
    template <typename Call> void run(Call call)
    {
        StoreWriter *w = writer;
        QMetaObject::invokeMethod(
            writer, [w, call] { call(*w); }, Qt::BlockingQueuedConnection);
    }
    void enqueue(const QList<KeyedSample> &samples)
    {
        QMetaObject::invokeMethod(
            writer, "enqueue", Qt::QueuedConnection, Q_ARG(QList<KeyedSample>, samples));
    }

    QThread thread;
    StoreWriter *writer;
};

QList<KeyedSample> samplesAt(const QString &site, qint64 firstTsMs, int count)
{
    QList<KeyedSample> samples;
    for (int i = 0; i < count; ++i)
        samples.append(TestUtil::sample(
            site, Metric::GpusOnline, Provenance::Measured, firstTsMs + i * 1000, i));
    return samples;
}

qint64 scalar(Store &store, const QString &sql)
{
    auto query = store.connection().prepare(sql);
    return query.next() ? query.int64(0) : -1;
}

qint64 sampleCount(Store &store)
{
    return scalar(store, QStringLiteral("SELECT count(*) FROM samples"));
}

StoreWriteState lastState(const QSignalSpy &spy)
{
    return spy.isEmpty() ? StoreWriteState()
                         : spy.constLast().constFirst().value<StoreWriteState>();
}

} // namespace

// A full disk (a page limit makes the commit fail with SQLITE_FULL, as a full disk does): the
// batch stays queued, the state says so, what was committed before stays, and when space
// returns the queue is written by itself. It used to wait for the next enqueue and be dropped
// at exit without a word.
void TestStoreWriter::keepsSamplesWhileTheDiskIsFull()
{
    WriterOnThread w(m_store.path());
    QSignalSpy state(w.writer, &StoreWriter::writeStateChanged);
    QSignalSpy committed(w.writer, &StoreWriter::committed);
    w.enqueue(samplesAt(QStringLiteral("s"), 0, 100));
    QTRY_COMPARE(committed.size(), 1);

    const qint64 pages = scalar(m_store, QStringLiteral("PRAGMA page_count"));
    w.run([pages](StoreWriter &writer) { writer.setPageLimit(pages); });
    w.enqueue(samplesAt(QStringLiteral("s"), 1'000'000, 3000));
    QTRY_VERIFY(lastState(state).failing);
    QCOMPARE(lastState(state).waiting, 3000);
    QVERIFY(lastState(state).error.contains(QStringLiteral("full")));
    QCOMPARE(sampleCount(m_store), 100); // committed before the fault: intact
    // More samples while failing wait behind the first, in order.
    w.enqueue(samplesAt(QStringLiteral("s"), 5'000'000, 10));
    QTRY_COMPARE(lastState(state).waiting, 3010);

    w.run([](StoreWriter &writer) { writer.setPageLimit(0); });
    QTRY_VERIFY_WITH_TIMEOUT(!lastState(state).failing, 10'000);
    QCOMPARE(sampleCount(m_store), 3110);
    QCOMPARE(lastState(state).lost, 0);
    QCOMPARE(scalar(m_store, QStringLiteral("SELECT sum(count) FROM rollup_minute")), 3110);
}

// Another writer holds the store past the busy timeout (SQLITE_BUSY): retried, nothing lost.
void TestStoreWriter::retriesWhileAnotherWriterHoldsTheStore()
{
    WriterOnThread w(m_store.path());
    w.run([](StoreWriter &writer) { writer.setBusyTimeout(20); });
    QSignalSpy state(w.writer, &StoreWriter::writeStateChanged);
    sqlite::Connection other;
    QVERIFY(other.open(m_store.path(), sqlite::Connection::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));

    w.enqueue(samplesAt(QStringLiteral("s"), 0, 50));
    QTRY_VERIFY(lastState(state).failing);
    QVERIFY2(lastState(state).error.contains(QStringLiteral("locked")),
        qPrintable(lastState(state).error));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QTRY_VERIFY_WITH_TIMEOUT(!lastState(state).failing, 10'000);
    QCOMPARE(sampleCount(m_store), 50);
}

// The queue is bounded: beyond its limit the oldest samples go, and are counted as lost.
void TestStoreWriter::queueDropsTheOldestBeyondItsLimit()
{
    WriterOnThread w(m_store.path());
    w.run([](StoreWriter &writer) {
        writer.setBusyTimeout(20);
        writer.setQueueLimit(100);
    });
    QSignalSpy state(w.writer, &StoreWriter::writeStateChanged);
    sqlite::Connection other;
    QVERIFY(other.open(m_store.path(), sqlite::Connection::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    w.enqueue(samplesAt(QStringLiteral("s"), 0, 60));
    QTRY_VERIFY(lastState(state).failing);
    w.enqueue(samplesAt(QStringLiteral("s"), 60'000, 90));
    QTRY_COMPARE(lastState(state).lost, 50);
    QCOMPARE(lastState(state).waiting, 100);
    QVERIFY(StoreWriter::describe(lastState(state), m_store.path()).contains(m_store.path()));

    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QTRY_VERIFY_WITH_TIMEOUT(!lastState(state).failing, 10'000);
    QCOMPARE(sampleCount(m_store), 100);
    // The newest 100 are stored: the first 50 (ts 0 … 49 s) were dropped.
    QCOMPARE(scalar(m_store, QStringLiteral("SELECT min(ts) FROM samples")), 50'000);
    QCOMPARE(lastState(state).lost, 50);
}

// Health recorded while the store cannot be written is kept (the newest per source) and
// written on recovery, before the samples, so the alert rules never see it stale.
void TestStoreWriter::healthWaitsWithTheSamples()
{
    WriterOnThread w(m_store.path());
    w.run([](StoreWriter &writer) { writer.setBusyTimeout(20); });
    QSignalSpy state(w.writer, &StoreWriter::writeStateChanged);
    QSignalSpy recorded(w.writer, &StoreWriter::healthRecorded);
    sqlite::Connection other;
    QVERIFY(other.open(m_store.path(), sqlite::Connection::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    SourceHealth health;
    health.sourceId = QStringLiteral("prom");
    health.name = QStringLiteral("Prometheus");
    health.kind = QStringLiteral("prometheus_api");
    health.url = QStringLiteral("http://127.0.0.1:9090/api/v1/query");
    health.intervalMs = 1000;
    for (qint64 success : { 1000, 2000 }) {
        health.lastSuccessMs = success;
        QMetaObject::invokeMethod(
            w.writer, [&w, health] { w.writer->recordHealth(health); }, Qt::QueuedConnection);
    }
    QTRY_VERIFY(lastState(state).failing);
    QCOMPARE(recorded.size(), 0);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QTRY_COMPARE(recorded.size(), 1);
    QTRY_VERIFY(!lastState(state).failing);
    QCOMPARE(m_store.sourceHealth().size(), 1);
    QCOMPARE(m_store.sourceHealth().first().lastSuccessMs, 2000);
}

// Two writers (two collectors) and a reader on one store, all at once: every sample of both
// is stored.
void TestStoreWriter::twoWritersOnOneStoreLoseNothing()
{
    QVERIFY(TestUtil::insertSite(m_store, QStringLiteral("t"), QStringLiteral("T")));
    WriterOnThread first(m_store.path());
    WriterOnThread second(m_store.path());
    // Short busy timeouts make the two collide for real; the retries must absorb it.
    first.run([](StoreWriter &writer) { writer.setBusyTimeout(1); });
    second.run([](StoreWriter &writer) { writer.setBusyTimeout(1); });
    constexpr int kBursts = 200;
    constexpr int kPerBurst = 50;
    for (int burst = 0; burst < kBursts; ++burst) {
        first.enqueue(samplesAt(QStringLiteral("s"), qint64(burst) * kPerBurst * 1000, kPerBurst));
        second.enqueue(samplesAt(QStringLiteral("t"), qint64(burst) * kPerBurst * 1000, kPerBurst));
        if (burst % 20 == 0) // a reader (a --report) in between
            sampleCount(m_store);
    }
    QTRY_VERIFY_WITH_TIMEOUT(sampleCount(m_store) == 2 * kBursts * kPerBurst, 30'000);
    StoreWriteState a;
    StoreWriteState b;
    first.run([&a](StoreWriter &writer) { a = writer.drain(10'000); });
    second.run([&b](StoreWriter &writer) { b = writer.drain(10'000); });
    QCOMPARE(a.lost + a.waiting + b.lost + b.waiting, 0);
}

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"
