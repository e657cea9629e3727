// A public_table source end to end: the session polls the simulator's table, reads it off the
// GUI thread and stores it as estimates; a restart asks conditionally with the stored
// validators; a new version keeps the earlier one in history; a refused file stores nothing;
// a name mapped to a site reads the newest version again.
#include "domain/metrics.h"
#include "session/dashboardsession.h"
#include "sim/simulatorserver.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/publictable/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TableImportOutcome outcomeAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<TableImportOutcome>();
}

int factsOf(const Store &store, const QString &siteId, qint64 importId = 0)
{
    int count = 0;
    for (const ReportedFact &fact : store.facts(Store::FactSelection::WithEarlierReleases))
        if (fact.siteId == siteId && fact.importId > 0 && (!importId || fact.importId == importId))
            ++count;
    return count;
}

} // namespace

class TestTablePolling : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pollImportsAndRestartsConditionally();
    void newVersionKeepsTheEarlierOne();
    void htmlPageStoresNothing();
    void mappedNameIsReadAgain();
    void fileImportRunsOffTheGuiThread();
    void zipArchiveIsOneTablePerCsv();
    void summaryNamesAFewUnmatchedNames();

private:
    QString writeSources(int intervalS = 1);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatorServer> m_server;
};

void TestTablePolling::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server
        = std::make_unique<SimulatorServer>(SimulatedFleet(SimulatedFleet::defaultSites(0), 3));
    QCOMPARE(m_server->start(), QString());
    m_server->setPublicTable(fixture(QStringLiteral("data_center_timelines.csv")));
}

