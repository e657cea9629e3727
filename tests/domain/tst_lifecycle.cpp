// Phase-order validation, the vetting of manual phase events, and storing them.
#include "domain/lifecycle.h"
#include "query/timeline.h"
#include "store/storewriter.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Lifecycle::Issue::Kind)

namespace {
// "phase@date" items, e.g. "construction@2025-01-01"; a date that does not parse stays invalid.
QList<PhaseEvent> events(const QStringList &items)
{
    QList<PhaseEvent> result;
    qint64 id = 1;
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char('@'));
        PhaseEvent event;
        event.id = id++;
        event.siteId = QStringLiteral("s");
        event.phase = *phaseFromId(parts[0]);
        event.date = QDate::fromString(parts[1], Qt::ISODate);
        event.dateText = parts[1];
        result.append(event);
    }
    return result;
}
} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void messagesNameBothEvents();
    void manualEntry_data();
    void manualEntry();
    void writerStoresManualEventsWithWhoAndWhen();
    void writerRefusesInvalidEntries_data();
    void writerRefusesInvalidEntries();
    void feedObservation_data();
    void feedObservation();
    void writerStoresFeedPhasesOnce();
    void timelineSegments();
};

void TestLifecycle::validate_data()
{
    QTest::addColumn<QStringList>("history");
    QTest::addColumn<QList<int>>("flaggedIds"); // ids of the events flagged, in order
    QTest::addColumn<QList<Lifecycle::Issue::Kind>>("kinds");
    using K = Lifecycle::Issue::Kind;

    QTest::newRow("empty") << QStringList {} << QList<int> {} << QList<K> {};
    QTest::newRow("natural order") << QStringList { "announced@2025-01-01",
        "site_selected@2025-02-01", "construction@2025-03-01", "first_power@2025-09-01",
        "partially_operational@2025-10-01", "operational@2026-01-01" }
                                   << QList<int> {} << QList<K> {};
    QTest::newRow("announced after construction is fine") << QStringList {
        "construction@2024-06-01", "announced@2025-01-21", "first_power@2025-06-01"
    } << QList<int> {} << QList<K> {};
    QTest::newRow("same day is fine")
        << QStringList { "construction@2025-09-23", "first_power@2025-09-23" } << QList<int> {}
        << QList<K> {};
    QTest::newRow("operational before construction") << QStringList {
        "announced@2025-01-01", "operational@2025-02-01", "construction@2025-03-01"
    } << QList<int> { 2 } << QList<K> { K::OutOfOrder };
    QTest::newRow("first power before construction")
        << QStringList { "first_power@2025-01-01", "construction@2025-03-01" } << QList<int> { 1 }
        << QList<K> { K::OutOfOrder };
    QTest::newRow("operational before first power") << QStringList {
        "construction@2024-01-01", "operational@2025-01-01", "first_power@2025-03-01"
    } << QList<int> { 2 } << QList<K> { K::OutOfOrder };
    QTest::newRow("event after cancelled")
        << QStringList { "announced@2025-01-01", "cancelled@2025-06-01", "construction@2025-07-01" }
        << QList<int> { 3 } << QList<K> { K::AfterCancelled };
    QTest::newRow("paused then resumed is fine")
        << QStringList { "construction@2025-01-01", "paused@2025-06-01", "construction@2025-09-01" }
        << QList<int> {} << QList<K> {};
    QTest::newRow("paused before anything")
        << QStringList { "paused@2024-01-01", "announced@2025-01-01" } << QList<int> { 1 }
        << QList<K> { K::PausedBeforeStart };
    QTest::newRow("invalid date") << QStringList { "announced@2025-13-45" } << QList<int> { 1 }
                                  << QList<K> { K::InvalidDate };
    QTest::newRow("two problems") << QStringList { "operational@2025-01-01",
        "construction@2025-02-01", "cancelled@2025-03-01", "first_power@2025-04-01" }
                                  << QList<int> { 1, 4 }
                                  << QList<K> { K::OutOfOrder, K::AfterCancelled };
}

