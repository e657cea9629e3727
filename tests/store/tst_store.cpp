#include "domain/metrics.h"
#include "store/schema.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void damagedStoreOpensReadOnly();
    void createsNewStoreWithLatestSchema();
    void roundTripsSitesAndSamples();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesUnwritableFolder();
    void refusesLockedDatabase();
    void readOnlyRefusesWrites();
    void constraintsRejectAbsurdRows_data();
    void constraintsRejectAbsurdRows();
    void schemaEightKeepsFactsAndTakesEstimates();
};

void TestStore::createsNewStoreWithLatestSchema()
{
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir, QStringLiteral("nested/folder/store.sqlite"));
    Store store;
    QCOMPARE(store.open(path), QString());
    QVERIFY(QFile::exists(path));
    QCOMPARE(Schema::versionOf(store.connection()), Schema::latestVersion());
    auto journal = store.connection().prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(journal.next());
    QCOMPARE(journal.text(0), QStringLiteral("wal"));
    auto foreignKeys = store.connection().prepare(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(foreignKeys.next());
    QCOMPARE(foreignKeys.int64(0), 1);
    auto rowid = store.connection().prepare(
        QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'samples'"));
    QVERIFY(rowid.next());
    QVERIFY(rowid.text(0).contains(QLatin1String("WITHOUT ROWID")));
}

void TestStore::roundTripsSitesAndSamples()
{
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    {
        Store store;
        QCOMPARE(store.open(path), QString());
        QVERIFY(TestUtil::insertSite(store, QStringLiteral("x"), QStringLiteral("Site X")));
        SampleWriter writer(store.connection());
        const auto result
            = writer.write({ TestUtil::sample(QStringLiteral("x"), QLatin1StringView("gpus_online"),
                                 Provenance::Measured, 1000, 42),
                TestUtil::sample(QStringLiteral("x"), QLatin1StringView("gpus_online"),
                    Provenance::Measured, 2000, 43) });
        QCOMPARE(result.error, QString());
        QCOMPARE(result.change.samplesWritten, 2);
    }
    Store reopened;
    QCOMPARE(reopened.open(path, Store::Access::ReadOnly), QString());
    const QList<Site> sites = reopened.sites();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites.first().name, QStringLiteral("Site X"));
    const auto id = reopened.seriesId(
        { QStringLiteral("x"), QStringLiteral("gpus_online"), QString(), Provenance::Measured });
    QVERIFY(id.has_value());
    const auto latest = reopened.latestSample(*id);
    QVERIFY(latest.has_value());
    QCOMPARE(latest->tsMs, 2000);
    QCOMPARE(latest->value, 43.0);
    QCOMPARE(reopened.rawSamples(*id, 0, 10'000).size(), 2);
}

void TestStore::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int version = 0; version < Schema::latestVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TestStore::migratesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    {
        sqlite::Connection connection;
        QVERIFY(connection.open(path, sqlite::Connection::Mode::ReadWriteCreate));
        QCOMPARE(Schema::migrate(connection, fromVersion), QString());
        QCOMPARE(Schema::versionOf(connection), fromVersion);
        if (fromVersion >= 1) {
            // Data written by that version must survive and be rolled up after migrating.
            QVERIFY(connection.exec(
                QStringLiteral("INSERT INTO sites(id, name) VALUES('s', 'S');"
                               "INSERT INTO series(id, site_id, metric, unit, provenance) "
                               "VALUES(1, 's', 'power_mw', 'MW', 'measured');")));
            if (fromVersion == 1) {
                // Version 1 had no rollups: raw samples only, rolled up by the migration.
                QVERIFY(connection.exec(QStringLiteral(
                    "INSERT INTO samples VALUES(1, 60000, 5), (1, 90000, 7), (1, 3600000, 2);")));
            } else {
                // Later versions keep rollups as they write, as their writer did.
                SampleWriter writer(connection);
                const auto key = [](qint64 ts, double v) {
                    return TestUtil::sample(QStringLiteral("s"), QLatin1StringView("power_mw"),
                        Provenance::Measured, ts, v, QStringLiteral("MW"));
                };
                QCOMPARE(writer.write({ key(60000, 5), key(90000, 7), key(3600000, 2) }).error,
                    QString());
            }
        }
    }
    Store store;
    QCOMPARE(store.open(path), QString());
    QCOMPARE(Schema::versionOf(store.connection()), Schema::latestVersion());
    if (fromVersion >= 1) {
        QCOMPARE(store.sites().size(), 1);
        const RangeResult range = store.range(1, 0, 2 * 3600000, 2);
        QCOMPARE(range.resolution, RangeResult::Resolution::Hour);
        QCOMPARE(range.buckets.size(), 2);
        QCOMPARE(range.buckets[0].min, 5.0);
        QCOMPARE(range.buckets[0].max, 7.0);
        QCOMPARE(range.buckets[0].last, 7.0);
        QCOMPARE(range.buckets[0].count, 2);
        QCOMPARE(range.buckets[1].last, 2.0);
    }
}

void TestStore::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("userVersion"); // > 0: make a real SQLite file at that version
    QTest::addColumn<QString>("expectedText");

    QTest::addRow("text file") << QByteArray("this is not a database\n") << 0
                               << QStringLiteral("not a Stargate Dashboard database");
    QTest::addRow("truncated header")
        << QByteArray("SQLite format 3\0garbage", 23) << 0 << QStringLiteral("cannot be read");
    QTest::addRow("newer schema") << QByteArray() << 99 << QStringLiteral("newer version");
    QTest::addRow("other program") << QByteArray() << -1 << QStringLiteral("another program");
}

