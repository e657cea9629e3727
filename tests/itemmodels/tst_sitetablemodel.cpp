#include "domain/figureformat.h"
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
    void datesAndTimesHaveOneLongForm_data();
    void datesAndTimesHaveOneLongForm();
    void passesModelTester();
    void rowsMatchStore();
    void simulatedValuesAreLabelled();
    void filterAndSort_data();
    void filterAndSort();
    void estimateReadsAsEstimate();
    void quietSitesSayNoPublicUpdateSince_data();
    void quietSitesSayNoPublicUpdateSince();

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

namespace {
// A store with one site whose operational capacity is an analyst's estimate (as of
// 2026-05-23), its status of 2026-03-01, and a simulated GPU count polled on 2026-11-30.
struct EstimateFixture
{
    QTemporaryDir dir;
    Store store;
    DashboardSnapshot snapshot;

    EstimateFixture()
    {
        QVERIFY(store.open(TestUtil::storePath(dir)).isEmpty());
        const QByteArray jsonl
            = R"({"record":"dataset","version":1,"compiled":"2026-12-01"})"
              "\n"
              R"({"record":"site","id":"abilene-tx","name":"Abilene","country":"US","status":"Partly running","status_as_of":"2026-03-01"})"
              "\n"
              R"({"record":"phase","site":"abilene-tx","phase":"construction","date":"2024-06","source":"https://example.org/p"})"
              "\n"
              R"({"record":"fact","scope":"site","site":"abilene-tx","metric":"capacity_online_mw","unit":"MW","value":[301,589],"period":"2026-05-23","as_of":"2026-05-23","source":"https://epoch.ai/data/ai-data-centers","provenance":"estimate","analyst":"Epoch AI","method":"modelled"})"
              "\n";
        const Dataset dataset = DatasetParser::parse(jsonl);
        QVERIFY(dataset.errors.isEmpty());
        const auto imported = DatasetImporter::import(store, dataset);
        QVERIFY2(imported.outcome == DatasetImporter::Result::Outcome::Imported,
            qPrintable(imported.error));
        SampleWriter writer(store.connection());
        QVERIFY(writer
                    .write({ TestUtil::sample(QStringLiteral("abilene-tx"), Metric::GpusOnline,
                        Provenance::Simulated,
                        QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(),
                        100) })
                    .error.isEmpty());
        snapshot
            = DashboardQuery::build(store, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    }
};
} // namespace

// Abilene's operational capacity modelled by Epoch AI reads as an estimate with its analyst,
// method and date on the table, never as "reported".
void TestSiteTableModel::estimateReadsAsEstimate()
{
    EstimateFixture fixture;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    SiteTableModel model;
    model.setLocale(english);
    model.setRows(fixture.snapshot.sites);
    QCOMPARE(model.rowCount(), 1);
    const QString credit = QStringLiteral("Estimate · Epoch AI, modelled, %1")
                               .arg(FigureFormat::date(QDate(2026, 5, 23), english));
    const QModelIndex power = model.index(0, SiteTableModel::PowerColumn);
    QVERIFY2(power.data().toString().contains(QLatin1String("estimate")),
        qPrintable(power.data().toString()));
    const QString tip = power.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(credit), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("Reported")), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("as reported")), qPrintable(tip));
    const QModelIndex provenance = model.index(0, SiteTableModel::ProvenanceColumn);
    QVERIFY(provenance.data().toString().contains(QLatin1String("Estimate")));
    QVERIFY2(provenance.data(Qt::ToolTipRole).toString().contains(credit),
        qPrintable(provenance.data(Qt::ToolTipRole).toString()));
}

void TestSiteTableModel::quietSitesSayNoPublicUpdateSince_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("quiet");
    // The newest public date is the estimate's 2026-05-23 (not the simulated sample of
    // 2026-11-30, not the status of 2026-03-01). Quiet means more than 90 days before today.
    QTest::addRow("six months later") << QDate(2026, 12, 1) << true;
    QTest::addRow("91 days later") << QDate(2026, 8, 22) << true;
    QTest::addRow("90 days later") << QDate(2026, 8, 21) << false;
    QTest::addRow("a week later") << QDate(2026, 5, 30) << false;
}

void TestSiteTableModel::quietSitesSayNoPublicUpdateSince()
{
    QFETCH(QDate, today);
    QFETCH(bool, quiet);
    EstimateFixture fixture;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    SiteTableModel model;
    model.setLocale(english);
    model.setToday(today);
    model.setRows(fixture.snapshot.sites);
    const QString notice = QStringLiteral("No public update since %1")
                               .arg(FigureFormat::date(QDate(2026, 5, 23), english));
    const QString shown = model.index(0, SiteTableModel::PublicRecordColumn).data().toString();
    QCOMPARE(shown.contains(notice), quiet);
    QCOMPARE(model.index(0, SiteTableModel::NameColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(notice),
        quiet);
}

// One long date in prose and tables, in every language; a time follows it. The short form's
// two-digit year ("12/3/26 3:12 PM") was a third format beside the long one and ISO.
void TestSiteTableModel::datesAndTimesHaveOneLongForm_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateTime");
    QTest::addRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                        << QStringLiteral("December 3, 2026")
                        << QStringLiteral("December 3, 2026, 3:12\u202fPM");
    QTest::addRow("de") << QLocale(QLocale::German, QLocale::Germany)
                        << QStringLiteral("3. Dezember 2026")
                        << QStringLiteral("3. Dezember 2026, 15:12");
}

void TestSiteTableModel::datesAndTimesHaveOneLongForm()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, date);
    QFETCH(QString, dateTime);
    const QDateTime at(QDate(2026, 12, 3), QTime(15, 12), Qt::LocalTime);
    QCOMPARE(FigureFormat::date(at.date(), locale), date);
    const QString shown = FigureFormat::dateTime(at, locale);
    // Newer locale data put a narrow no-break space before "PM", older a plain one.
    if (!shown.contains(QChar(0x202f)))
        dateTime.replace(QChar(0x202f), QLatin1Char(' '));
    QCOMPARE(shown, dateTime);
    QVERIFY(!shown.contains(QLatin1String("/26")));
}

QTEST_GUILESS_MAIN(TestSiteTableModel)
#include "tst_sitetablemodel.moc"