void TestLifecycle::validate()
{
    QFETCH(QStringList, history);
    QFETCH(QList<int>, flaggedIds);
    QFETCH(QList<Lifecycle::Issue::Kind>, kinds);
    const QList<Lifecycle::Issue> issues = Lifecycle::validate(events(history));
    QList<int> ids;
    QList<Lifecycle::Issue::Kind> foundKinds;
    for (const Lifecycle::Issue &issue : issues) {
        ids.append(int(issue.eventId));
        foundKinds.append(issue.kind);
        QVERIFY2(!issue.message.isEmpty(), "every problem is explained");
    }
    QCOMPARE(ids, flaggedIds);
    QCOMPARE(foundKinds, kinds);
}

void TestLifecycle::messagesNameBothEvents()
{
    const QList<Lifecycle::Issue> issues
        = Lifecycle::validate(events({ "operational@2025-02-01", "construction@2025-03-01" }));
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues[0].message.contains(QLatin1String("2025-02-01"))
            && issues[0].message.contains(QLatin1String("2025-03-01")),
        qPrintable(issues[0].message));
    QVERIFY(issues[0].message.contains(phaseDisplayName(Phase::Construction)));
}

void TestLifecycle::manualEntry_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("issues");

    // The existing history: construction 2025-03-01, first power 2025-09-01.
    QTest::newRow("valid next step") << "operational"
                                     << "2026-01-15" << true << 0;
    QTest::newRow("unknown phase") << "commissioning"
                                   << "2026-01-15" << false << 0;
    QTest::newRow("empty phase") << ""
                                 << "2026-01-15" << false << 0;
    QTest::newRow("invalid date") << "operational"
                                  << "2026-02-30" << false << 0;
    QTest::newRow("not a date") << "operational"
                                << "soon" << false << 0;
    QTest::newRow("out of order: stored, flagged") << "operational"
                                                   << "2025-01-01" << true << 1;
    QTest::newRow("cancel before first power makes it an issue") << "cancelled"
                                                                 << "2025-06-01" << true << 1;
}

void TestLifecycle::manualEntry()
{
    QFETCH(QString, phase);
    QFETCH(QString, date);
    QFETCH(bool, accepted);
    QFETCH(int, issues);
    Lifecycle::ManualEntry entry { QStringLiteral("s"), phase, date, QString(),
        QStringLiteral("ada"), QDateTime::currentDateTimeUtc() };
    const Lifecycle::EntryCheck check = Lifecycle::checkManualEntry(
        entry, events({ "construction@2025-03-01", "first_power@2025-09-01" }));
    QCOMPARE(bool(check.event), accepted);
    QCOMPARE(check.error.isEmpty(), accepted);
    QCOMPARE(check.issues.size(), issues);
    if (accepted) {
        QCOMPARE(check.event->provenance, Provenance::Manual);
        QCOMPARE(check.event->enteredBy, QStringLiteral("ada"));
    }
}

void TestLifecycle::writerStoresManualEventsWithWhoAndWhen()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QVERIFY(TestUtil::insertSite(store, QStringLiteral("s"), QStringLiteral("S")));
    StoreWriter writer(store.path());
    QSignalSpy added(&writer, &StoreWriter::phaseEventAdded);
    qputenv("USER", "grace");
    const QDateTime when(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);

    ManualEventResult ok = writer.addManualPhaseEvent(
        { QStringLiteral("s"), QStringLiteral("construction"), QStringLiteral("2026-03-01"),
            QStringLiteral("typed"), Lifecycle::currentUserName(), when });
    QVERIFY(ok.id > 0);
    QVERIFY(ok.issues.isEmpty());
    // Out of order: kept, with the reason.
    ManualEventResult flagged
        = writer.addManualPhaseEvent({ QStringLiteral("s"), QStringLiteral("operational"),
            QStringLiteral("2026-01-01"), QString(), QStringLiteral("grace"), when });
    QVERIFY(flagged.id > 0);
    QCOMPARE(flagged.issues.size(), 1);
    QCOMPARE(added.count(), 2);

    const QList<PhaseEvent> stored = store.phaseEvents(QStringLiteral("s"));
    QCOMPARE(stored.size(), 2);
    for (const PhaseEvent &event : stored) {
        QCOMPARE(event.provenance, Provenance::Manual);
        QCOMPARE(event.enteredBy, QStringLiteral("grace"));
        QCOMPARE(event.enteredAt, when);
    }
    QCOMPARE(Lifecycle::validate(stored).size(), 1);
}

