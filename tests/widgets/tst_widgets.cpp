#include "widgets/kpitile.h"
#include "widgets/timechartview.h"

#include <QTest>

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void badgeShowsMostTellingProvenance_data();
    void badgeShowsMostTellingProvenance();
    void chartShowsEmptyState();
    void chartNamesEverySeries();
};

void TestWidgets::badgeShowsMostTellingProvenance_data()
{
    QTest::addColumn<QList<Provenance>>("provenances");
    QTest::addColumn<QString>("badge");
    QTest::addRow("none") << QList<Provenance> {} << QString();
    QTest::addRow("reported") << QList<Provenance> { Provenance::Reported }
                              << QStringLiteral("REPORTED");
    QTest::addRow("simulated wins over measured") << QList<Provenance> { Provenance::Measured,
        Provenance::Simulated } << QStringLiteral("SIMULATED DATA");
    QTest::addRow("measured with reported") << QList<Provenance> { Provenance::Reported,
        Provenance::Measured } << QStringLiteral("MEASURED +");
}

void TestWidgets::badgeShowsMostTellingProvenance()
{
    QFETCH(QList<Provenance>, provenances);
    QFETCH(QString, badge);
    KpiTile tile(QStringLiteral("GPUs"));
    tile.setProvenances(provenances);
    QCOMPARE(tile.badgeText(), badge);
}

void TestWidgets::chartShowsEmptyState()
{
    TimeChartView view(QStringLiteral("GPUs over time"));
    TimeChartData data;
    data.fromMs = 0;
    data.toMs = 1000;
    view.setData(data, QLocale(QLocale::English));
    QVERIFY(view.isEmptyState());
    QVERIFY(view.chart()->title().contains(QLatin1String("no data yet")));
}

void TestWidgets::chartNamesEverySeries()
{
    TimeChartView view(QStringLiteral("Power"));
    TimeChartData data;
    data.fromMs = 0;
    data.toMs = 100'000;
    data.nowMs = 50'000;
    ChartLine band;
    band.style = ChartLine::Style::Band;
    band.provenance = Provenance::Planned;
    band.label = QStringLiteral("Planned");
    band.points = { QPointF(10'000, 100), QPointF(60'000, 300) };
    band.upper = { QPointF(10'000, 150), QPointF(60'000, 400) };
    ChartLine fleet;
    fleet.fleetLevel = true;
    fleet.label = QStringLiteral("Fleet");
    fleet.points = { QPointF(0, 10), QPointF(90'000, 20) };
    data.lines = { band, fleet };
    view.setData(data, QLocale(QLocale::German));
    QVERIFY(!view.isEmptyState());
    const QStringList names = view.seriesNames();
    QVERIFY(names.contains(QStringLiteral("Planned (range)")));
    QVERIFY(names.contains(QStringLiteral("Fleet")));
    QVERIFY(names.contains(QStringLiteral("Today")));
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
