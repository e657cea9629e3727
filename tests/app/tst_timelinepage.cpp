// The Timeline page on the bundled dataset: one row per site, hover text with phase, dates
// and source, and a manual event in an impossible order flagged on its row.
#include "pages/timelinepage.h"
#include "query/snapshotpublisher.h"
#include "session/dashboardsession.h"
#include "store/storewriter.h"
#include "testutil.h"
#include "widgets/timelineview.h"
#include "window/mainwindow.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

class TestTimelinePage : public QObject
{
    Q_OBJECT

private slots:
    void showsEverySiteAndFlagsImpossibleOrders();
};

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

int rowOf(const TimelineView *view, const QString &siteId)
{
    for (int i = 0; i < view->data().rows.size(); ++i) {
        if (view->data().rows[i].siteId == siteId)
            return i;
    }
    return -1;
}
} // namespace

void TestTimelinePage::showsEverySiteAndFlagsImpossibleOrders()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    session.publisher()->setMinimumInterval(20);
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), kEnglish);
    window.resize(1600, 1000);
    QVERIFY(window.showPage(QStringLiteral("timeline")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.timelinePage()->view();
    QCOMPARE(view->data().rows.size(), session.store().sites().size());

    // Abilene: construction from 2024-06; hovering the start of its first bar says so, with the
    // source.
    const int abilene = rowOf(view, QStringLiteral("abilene-tx"));
    QVERIFY(abilene >= 0);
    const TimelineRow &row = view->data().rows[abilene];
    QVERIFY(!row.segments.isEmpty());
    QCOMPARE(row.segments.first().phase, Phase::Construction);
    const QPoint onBar(
        view->xOf(row.segments.first().from.addDays(60)), view->rowRect(abilene).center().y());
    const QString tip = view->toolTipAt(onBar);
    QVERIFY2(tip.contains(QLatin1String("Under construction"))
            && tip.contains(QLatin1String("globenewswire")),
        qPrintable(tip));
    QVERIFY(row.issues.isEmpty());
    QVERIFY(!window.timelinePage()->issuesLabel()->isVisible());

    // Operational before construction began, typed in by hand: stored, and flagged on the row.
    StoreWriter *writer = session.writer();
    ManualEventResult result;
    QMetaObject::invokeMethod(
        writer,
        [&] {
            result = writer->addManualPhaseEvent({ QStringLiteral("milam-tx"),
                QStringLiteral("operational"), QStringLiteral("2025-01-01"), QString(),
                QStringLiteral("ada"), QDateTime::currentDateTimeUtc() });
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(result.id > 0);
    QCOMPARE(result.issues.size(), 1);
    QTRY_VERIFY(!view->data().rows[rowOf(view, QStringLiteral("milam-tx"))].issues.isEmpty());
    const int milam = rowOf(view, QStringLiteral("milam-tx"));
    const QString warning = view->toolTipAt(view->warningRect(milam).center());
    QVERIFY2(warning.contains(QLatin1String("impossible order"))
            && warning.contains(QLatin1String("2025-01-01")),
        qPrintable(warning));
    QVERIFY(window.timelinePage()->issuesLabel()->isVisible());
    QVERIFY(window.timelinePage()->issuesLabel()->text().contains(QLatin1String("Milam")));
}

QTEST_MAIN(TestTimelinePage)
#include "tst_timelinepage.moc"