QString TestTablePolling::writeSources(int intervalS)
{
    const QString path = m_dir->filePath(QStringLiteral("sources.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(QStringLiteral(R"({"version":1,"sources":[{"id":"epoch","name":"Epoch AI",)"
                              R"("kind":"public_table","interval_s":%1,)"
                              R"("url":"%2/tables/data_center_timelines.csv"}]})")
                   .arg(intervalS)
                   .arg(m_server->baseUrl())
                   .toUtf8());
    return path;
}

void TestTablePolling::pollImportsAndRestartsConditionally()
{
    const QString db = m_dir->filePath(QStringLiteral("store.sqlite"));
    const QString sources = writeSources();
    {
        DashboardSession session;
        QCOMPARE(session.open(db), QString());
        QSignalSpy imported(&session, &DashboardSession::tableImported);
        QCOMPARE(session.startFeed(sources), QString());
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10'000);
        QCOMPARE(outcomeAt(imported, 0).kind, TableImportOutcome::Kind::Imported);
        QVERIFY(outcomeAt(imported, 0).credit.contains(QLatin1String("Epoch AI")));

        const QList<TableImportInfo> imports = session.store().tableImports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().sourceId, QStringLiteral("epoch"));
        QVERIFY(imports.first().url.endsWith(QLatin1String("/tables/data_center_timelines.csv")));
        QCOMPARE(imports.first().etag.toLatin1(), m_server->publicTable().etag);
        QCOMPARE(imports.first().lastModified.toLatin1(), m_server->publicTable().lastModified);
        // Abilene's rows are estimates as of their own dates (a month: its last day), not of
        // the fetch.
        bool sawOctober = false;
        for (const ReportedFact &fact : session.store().facts()) {
            if (fact.importId == 0 || fact.siteId != QLatin1String("abilene-tx"))
                continue;
            QCOMPARE(fact.provenance, Provenance::Estimate);
            QCOMPARE(fact.analyst, QStringLiteral("Epoch AI"));
            if (fact.metric == QLatin1String(Metric::CapacityOnlineMw)
                && fact.period == QDate(2026, 10, 31))
                sawOctober = qFuzzyCompare(fact.value.high, 700.0);
        }
        QVERIFY(sawOctober);
        // Later polls are answered 304 and import nothing.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->tableNotModified() >= 1, 10'000);
        QCOMPARE(imported.count(), 1);
    }
    // A restart's first fetch is conditional on the stored version: nothing is downloaded.
    const quint64 notModified = m_server->tableNotModified();
    DashboardSession session;
    QCOMPARE(session.open(db), QString());
    QSignalSpy imported(&session, &DashboardSession::tableImported);
    QCOMPARE(session.startFeed(sources), QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->tableNotModified() >= notModified + 1, 10'000);
    QCOMPARE(m_server->tableDownloads(), 1u);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(session.store().tableImports().size(), 1);
}

void TestTablePolling::newVersionKeepsTheEarlierOne()
{
    DashboardSession session;
    QCOMPARE(session.open(m_dir->filePath(QStringLiteral("store.sqlite"))), QString());
    QSignalSpy imported(&session, &DashboardSession::tableImported);
    QCOMPARE(session.startFeed(writeSources()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10'000);
    const qint64 first = outcomeAt(imported, 0).importId;
    const int firstAbilene = factsOf(session.store(), QStringLiteral("abilene-tx"), first);
    QVERIFY(firstAbilene > 0);

    QByteArray revised = fixture(QStringLiteral("data_center_timelines.csv"));
    revised.replace("700,OpenAI Stargate Abilene", "760,OpenAI Stargate Abilene");
    m_server->setPublicTable(revised);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 10'000);
    QCOMPARE(outcomeAt(imported, 1).kind, TableImportOutcome::Kind::Imported);
    const qint64 second = outcomeAt(imported, 1).importId;
    QVERIFY(second != first);
    // Both versions are kept; the current figures are the new version's.
    QCOMPARE(session.store().tableImports().size(), 2);
    QCOMPARE(factsOf(session.store(), QStringLiteral("abilene-tx"), first), firstAbilene);
    bool revisedShown = false;
    for (const ReportedFact &fact : session.store().facts()) {
        QVERIFY(fact.importId != first);
        if (fact.importId == second && fact.metric == QLatin1String(Metric::CapacityOnlineMw)
            && fact.period == QDate(2026, 10, 31))
            revisedShown = qFuzzyCompare(fact.value.high, 760.0);
    }
    QVERIFY(revisedShown);
}

// A captive portal or an error page answered with 200: refused, named, nothing stored, and the
// program polls on.
void TestTablePolling::htmlPageStoresNothing()
{
    m_server->setPublicTable("<!DOCTYPE html><html><body>Sign in to continue</body></html>");
    DashboardSession session;
    QCOMPARE(session.open(m_dir->filePath(QStringLiteral("store.sqlite"))), QString());
    QSignalSpy imported(&session, &DashboardSession::tableImported);
    QCOMPARE(session.startFeed(writeSources()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10'000);
    const TableImportOutcome outcome = outcomeAt(imported, 0);
    QCOMPARE(outcome.kind, TableImportOutcome::Kind::Failed);
    QVERIFY2(outcome.error.contains(QLatin1String("HTML")), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QLatin1String("Epoch AI")), qPrintable(outcome.error));
    QVERIFY(session.store().tableImports().isEmpty());
    // The Feeds page shows the refusal as the source's error, through the 304s that follow.
    const auto sourceHealth = [&session] {
        for (const SourceHealth &health : session.store().sourceHealth())
            if (health.sourceId == QLatin1String("epoch"))
                return health;
        return SourceHealth();
    };
    const auto sourceError = [&sourceHealth] { return sourceHealth().lastError; };
    QTRY_VERIFY_WITH_TIMEOUT(sourceError().contains(QLatin1String("HTML")), 10'000);
    // A later poll, answered 304, still reports it.
    const qint64 refusedAt = sourceHealth().lastAttemptMs;
    QTRY_VERIFY_WITH_TIMEOUT(sourceHealth().lastAttemptMs > refusedAt, 10'000);
    QVERIFY2(sourceError().contains(QLatin1String("HTML")), qPrintable(sourceError()));
    // The publisher fixes the page: the next version is imported, the error goes.
    m_server->setPublicTable(fixture(QStringLiteral("data_center_timelines.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 10'000);
    QCOMPARE(outcomeAt(imported, 1).kind, TableImportOutcome::Kind::Imported);
    QTRY_COMPARE_WITH_TIMEOUT(sourceError(), QString(), 10'000);
}

void TestTablePolling::mappedNameIsReadAgain()
{
    DashboardSession session;
    QCOMPARE(session.open(m_dir->filePath(QStringLiteral("store.sqlite"))), QString());
    QSignalSpy imported(&session, &DashboardSession::tableImported);
    QSignalSpy mapped(&session, &DashboardSession::siteAliasSet);
    QCOMPARE(session.startFeed(writeSources()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10'000);
    const QString name = QStringLiteral("Meta Prometheus");
    bool listed = false;
    for (const UnmatchedName &unmatched : outcomeAt(imported, 0).unmatched)
        listed = listed || unmatched.name == name;
    QVERIFY(listed);
    QString target;
    for (const Site &site : session.store().sites())
        if (site.id != QLatin1String("abilene-tx") && target.isEmpty())
            target = site.id;
    QCOMPARE(factsOf(session.store(), target), 0);

    session.mapSiteName(name, target);
    QTRY_COMPARE(mapped.count(), 1);
    QCOMPARE(mapped.at(0).at(2).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 10'000);
    const TableImportOutcome reread = outcomeAt(imported, 1);
    QCOMPARE(reread.kind, TableImportOutcome::Kind::Reapplied);
    for (const UnmatchedName &unmatched : reread.unmatched)
        QVERIFY(unmatched.name != name);
    QVERIFY(factsOf(session.store(), target) > 0);
    QCOMPARE(session.store().tableImports().size(), 1); // the same version, read again
}

void TestTablePolling::fileImportRunsOffTheGuiThread()
{
    DashboardSession session;
    QCOMPARE(session.open(m_dir->filePath(QStringLiteral("store.sqlite"))), QString());
    QSignalSpy imported(&session, &DashboardSession::tableImported);
    session.importTableFile(
        QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/publictable/data_centers.csv"));
    session.importTableFile(m_dir->filePath(QStringLiteral("missing.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 10'000);
    QCOMPARE(outcomeAt(imported, 0).kind, TableImportOutcome::Kind::Imported);
    QCOMPARE(outcomeAt(imported, 0).sourceId, QStringLiteral("file:data_centers.csv"));
    QCOMPARE(outcomeAt(imported, 1).kind, TableImportOutcome::Kind::Failed);
    QVERIFY2(outcomeAt(imported, 1).error.contains(QLatin1String("missing.csv")),
        qPrintable(outcomeAt(imported, 1).error));

    // A second, different file is a table of its own: both are current. Both used to be
    // versions of one table "file", so the second hid the first one's figures.
    session.importTableFile(QStringLiteral(
        STARGATE_SOURCE_DIR "/tests/fixtures/publictable/data_center_timelines.csv"));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 3, 10'000);
    QCOMPARE(outcomeAt(imported, 2).kind, TableImportOutcome::Kind::Imported);
    int newest = 0;
    for (const TableImportInfo &info : session.store().tableImports())
        newest += info.newest ? 1 : 0;
    QCOMPARE(newest, 2);
    QSet<qint64> current;
    for (const ReportedFact &fact : session.store().facts())
        if (fact.importId > 0)
            current.insert(fact.importId);
    QCOMPARE(current,
        (QSet<qint64> { outcomeAt(imported, 0).importId, outcomeAt(imported, 2).importId }));
}

// A ZIP of Epoch's two files, imported from disk and polled: each CSV is a table of its own
// (its own versions), an unchanged archive imports nothing, a bomb is refused whole.
void TestTablePolling::zipArchiveIsOneTablePerCsv()
{
    DashboardSession session;
    QCOMPARE(session.open(m_dir->filePath(QStringLiteral("store.sqlite"))), QString());
    QSignalSpy imported(&session, &DashboardSession::tableImported);
    const QString zip
        = QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/publictable/epoch_data_centers.zip");
    session.importTableFile(zip);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 10'000);
    QCOMPARE(outcomeAt(imported, 0).kind, TableImportOutcome::Kind::Imported);
    QCOMPARE(outcomeAt(imported, 0).sourceId,
        QStringLiteral("file:epoch_data_centers.zip/data/data_center_timelines.csv"));
    QCOMPARE(outcomeAt(imported, 1).kind, TableImportOutcome::Kind::Imported);
    QCOMPARE(outcomeAt(imported, 1).fileName,
        QStringLiteral("epoch_data_centers.zip/data/data_centers.csv"));
    // data_centers.csv has no date column: its rows are as of its entry's time stamp, not of
    // the archive's file or of the import.
    bool dated = false;
    for (const ReportedFact &fact : session.store().facts())
        if (fact.importId == outcomeAt(imported, 1).importId)
            dated = fact.period == QDate(2026, 11, 20);
    QVERIFY(dated);
    session.importTableFile(zip);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 4, 10'000);
    QCOMPARE(outcomeAt(imported, 2).kind, TableImportOutcome::Kind::AlreadyImported);
    QCOMPARE(outcomeAt(imported, 3).kind, TableImportOutcome::Kind::AlreadyImported);
    // A new site mapping reads the newest versions again: the dateless table keeps the date of
    // its entry (it used to become the day the archive was imported).
    QSignalSpy mapped(&session, &DashboardSession::siteAliasSet);
    QString target;
    for (const Site &site : session.store().sites())
        if (site.id != QLatin1String("abilene-tx") && target.isEmpty())
            target = site.id;
    session.mapSiteName(QStringLiteral("xAI Colossus 2"), target);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 6, 10'000);
    QCOMPARE(outcomeAt(imported, 4).kind, TableImportOutcome::Kind::Reapplied);
    QCOMPARE(outcomeAt(imported, 5).kind, TableImportOutcome::Kind::Reapplied);
    int datedFacts = 0;
    for (const ReportedFact &fact : session.store().facts()) {
        if (fact.importId != outcomeAt(imported, 1).importId)
            continue;
        QCOMPARE(fact.period, QDate(2026, 11, 20));
        ++datedFacts;
    }
    QVERIFY(datedFacts >= 3); // Abilene's two, and now the mapped name's
    session.mapSiteName(QStringLiteral("xAI Colossus 2"), QString()); // undo, for what follows
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 8, 10'000);
    imported.clear();
    session.importTableFile(
        QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/publictable/expands_to_80_mib.zip"));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10'000);
    QCOMPARE(outcomeAt(imported, 0).kind, TableImportOutcome::Kind::Failed);
    QVERIFY2(outcomeAt(imported, 0).error.contains(QLatin1String("more than 64 MiB")),
        qPrintable(outcomeAt(imported, 0).error));
    QCOMPARE(session.store().tableImports().size(), 2);

    // The same archive served by a public_table source.
    QFile archive(zip);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    m_server->setPublicTable(archive.readAll());
    QCOMPARE(session.startFeed(writeSources()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 3, 10'000);
    QCOMPARE(
        outcomeAt(imported, 1).sourceId, QStringLiteral("epoch/data/data_center_timelines.csv"));
    QCOMPARE(outcomeAt(imported, 2).sourceId, QStringLiteral("epoch/data/data_centers.csv"));
    QCOMPARE(outcomeAt(imported, 2).kind, TableImportOutcome::Kind::Imported);
}

// A table of 2,000 other data centers must not answer with a dialog of 2,000 names.
void TestTablePolling::summaryNamesAFewUnmatchedNames()
{
    TableImportOutcome outcome;
    outcome.kind = TableImportOutcome::Kind::Imported;
    outcome.fileName = QStringLiteral("big.csv");
    outcome.facts = 3;
    outcome.sitesMatched = 1;
    for (int i = 1; i <= 20; ++i)
        outcome.unmatched.append({ QStringLiteral("Campus %1").arg(i), 1, i + 1, QString() });
    const QString summary = DashboardSession::summaryOf(outcome);
    QVERIFY2(summary.contains(QLatin1String("Campus 8,")), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("Campus 9")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("and 12 more")), qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestTablePolling)
#include "tst_tablepolling.moc"