void TestLifecycle::writerRefusesInvalidEntries_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("unknown site") << "nowhere"
                                  << "construction"
                                  << "2026-01-01"
                                  << "nowhere";
    QTest::newRow("unknown phase") << "s"
                                   << "commissioning"
                                   << "2026-01-01"
                                   << "commissioning";
    QTest::newRow("invalid date") << "s"
                                  << "construction"
                                  << "2026-00-10"
                                  << "2026-00-10";
}

void TestLifecycle::writerRefusesInvalidEntries()
{
    QFETCH(QString, site);
    QFETCH(QString, phase);
    QFETCH(QString, date);
    QFETCH(QString, reasonContains);
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QVERIFY(TestUtil::insertSite(store, QStringLiteral("s"), QStringLiteral("S")));
    StoreWriter writer(store.path());
    QSignalSpy refused(&writer, &StoreWriter::phaseEventRefused);
    const ManualEventResult result = writer.addManualPhaseEvent(
        { site, phase, date, QString(), QStringLiteral("x"), QDateTime::currentDateTimeUtc() });
    QCOMPARE(result.id, 0);
    QVERIFY2(result.error.contains(reasonContains), qPrintable(result.error));
    QCOMPARE(refused.count(), 1);
    QVERIFY(store.phaseEvents().isEmpty());
}

void TestLifecycle::feedObservation_data()
{
    QTest::addColumn<QStringList>("history");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<int>("provenance");
    QTest::addColumn<bool>("stored");
    const int measured = int(Provenance::Measured);
    const QStringList building { "announced@2025-01-01", "construction@2025-03-01",
        "partially_operational@2026-01-01" };
    QTest::newRow("no history yet") << QStringList {} << "construction" << measured << true;
    QTest::newRow("the feed agrees") << building << "partially_operational" << measured << false;
    QTest::newRow("progress") << building << "operational" << measured << true;
    QTest::newRow("an earlier stage changes nothing")
        << building << "construction" << measured << false;
    QTest::newRow("paused") << building << "paused" << measured << true;
    QTest::newRow("still paused: not again every day")
        << (building + QStringList { "paused@2026-06-01" }) << "paused" << measured << false;
    QTest::newRow("resumed after a pause") << (building + QStringList { "paused@2026-06-01" })
                                           << "partially_operational" << measured << true;
    QTest::newRow("reported by a public feed")
        << building << "operational" << int(Provenance::Reported) << true;
    QTest::newRow("simulated never enters the history")
        << building << "operational" << int(Provenance::Simulated) << false;
    QTest::newRow("simulated, no history")
        << QStringList {} << "construction" << int(Provenance::Simulated) << false;
}

void TestLifecycle::feedObservation()
{
    QFETCH(QStringList, history);
    QFETCH(QString, reported);
    QFETCH(int, provenance);
    QFETCH(bool, stored);
    const QDateTime observedAt(QDate(2026, 11, 28), QTime(23, 30), Qt::UTC);
    const Lifecycle::FeedObservation observation { QStringLiteral("s"), *phaseFromId(reported),
        observedAt, Provenance(provenance), QStringLiteral("Site status"),
        QStringLiteral("https://status.example/sites.json") };
    const std::optional<PhaseEvent> event
        = Lifecycle::eventForFeedObservation(observation, events(history));
    QCOMPARE(event.has_value(), stored);
    if (!event)
        return;
    QCOMPARE(event->phase, *phaseFromId(reported));
    QCOMPARE(event->date, QDate(2026, 11, 28)); // the record's own day, in UTC
    QCOMPARE(event->provenance, Provenance(provenance));
    QCOMPARE(event->sourceUrl, QStringLiteral("https://status.example/sites.json"));
    QVERIFY(event->note.contains(QLatin1String("Site status")));
}