void TestStore::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, userVersion);
    QFETCH(QString, expectedText);
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    if (userVersion != 0) {
        sqlite::Connection connection;
        QVERIFY(connection.open(path, sqlite::Connection::Mode::ReadWriteCreate));
        if (userVersion > 0)
            QVERIFY(
                connection.exec(QStringLiteral("CREATE TABLE future(x); PRAGMA user_version = %1")
                                    .arg(userVersion)));
        else
            QVERIFY(connection.exec(
                QStringLiteral("CREATE TABLE accounts(id INTEGER PRIMARY KEY, owner TEXT)")));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytesBefore = before.readAll();
    before.close();

    Store store;
    const QString error = store.open(path);
    QVERIFY2(error.contains(expectedText), qPrintable(error));
    QVERIFY2(error.contains(path), "the message names the file");
    QVERIFY(!store.isOpen());

    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytesBefore);
}

void TestStore::refusesUnwritableFolder()
{
    // Nobody, root included, can create folders in /proc.
    Store store;
    const QString error = store.open(QStringLiteral("/proc/stargate/store.sqlite"));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QLatin1String("/proc/stargate")));
    QVERIFY(!store.isOpen());
}

void TestStore::refusesLockedDatabase()
{
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    {
        Store store;
        QCOMPARE(store.open(path), QString());
        QVERIFY(TestUtil::insertSite(store, QStringLiteral("x"), QStringLiteral("X")));
    }
    sqlite::Connection holder;
    QVERIFY(holder.open(path, sqlite::Connection::Mode::ReadWrite));
    QVERIFY(holder.exec(QStringLiteral(
        "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE sites SET name = 'Y';")));
    Store store;
    const QString error = store.open(path);
    QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
    QVERIFY(error.contains(path));
    QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    holder.close();
    // Nothing was lost: once the other program lets go, the data is there as before.
    QCOMPARE(store.open(path), QString());
    QCOMPARE(store.sites().value(0).name, QStringLiteral("X"));
}

void TestStore::readOnlyRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    {
        Store store;
        QCOMPARE(store.open(path), QString());
    }
    Store store;
    QCOMPARE(store.open(path, Store::Access::ReadOnly), QString());
    QVERIFY(!TestUtil::insertSite(store, QStringLiteral("x"), QStringLiteral("X")));
    QCOMPARE(store.sites().size(), 0);
}

void TestStore::constraintsRejectAbsurdRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addRow("latitude out of range") << QStringLiteral(
        "INSERT INTO sites(id, name, latitude, longitude) VALUES('a', 'A', 123, 0)");
    QTest::addRow("unknown phase") << QStringLiteral(
        "INSERT INTO sites(id, name) VALUES('a', 'A'); INSERT INTO phase_events(site_id, phase, "
        "date, provenance) VALUES('a', 'exploded', '2025-01-01', 'reported')");
    QTest::addRow("unknown provenance") << QStringLiteral(
        "INSERT INTO series(metric, unit, provenance) VALUES('m', 'u', 'rumour')");
    QTest::addRow("range backwards") << QStringLiteral(
        "INSERT INTO facts(scope, metric, unit, value_low, value_high, period, as_of, source_url) "
        "VALUES('fleet', 'm', 'u', 5, 4, '2025-01-01', '2025-01-01', 'https://x')");
    QTest::addRow("estimate without analyst") << QStringLiteral(
        "INSERT INTO facts(scope, metric, unit, value_low, value_high, period, as_of, source_url, "
        "provenance, method) VALUES('fleet', 'm', 'u', 1, 1, '2025-01-01', '2025-01-01', "
        "'https://x', 'estimate', 'modelled')");
    QTest::addRow("analyst on a reported fact") << QStringLiteral(
        "INSERT INTO facts(scope, metric, unit, value_low, value_high, period, as_of, source_url, "
        "provenance, analyst, method) VALUES('fleet', 'm', 'u', 1, 1, '2025-01-01', "
        "'2025-01-01', 'https://x', 'reported', 'Epoch AI', 'modelled')");
    QTest::addRow("sample of unknown series")
        << QStringLiteral("INSERT INTO samples VALUES(999, 1, 1)");
    QTest::addRow("site fact without site") << QStringLiteral(
        "INSERT INTO facts(scope, metric, unit, value_low, value_high, period, as_of, source_url) "
        "VALUES('site', 'm', 'u', 1, 1, '2025-01-01', '2025-01-01', 'https://x')");
}

void TestStore::constraintsRejectAbsurdRows()
{
    QFETCH(QString, sql);
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QVERIFY(
        !store.connection().exec(QStringLiteral("BEGIN; ") + sql + QStringLiteral("; COMMIT;")));
    store.connection().exec(QStringLiteral("ROLLBACK"));
}

// Schema 8 rebuilds the facts table so that it takes estimates (analyst, method): a store at
// schema 7 keeps every fact through the migration, with everything it said, and takes an
// estimate afterwards. Series and their samples are not touched.
void TestStore::schemaEightKeepsFactsAndTakesEstimates()
{
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    {
        sqlite::Connection connection;
        QVERIFY(connection.open(path, sqlite::Connection::Mode::ReadWriteCreate));
        QCOMPARE(Schema::migrate(connection, 7), QString());
        QVERIFY(connection.exec(QStringLiteral(
            "INSERT INTO sites(id, name) VALUES('s', 'S');"
            "INSERT INTO facts(id, scope, site_id, metric, unit, value_low, value_high, period, "
            "as_of, source_url, note, provenance, origin) VALUES"
            "(4, 'site', 's', 'capacity_online_mw', 'MW', 300, 300, '2026-04-17', '2026-04-17', "
            "'https://a.example', 'note a', 'reported', 'dataset'),"
            "(9, 'fleet', NULL, 'gpus_online_target', 'GPUs', 1e6, 1e6, '2025-12-31', "
            "'2025-07-20', 'https://b.example', '', 'planned', 'manual');"
            "INSERT INTO series(id, site_id, metric, unit, provenance) "
            "VALUES(1, 's', 'power_mw', 'MW', 'measured');"
            "INSERT INTO samples VALUES(1, 60000, 5);")));
    }
    Store store;
    QCOMPARE(store.open(path), QString());
    QVERIFY(Schema::versionOf(store.connection()) >= 8);
    const QList<ReportedFact> facts = store.facts();
    QCOMPARE(facts.size(), 2);
    const ReportedFact &target = facts.at(0); // ordered by period
    QCOMPARE(target.id, 9);
    QCOMPARE(target.scope, ReportedFact::Scope::Fleet);
    QCOMPARE(target.provenance, Provenance::Planned);
    QCOMPARE(target.value.low, 1e6);
    const ReportedFact &online = facts.at(1);
    QCOMPARE(online.id, 4);
    QCOMPARE(online.siteId, QStringLiteral("s"));
    QCOMPARE(online.metric, QStringLiteral("capacity_online_mw"));
    QCOMPARE(online.value.low, 300.0);
    QCOMPARE(online.asOf, QDate(2026, 4, 17));
    QCOMPARE(online.sourceUrl, QStringLiteral("https://a.example"));
    QCOMPARE(online.note, QStringLiteral("note a"));
    QCOMPARE(online.provenance, Provenance::Reported);
    QVERIFY(online.analyst.isEmpty() && online.method.isEmpty());
    // The manual fact keeps its origin (the importer only replaces origin 'dataset').
    auto origin
        = store.connection().prepare(QStringLiteral("SELECT origin FROM facts WHERE id = 9"));
    QVERIFY(origin.next());
    QCOMPARE(origin.text(0), QStringLiteral("manual"));
    // The series' samples are still there.
    QCOMPARE(store.rawSamples(1, 0, 100000).size(), 1);

    QVERIFY(store.connection().exec(QStringLiteral(
        "INSERT INTO facts(scope, site_id, metric, unit, value_low, value_high, period, as_of, "
        "source_url, provenance, analyst, method) VALUES('site', 's', 'capacity_online_mw', 'MW', "
        "301, 589, '2026-05-23', '2026-05-23', 'https://epoch.ai/data/ai-data-centers', "
        "'estimate', 'Epoch AI', 'modelled')")));
    const QList<ReportedFact> after = store.facts();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.last().provenance, Provenance::Estimate);
    QCOMPARE(after.last().analyst, QStringLiteral("Epoch AI"));
    QCOMPARE(after.last().method, QStringLiteral("modelled"));
    // A site's facts still go with the site.
    QVERIFY(store.connection().exec(QStringLiteral("DELETE FROM sites WHERE id = 's'")));
    QCOMPARE(store.facts().size(), 1);
}

