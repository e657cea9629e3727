// The Alerts page on a temporary store: an alert the monitor raises shows up as a row and as
// a count on the navigation item; Acknowledge changes the row and is stored with the user's name.
#include "alerts/alertmonitor.h"
#include "alerts/alertsettings.h"
#include "alertui/alertnotifier.h"
#include "alertui/alertthresholdsdialog.h"
#include "itemmodels/alertfilterproxymodel.h"
#include "itemmodels/alerttablemodel.h"
#include "pages/alertspage.h"
#include "pages/mappage.h"
#include "pages/sitepage.h"
#include "session/dashboardsession.h"
#include "store/storewriter.h"
#include "testutil.h"
#include "window/mainwindow.h"
#include "wiring/sessionwiring.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestAlertsPage : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgeChangesTheRowAndIsStored();
    void openAlertsAreBadgesOnTheMapAndTheSitePage();
    void notifiesWhenTheWindowIsNotInFront();
    void thresholdsDialogChecksClearBelowRaise_data();
    void thresholdsDialogChecksClearBelowRaise();
    void thresholdsAreSavedAndAppliedAtOnce();
};

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

int rowOf(const AlertsPage *page, QLatin1StringView rule)
{
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        if (page->proxy()->index(row, 0).data(AlertTableModel::RuleRole).toString() == rule)
            return row;
    }
    return -1;
}
} // namespace

