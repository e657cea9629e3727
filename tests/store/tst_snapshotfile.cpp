// Snapshots: VACUUM INTO a temporary file, secrets stripped, marked, renamed; they open
// read-only, equal the source data, refuse writes with a message, and a newer schema is refused.
#include "domain/metrics.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "store/schema.h"
#include "store/snapshotfile.h"
#include "store/storewriter.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

class TestSnapshotFile : public QObject
{
    Q_OBJECT

private slots:
    void redactsSecrets_data();
    void redactsSecrets();
    void roundTripEqualsSourceWithoutSecrets();
    void writerRefusesReadOnlySnapshot();
    void unwritableTargetLeavesNoFile_data();
    void unwritableTargetLeavesNoFile();
    void refusedTargetNamesTheReason_data();
    void refusedTargetNamesTheReason();
    void newerSchemaSnapshotIsRefused();
    void ordinaryStoreIsNoSnapshot();

private:
    // A store with the public dataset, samples and a source whose last error echoes a secret.
    QString makeSource(const QTemporaryDir &dir);
};

void TestSnapshotFile::redactsSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::addRow("authorization header")
        << QStringLiteral("HTTP 401; sent Authorization: Bearer abcdef123456")
        << QStringLiteral("abcdef123456");
    QTest::addRow("basic header") << QStringLiteral("authorization=Basic dXNlcjpwYXNz")
                                  << QStringLiteral("dXNlcjpwYXNz");
    QTest::addRow("bare bearer") << QStringLiteral("rejected bearer eyJhbGciOi.xyz")
                                 << QStringLiteral("eyJhbGciOi.xyz");
    QTest::addRow("url credentials")
        << QStringLiteral("https://alice:s3cret@prom.example/api") << QStringLiteral("s3cret");
    QTest::addRow("token parameter")
        << QStringLiteral("GET /metrics?token=hunter22&x=1") << QStringLiteral("hunter22");
    QTest::addRow("api key parameter")
        << QStringLiteral("api_key=ABCDEF999") << QStringLiteral("ABCDEF999");
}

void TestSnapshotFile::redactsSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString output = SnapshotFile::redactSecrets(input);
    QVERIFY2(!output.contains(secret), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("[removed]")), qPrintable(output));
    // Harmless text stays as it is.
    QCOMPARE(SnapshotFile::redactSecrets(QStringLiteral("connection refused (timeout 5 s)")),
        QStringLiteral("connection refused (timeout 5 s)"));
}