void TestLifecycle::writerStoresFeedPhasesOnce()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QVERIFY(TestUtil::insertSite(store, QStringLiteral("s"), QStringLiteral("S")));
    StoreWriter writer(store.path());
    QSignalSpy committed(&writer, &StoreWriter::committed);
    const QDateTime day1(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
    const auto observed
        = [](const QString &site, Phase phase, const QDateTime &at, Provenance provenance) {
              return Lifecycle::FeedObservation { site, phase, at, provenance,
                  QStringLiteral("Status"), QStringLiteral("https://status.example/") };
          };

    writer.recordFeedPhases(
        { observed(QStringLiteral("s"), Phase::Construction, day1, Provenance::Measured),
            observed(QStringLiteral("nowhere"), Phase::Operational, day1, Provenance::Measured) });
    QCOMPARE(committed.count(), 1);
    // The same report on the next poll and the next day: nothing new.
    writer.recordFeedPhases({ observed(
        QStringLiteral("s"), Phase::Construction, day1.addSecs(5), Provenance::Measured) });
    writer.recordFeedPhases({ observed(
        QStringLiteral("s"), Phase::Construction, day1.addDays(1), Provenance::Measured) });
    // A simulated feed does not rewrite the history.
    writer.recordFeedPhases({ observed(
        QStringLiteral("s"), Phase::Operational, day1.addDays(1), Provenance::Simulated) });
    QCOMPARE(committed.count(), 1);
    writer.recordFeedPhases({ observed(
        QStringLiteral("s"), Phase::FirstPower, day1.addDays(1), Provenance::Measured) });
    QCOMPARE(committed.count(), 2);

    const QList<PhaseEvent> stored = store.phaseEvents(QStringLiteral("s"));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].phase, Phase::Construction);
    QCOMPARE(stored[0].date, QDate(2026, 11, 27));
    QCOMPARE(stored[1].phase, Phase::FirstPower);
    QCOMPARE(stored[1].date, QDate(2026, 11, 28));
    for (const PhaseEvent &event : stored) {
        QCOMPARE(event.provenance, Provenance::Measured);
        QCOMPARE(event.sourceUrl, QStringLiteral("https://status.example/"));
    }
    QVERIFY(store.phaseEvents(QStringLiteral("nowhere")).isEmpty());

    // A read-only store (a snapshot) takes nothing.
    writer.setReadOnly(true);
    writer.recordFeedPhases({ observed(
        QStringLiteral("s"), Phase::Operational, day1.addDays(2), Provenance::Measured) });
    QCOMPARE(store.phaseEvents(QStringLiteral("s")).size(), 2);
}

void TestLifecycle::timelineSegments()
{
    Site site;
    site.id = QStringLiteral("s");
    site.name = QStringLiteral("S");
    QList<PhaseEvent> history = events({ "construction@2024-06-01", "announced@2025-01-21",
        "first_power@2025-06-01", "paused@2025-08-01", "construction@2025-10-01" });
    Milestone milestone;
    milestone.siteId = QStringLiteral("s");
    milestone.date = QDate(2026, 6, 30);
    milestone.gpus = FigureRange { 400'000, 450'000 };
    const TimelineData data = Timeline::build({ site }, history, { milestone }, QDate(2026, 1, 1));
    QCOMPARE(data.rows.size(), 1);
    const TimelineRow &row = data.rows[0];
    QList<Phase> phases;
    for (const TimelineSegment &segment : row.segments)
        phases.append(segment.phase);
    // A late announcement does not set the site back; resuming after the pause does.
    QCOMPARE(phases,
        (QList<Phase> {
            Phase::Construction, Phase::FirstPower, Phase::Paused, Phase::Construction }));
    QVERIFY(row.segments.last().open);
    QCOMPARE(row.segments.last().to, QDate(2026, 1, 1));
    QCOMPARE(row.markers.size(), 6);
    QCOMPARE(data.from, QDate(2024, 1, 1));
    QCOMPARE(data.to, QDate(2027, 1, 1));
    QCOMPARE(row.currentPhase, std::optional<Phase>(Phase::Construction));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