void TestAlertsPage::acknowledgeChangesTheRowAndIsStored()
{
    qputenv("USER", "operator-ada");
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    window.setAlertMonitor(session.alerts());
    window.resize(1600, 900);
    QVERIFY(window.showPage(QStringLiteral("alerts")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AlertsPage *page = window.alertsPage();

    // A source that failed six times in a row: the monitor raises an error-streak alert.
    SourceHealth health;
    health.sourceId = QStringLiteral("test-feed");
    health.name = QStringLiteral("Test feed");
    health.kind = QStringLiteral("site_status");
    health.url = QStringLiteral("http://127.0.0.1:9/status.json");
    health.intervalMs = 5000;
    health.lastAttemptMs = QDateTime::currentMSecsSinceEpoch();
    health.consecutiveFailures = 6;
    health.lastError = QStringLiteral("connection refused");
    StoreWriter *writer = session.writer();
    QMetaObject::invokeMethod(
        writer, [writer, health] { writer->recordHealth(health); }, Qt::QueuedConnection);
    QTRY_VERIFY(rowOf(page, AlertRule::ErrorStreak) >= 0);

    AlertMonitor *monitor = session.alerts();
    const int before = monitor->attentionCount();
    QVERIFY(before >= 1);
    QCOMPARE(
        window.navigationText(QStringLiteral("alerts")), QStringLiteral("Alerts (%1)").arg(before));
    int row = rowOf(page, AlertRule::ErrorStreak);
    QCOMPARE(page->proxy()->index(row, AlertTableModel::StateColumn).data().toString(),
        QStringLiteral("Active"));
    QVERIFY(page->proxy()
                ->index(row, AlertTableModel::MessageColumn)
                .data()
                .toString()
                .contains(QLatin1String("connection refused")));
    QCOMPARE(page->proxy()->index(row, AlertTableModel::SubjectColumn).data().toString(),
        QStringLiteral("Test feed"));

    QVERIFY(!page->acknowledgeButton()->isEnabled());
    page->table()->selectRow(row);
    QVERIFY(page->acknowledgeButton()->isEnabled());
    QTest::mouseClick(page->acknowledgeButton(), Qt::LeftButton);

    QTRY_COMPARE(page->proxy()
                     ->index(rowOf(page, AlertRule::ErrorStreak), AlertTableModel::StateColumn)
                     .data()
                     .toString(),
        QStringLiteral("Acknowledged"));
    row = rowOf(page, AlertRule::ErrorStreak);
    QVERIFY(page->proxy()
                ->index(row, AlertTableModel::AcknowledgedColumn)
                .data()
                .toString()
                .contains(QLatin1String("operator-ada")));
    // Nothing left to acknowledge in the selection: the button takes it back instead.
    QCOMPARE(page->acknowledgeButton()->text(), QStringLiteral("Un-acknowledge"));
    QCOMPARE(monitor->attentionCount(), before - 1);
    QCOMPARE(window.navigationText(QStringLiteral("alerts")),
        before - 1 > 0 ? QStringLiteral("Alerts (%1)").arg(before - 1) : QStringLiteral("Alerts"));

    // Stored: another connection reads it back.
    Store reader;
    QCOMPARE(reader.open(TestUtil::storePath(dir), Store::Access::ReadOnly), QString());
    bool found = false;
    for (const AlertRecord &alert : reader.alerts()) {
        if (alert.key.rule == AlertRule::ErrorStreak
            && alert.key.sourceId == QLatin1String("test-feed")) {
            found = true;
            QVERIFY(alert.isOpen());
            QCOMPARE(alert.acknowledgedBy, QStringLiteral("operator-ada"));
            QVERIFY(alert.acknowledgedAtMs > 0);
        }
    }
    QVERIFY(found);

    // A comment, written in the dialog, is stored with its author and shown on the row.
    page->table()->selectRow(rowOf(page, AlertRule::ErrorStreak));
    QVERIFY(page->commentButton()->isEnabled());
    QTest::mouseClick(page->commentButton(), Qt::LeftButton);
    auto *dialog = page->findChild<QDialog *>(QStringLiteral("alertCommentDialog"));
    QVERIFY(dialog);
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
    QVERIFY(text);
    QTest::keyClicks(text, QStringLiteral("Vendor ticket 4711, Ada on it"));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(page->proxy()
                     ->index(rowOf(page, AlertRule::ErrorStreak), AlertTableModel::CommentColumn)
                     .data()
                     .toString(),
        QStringLiteral("Vendor ticket 4711, Ada on it"));
    QVERIFY(page->proxy()
                ->index(rowOf(page, AlertRule::ErrorStreak), AlertTableModel::CommentColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("Comment by operator-ada:")));
    const auto storedAlert = [&reader] {
        for (const AlertRecord &alert : reader.alerts())
            if (alert.key.rule == AlertRule::ErrorStreak)
                return alert;
        return AlertRecord();
    };
    QCOMPARE(storedAlert().comment, QStringLiteral("Vendor ticket 4711, Ada on it"));
    QCOMPARE(storedAlert().commentBy, QStringLiteral("operator-ada"));

    // Un-acknowledge: it needs attention again, and the badge counts it.
    page->table()->selectRow(rowOf(page, AlertRule::ErrorStreak));
    QTest::mouseClick(page->acknowledgeButton(), Qt::LeftButton);
    QTRY_COMPARE(page->proxy()
                     ->index(rowOf(page, AlertRule::ErrorStreak), AlertTableModel::StateColumn)
                     .data()
                     .toString(),
        QStringLiteral("Active"));
    QCOMPARE(storedAlert().acknowledgedAtMs, 0);
    QTRY_COMPARE(monitor->attentionCount(), before);
    QCOMPARE(storedAlert().comment, QStringLiteral("Vendor ticket 4711, Ada on it"));
    // Acknowledge again, for the filters below.
    page->table()->selectRow(rowOf(page, AlertRule::ErrorStreak));
    QTest::mouseClick(page->acknowledgeButton(), Qt::LeftButton);
    QTRY_COMPARE(monitor->attentionCount(), before - 1);

    // Filters: acknowledged only, then by rule.
    page->stateFilter()->setCurrentIndex(
        page->stateFilter()->findData(int(AlertTableModel::State::Acknowledged)));
    QCOMPARE(page->proxy()->rowCount(), 1);
    page->stateFilter()->setCurrentIndex(0);
    page->ruleFilter()->setCurrentIndex(
        page->ruleFilter()->findData(AlertRule::ErrorStreak.toString()));
    QCOMPARE(page->proxy()->rowCount(), 1);
}

void TestAlertsPage::openAlertsAreBadgesOnTheMapAndTheSitePage()
{
    // The bundled dataset plans Abilene operational by mid-2026: past that date the phase-slip
    // alert is open, and the map and the site page show it.
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    SessionWiring::connectWindow(session, window);
    window.setAlertMonitor(session.alerts());
    const auto openAt = [&](const QString &siteId) {
        int open = 0;
        for (const AlertRecord &alert : session.alerts()->alerts())
            open += alert.isOpen() && alert.key.siteId == siteId ? 1 : 0;
        return open;
    };
    if (QDate::currentDate() < QDate(2026, 7, 2))
        QSKIP("before the planned date, no phase-slip alert is expected");
    QTRY_VERIFY(openAt(QStringLiteral("abilene-tx")) >= 1);
    const auto badgeOf = [&](const QString &siteId) {
        for (const MapSite &site : window.mapPage()->sites()) {
            if (site.id == siteId)
                return site.openAlerts;
        }
        return -1;
    };
    QTRY_COMPARE(badgeOf(QStringLiteral("abilene-tx")), openAt(QStringLiteral("abilene-tx")));
    // A site without open alerts carries no badge.
    QCOMPARE(badgeOf(QStringLiteral("lordstown-oh")), openAt(QStringLiteral("lordstown-oh")));
    window.openSite(QStringLiteral("abilene-tx"));
    QTRY_VERIFY2(window.sitePage()->locationLabel()->text().contains(QLatin1String("open alert")),
        qPrintable(window.sitePage()->locationLabel()->text()));
}

void TestAlertsPage::notifiesWhenTheWindowIsNotInFront()
{
    QWidget hidden; // never shown, so never the active window
    AlertNotifier notifier(&hidden);
    AlertRecord alert;
    alert.id = 1;
    alert.message = QStringLiteral("Site S draws 95% of its capacity.");
    notifier.notify({ alert });
    // The offscreen platform has no system tray: the window asks for attention instead.
    QCOMPARE(notifier.lastChannel(), AlertNotifier::Channel::Alert);
    QCOMPARE(AlertNotifier::summary({ alert, alert }),
        QStringLiteral("Site S draws 95% of its capacity.\nand 1 more"));
    notifier.notify({});
    QCOMPARE(notifier.lastChannel(), AlertNotifier::Channel::None);
}

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"

void TestAlertsPage::thresholdsDialogChecksClearBelowRaise_data()
{
    QTest::addColumn<double>("powerRaise");
    QTest::addColumn<double>("powerClear");
    QTest::addColumn<double>("gpuDrop");
    QTest::addColumn<double>("gpuDropClear");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("defaults") << 90.0 << 85.0 << 10.0 << 5.0 << true;
    QTest::newRow("power clears at its raise level") << 90.0 << 90.0 << 10.0 << 5.0 << false;
    QTest::newRow("power clears above") << 80.0 << 95.0 << 10.0 << 5.0 << false;
    QTest::newRow("GPU drop clears above") << 90.0 << 85.0 << 10.0 << 12.0 << false;
    QTest::newRow("tight but valid") << 99.0 << 98.5 << 2.0 << 1.0 << true;
}

void TestAlertsPage::thresholdsDialogChecksClearBelowRaise()
{
    QFETCH(double, powerRaise);
    QFETCH(double, powerClear);
    QFETCH(double, gpuDrop);
    QFETCH(double, gpuDropClear);
    QFETCH(bool, acceptable);
    AlertThresholdsDialog dialog { AlertThresholds() };
    dialog.powerRaiseField()->setValue(powerRaise);
    dialog.powerClearField()->setValue(powerClear);
    dialog.gpuDropField()->setValue(gpuDrop);
    dialog.gpuDropClearField()->setValue(gpuDropClear);
    QCOMPARE(dialog.problem().isEmpty(), acceptable);
    QCOMPARE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled(), acceptable);
    // Restore Defaults brings back the documented values, and a dialog that can be saved.
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    const AlertThresholds defaults;
    QCOMPARE(dialog.thresholds().powerRaisePercent, defaults.powerRaisePercent);
    QCOMPARE(dialog.thresholds().gpuDropClearPercent, defaults.gpuDropClearPercent);
    QCOMPARE(dialog.thresholds().errorStreak, defaults.errorStreak);
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

// The bundled dataset plans sites operational by dates that have passed: phase-slip alerts are
// open. A grace period of ten years, set in the dialog, clears them at once and is saved.
void TestAlertsPage::thresholdsAreSavedAndAppliedAtOnce()
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    {
        QSettings settings;
        settings.clear();
    }
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    window.setAlertMonitor(session.alerts());
    QVERIFY(window.showPage(QStringLiteral("alerts")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto openPhaseSlips = [&] {
        int open = 0;
        for (const AlertRecord &alert : session.alerts()->alerts())
            open += alert.isOpen() && alert.key.rule == AlertRule::PhaseSlip ? 1 : 0;
        return open;
    };
    if (QDate::currentDate() < QDate(2026, 7, 2))
        QSKIP("before the planned dates, no phase-slip alert is expected");
    QTRY_VERIFY(openPhaseSlips() >= 1);

    QTest::mouseClick(window.alertsPage()->thresholdsButton(), Qt::LeftButton);
    AlertThresholdsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AlertThresholdsDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->phaseSlipGraceField()->value(), 0);
    dialog->phaseSlipGraceField()->setValue(3650);
    dialog->errorStreakField()->setValue(8);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_COMPARE(openPhaseSlips(), 0);
    QCOMPARE(session.alerts()->thresholds().phaseSlipGraceDays, 3650);
    QSettings settings;
    const AlertThresholds saved = AlertSettings::load(settings);
    QCOMPARE(saved.phaseSlipGraceDays, 3650);
    QCOMPARE(saved.errorStreak, 8);
    QCOMPARE(saved.powerRaisePercent, AlertThresholds().powerRaisePercent);
}