QString TestSnapshotFile::makeSource(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("source.sqlite"));
    Store store;
    if (!store.open(path).isEmpty())
        return {};
    if (DatasetImporter::import(store, DatasetParser::bundled()).outcome
        == DatasetImporter::Result::Outcome::Failed)
        return {};
    const QString site = store.sites().constFirst().id;
    SampleWriter writer(store.connection());
    QList<KeyedSample> samples;
    for (int i = 0; i < 50; ++i)
        samples.append(TestUtil::sample(site, Metric::GpusOnline, Provenance::Simulated,
            1'700'000'000'000 + i * 60'000, 1000 + i));
    if (!writer.write(samples).error.isEmpty())
        return {};
    auto health = store.connection().prepare(QStringLiteral(
        "INSERT INTO source_health(source_id, name, kind, url, enabled, interval_ms, last_error) "
        "VALUES('p', 'Prometheus', 'prometheus_api', 'https://bob:TOPSECRETPW@prom.example', 1, "
        "5000, "
        "'HTTP 403 with Authorization: Bearer TOPSECRETTOKEN')"));
    if (!health.run())
        return {};
    return path;
}

void TestSnapshotFile::roundTripEqualsSourceWithoutSecrets()
{
    QTemporaryDir dir;
    const QString source = makeSource(dir);
    QVERIFY(!source.isEmpty());
    const QString target = dir.filePath(QStringLiteral("carry.sqlite"));
    QList<int> progress;
    const QDateTime taken(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    QCOMPARE(SnapshotFile::write(source, target, taken,
                 [&](int percent) {
                     progress.append(percent);
                     return true;
                 }),
        QString());
    QCOMPARE(progress.constLast(), 100);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    // Only the snapshot: no temporary or journal files remain beside it.
    QCOMPARE(
        QDir(dir.path()).entryList(QStringList { QStringLiteral("carry.sqlite*") }, QDir::Files),
        QStringList { QStringLiteral("carry.sqlite") });

    QCOMPARE(SnapshotFile::takenAt(target), std::optional<QDateTime>(taken));
    Store original;
    QCOMPARE(original.open(source, Store::Access::ReadOnly), QString());
    Store copy;
    QCOMPARE(copy.open(target, Store::Access::ReadOnly), QString());
    QVERIFY(copy.isReadOnly());
    QCOMPARE(copy.sites().size(), original.sites().size());
    for (qsizetype i = 0; i < original.sites().size(); ++i)
        QCOMPARE(copy.sites()[i].name, original.sites()[i].name);
    QCOMPARE(copy.facts().size(), original.facts().size());
    for (qsizetype i = 0; i < original.facts().size(); ++i) {
        QCOMPARE(copy.facts()[i].value, original.facts()[i].value);
        QCOMPARE(copy.facts()[i].sourceUrl, original.facts()[i].sourceUrl);
        QCOMPARE(copy.facts()[i].asOf, original.facts()[i].asOf);
    }
    QCOMPARE(copy.milestones().size(), original.milestones().size());
    QCOMPARE(copy.phaseEvents().size(), original.phaseEvents().size());
    QCOMPARE(copy.series().size(), original.series().size());
    for (const SeriesInfo &series : original.series()) {
        const auto samplesOf = [&](const Store &store) {
            QList<double> values;
            for (const Sample &sample :
                store.rawSamples(series.id, 0, std::numeric_limits<qint64>::max()))
                values.append(sample.value);
            return values;
        };
        QCOMPARE(samplesOf(copy), samplesOf(original));
    }
    // Writing through the read-only store fails; the file says nothing of the secrets.
    QVERIFY(!copy.setMeta(QStringLiteral("x"), QStringLiteral("y")));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("TOPSECRETTOKEN"));
    QVERIFY(!bytes.contains("TOPSECRETPW"));
    QVERIFY(bytes.contains("[removed]"));
    // The source keeps what it had: only the snapshot is stripped.
    QVERIFY(original.connection()
                .prepare(QStringLiteral("SELECT last_error FROM source_health"))
                .next());
}

void TestSnapshotFile::writerRefusesReadOnlySnapshot()
{
    QTemporaryDir dir;
    const QString source = makeSource(dir);
    const QString target = dir.filePath(QStringLiteral("carry.sqlite"));
    QCOMPARE(SnapshotFile::write(source, target, QDateTime::currentDateTimeUtc()), QString());
    const QByteArray before = [&] {
        QFile file(target);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    StoreWriter writer(target);
    writer.setReadOnly(true);
    QSignalSpy failed(&writer, &StoreWriter::writeFailed);
    writer.enqueue({ TestUtil::sample(
        QStringLiteral("abilene-tx"), Metric::GpusOnline, Provenance::Manual, 1, 5) });
    writer.saveProjection(ProjectionRecord {});
    writer.recordHealth(SourceHealth {});
    writer.flush();
    QCOMPARE(failed.size(), 3);
    for (const QList<QVariant> &arguments : failed) {
        QVERIFY(arguments.constFirst().toString().contains(QStringLiteral("read-only snapshot")));
        QVERIFY(!arguments.constFirst().toString().contains(
            QStringLiteral("SQLITE"), Qt::CaseInsensitive));
    }
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestSnapshotFile::unwritableTargetLeavesNoFile_data()
{
    QTest::addColumn<QString>("target");
    QTest::addRow("missing folder") << QStringLiteral("/nonexistent-stargate/snap.sqlite");
    QTest::addRow("proc") << QStringLiteral("/proc/stargate-snap.sqlite");
}

void TestSnapshotFile::unwritableTargetLeavesNoFile()
{
    QFETCH(QString, target);
    QTemporaryDir dir;
    const QString source = makeSource(dir);
    const QString error = SnapshotFile::write(source, target, QDateTime::currentDateTimeUtc());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(target), qPrintable(error));
    QVERIFY(!QFile::exists(target));
}

void TestSnapshotFile::refusedTargetNamesTheReason_data()
{
    QTest::addColumn<QString>("target"); // "dir", "source" or a file name under a missing folder
    QTest::addColumn<QString>("reason");
    QTest::addRow("a folder") << QStringLiteral("dir") << QStringLiteral("it is a folder");
    QTest::addRow("the open database")
        << QStringLiteral("source") << QStringLiteral("it is the open database itself");
    QTest::addRow("missing folder")
        << QStringLiteral("missing/snap.sqlite") << QStringLiteral("does not exist");
}

void TestSnapshotFile::refusedTargetNamesTheReason()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString source = makeSource(dir);
    const QString path = target == QLatin1String("dir") ? dir.path()
        : target == QLatin1String("source")             ? source
                                                        : dir.filePath(target);
    const QString error = SnapshotFile::write(source, path, QDateTime::currentDateTimeUtc());
    QVERIFY2(
        error.startsWith(
            QStringLiteral("Cannot write the snapshot %1: ").arg(QDir::toNativeSeparators(path))),
        qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // Refused before anything was copied: no temporary file is left beside the store.
    const QStringList left = QDir(dir.path()).entryList({ QStringLiteral("*.part-*") });
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    QVERIFY(!SnapshotFile::takenAt(source).has_value());
}

void TestSnapshotFile::newerSchemaSnapshotIsRefused()
{
    QTemporaryDir dir;
    const QString source = makeSource(dir);
    const QString target = dir.filePath(QStringLiteral("future.sqlite"));
    QCOMPARE(SnapshotFile::write(source, target, QDateTime::currentDateTimeUtc()), QString());
    {
        sqlite::Connection connection;
        QVERIFY(connection.open(target, sqlite::Connection::Mode::ReadWrite));
        QVERIFY(connection.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
    }
    QVERIFY(SnapshotFile::takenAt(target).has_value());
    Store store;
    const QString error = store.open(target, Store::Access::ReadOnly);
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QVERIFY(!store.isOpen());
}

void TestSnapshotFile::ordinaryStoreIsNoSnapshot()
{
    QTemporaryDir dir;
    const QString source = makeSource(dir);
    QVERIFY(!SnapshotFile::takenAt(source).has_value());
    QVERIFY(!SnapshotFile::takenAt(dir.filePath(QStringLiteral("missing.sqlite"))).has_value());
    QFile text(dir.filePath(QStringLiteral("text.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("hello");
    text.close();
    QVERIFY(!SnapshotFile::takenAt(text.fileName()).has_value());
}

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
