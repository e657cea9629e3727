// Alert rules on synthetic inputs (raise, hysteresis, clear), acknowledging, persistence
// across reopening the store, and the monitor that ties rules, store and writer together.
#include "alerts/alertmonitor.h"
#include "alerts/alertrules.h"
#include "domain/metrics.h"
#include "domain/timeutil.h"
#include "itemmodels/alertfilterproxymodel.h"
#include "itemmodels/alerttablemodel.h"
#include "store/sqlite.h"
#include "store/storewriter.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TimeUtil::kMinuteMs;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000; // 2026-05-28

// Runs the rules step by step the way the monitor does, keeping the open alerts in memory.
struct Run
{
    AlertThresholds thresholds;
    QList<AlertRecord> open;
    int raises = 0;
    int clears = 0;
    int updates = 0;
    qint64 nextId = 1;

    bool isOpen(const QString &rule) const
    {
        return std::any_of(
            open.cbegin(), open.cend(), [&](const AlertRecord &a) { return a.key.rule == rule; });
    }

    void step(const AlertInputs &inputs)
    {
        const QList<AlertCondition> wanted = AlertRules::evaluate(inputs, open, thresholds);
        const AlertTransitions t = AlertRules::transitions(open, wanted, inputs.nowMs);
        for (const AlertKey &key : t.clear) {
            open.removeIf([&](const AlertRecord &a) { return a.key == key; });
            ++clears;
        }
        for (const AlertCondition &condition : t.raise) {
            AlertRecord record;
            record.id = nextId++;
            record.key = condition.key;
            record.raisedAtMs = inputs.nowMs;
            record.severity = condition.severity;
            record.message = condition.message;
            open.append(record);
            ++raises;
        }
        for (const AlertCondition &condition : t.update) {
            for (AlertRecord &record : open) {
                if (record.key == condition.key) {
                    record.severity = condition.severity;
                    record.message = condition.message;
                }
            }
            ++updates;
        }
    }
    const AlertRecord *find(const QString &rule) const
    {
        for (const AlertRecord &record : open) {
            if (record.key.rule == rule)
                return &record;
        }
        return nullptr;
    }
};

AlertInputs powerInput(qint64 nowMs, double powerMw, double capacityMw)
{
    AlertInputs inputs;
    inputs.nowMs = nowMs;
    SiteAlertInput site;
    site.siteId = QStringLiteral("s");
    site.siteName = QStringLiteral("Site S");
    site.powerMw = Sample { nowMs, powerMw };
    site.capacityMw = capacityMw;
    inputs.sites.append(site);
    return inputs;
}

SourceHealth source(qint64 lastSuccessMs, int failures, int intervalMs = 5000)
{
    SourceHealth health;
    health.sourceId = QStringLiteral("feed");
    health.name = QStringLiteral("Feed");
    health.intervalMs = intervalMs;
    health.lastSuccessMs = lastSuccessMs;
    health.lastAttemptMs = lastSuccessMs;
    health.consecutiveFailures = failures;
    return health;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void powerHysteresis_data();
    void powerHysteresis();
    void gpuDrop_data();
    void gpuDrop();
    void staleClearsOnlyAfterAFreshSuccess();
    void errorStreak_data();
    void errorStreak();
    void phaseSlip_data();
    void phaseSlip();
    void thresholdsAreHonoured();
    void simulatedFiguresAreLabelled();
    void persistenceAcrossReopening();
    void raisingTwiceKeepsOneOpenAlert();
    void openAlertsStayCurrent();
    void writerUpdatesAnOpenAlertInPlace();
    void monitorRaisesClearsAndAcknowledges();
    void monitorDoesNotBlameSourcesForAFailingWriter();
    void tableModelAndFilters();
};

void TestAlerts::powerHysteresis_data()
{
    QTest::addColumn<QList<double>>("percents"); // power as % of capacity, one per evaluation
    QTest::addColumn<QList<bool>>("open"); // whether the alert is open after each
    QTest::addColumn<int>("raises");

    QTest::newRow("below the threshold")
        << QList<double> { 50, 80, 89.9, 90 } << QList<bool> { false, false, false, false } << 0;
    QTest::newRow("raise, hold, clear")
        << QList<double> { 80, 91, 88, 86, 84.9, 89 }
        << QList<bool> { false, true, true, true, false, false } << 1;
    QTest::newRow("no flapping around the threshold")
        << QList<double> { 90.5, 89.5, 90.5, 89.5, 90.5, 89.5 }
        << QList<bool> { true, true, true, true, true, true } << 1;
    QTest::newRow("raise again after clearing")
        << QList<double> { 95, 80, 95 } << QList<bool> { true, false, true } << 2;
}

