// The Forecast page offscreen: a scenario change made in its controls recomputes the
// projection at once, reaches the Overview tile, and is stored with its assumptions.
#include "itemmodels/projectiontablemodel.h"
#include "pages/forecastpage.h"
#include "pages/overviewpage.h"
#include "query/projectioncontroller.h"
#include "session/dashboardsession.h"
#include "testutil.h"
#include "widgets/kpitile.h"
#include "widgets/theme.h"
#include "window/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestForecastPage : public QObject
{
    Q_OBJECT

private slots:
    void scenarioChangeRecomputes();
    void projectionIsStored();
    void typedDecimalsAreKept_data();
    void typedDecimalsAreKept();
};

void TestForecastPage::scenarioChangeRecomputes()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    MainWindow window(
        session.publisher(), session.projections(), TestUtil::storePath(dir), english);
    QVERIFY(window.showPage(QStringLiteral("forecast")));
    window.show();
    ForecastPage *page = window.forecastPage();
    // The dataset's target is fleet-wide and no fleet GPU count is published.
    QCOMPARE(page->verdictLabel()->text(), QStringLiteral("Not measurable"));
    QVERIFY(page->summaryLabel()->text().startsWith(QLatin1String("No fleet GPU count published")));
    QVERIFY(page->sitesVerdictLabel()->text().contains(QLatin1String("Stargate sites'")));
    QCOMPARE(page->targetField()->value(), 1'000'000);
    QVERIFY(!page->includeSimulatedField()->isChecked());
    // The widgets other tests read by name.
    for (const char *name :
        { "ForecastVerdict", "ForecastSummary", "ForecastSitesVerdict", "ForecastBasis",
            "ForecastPower", "ForecastTable", "ForecastChart", "ForecastIncludeSimulated" })
        QVERIFY2(page->findChild<QWidget *>(QLatin1String(name)), name);
    QVERIFY(page->tableModel()->rowCount() > 5);
    QVERIFY(page->sitesVerdictLabel()->text().contains(QLatin1String("1,000,000 GPUs")));

    // A smaller target, far in the future: the plan gets there in time.
    QSignalSpy results(session.projections(), &ProjectionController::resultChanged);
    page->targetDateField()->setDate(QDate(2035, 1, 1));
    page->targetField()->setValue(300'000);
    QTRY_VERIFY(results.size() >= 2);
    QCOMPARE(session.projections()->scenario().targetGpus, 300'000.0);
    QCOMPARE(page->verdictLabel()->text(), QStringLiteral("On track"));
    // Its one colour, the same as on the slide and in the PDF.
    QCOMPARE(page->verdictLabel()->styleSheet(),
        QStringLiteral("color: %1;").arg(Theme::verdictColor(Forecast::Verdict::OnTrack).name()));
    QVERIFY(page->summaryLabel()->text().contains(QLatin1String("300,000 GPUs")));
    QCOMPARE(window.overviewPage()->projectionTile()->value(), QStringLiteral("On track"));

    // Delaying a site is reflected in the assumptions.
    page->delaySiteField()->setCurrentIndex(0);
    page->delayMonthsField()->setValue(6);
    QTRY_VERIFY(!session.projections()->scenario().delayMonths.isEmpty());
    QCOMPARE(session.projections()->scenario().delayMonths.constBegin().value(), 6);

    // Changing PUE changes the projected power at once.
    const double facilityBefore = session.projections()->result().powerAt.value(1).high.facilityMw;
    page->pueField()->setValue(page->pueField()->value() + 0.3);
    QTRY_VERIFY(session.projections()->result().powerAt.value(1).high.facilityMw != facilityBefore);

    // Simulated data only on request, and then named.
    page->includeSimulatedField()->setChecked(true);
    QTRY_VERIFY(session.projections()->scenario().includeSimulated);
}

void TestForecastPage::projectionIsStored()
{
    QTemporaryDir dir;
    DashboardSession session;
    QCOMPARE(session.open(TestUtil::storePath(dir)), QString());
    session.projections()->setSaveDelay(10);
    Scenario scenario = session.projections()->scenario();
    scenario.power.pue = 1.42;
    session.projections()->setScenario(scenario);
    Store reader;
    QCOMPARE(reader.open(TestUtil::storePath(dir), Store::Access::ReadOnly), QString());
    const auto storedPue = [&reader]() {
        auto q = reader.connection().prepare(
            QStringLiteral("SELECT json_extract(assumptions, '$.pue'), provenance, verdict FROM "
                           "projections ORDER BY id DESC LIMIT 1"));
        return q.next() ? q.real(0) : 0.0;
    };
    QTRY_COMPARE(storedPue(), 1.42);
}

void TestForecastPage::typedDecimalsAreKept_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("pue"); // else the server overhead
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("expected");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("en PUE") << english << true << QStringLiteral("1.45") << 1.45;
    QTest::newRow("en overhead") << english << false << QStringLiteral("1.3") << 1.3;
    QTest::newRow("de PUE") << german << true << QStringLiteral("1,45") << 1.45;
    QTest::newRow("de overhead") << german << false << QStringLiteral("2,05") << 2.05;
}

// Typing a decimal into PUE or overhead keeps it. Before, each keystroke recomputed the
// scenario and showed it back, so "1.45" became 1.00. The round trip here is synchronous: the
// worst case of the app's asynchronous one.
void TestForecastPage::typedDecimalsAreKept()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, pue);
    QFETCH(QString, typed);
    QFETCH(double, expected);
    ForecastPage page(locale);
    Scenario shown;
    shown.power.pue = 1.1;
    shown.power.serverOverhead = 1.2;
    const auto showBack = [&page](const Scenario &scenario) {
        ProjectionResult result;
        result.scenario = scenario;
        page.showResult(result);
    };
    showBack(shown);
    QList<Scenario> edits;
    connect(&page, &ForecastPage::scenarioEdited, &page, [&](const Scenario &scenario) {
        edits.append(scenario);
        showBack(scenario);
    });
    page.show();
    QDoubleSpinBox *field = pue ? page.pueField() : page.overheadField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, typed);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->value(), expected);
    QVERIFY(!edits.isEmpty());
    QCOMPARE(pue ? edits.last().power.pue : edits.last().power.serverOverhead, expected);
}

QTEST_MAIN(TestForecastPage)
#include "tst_forecastpage.moc"
