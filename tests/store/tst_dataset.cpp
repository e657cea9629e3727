#include "domain/metrics.h"
#include "query/dashboardsnapshot.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kHeader = R"({"record":"dataset","version":1,"compiled":"2026-01-01"})"
                           "\n";
const QByteArray kSite
    = R"({"record":"site","id":"a","name":"Site A","country":"US","lat":30.5,"lon":-97.1,"sources":["https://example.org/a"]})"
      "\n";

QByteArray datasetVersion(int version, double plannedMw)
{
    return QByteArray(R"({"record":"dataset","version":)") + QByteArray::number(version)
        + R"(,"compiled":"2026-01-01"})"
          "\n"
        + kSite
        + R"({"record":"phase","site":"a","phase":"construction","date":"2025-06","source":"https://example.org/p"})"
          "\n"
        + R"({"record":"fact","scope":"site","site":"a","metric":"capacity_mw","unit":"MW","provenance":"planned","value":)"
        + QByteArray::number(plannedMw)
        + R"(,"period":"2025-01-01","as_of":"2025-01-02","source":"https://example.org/f"})"
          "\n";
}
} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void bundledDatasetIsClean();
    void keepsRangesAndDates();
    void rejectsMalformedRows_data();
    void rejectsMalformedRows();
    void headerMustComeFirst();
    void importIsIdempotent();
    void failedStepRollsBackAndNamesTheRecord_data();
    void failedStepRollsBackAndNamesTheRecord();
    void newerVersionUpdatesOnlyDatasetData();
    void readsEstimatesWithAnalystAndMethod();
    void versionTwoReplacesAVersionOneImport();
    void bundledDatasetIsVersionThree();
};

void TestDataset::bundledDatasetIsClean()
{
    const Dataset dataset = DatasetParser::bundled();
    QStringList errors;
    for (const DatasetError &error : dataset.errors)
        errors.append(error.toString());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(dataset.version >= 1);
    QVERIFY(dataset.sites.size() >= 10);
    // Every reported figure keeps a source and an as-of date.
    for (const ReportedFact &fact : dataset.facts) {
        QVERIFY(fact.sourceUrl.startsWith(QLatin1String("http")));
        QVERIFY(fact.asOf.isValid());
    }
    // The program commitment is $500 billion, not the mistranslated 5000 billion.
    bool commitmentFound = false;
    for (const ReportedFact &fact : dataset.facts) {
        if (fact.metric == Metric::CommitmentUsd) {
            commitmentFound = true;
            QCOMPARE(fact.value.low, 500e9);
            QCOMPARE(fact.scope, ReportedFact::Scope::Program);
        }
        // The million-GPU target is fleet-wide, never a site or program figure.
        if (fact.metric == QLatin1String("gpus_online_target")) {
            QCOMPARE(fact.scope, ReportedFact::Scope::Fleet);
            QCOMPARE(fact.value.low, 1e6);
            QCOMPARE(fact.period, QDate(2025, 12, 31));
        }
    }
    QVERIFY(commitmentFound);
}

void TestDataset::keepsRangesAndDates()
{
    const Dataset dataset = DatasetParser::parse(kHeader + kSite
        + R"({"record":"milestone","site":"a","date":"2026-06","date_text":"mid-2026","gpus":[400000,450000],"mw":1200,"source":"https://example.org/m","as_of":"2026-03"})"
          "\n"
        + R"({"record":"phase","site":"a","phase":"announced","date":"2025","source":"https://example.org/p"})"
          "\n");
    QVERIFY(dataset.errors.isEmpty());
    QCOMPARE(
        dataset.sites.first().sourceUrls, QStringList { QStringLiteral("https://example.org/a") });
    QCOMPARE(dataset.milestones.size(), 1);
    const Milestone &milestone = dataset.milestones.first();
    QVERIFY(milestone.gpus.has_value());
    QCOMPARE(milestone.gpus->low, 400000.0);
    QCOMPARE(milestone.gpus->high, 450000.0);
    QVERIFY(milestone.gpus->isRange());
    QCOMPARE(milestone.date, QDate(2026, 6, 30)); // a plan for a month means its end
    QCOMPARE(milestone.asOf, QDate(2026, 3, 1));
    QCOMPARE(
        dataset.phaseEvents.first().date, QDate(2025, 1, 1)); // an event in a year means its start
}