void TestAlerts::powerHysteresis()
{
    QFETCH(QList<double>, percents);
    QFETCH(QList<bool>, open);
    QFETCH(int, raises);
    Run run;
    for (int i = 0; i < percents.size(); ++i) {
        run.step(powerInput(kT0 + i * kMinuteMs, percents[i] * 12.0, 1200.0));
        QVERIFY2(run.isOpen(AlertRule::PowerHigh.toString()) == open[i],
            qPrintable(QStringLiteral("step %1").arg(i)));
    }
    QCOMPARE(run.raises, raises);
}

void TestAlerts::gpuDrop_data()
{
    QTest::addColumn<QList<double>>("counts"); // one sample a minute
    QTest::addColumn<QList<bool>>("open");

    QTest::newRow("steady ramp") << QList<double> { 1000, 1010, 1020, 1030 }
                                 << QList<bool> { false, false, false, false };
    QTest::newRow("fall of 10% is not more than 10%")
        << QList<double> { 1000, 950, 900 } << QList<bool> { false, false, false };
    QTest::newRow("fall of 20% raises, partial recovery holds, recovery clears")
        << QList<double> { 1000, 800, 940, 960 } << QList<bool> { false, true, true, false };
}

void TestAlerts::gpuDrop()
{
    QFETCH(QList<double>, counts);
    QFETCH(QList<bool>, open);
    Run run;
    QList<Sample> samples;
    for (int i = 0; i < counts.size(); ++i) {
        const qint64 now = kT0 + i * kMinuteMs;
        samples.append({ now, counts[i] });
        AlertInputs inputs;
        inputs.nowMs = now;
        SiteAlertInput site;
        site.siteId = QStringLiteral("s");
        site.siteName = QStringLiteral("S");
        site.gpusOnline = samples;
        inputs.sites.append(site);
        run.step(inputs);
        QVERIFY2(run.isOpen(AlertRule::GpuDrop.toString()) == open[i],
            qPrintable(QStringLiteral("step %1").arg(i)));
    }
}

