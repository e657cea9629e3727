#include "domain/metrics.h"
#include "itemmodels/sitefilterproxymodel.h"
#include "itemmodels/sitetablemodel.h"
#include "query/dashboardquery.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSiteTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void rowsMatchStore();
    void simulatedValuesAreLabelled();
    void filterAndSort_data();
    void filterAndSort();

private:
    QTemporaryDir m_dir;
    Store m_store;
    DashboardSnapshot m_snapshot;
};

void TestSiteTableModel::initTestCase()
{
    QCOMPARE(m_store.open(TestUtil::storePath(m_dir)), QString());
    QCOMPARE(DatasetImporter::import(m_store, DatasetParser::bundled()).outcome,
        DatasetImporter::Result::Outcome::Imported);
    SampleWriter writer(m_store.connection());
    QCOMPARE(
        writer
            .write({ TestUtil::sample(QStringLiteral("milam-tx"), Metric::GpusOnline,
                Provenance::Simulated,
                QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(), 12345) })
            .error,
        QString());
    m_snapshot
        = DashboardQuery::build(m_store, QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
}

void TestSiteTableModel::passesModelTester()
{
    SiteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_snapshot.sites);
    model.setRows({});
    model.setRows(m_snapshot.sites);
    SiteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(QStringLiteral("texas"));
    proxy.sort(SiteTableModel::PlannedMwColumn);
}

void TestSiteTableModel::rowsMatchStore()
{
    SiteTableModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setRows(m_snapshot.sites);
    const QList<Site> sites = m_store.sites();
    QCOMPARE(model.rowCount(), int(sites.size()));
    const QList<ReportedFact> facts = m_store.facts();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row, 0).data(SiteTableModel::SiteIdRole).toString();
        const auto site
            = std::find_if(sites.begin(), sites.end(), [&](const Site &s) { return s.id == id; });
        QVERIFY(site != sites.end());
        QCOMPARE(model.index(row, SiteTableModel::NameColumn).data().toString(), site->name);
        // The planned MW column shows the site's planned-capacity fact, ranges as ranges.
        const auto fact = std::find_if(facts.begin(), facts.end(), [&](const ReportedFact &f) {
            return f.siteId == id && f.metric == Metric::CapacityMw;
        });
        const QString shown = model.index(row, SiteTableModel::PlannedMwColumn).data().toString();
        if (fact == facts.end()) {
            QCOMPARE(shown, QStringLiteral("—"));
        } else if (fact->value.isRange()) {
            QCOMPARE(shown,
                QStringLiteral("%1–%2").arg(
                    QLocale(QLocale::English).toString(qint64(fact->value.low)),
                    QLocale(QLocale::English).toString(qint64(fact->value.high))));
        } else {
            QCOMPARE(shown, QLocale(QLocale::English).toString(qint64(fact->value.low)));
        }
        const QString tip
            = model.index(row, SiteTableModel::PlannedMwColumn).data(Qt::ToolTipRole).toString();
        if (fact != facts.end()) {
            QVERIFY(tip.contains(fact->sourceUrl));
            QVERIFY(tip.contains(QLatin1String("Planned")));
        }
    }
}

void TestSiteTableModel::simulatedValuesAreLabelled()
{
    SiteTableModel model;
    model.setRows(m_snapshot.sites);
    int simulatedRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex gpus = model.index(row, SiteTableModel::GpusOnlineColumn);
        if (model.index(row, 0).data(SiteTableModel::SiteIdRole).toString()
            == QLatin1String("milam-tx")) {
            QVERIFY(gpus.data().toString().contains(QLatin1String("SIMULATED")));
            QVERIFY(model.index(row, 0).data(SiteTableModel::SimulatedRole).toBool());
            QVERIFY(model.index(row, SiteTableModel::ProvenanceColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("SIMULATED")));
            ++simulatedRows;
        } else {
            QVERIFY(!gpus.data().toString().contains(QLatin1String("SIMULATED")));
        }
    }
    QCOMPARE(simulatedRows, 1);
}

void TestSiteTableModel::filterAndSort_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QStringList>("expectedIds"); // in order of planned MW, descending

    QTest::addRow("texas under construction")
        << QStringLiteral("texas") << phaseDisplayName(Phase::Construction)
        << QStringList { QStringLiteral("shackelford-tx"), QStringLiteral("milam-tx") };
    QTest::addRow("partner and word order")
        << QStringLiteral("vantage oracle") << QString()
        << QStringList { QStringLiteral("shackelford-tx"), QStringLiteral("port-washington-wi") };
    QTest::addRow("paused") << QString() << phaseDisplayName(Phase::Paused)
                            << QStringList { QStringLiteral("uk-north-east") };
    QTest::addRow("nothing") << QStringLiteral("atlantis") << QString() << QStringList {};
}

void TestSiteTableModel::filterAndSort()
{
    QFETCH(QString, search);
    QFETCH(QString, phase);
    QFETCH(QStringList, expectedIds);
    SiteTableModel model;
    model.setRows(m_snapshot.sites);
    SiteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(search);
    proxy.setPhaseName(phase);
    proxy.sort(SiteTableModel::PlannedMwColumn, Qt::DescendingOrder);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(SiteTableModel::SiteIdRole).toString());
    QCOMPARE(ids, expectedIds);
}

QTEST_GUILESS_MAIN(TestSiteTableModel)
#include "tst_sitetablemodel.moc"