// A store whose pages are damaged (here: the b-tree headers of its last pages overwritten)
// fails the quick_check at open: it is opened read-only with a message that names the file and
// what to do, and the file is not written. It used to be opened and written.
void TestStore::damagedStoreOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    {
        Store store;
        QCOMPARE(store.open(path), QString());
        QVERIFY(TestUtil::insertSite(store, QStringLiteral("s"), QStringLiteral("S")));
        QList<KeyedSample> samples;
        for (int i = 0; i < 5000; ++i)
            samples.append(TestUtil::sample(
                QStringLiteral("s"), Metric::GpusOnline, Provenance::Measured, i * 1000, i));
        SampleWriter writer(store.connection());
        QVERIFY(writer.write(samples).error.isEmpty());
        auto size = store.connection().prepare(QStringLiteral("PRAGMA page_size"));
        QVERIFY(size.next());
        pageSize = size.int64(0);
        auto count = store.connection().prepare(QStringLiteral("PRAGMA page_count"));
        QVERIFY(count.next());
        pageCount = count.int64(0);
    } // closed: the WAL is checkpointed into the file
    QVERIFY(pageCount > 8);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page = pageCount - 3; page <= pageCount; ++page) {
            QVERIFY(file.seek((page - 1) * pageSize));
            file.write(QByteArray(64, '\xff'));
        }
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QByteArray damaged = fileBytes(path);

    Store store;
    QCOMPARE(store.open(path), QString());
    QVERIFY(store.isReadOnly());
    QVERIFY2(store.damageMessage().contains(path), qPrintable(store.damageMessage()));
    QVERIFY(store.damageMessage().contains(QStringLiteral("read-only")));
    QVERIFY(store.damageMessage().contains(QStringLiteral("snapshot")));
    QVERIFY(!store.setMeta(QStringLiteral("probe"), QStringLiteral("x"))); // refused
    store = Store();
    QCOMPARE(fileBytes(path), damaged);

    // A sound store has no such message.
    Store sound;
    QCOMPARE(sound.open(dir.filePath(QStringLiteral("sound.sqlite"))), QString());
    QVERIFY(!sound.isReadOnly());
    QCOMPARE(sound.damageMessage(), QString());
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