void TestAlerts::staleClearsOnlyAfterAFreshSuccess()
{
    Run run;
    const auto at = [](qint64 nowMs, qint64 lastSuccessMs) {
        AlertInputs inputs;
        inputs.nowMs = nowMs;
        inputs.sources.append(source(lastSuccessMs, 0));
        return inputs;
    };
    run.step(at(kT0 + 15'000, kT0)); // exactly 3 × 5 s: not more than
    QVERIFY(!run.isOpen(AlertRule::FeedStale.toString()));
    run.step(at(kT0 + 16'000, kT0));
    QVERIFY(run.isOpen(AlertRule::FeedStale.toString()));
    // The clock alone (a wrongly set lastSuccess in the past but within the limit) does not clear
    // it.
    run.step(at(kT0 + 16'500, kT0 + 2'000));
    QVERIFY(run.isOpen(AlertRule::FeedStale.toString()));
    // A success after the alert was raised does.
    run.step(at(kT0 + 17'000, kT0 + 16'800));
    QVERIFY(!run.isOpen(AlertRule::FeedStale.toString()));
    QCOMPARE(run.raises, 1);
    QCOMPARE(run.clears, 1);
    QVERIFY(run.open.isEmpty());
}

void TestAlerts::errorStreak_data()
{
    QTest::addColumn<QList<int>>("failures");
    QTest::addColumn<QList<bool>>("open");
    QTest::newRow("four failures")
        << QList<int> { 1, 2, 3, 4 } << QList<bool> { false, false, false, false };
    QTest::newRow("five raise, only a success clears")
        << QList<int> { 4, 5, 6, 7, 0 } << QList<bool> { false, true, true, true, false };
}

void TestAlerts::errorStreak()
{
    QFETCH(QList<int>, failures);
    QFETCH(QList<bool>, open);
    Run run;
    for (int i = 0; i < failures.size(); ++i) {
        AlertInputs inputs;
        inputs.nowMs = kT0 + i * 5000;
        inputs.sources.append(
            source(inputs.nowMs, failures[i])); // recent success time: no staleness
        run.step(inputs);
        QVERIFY2(run.isOpen(AlertRule::ErrorStreak.toString()) == open[i],
            qPrintable(QStringLiteral("step %1").arg(i)));
    }
}

void TestAlerts::phaseSlip_data()
{
    QTest::addColumn<QString>("reached"); // phase id of the newest event, happened 2025-01-01
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("slipped");
    // Planned: operational by 2026-06-30 (a milestone).
    QTest::newRow("before the planned date") << "construction" << QDate(2026, 6, 30) << false;
    QTest::newRow("passed, not reached") << "construction" << QDate(2026, 7, 1) << true;
    QTest::newRow("passed, partially operational")
        << "partially_operational" << QDate(2026, 7, 1) << true;
    QTest::newRow("passed, reached") << "operational" << QDate(2026, 7, 1) << false;
    QTest::newRow("cancelled sites do not slip") << "cancelled" << QDate(2026, 7, 1) << false;
    QTest::newRow("paused sites do") << "paused" << QDate(2026, 7, 1) << true;
}

void TestAlerts::phaseSlip()
{
    QFETCH(QString, reached);
    QFETCH(QDate, today);
    QFETCH(bool, slipped);
    SiteAlertInput site;
    site.siteId = QStringLiteral("s");
    site.siteName = QStringLiteral("S");
    PhaseEvent event;
    event.phase = *phaseFromId(reached);
    event.date = QDate(2025, 1, 1);
    site.events.append(event);
    Milestone milestone;
    milestone.date = QDate(2026, 6, 30);
    milestone.dateText = QStringLiteral("mid-2026");
    site.milestones.append(milestone);
    AlertInputs inputs;
    inputs.nowMs = QDateTime(today, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    inputs.sites.append(site);
    const QList<AlertCondition> conditions = AlertRules::evaluate(inputs, {}, AlertThresholds());
    QCOMPARE(conditions.size(), slipped ? 1 : 0);
    if (slipped) {
        QCOMPARE(conditions[0].key.rule, AlertRule::PhaseSlip.toString());
        QVERIFY2(conditions[0].message.contains(QLatin1String("mid-2026")),
            qPrintable(conditions[0].message));
    }
}

void TestAlerts::thresholdsAreHonoured()
{
    AlertThresholds strict;
    strict.powerRaisePercent = 50;
    strict.powerClearPercent = 40;
    QCOMPARE(AlertRules::evaluate(powerInput(kT0, 600, 1000), {}, strict).size(), 1);
    QCOMPARE(AlertRules::evaluate(powerInput(kT0, 600, 1000), {}, AlertThresholds()).size(), 0);
    AlertThresholds patient;
    patient.errorStreak = 10;
    AlertInputs inputs;
    inputs.nowMs = kT0;
    inputs.sources.append(source(kT0, 7));
    QCOMPARE(AlertRules::evaluate(inputs, {}, patient).size(), 0);
    QCOMPARE(AlertRules::evaluate(inputs, {}, AlertThresholds()).size(), 1);
}

void TestAlerts::simulatedFiguresAreLabelled()
{
    AlertInputs inputs = powerInput(kT0, 1150, 1200);
    QVERIFY(!AlertRules::evaluate(inputs, {}, AlertThresholds())[0].message.contains(
        QLatin1String("SIMULATED")));
    inputs.sites[0].simulated = true;
    QVERIFY(AlertRules::evaluate(inputs, {}, AlertThresholds())[0].message.startsWith(
        QLatin1String("SIMULATED")));
}

void TestAlerts::persistenceAcrossReopening()
{
    QTemporaryDir dir;
    const QString path = TestUtil::storePath(dir);
    {
        Store store;
        QCOMPARE(store.open(path), QString());
        StoreWriter writer(path);
        AlertTransitions raise;
        raise.atMs = kT0;
        raise.raise.append({ { AlertRule::PowerHigh.toString(), QStringLiteral("s"), QString() },
            AlertSeverity::Warning, QStringLiteral("hot"), 93.5 });
        raise.raise.append(
            { { AlertRule::ErrorStreak.toString(), QString(), QStringLiteral("feed") },
                AlertSeverity::Critical, QStringLiteral("down"), 5 });
        writer.applyAlertTransitions(raise);
        const QList<AlertRecord> stored = store.alerts();
        QCOMPARE(stored.size(), 2);
        writer.acknowledgeAlerts({ stored[0].id }, QStringLiteral("ada"), kT0 + 1000);
        AlertTransitions clear;
        clear.atMs = kT0 + 2000;
        clear.clear.append(
            { AlertRule::ErrorStreak.toString(), QString(), QStringLiteral("feed") });
        writer.applyAlertTransitions(clear);
    }
    Store reopened;
    QCOMPARE(reopened.open(path, Store::Access::ReadOnly), QString());
    const QList<AlertRecord> alerts = reopened.alerts();
    QCOMPARE(alerts.size(), 2);
    const auto find = [&](QLatin1StringView rule) {
        return *std::find_if(alerts.cbegin(), alerts.cend(),
            [&](const AlertRecord &a) { return a.key.rule == rule; });
    };
    const AlertRecord power = find(AlertRule::PowerHigh);
    const AlertRecord streak = find(AlertRule::ErrorStreak);
    QCOMPARE(power.raisedAtMs, kT0);
    QVERIFY(power.isOpen());
    QCOMPARE(power.value, 93.5);
    QCOMPARE(power.severity, AlertSeverity::Warning);
    QCOMPARE(power.message, QStringLiteral("hot"));
    QCOMPARE(streak.clearedAtMs, kT0 + 2000);
    QCOMPARE(streak.severity, AlertSeverity::Critical);
    // Exactly one of them was acknowledged, by whom and when.
    const AlertRecord acknowledged = power.isAcknowledged() ? power : streak;
    QCOMPARE(int(power.isAcknowledged()) + int(streak.isAcknowledged()), 1);
    QCOMPARE(acknowledged.acknowledgedBy, QStringLiteral("ada"));
    QCOMPARE(acknowledged.acknowledgedAtMs, kT0 + 1000);
    QCOMPARE(reopened.alerts(Store::AlertSelection::Open).size(), 1);
}

void TestAlerts::raisingTwiceKeepsOneOpenAlert()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    StoreWriter writer(store.path());
    QSignalSpy failed(&writer, &StoreWriter::writeFailed);
    AlertTransitions raise;
    raise.atMs = kT0;
    raise.raise.append({ { AlertRule::FeedStale.toString(), QString(), QStringLiteral("feed") },
        AlertSeverity::Warning, QStringLiteral("old"), 20 });
    writer.applyAlertTransitions(raise);
    raise.atMs = kT0 + 1000;
    writer.applyAlertTransitions(raise); // a second monitor on the same store
    QCOMPARE(store.alerts().size(), 1);
    QCOMPARE(store.alerts()[0].raisedAtMs, kT0);
    // Once cleared, the same condition opens a new alert.
    AlertTransitions clear;
    clear.atMs = kT0 + 2000;
    clear.clear.append(raise.raise[0].key);
    writer.applyAlertTransitions(clear);
    raise.atMs = kT0 + 3000;
    writer.applyAlertTransitions(raise);
    QCOMPARE(store.alerts().size(), 2);
    QCOMPARE(store.alerts(Store::AlertSelection::Open).size(), 1);
    QCOMPARE(failed.count(), 0);
}

// An open alert's message and severity follow the condition: a power alert raised at 92 %
// becomes critical at 104 % without a second alert, and says the current figure.
void TestAlerts::openAlertsStayCurrent()
{
    Run run;
    run.step(powerInput(kT0, 92 * 12.0, 1200.0));
    QCOMPARE(run.raises, 1);
    const AlertRecord *alert = run.find(AlertRule::PowerHigh.toString());
    QVERIFY(alert);
    QCOMPARE(alert->severity, AlertSeverity::Warning);
    const QString first = alert->message;
    run.step(powerInput(kT0 + kMinuteMs, 92 * 12.0, 1200.0)); // the same: nothing to write
    QCOMPARE(run.updates, 0);
    run.step(powerInput(kT0 + 2 * kMinuteMs, 104 * 12.0, 1200.0));
    QCOMPARE(run.raises, 1);
    QCOMPARE(run.updates, 1);
    alert = run.find(AlertRule::PowerHigh.toString());
    QCOMPARE(alert->severity, AlertSeverity::Critical);
    QVERIFY(alert->message != first);
    QVERIFY2(alert->message.contains(QLatin1String("104")), qPrintable(alert->message));
}

void TestAlerts::writerUpdatesAnOpenAlertInPlace()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    StoreWriter writer(store.path());
    QSignalSpy failed(&writer, &StoreWriter::writeFailed);
    const AlertKey key { AlertRule::PhaseSlip.toString(), QString(), QStringLiteral("feed") };
    AlertTransitions raise;
    raise.atMs = kT0;
    raise.raise.append(
        { key, AlertSeverity::Warning, QStringLiteral("planned 152 days ago"), 152 });
    writer.applyAlertTransitions(raise);
    const qint64 id = store.alerts().constFirst().id;
    writer.acknowledgeAlerts({ id }, QStringLiteral("ada"), kT0 + 500);

    AlertTransitions update;
    update.atMs = kT0 + 86'400'000;
    update.update.append(
        { key, AlertSeverity::Critical, QStringLiteral("planned 153 days ago"), 153 });
    writer.applyAlertTransitions(update);
    const QList<AlertRecord> alerts = store.alerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].id, id);
    QCOMPARE(alerts[0].message, QStringLiteral("planned 153 days ago"));
    QCOMPARE(alerts[0].severity, AlertSeverity::Critical);
    QCOMPARE(alerts[0].raisedAtMs, kT0); // when it was raised stays
    QCOMPARE(alerts[0].acknowledgedBy, QStringLiteral("ada")); // and who took it
    QVERIFY(alerts[0].isOpen());
    // A cleared alert is history: an update does not touch it.
    AlertTransitions clear;
    clear.atMs = kT0 + 2 * 86'400'000;
    clear.clear.append(key);
    writer.applyAlertTransitions(clear);
    update.update[0].message = QStringLiteral("rewritten");
    writer.applyAlertTransitions(update);
    QCOMPARE(store.alerts().constFirst().message, QStringLiteral("planned 153 days ago"));
    QCOMPARE(failed.count(), 0);
}

void TestAlerts::monitorRaisesClearsAndAcknowledges()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QVERIFY(TestUtil::insertSite(store, QStringLiteral("s"), QStringLiteral("Site S")));
    StoreWriter writer(store.path());
    writer.setFlushDelay(0);
    qint64 now = kT0;
    AlertMonitor monitor(store, &writer);
    monitor.setClock([&] { return now; });
    monitor.setIntervals(0, 3'600'000);
    QSignalSpy raised(&monitor, &AlertMonitor::alertsRaised);

    // A site drawing 95% of a capacity it reports itself.
    writer.enqueue({ TestUtil::sample(QStringLiteral("s"), Metric::CapacityMw, Provenance::Measured,
                         now, 1000, QStringLiteral("MW")),
        TestUtil::sample(QStringLiteral("s"), Metric::PowerMw, Provenance::Measured, now, 950,
            QStringLiteral("MW")) });
    writer.flush();
    monitor.start();
    QTRY_COMPARE(monitor.attentionCount(), 1);
    QCOMPARE(monitor.alerts()[0].key.rule, AlertRule::PowerHigh.toString());
    QTRY_COMPARE(raised.count(), 1);

    // Acknowledged: still open, no longer counted.
    qputenv("USER", "ada");
    monitor.acknowledge({ monitor.alerts()[0].id });
    QTRY_COMPARE(monitor.attentionCount(), 0);
    QVERIFY(monitor.alerts()[0].isOpen());
    QCOMPARE(monitor.alerts()[0].acknowledgedBy, QStringLiteral("ada"));

    // 88%: inside the hysteresis band, stays open.
    now += kMinuteMs;
    writer.enqueue({ TestUtil::sample(QStringLiteral("s"), Metric::PowerMw, Provenance::Measured,
        now, 880, QStringLiteral("MW")) });
    writer.flush();
    const int evaluations = monitor.evaluationCount();
    monitor.evaluateNow();
    QCOMPARE(monitor.evaluationCount(), evaluations + 1);
    QTest::qWait(0);
    QVERIFY(monitor.alerts()[0].isOpen());

    // 80%: cleared, and stored so.
    now += kMinuteMs;
    writer.enqueue({ TestUtil::sample(QStringLiteral("s"), Metric::PowerMw, Provenance::Measured,
        now, 800, QStringLiteral("MW")) });
    writer.flush();
    monitor.evaluateNow();
    QTRY_VERIFY(!monitor.alerts()[0].isOpen());
    QCOMPARE(store.alerts()[0].clearedAtMs, now);
    QCOMPARE(store.alerts().size(), 1);
}