void TestDataset::rejectsMalformedRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("not json") << QByteArray("{\"record\": \"site\", ") << QString()
                              << QStringLiteral("not valid JSON");
    QTest::addRow("not an object")
        << QByteArray("[1, 2]") << QString() << QStringLiteral("JSON object");
    QTest::addRow("unknown record")
        << QByteArray(R"({"record":"rumour"})") << QStringLiteral("record")
        << QStringLiteral("unknown record type");
    QTest::addRow("site without name") << QByteArray(R"({"record":"site","id":"b","country":"US"})")
                                       << QStringLiteral("name") << QStringLiteral("missing");
    QTest::addRow("bad site id") << QByteArray(
        R"({"record":"site","id":"B B","name":"x","country":"US"})")
                                 << QStringLiteral("id") << QStringLiteral("lower-case");
    QTest::addRow("latitude out of range")
        << QByteArray(R"({"record":"site","id":"b","name":"B","country":"US","lat":91,"lon":0})")
        << QStringLiteral("lat") << QStringLiteral("between");
    QTest::addRow("latitude without longitude")
        << QByteArray(R"({"record":"site","id":"b","name":"B","country":"US","lat":10})")
        << QStringLiteral("lon") << QStringLiteral("together");
    QTest::addRow("duplicate site")
        << QByteArray(R"({"record":"site","id":"a","name":"A again","country":"US"})")
        << QStringLiteral("id") << QStringLiteral("twice");
    QTest::addRow("unknown phase") << QByteArray(
        R"({"record":"phase","site":"a","phase":"exploded","date":"2025-01","source":"https://x.org"})")
                                   << QStringLiteral("phase") << QStringLiteral("unknown phase");
    QTest::addRow("unknown site") << QByteArray(
        R"({"record":"phase","site":"zz","phase":"announced","date":"2025-01","source":"https://x.org"})")
                                  << QStringLiteral("site") << QStringLiteral("unknown site");
    QTest::addRow("bad date") << QByteArray(
        R"({"record":"phase","site":"a","phase":"announced","date":"2025-13","source":"https://x.org"})")
                              << QStringLiteral("date") << QStringLiteral("not a valid date");
    QTest::addRow("date text") << QByteArray(
        R"({"record":"phase","site":"a","phase":"announced","date":"mid-2026","source":"https://x.org"})")
                               << QStringLiteral("date") << QStringLiteral("not a date");
    QTest::addRow("source not a url") << QByteArray(
        R"({"record":"phase","site":"a","phase":"announced","date":"2025-01","source":"a friend"})")
                                      << QStringLiteral("source") << QStringLiteral("http");
    QTest::addRow("negative value") << QByteArray(
        R"({"record":"fact","scope":"site","site":"a","metric":"capacity_mw","unit":"MW","value":-5,"period":"2025","as_of":"2025","source":"https://x.org"})")
                                    << QStringLiteral("value") << QStringLiteral("negative");
    QTest::addRow("range backwards") << QByteArray(
        R"({"record":"fact","scope":"fleet","metric":"compute_gw","unit":"GW","value":[5,4],"period":"2025","as_of":"2025","source":"https://x.org"})")
                                     << QStringLiteral("value") << QStringLiteral("below");
    QTest::addRow("value as text") << QByteArray(
        R"({"record":"fact","scope":"fleet","metric":"compute_gw","unit":"GW","value":"400000-450000","period":"2025","as_of":"2025","source":"https://x.org"})")
                                   << QStringLiteral("value") << QStringLiteral("number");
    QTest::addRow("fact without as_of") << QByteArray(
        R"({"record":"fact","scope":"fleet","metric":"compute_gw","unit":"GW","value":1,"period":"2025","source":"https://x.org"})")
                                        << QStringLiteral("as_of") << QStringLiteral("missing");
    QTest::addRow("fleet fact naming a site") << QByteArray(
        R"({"record":"fact","scope":"fleet","site":"a","metric":"compute_gw","unit":"GW","value":1,"period":"2025","as_of":"2025","source":"https://x.org"})")
                                              << QStringLiteral("site")
                                              << QStringLiteral("only site-scoped");
    QTest::addRow("simulated fact") << QByteArray(
        R"({"record":"fact","scope":"fleet","metric":"compute_gw","unit":"GW","value":1,"period":"2025","as_of":"2025","source":"https://x.org","provenance":"simulated"})")
                                    << QStringLiteral("provenance")
                                    << QStringLiteral("not allowed");
    QTest::addRow("estimate without analyst") << QByteArray(
        R"({"record":"fact","scope":"site","site":"a","metric":"capacity_online_mw","unit":"MW","value":421,"period":"2026-05-23","as_of":"2026-05-23","source":"https://x.org","provenance":"estimate","method":"modelled"})")
                                              << QStringLiteral("analyst")
                                              << QStringLiteral("missing");
    QTest::addRow("estimate without method") << QByteArray(
        R"({"record":"fact","scope":"site","site":"a","metric":"capacity_online_mw","unit":"MW","value":421,"period":"2026-05-23","as_of":"2026-05-23","source":"https://x.org","provenance":"estimate","analyst":"Epoch AI"})")
                                             << QStringLiteral("method")
                                             << QStringLiteral("missing");
    QTest::addRow("analyst on a reported fact") << QByteArray(
        R"({"record":"fact","scope":"fleet","metric":"compute_gw","unit":"GW","value":1,"period":"2025","as_of":"2025","source":"https://x.org","analyst":"Epoch AI"})")
                                                << QStringLiteral("analyst")
                                                << QStringLiteral("only estimates");
    QTest::addRow("milestone without figure") << QByteArray(
        R"({"record":"milestone","site":"a","date":"2026","source":"https://x.org","as_of":"2025"})")
                                              << QStringLiteral("gpus") << QStringLiteral("needs");
    QTest::addRow("milestone at an unknown site") << QByteArray(
        R"({"record":"milestone","site":"zz","date":"2026","mw":5,"source":"https://x.org","as_of":"2025"})")
                                                  << QStringLiteral("site")
                                                  << QStringLiteral("unknown site");
    QTest::addRow("second header")
        << QByteArray(R"({"record":"dataset","version":2,"compiled":"2026-01-01"})")
        << QStringLiteral("record") << QStringLiteral("second");
    QTest::addRow("sources not a list")
        << QByteArray(
               R"({"record":"site","id":"b","name":"B","country":"US","sources":"https://x.org"})")
        << QStringLiteral("sources") << QStringLiteral("list of addresses");
    QTest::addRow("source in the list not an address")
        << QByteArray(
               R"({"record":"site","id":"b","name":"B","country":"US","sources":["ftp://x.org"]})")
        << QStringLiteral("sources") << QStringLiteral("http");
    QTest::addRow("unknown scope") << QByteArray(
        R"({"record":"fact","scope":"galaxy","metric":"compute_gw","unit":"GW","value":1,"period":"2025","as_of":"2025","source":"https://x.org"})")
                                   << QStringLiteral("scope") << QStringLiteral("program");
    QTest::addRow("site fact without a site") << QByteArray(
        R"({"record":"fact","scope":"site","metric":"capacity_mw","unit":"MW","value":1,"period":"2025","as_of":"2025","source":"https://x.org"})")
                                              << QStringLiteral("site")
                                              << QStringLiteral("missing");
    QTest::addRow("site fact at an unknown site") << QByteArray(
        R"({"record":"fact","scope":"site","site":"zz","metric":"capacity_mw","unit":"MW","value":1,"period":"2025","as_of":"2025","source":"https://x.org"})")
                                                  << QStringLiteral("site")
                                                  << QStringLiteral("unknown site");
}

void TestDataset::headerMustComeFirst()
{
    const Dataset late = DatasetParser::parse(kSite + kHeader);
    QCOMPARE(late.errors.size(), 1);
    QCOMPARE(late.errors.first().line, 1);
    QCOMPARE(late.errors.first().field, QStringLiteral("record"));
    QVERIFY(late.errors.first().message.contains(QStringLiteral("first record")));
    QCOMPARE(late.version, 1); // the header on line 2 still counts
    QVERIFY(late.sites.isEmpty()); // the site before it does not

    const Dataset headless = DatasetParser::parse(QByteArray());
    QCOMPARE(headless.errors.size(), 1);
    QCOMPARE(headless.errors.first().line, 1);
    QVERIFY(headless.errors.first().message.contains(QStringLiteral("no \"dataset\" header")));
}

void TestDataset::rejectsMalformedRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const QByteArray good
        = R"({"record":"phase","site":"a","phase":"announced","date":"2025-01","source":"https://x.org"})";
    const Dataset dataset = DatasetParser::parse(kHeader + kSite + row + "\n" + good + "\n");
    QCOMPARE(dataset.errors.size(), 1);
    const DatasetError &error = dataset.errors.first();
    QCOMPARE(error.line, 3);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(QStringLiteral("line 3")));
    // The rows around the bad one are kept.
    QCOMPARE(dataset.sites.size(), 1);
    QCOMPARE(dataset.phaseEvents.size(), 1);
}

void TestDataset::importIsIdempotent()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    const Dataset dataset = DatasetParser::bundled();
    auto first = DatasetImporter::import(store, dataset);
    QCOMPARE(first.outcome, DatasetImporter::Result::Outcome::Imported);
    const int sites = int(store.sites().size());
    const int facts = int(store.facts().size());
    const int events = int(store.phaseEvents().size());
    QCOMPARE(sites, int(dataset.sites.size()));
    QCOMPARE(facts, int(dataset.facts.size()));
    auto second = DatasetImporter::import(store, dataset);
    QCOMPARE(second.outcome, DatasetImporter::Result::Outcome::AlreadyCurrent);
    QCOMPARE(int(store.sites().size()), sites);
    QCOMPARE(int(store.facts().size()), facts);
    QCOMPARE(int(store.phaseEvents().size()), events);
    QCOMPARE(DatasetImporter::importedVersion(store), dataset.version);
}

void TestDataset::failedStepRollsBackAndNamesTheRecord_data()
{
    // A row that names a site the store does not have breaks its foreign key; each step
    // reports what it was writing.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("what");
    QTest::addRow("phase event") << QStringLiteral("phase") << QStringLiteral("zz");
    QTest::addRow("milestone") << QStringLiteral("milestone") << QStringLiteral("zz");
    QTest::addRow("fact") << QStringLiteral("fact") << QStringLiteral("capacity_mw");
}

void TestDataset::failedStepRollsBackAndNamesTheRecord()
{
    QFETCH(QString, kind);
    QFETCH(QString, what);
    // A row for site "a", which the parser accepts, moved to a site nobody defined.
    Dataset dataset = DatasetParser::parse(kHeader + kSite
        + R"({"record":"phase","site":"a","phase":"announced","date":"2025","source":"https://x.org"})"
          "\n"
        + R"({"record":"milestone","site":"a","date":"2026","mw":5,"source":"https://x.org","as_of":"2025"})"
          "\n"
        + R"({"record":"fact","scope":"site","site":"a","metric":"capacity_mw","unit":"MW","value":1,"period":"2025","as_of":"2025","source":"https://x.org"})"
          "\n");
    QVERIFY(dataset.errors.isEmpty());
    if (kind == QLatin1String("phase"))
        dataset.phaseEvents.first().siteId = QStringLiteral("zz");
    else if (kind == QLatin1String("milestone"))
        dataset.milestones.first().siteId = QStringLiteral("zz");
    else
        dataset.facts.first().siteId = QStringLiteral("zz");
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    const auto result = DatasetImporter::import(store, dataset);
    QCOMPARE(result.outcome, DatasetImporter::Result::Outcome::Failed);
    QVERIFY2(
        result.error.startsWith(QStringLiteral("Importing the dataset failed (%1): ").arg(what)),
        qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(result.error));
    // Nothing of it stays: not the site written before the failing step, nor the version.
    QVERIFY(store.sites().isEmpty());
    QCOMPARE(DatasetImporter::importedVersion(store), 0);
}

void TestDataset::newerVersionUpdatesOnlyDatasetData()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    const Dataset v1 = DatasetParser::parse(datasetVersion(1, 1000));
    QVERIFY2(v1.errors.isEmpty(), qPrintable(v1.errors.value(0).toString()));
    const auto first = DatasetImporter::import(store, v1);
    QVERIFY2(first.outcome == DatasetImporter::Result::Outcome::Imported, qPrintable(first.error));

    // Measured and manual data arrive between the two versions.
    SampleWriter writer(store.connection());
    QCOMPARE(writer
                 .write({ TestUtil::sample(
                     QStringLiteral("a"), Metric::PowerMw, Provenance::Measured, 5000, 321) })
                 .error,
        QString());
    QVERIFY(store.connection().exec(
        QStringLiteral("INSERT INTO phase_events(site_id, phase, date, provenance, origin) "
                       "VALUES('a', 'first_power', '2025-09-01', 'manual', 'manual')")));

    const Dataset v2 = DatasetParser::parse(datasetVersion(2, 1500));
    QVERIFY(v2.errors.isEmpty());
    const auto result = DatasetImporter::import(store, v2);
    QCOMPARE(result.outcome, DatasetImporter::Result::Outcome::Updated);
    QCOMPARE(result.previousVersion, 1);

    const QList<ReportedFact> facts = store.facts();
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().value.low, 1500.0);
    const QList<PhaseEvent> events = store.phaseEvents(QStringLiteral("a"));
    QCOMPARE(events.size(), 2); // the dataset's construction event and the manual first power
    bool manualKept = false;
    for (const PhaseEvent &event : events)
        manualKept |= event.provenance == Provenance::Manual && event.phase == Phase::FirstPower;
    QVERIFY(manualKept);
    const auto series = store.seriesId(
        { QStringLiteral("a"), QString(Metric::PowerMw), QString(), Provenance::Measured });
    QVERIFY(series.has_value());
    QCOMPARE(store.latestSample(*series)->value, 321.0);

    // A site the user edited keeps the user's name through the next version.
    QVERIFY(store.connection().exec(
        QStringLiteral("UPDATE sites SET name = 'My name', user_edited = 1 WHERE id = 'a'")));
    QByteArray v3 = datasetVersion(3, 1600);
    QCOMPARE(DatasetImporter::import(store, DatasetParser::parse(v3)).outcome,
        DatasetImporter::Result::Outcome::Updated);
    QCOMPARE(store.sites().first().name, QStringLiteral("My name"));
    QCOMPARE(store.facts().first().value.low, 1600.0);
}

// An independent analyst's modelled figure keeps who modelled it, how and when; a reported
// figure has neither.
void TestDataset::readsEstimatesWithAnalystAndMethod()
{
    const Dataset dataset = DatasetParser::parse(kHeader + kSite
        + R"({"record":"fact","scope":"site","site":"a","metric":"capacity_online_mw","unit":"MW","value":[301,589],"period":"2026-05-23","as_of":"2026-05-23","source":"https://epoch.ai/data/ai-data-centers","provenance":"estimate","analyst":"Epoch AI","method":"modelled"})"
          "\n"
        + R"({"record":"fact","scope":"site","site":"a","metric":"capacity_mw","unit":"MW","value":1200,"period":"2026-03","as_of":"2026-03","source":"https://x.org","provenance":"planned"})"
          "\n");
    QVERIFY2(dataset.errors.isEmpty(), qPrintable(dataset.errors.value(0).toString()));
    QCOMPARE(dataset.facts.size(), 2);
    const ReportedFact &estimate = dataset.facts.at(0);
    QCOMPARE(estimate.provenance, Provenance::Estimate);
    QCOMPARE(estimate.analyst, QStringLiteral("Epoch AI"));
    QCOMPARE(estimate.method, QStringLiteral("modelled"));
    QCOMPARE(estimate.value, (FigureRange { 301, 589 }));
    QCOMPARE(estimate.asOf, QDate(2026, 5, 23));
    QVERIFY(dataset.facts.at(1).analyst.isEmpty());
    QVERIFY(dataset.facts.at(1).method.isEmpty());

    // The store keeps both fields through an import.
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    const auto result = DatasetImporter::import(store, dataset);
    QVERIFY2(
        result.outcome == DatasetImporter::Result::Outcome::Imported, qPrintable(result.error));
    const QList<ReportedFact> stored = store.facts();
    const auto found = std::find_if(stored.cbegin(), stored.cend(),
        [](const ReportedFact &fact) { return fact.provenance == Provenance::Estimate; });
    QVERIFY(found != stored.cend());
    QCOMPARE(found->analyst, QStringLiteral("Epoch AI"));
    QCOMPARE(found->method, QStringLiteral("modelled"));
}

// A store that imported v1 (where Abilene's 300 MW was "reported") takes v2 (the same figure
// corrected to an analyst's estimate) as a whole: the old row goes, the new one stays alone.
void TestDataset::versionTwoReplacesAVersionOneImport()
{
    const QByteArray v1 = QByteArray(R"({"record":"dataset","version":1,"compiled":"2026-11-28"})")
        + "\n" + kSite
        + R"({"record":"fact","scope":"site","site":"a","metric":"capacity_online_mw","unit":"MW","value":300,"period":"2026-04-17","as_of":"2026-04-17","source":"https://aggregator.example/a.yml"})"
          "\n";
    const QByteArray v2 = QByteArray(R"({"record":"dataset","version":2,"compiled":"2026-12-01"})")
        + "\n" + kSite
        + R"({"record":"fact","scope":"site","site":"a","metric":"capacity_online_mw","unit":"MW","value":[301,589],"period":"2026-05-23","as_of":"2026-05-23","source":"https://epoch.ai/data/ai-data-centers","provenance":"estimate","analyst":"Epoch AI","method":"modelled"})"
          "\n";
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(TestUtil::storePath(dir)), QString());
    QCOMPARE(DatasetImporter::import(store, DatasetParser::parse(v1)).outcome,
        DatasetImporter::Result::Outcome::Imported);
    QCOMPARE(store.facts().size(), 1);
    QCOMPARE(store.facts().first().provenance, Provenance::Reported);
    const auto result = DatasetImporter::import(store, DatasetParser::parse(v2));
    QVERIFY2(result.outcome == DatasetImporter::Result::Outcome::Updated, qPrintable(result.error));
    const QList<ReportedFact> facts = store.facts();
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().provenance, Provenance::Estimate);
    QCOMPARE(facts.first().analyst, QStringLiteral("Epoch AI"));
    QCOMPARE(facts.first().value, (FigureRange { 301, 589 }));
    QCOMPARE(DatasetImporter::importedVersion(store), 2);
    QCOMPARE(store.meta(QStringLiteral("dataset_compiled")), QStringLiteral("2026-12-01"));
}

// The bundled dataset is v3: the corrections of 2026-12 (v2, docs/dataset.md lists them) and
// the names public tables give the sites, so that an Epoch AI table matches without guessing.
void TestDataset::bundledDatasetIsVersionThree()
{
    const Dataset dataset = DatasetParser::bundled();
    QCOMPARE(dataset.version, 3);
    QCOMPARE(dataset.compiled, QDate(2026, 12, 3));
    const auto abilene = std::find_if(dataset.sites.cbegin(), dataset.sites.cend(),
        [](const Site &site) { return site.id == QLatin1String("abilene-tx"); });
    QVERIFY(abilene != dataset.sites.cend());
    QVERIFY(abilene->aliases.contains(QStringLiteral("OpenAI Stargate Abilene")));
    // Aggregators and republishers are never cited; the outlet they repost is.
    const QStringList weakHosts { QStringLiteral("paath.pages.dev"),
        QStringLiteral("vmvirtualmachine.com"), QStringLiteral("ai-redteam.com"),
        QStringLiteral("shshell.com"), QStringLiteral("kdc.bussetech.com"),
        QStringLiteral("wiki.hearn.me") };
    QStringList cited;
    for (const ReportedFact &fact : dataset.facts)
        cited.append(fact.sourceUrl);
    for (const Milestone &milestone : dataset.milestones)
        cited.append(milestone.sourceUrl);
    for (const PhaseEvent &event : dataset.phaseEvents)
        cited.append(event.sourceUrl);
    for (const Site &site : dataset.sites)
        cited += site.sourceUrls;
    for (const QString &url : std::as_const(cited)) {
        for (const QString &host : weakHosts)
            QVERIFY2(!url.contains(host), qPrintable(url));
    }
    // Abilene's operational capacity is Epoch AI's modelled estimate, a range, not "reported".
    bool abileneFound = false;
    int contracted = 0;
    for (const ReportedFact &fact : dataset.facts) {
        if (fact.siteId == QLatin1String("abilene-tx") && fact.metric == Metric::CapacityOnlineMw) {
            abileneFound = true;
            QCOMPARE(fact.provenance, Provenance::Estimate);
            QCOMPARE(fact.analyst, QStringLiteral("Epoch AI"));
            QCOMPARE(fact.method, QStringLiteral("modelled"));
            QCOMPARE(fact.value, (FigureRange { 301, 589 }));
            QCOMPARE(fact.asOf, QDate(2026, 5, 23));
        }
        // Every estimate names its analyst and method (the parser enforces it).
        if (fact.provenance == Provenance::Estimate)
            QVERIFY(!fact.analyst.isEmpty() && !fact.method.isEmpty());
        // Contracted capacity is fleet-wide and kept in its own metric.
        if (fact.metric == Metric::ContractedGw) {
            ++contracted;
            QCOMPARE(fact.scope, ReportedFact::Scope::Fleet);
        }
    }
    QVERIFY(abileneFound);
    QCOMPARE(contracted, 1);
    // Abilene's planned GPUs come from two sources at two dates.
    int abileneGpuPlans = 0;
    for (const ReportedFact &fact : dataset.facts)
        abileneGpuPlans
            += fact.siteId == QLatin1String("abilene-tx") && fact.metric == Metric::GpusPlanned;
    QCOMPARE(abileneGpuPlans, 2);
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