// A source that polls fine while the store cannot be written (its health waits in the writer):
// no "no successful poll" alert while the writer fails, nor when it recovers. It used to be
// raised against the healthy source once the store could be written again.
void TestAlerts::monitorDoesNotBlameSourcesForAFailingWriter()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    StoreWriter writer(store.path());
    writer.setFlushDelay(0);
    writer.setBusyTimeout(1);
    qint64 now = kT0;
    AlertMonitor monitor(store, &writer);
    monitor.setClock([&] { return now; });
    monitor.setIntervals(0, 3'600'000);
    SourceHealth health;
    health.sourceId = QStringLiteral("feed");
    health.name = QStringLiteral("Feed");
    health.kind = QStringLiteral("site_status");
    health.url = QStringLiteral("http://127.0.0.1:1/status.json");
    health.intervalMs = 1000;
    health.lastAttemptMs = health.lastSuccessMs = now;
    writer.recordHealth(health);
    monitor.start();
    QCOMPARE(store.alerts().size(), 0);
    QSignalSpy state(&writer, &StoreWriter::writeStateChanged);
    const auto noStaleAlert = [&store] {
        for (const AlertRecord &alert : store.alerts()) {
            if (alert.key.rule == AlertRule::FeedStale)
                return false;
        }
        return true;
    };

    // Another program holds the store: the next poll's health cannot be written.
    sqlite::Connection other;
    QVERIFY(other.open(store.path(), sqlite::Connection::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    now += 60'000; // 60 intervals after the stored success
    health.lastAttemptMs = health.lastSuccessMs = now;
    writer.recordHealth(health);
    QVERIFY(writer.state().failing);
    QTRY_COMPARE(state.size(), 1); // the monitor hears of it (queued)
    QCoreApplication::processEvents();
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    // While failing, the monitor holds back (and its write would fail anyway).
    monitor.evaluateNow();
    QCoreApplication::processEvents();
    QVERIFY(noStaleAlert());
    const int evaluations = monitor.evaluationCount();

    // The store can be written again: the held health is stored, nothing is raised.
    QTRY_VERIFY(!writer.state().failing);
    QTRY_VERIFY(monitor.evaluationCount() > evaluations); // the recovery triggers a look
    monitor.evaluateNow();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(store.sourceHealth().constFirst().lastSuccessMs, now);
    QVERIFY(noStaleAlert());
}

void TestAlerts::tableModelAndFilters()
{
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AlertRecord active;
    active.id = 1;
    active.key = { AlertRule::PowerHigh.toString(), QStringLiteral("a"), QString() };
    active.raisedAtMs = kT0;
    AlertRecord acknowledged = active;
    acknowledged.id = 2;
    acknowledged.key.siteId = QStringLiteral("b");
    acknowledged.acknowledgedAtMs = kT0 + 1;
    acknowledged.acknowledgedBy = QStringLiteral("ada");
    AlertRecord cleared = active;
    cleared.id = 3;
    cleared.key.rule = AlertRule::GpuDrop.toString();
    cleared.clearedAtMs = kT0 + 2;
    model.setAlerts({ active, acknowledged, cleared });
    model.setSiteNames({ { QStringLiteral("a"), QStringLiteral("Alpha") } });
    QCOMPARE(
        model.index(0, AlertTableModel::SubjectColumn).data().toString(), QStringLiteral("Alpha"));
    QVERIFY(model.index(1, AlertTableModel::AcknowledgedColumn)
                .data()
                .toString()
                .contains(QLatin1String("ada")));

    QCOMPARE(proxy.rowCount(), 3);
    proxy.setStateFilter(AlertTableModel::State::Active);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStateFilter(AlertTableModel::State::Cleared);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(AlertTableModel::IdRole).toLongLong(), 3);
    proxy.setStateFilter(std::nullopt);
    proxy.setSiteFilter(QStringLiteral("a"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setRuleFilter(AlertRule::GpuDrop.toString());
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
