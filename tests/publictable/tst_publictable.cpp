// Public tables: the CSV reader, the mapping presets, site matching through aliases, estimates
// of the past and the analyst's projections, and storing versions with history.
#include "publictable/csvreader.h"
#include "publictable/publictablereader.h"
#include "publictable/tablearchive.h"
#include "publictable/tablemapping.h"
#include "query/sitedetail.h"
#include "store/store.h"
#include "store/tableimportwriter.h"

#include "domain/metrics.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/publictable/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

TableReadContext context()
{
    TableReadContext context;
    context.fileName = QStringLiteral("data_center_timelines.csv");
    context.retrievedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    context.aliases.insert(PublicTableReader::foldName(QStringLiteral("OpenAI Stargate Abilene")),
        QStringLiteral("abilene-tx"));
    context.siteIds = { QStringLiteral("abilene-tx"), QStringLiteral("milam-tx") };
    return context;
}

QList<ReportedFact> factsOf(const TableImport &import, QLatin1StringView metric)
{
    QList<ReportedFact> result;
    for (const ReportedFact &fact : import.facts) {
        if (fact.metric == metric)
            result.append(fact);
    }
    return result;
}

} // namespace

class TestPublicTable : public QObject
{
    Q_OBJECT

private slots:
    void zipGivesItsCsvFiles();
    void zipRefusesWhatItCannotRead_data();
    void zipRefusesWhatItCannotRead();
    void csvReadsQuotesBomAndLineEnds_data();
    void csvReadsQuotesBomAndLineEnds();
    void csvRefusesMalformedInput_data();
    void csvRefusesMalformedInput();
    void periodEndOfEachDateForm_data();
    void periodEndOfEachDateForm();
    void coordinatesInDegreesMinutesSeconds_data();
    void coordinatesInDegreesMinutesSeconds();
    void tagsBecomeWords();
    void presetIsDetectedFromTheHeader();
    void timelinesBecomeEstimatesAndAnalystProjections();
    void dataCentersAreDatedByTheFile();
    void unmatchedNamesAreListedNotDropped();
    void badInputNamesLineAndColumn_data();
    void badInputNamesLineAndColumn();
    void missingColumnNamesWhatWasFound();
    void htmlIsRefused();
    void mappingFromJsonOverridesAPreset();
    void storeKeepsEarlierVersionsAsHistory();
    void reapplyAfterMappingMatchesTheName();
    void currentFigureIsNeverAnAnalystProjection();
    void sitePageChartsEstimatesProjectionsAndReleases();
};

void TestPublicTable::csvReadsQuotesBomAndLineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n3,4\n")
                        << QList<QStringList> { { "1", "2" }, { "3", "4" } } << QList<int> { 2, 3 };
    QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\r\n1,2\r\n")
                                  << QList<QStringList> { { "1", "2" } } << QList<int> { 2 };
    QTest::newRow("quoted comma, quote and line break")
        << QByteArray("a,b\n\"1,5\",\"say \"\"hi\"\"\nthere\"\n7,8")
        << QList<QStringList> { { "1,5", "say \"hi\"\nthere" }, { "7", "8" } }
        << QList<int> { 2, 4 };
    QTest::newRow("blank lines and empty fields")
        << QByteArray("a,b,c\n\n1,,\n\n") << QList<QStringList> { { "1", "", "" } }
        << QList<int> { 3 };
    QTest::newRow("lone cr") << QByteArray("a\r1\r2") << QList<QStringList> { { "1" }, { "2" } }
                             << QList<int> { 2, 3 };
}

void TestPublicTable::csvReadsQuotesBomAndLineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.header.first(), QStringLiteral("a"));
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.rowLines, lines);
}

void TestPublicTable::csvRefusesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n1,2,3\n") << 3;
    QTest::newRow("too few fields") << QByteArray("a,b\n1\n") << 2;
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n\"3,4\n") << 3;
    QTest::newRow("text after quote") << QByteArray("a,b\n\"1\"x,2\n") << 2;
    QTest::newRow("binary") << QByteArray("a,b\n1,\0"
                                          "2\n",
        9) << 1;
    QTest::newRow("empty") << QByteArray("\n\n") << 1;
}

void TestPublicTable::csvRefusesMalformedInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY(!table.error.isEmpty());
    QCOMPARE(table.errorLine, line);
    QVERIFY(table.rows.isEmpty());
}

void TestPublicTable::periodEndOfEachDateForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("end");
    QTest::newRow("year") << "2027" << QDate(2027, 12, 31);
    QTest::newRow("month") << "2026-02" << QDate(2026, 2, 28);
    QTest::newRow("day") << "2026-05-23" << QDate(2026, 5, 23);
    QTest::newRow("date-time") << "2026-05-23T00:00:00Z" << QDate(2026, 5, 23);
    QTest::newRow("bad month") << "2026-13" << QDate();
    QTest::newRow("bad day") << "2026-02-30" << QDate();
    QTest::newRow("words") << "mid-2026" << QDate();
}

void TestPublicTable::periodEndOfEachDateForm()
{
    QFETCH(QString, text);
    QFETCH(QDate, end);
    QCOMPARE(PublicTableReader::periodEnd(text).value_or(QDate()), end);
}

void TestPublicTable::coordinatesInDegreesMinutesSeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("latitude");
    QTest::addColumn<double>("value");
    QTest::newRow("decimal") << "32.45" << true << 32.45;
    QTest::newRow("negative decimal") << "-99.73" << false << -99.73;
    QTest::newRow("dms north") << "32°27'00\"N" << true << 32.45;
    QTest::newRow("dm west") << "99°43.8'W" << false << -99.73;
    QTest::newRow("spaces") << "35 3 45 N" << true << 35.0625;
    QTest::newRow("south") << "33°52′S" << true << -(33 + 52 / 60.0);
    QTest::newRow("latitude with E") << "32°27'E" << true << qQNaN();
    QTest::newRow("out of range") << "95" << true << qQNaN();
    QTest::newRow("sixty minutes") << "32°60'N" << true << qQNaN();
}

void TestPublicTable::coordinatesInDegreesMinutesSeconds()
{
    QFETCH(QString, text);
    QFETCH(bool, latitude);
    QFETCH(double, value);
    const auto parsed = PublicTableReader::coordinate(text, latitude);
    if (qIsNaN(value)) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QVERIFY2(qAbs(*parsed - value) < 1e-6, qPrintable(QString::number(*parsed)));
}

void TestPublicTable::tagsBecomeWords()
{
    QCOMPARE(PublicTableReader::withoutTags(QStringLiteral("OpenAI #confident, Microsoft #likely")),
        QStringLiteral("OpenAI (confident), Microsoft (likely)"));
}

void TestPublicTable::presetIsDetectedFromTheHeader()
{
    QString error;
    const auto timelines
        = PublicTableReader::detectMapping(fixture("data_center_timelines.csv"), &error);
    QVERIFY2(timelines, qPrintable(error));
    QCOMPARE(timelines->id, QStringLiteral("epoch_timelines"));
    const auto centers = PublicTableReader::detectMapping(fixture("data_centers.csv"), &error);
    QVERIFY2(centers, qPrintable(error));
    QCOMPARE(centers->id, QStringLiteral("epoch_data_centers"));
    QVERIFY(!PublicTableReader::detectMapping("Site,Value\nx,1\n", &error));
    QVERIFY2(error.contains(QStringLiteral("\"Site\", \"Value\"")), qPrintable(error));
}

void TestPublicTable::timelinesBecomeEstimatesAndAnalystProjections()
{
    const TableImport import = PublicTableReader::read(
        fixture("data_center_timelines.csv"), TableMapping::epochTimelines(), context());
    QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
    QCOMPARE(import.rowsRead, 6);
    const QList<ReportedFact> it = factsOf(import, Metric::CapacityOnlineMw);
    QCOMPARE(it.size(), 4);
    for (const ReportedFact &fact : it) {
        QCOMPARE(fact.siteId, QStringLiteral("abilene-tx"));
        QCOMPARE(fact.provenance, Provenance::Estimate);
        QCOMPARE(fact.analyst, QStringLiteral("Epoch AI"));
        QVERIFY(!fact.method.isEmpty());
    }
    // The row's date is the figure's date and its as-of; a row after the fetch is a projection.
    QCOMPARE(it[1].period, QDate(2026, 5, 23));
    QCOMPARE(it[1].asOf, QDate(2026, 5, 23));
    QCOMPARE(it[1].value.low, 421.0);
    QVERIFY(!it[1].analystProjection);
    QCOMPARE(it[2].period, QDate(2026, 10, 31));
    QVERIFY(!it[2].analystProjection);
    QCOMPARE(it[3].period, QDate(2027, 12, 31));
    QVERIFY(it[3].analystProjection);
    QCOMPARE(it[3].asOf, QDate(2026, 12, 1));
    // Facility power and H100-equivalents are their own metrics, never GPUs or IT power.
    const QList<ReportedFact> facility = factsOf(import, Metric::FacilityCapacityMw);
    QCOMPARE(facility.size(), 4);
    QCOMPARE(facility[1].value.low, 550.0);
    const QList<ReportedFact> compute = factsOf(import, Metric::ComputeH100e);
    QCOMPARE(compute.size(), 3); // the empty cell of 2026-10 is no figure
    QCOMPARE(compute[0].value.low, 100000.0);
    QCOMPARE(compute[0].unit, QStringLiteral("H100e"));
    QVERIFY(factsOf(import, Metric::GpusOnline).isEmpty());
    QVERIFY(it[0].note.contains(QStringLiteral("Construction status: Operational")));
    QCOMPARE(import.credit.contains(QStringLiteral("CC BY 4.0")), true);
}

void TestPublicTable::dataCentersAreDatedByTheFile()
{
    TableReadContext ctx = context();
    ctx.fileDate = QDate(2026, 11, 20);
    const TableImport import = PublicTableReader::read(
        fixture("data_centers.csv"), TableMapping::epochDataCenters(), ctx);
    QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
    const QList<ReportedFact> it = factsOf(import, Metric::CapacityOnlineMw);
    QCOMPARE(it.size(), 1);
    QCOMPARE(it[0].period, QDate(2026, 11, 20));
    QCOMPARE(it[0].value.low, 700.0);
    QVERIFY(it[0].note.contains(QStringLiteral("Users: OpenAI (confident), Microsoft (likely)")));
    QCOMPARE(factsOf(import, Metric::ComputeH100e).constFirst().value.low, 350000.0);
    QCOMPARE(import.unmatched.size(), 1);
    QCOMPARE(import.unmatched[0].name, QStringLiteral("xAI Colossus 2"));
    QCOMPARE(import.unmatched[0].detail, QStringLiteral("35.063, -89.938"));
}

void TestPublicTable::unmatchedNamesAreListedNotDropped()
{
    const TableImport import = PublicTableReader::read(
        fixture("data_center_timelines.csv"), TableMapping::epochTimelines(), context());
    QCOMPARE(import.unmatched.size(), 2);
    QCOMPARE(import.unmatched[0].name, QStringLiteral("Meta Prometheus"));
    QCOMPARE(import.unmatched[0].firstLine, 7);
    QCOMPARE(import.unmatched[1].name, QStringLiteral("xAI Colossus 2"));
    QCOMPARE(import.unmatched[1].rows, 1);
    // Matching is exact (after case and spaces), never a guess.
    TableReadContext ctx = context();
    ctx.aliases.clear();
    ctx.aliases.insert(PublicTableReader::foldName(QStringLiteral("Stargate Abilene")),
        QStringLiteral("abilene-tx"));
    const TableImport none = PublicTableReader::read(
        fixture("data_center_timelines.csv"), TableMapping::epochTimelines(), ctx);
    QVERIFY(none.facts.isEmpty());
    QCOMPARE(none.unmatched.size(), 3);
}

void TestPublicTable::badInputNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray header("Data center,Date,IT power (MW)\n");
    QTest::newRow("bad number") << header + "OpenAI Stargate Abilene,2026-01,abc\n"
                                << "line 2, column \"IT power (MW)\": \"abc\"";
    QTest::newRow("negative") << header + "OpenAI Stargate Abilene,2026-01,-5\n"
                              << "line 2, column \"IT power (MW)\"";
    QTest::newRow("bad date") << header
            + "OpenAI Stargate Abilene,2026-01,5\nOpenAI Stargate "
              "Abilene,soon,6\n"
                              << "line 3, column \"Date\": \"soon\"";
    QTest::newRow("no site") << header + ",2026-01,5\n"
                             << "line 2, column \"Data center\"";
}

void TestPublicTable::badInputNamesLineAndColumn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const TableImport import
        = PublicTableReader::read(bytes, TableMapping::epochTimelines(), context());
    QVERIFY2(import.error.contains(expected), qPrintable(import.error));
    QVERIFY(import.facts.isEmpty()); // nothing of a rejected file is kept
}

void TestPublicTable::missingColumnNamesWhatWasFound()
{
    const TableImport import = PublicTableReader::read(
        "Data centre,Date,IT power (MW)\nx,2026,1\n", TableMapping::epochTimelines(), context());
    QVERIFY2(import.error.contains(QStringLiteral("\"Data center\"")), qPrintable(import.error));
    QVERIFY2(import.error.contains(QStringLiteral("\"Data centre\", \"Date\", \"IT power (MW)\"")),
        qPrintable(import.error));
}

void TestPublicTable::htmlIsRefused()
{
    const TableImport import
        = PublicTableReader::read("\n  <!DOCTYPE html><html><body>Rate limited</body></html>",
            TableMapping::epochTimelines(), context());
    QVERIFY(import.error.contains(QStringLiteral("HTML")));
    QVERIFY(import.facts.isEmpty());
}

void TestPublicTable::mappingFromJsonOverridesAPreset()
{
    QString error;
    const auto renamed = TableMapping::fromJson(
        QJsonDocument::fromJson(R"({"preset": "epoch_timelines", "name": "renamed",
            "site_column": ["Facility"],
            "metrics": [{"column": "IT MW", "metric": "capacity_online_mw", "unit": "MW"}]})")
            .object(),
        &error);
    QVERIFY2(renamed, qPrintable(error));
    QCOMPARE(renamed->analyst, QStringLiteral("Epoch AI"));
    const TableImport import = PublicTableReader::read(
        "Facility,Date,IT MW\nOpenAI Stargate Abilene,2026-03,380\n", *renamed, context());
    QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
    QCOMPARE(import.facts.size(), 1);
    QCOMPARE(import.facts[0].value.low, 380.0);
    QVERIFY(!TableMapping::fromJson(
        QJsonDocument::fromJson(R"({"name": "x", "site_column": "A", "metrics": []})").object(),
        &error));
    QVERIFY(error.contains(QStringLiteral("metrics")));
    QVERIFY(!TableMapping::fromJson(QJsonDocument::fromJson(R"({"name": "x", "site_column": "A",
        "metrics": [{"column": "B", "metric": "m", "unit": "MW"}]})")
                                        .object(),
        &error));
    QVERIFY2(error.contains(QStringLiteral("analyst")), qPrintable(error));
}

namespace {

struct OpenStore
{
    QTemporaryDir dir;
    Store store;
    QString error;
    OpenStore()
    {
        error = store.open(dir.filePath(QStringLiteral("store.db")));
        store.connection().exec(QStringLiteral(
            "INSERT INTO sites(id, name, country) VALUES('abilene-tx', 'Abilene', 'US')"));
    }
};

TableImport timelines(const QByteArray &bytes)
{
    return PublicTableReader::read(bytes, TableMapping::epochTimelines(), context());
}

} // namespace

void TestPublicTable::storeKeepsEarlierVersionsAsHistory()
{
    OpenStore open;
    QVERIFY2(open.error.isEmpty(), qPrintable(open.error));
    const QByteArray first = fixture("data_center_timelines.csv");
    const TableImportOutcome one
        = TableImportWriter::write(open.store.connection(), timelines(first));
    QCOMPARE(one.kind, TableImportOutcome::Kind::Imported);
    QCOMPARE(one.sitesMatched, 1);
    QCOMPARE(one.unmatched.size(), 2);
    const qsizetype factsOfOne = open.store.facts().size();
    QCOMPARE(factsOfOne, 11);
    // The same bytes again change nothing.
    QCOMPARE(TableImportWriter::write(open.store.connection(), timelines(first)).kind,
        TableImportOutcome::Kind::AlreadyImported);
    QCOMPARE(open.store.facts().size(), factsOfOne);
    // A new version: its figures are current, the earlier one's stay as history.
    QByteArray second = first;
    second.replace("421,OpenAI", "450,OpenAI");
    const TableImportOutcome two
        = TableImportWriter::write(open.store.connection(), timelines(second));
    QCOMPARE(two.kind, TableImportOutcome::Kind::Imported);
    QCOMPARE(two.previousSitesMatched, 1);
    const QList<ReportedFact> current = open.store.facts();
    QCOMPARE(current.size(), factsOfOne);
    const auto may = std::find_if(current.cbegin(), current.cend(), [](const ReportedFact &f) {
        return f.metric == Metric::CapacityOnlineMw && f.period == QDate(2026, 5, 23);
    });
    QVERIFY(may != current.cend());
    QCOMPARE(may->value.low, 450.0);
    QCOMPARE(may->importId, two.importId);
    QCOMPARE(open.store.facts(Store::FactSelection::WithEarlierReleases).size(), 2 * factsOfOne);
    const QList<TableImportInfo> imports = open.store.tableImports();
    QCOMPARE(imports.size(), 2);
    QVERIFY(imports[0].newest);
    QVERIFY(!imports[1].newest);
    QCOMPARE(imports[0].unmatched.size(), 2);
    QCOMPARE(open.store.tableImportContent(two.importId), second);
    // A refused file stores nothing.
    const TableImportOutcome refused
        = TableImportWriter::write(open.store.connection(), timelines("<html></html>"));
    QCOMPARE(refused.kind, TableImportOutcome::Kind::Failed);
    QCOMPARE(open.store.tableImports().size(), 2);
}

void TestPublicTable::reapplyAfterMappingMatchesTheName()
{
    OpenStore open;
    const TableImportOutcome one = TableImportWriter::write(
        open.store.connection(), timelines(fixture("data_center_timelines.csv")));
    QVERIFY(TableImportWriter::setUserAlias(
        open.store.connection(), QStringLiteral("xAI Colossus 2"), QStringLiteral("abilene-tx"))
                .isEmpty());
    const QList<SiteAlias> aliases = open.store.siteAliases();
    QCOMPARE(aliases.size(), 1);
    QVERIFY(aliases[0].userMapped);
    TableReadContext ctx = context();
    for (const SiteAlias &alias : aliases)
        ctx.aliases.insert(PublicTableReader::foldName(alias.name), alias.siteId);
    const TableImport reread = PublicTableReader::read(
        open.store.tableImportContent(one.importId), TableMapping::epochTimelines(), ctx);
    const TableImportOutcome again
        = TableImportWriter::reapply(open.store.connection(), one.importId, reread);
    QCOMPARE(again.kind, TableImportOutcome::Kind::Reapplied);
    QCOMPARE(again.unmatched.size(), 1);
    QCOMPARE(open.store.tableImports().constFirst().unmatched.size(), 1);
    QCOMPARE(open.store.facts().size(), 11 + 2);
}

void TestPublicTable::currentFigureIsNeverAnAnalystProjection()
{
    OpenStore open;
    TableImportWriter::write(
        open.store.connection(), timelines(fixture("data_center_timelines.csv")));
    int projections = 0;
    for (const ReportedFact &fact : open.store.facts()) {
        if (fact.analystProjection) {
            ++projections;
            QVERIFY(fact.period > QDate(2026, 12, 1));
        }
    }
    QCOMPARE(projections, 3); // 2027's IT power, facility power and H100e
}

void TestPublicTable::sitePageChartsEstimatesProjectionsAndReleases()
{
    OpenStore open;
    const QByteArray first = fixture("data_center_timelines.csv");
    TableImportWriter::write(open.store.connection(), timelines(first));
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    const auto lineNamed = [](const SiteDetail &detail, const QString &start) {
        for (const ChartLine &line : detail.powerChart.lines) {
            if (line.label.startsWith(start))
                return line;
        }
        return ChartLine {};
    };
    SiteDetail detail = SiteDetailQuery::build(open.store, QStringLiteral("abilene-tx"), now);
    QVERIFY(detail.credits.constFirst().contains(QStringLiteral("CC BY 4.0")));
    const ChartLine estimates = lineNamed(detail, QStringLiteral("Operational (Estimate)"));
    QCOMPARE(estimates.points.size(), 3);
    QVERIFY(!estimates.analystProjection);
    const ChartLine projection
        = lineNamed(detail, QStringLiteral("Operational (Epoch AI's projection)"));
    QCOMPARE(projection.points.size(), 1);
    QVERIFY(projection.analystProjection);
    QCOMPARE(projection.points[0].y(), 1200.0);
    QVERIFY(lineNamed(detail, QStringLiteral("Facility capacity (Estimate)")).squareMarkers);
    QVERIFY(detail.earlierReleaseFacts.isEmpty());

    QByteArray second = first;
    second.replace("421,OpenAI", "450,OpenAI");
    TableImportWriter::write(open.store.connection(), timelines(second));
    detail = SiteDetailQuery::build(open.store, QStringLiteral("abilene-tx"), now);
    QCOMPARE(detail.earlierReleaseFacts.size(), 11);
    const ChartLine earlier = lineNamed(detail, QStringLiteral("Operational (earlier release"));
    QCOMPARE(earlier.points.size(), 3);
    QVERIFY(earlier.points.contains(QPointF(earlier.points[1].x(), 421.0)));
}

// Publishers offer their tables as one ZIP: its CSV files come out whole and in order; folders,
// other files and macOS's resource copies stay behind.
void TestPublicTable::zipGivesItsCsvFiles()
{
    const QByteArray zip = fixture(QStringLiteral("epoch_data_centers.zip"));
    QVERIFY(TableArchive::isZip(zip));
    QVERIFY(!TableArchive::isZip(fixture(QStringLiteral("data_centers.csv"))));
    QString error;
    const auto files = TableArchive::csvFiles(zip, &error);
    QVERIFY2(files, qPrintable(error));
    QCOMPARE(files->size(), 2);
    QCOMPARE(files->at(0).name, QStringLiteral("data/data_center_timelines.csv"));
    QCOMPARE(files->at(0).bytes, fixture(QStringLiteral("data_center_timelines.csv")));
    QCOMPARE(files->at(1).name, QStringLiteral("data/data_centers.csv"));
    QCOMPARE(files->at(1).bytes, fixture(QStringLiteral("data_centers.csv")));
    // Each entry keeps its own time stamp (a table without dates is as of it).
    QCOMPARE(files->at(1).modified.date(), QDate(2026, 11, 20));
}

void TestPublicTable::zipRefusesWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<qint64>("maxEntryBytes");
    QTest::addColumn<qint64>("maxTotalBytes");
    QTest::addColumn<QString>("messagePart");
    const QByteArray epoch = fixture(QStringLiteral("epoch_data_centers.zip"));
    const qint64 entry = TableArchive::defaultMaxEntryBytes;
    const qint64 total = TableArchive::defaultMaxTotalBytes;
    QTest::addRow("80 MiB from 240 KiB")
        << fixture(QStringLiteral("expands_to_80_mib.zip")) << entry << total
        << QStringLiteral("big.csv in the ZIP archive holds more than 64 MiB");
    QTest::addRow("both files over a total cap")
        << epoch << entry << qint64(600) << QStringLiteral("more than 0 MiB together");
    QTest::addRow("encrypted") << fixture(QStringLiteral("encrypted.zip")) << entry << total
                               << QStringLiteral(
                                      "data_centers.csv in the ZIP archive is encrypted");
    QTest::addRow("truncated") << epoch.left(epoch.size() / 2) << entry << total
                               << QStringLiteral("not a readable ZIP archive");
    QTest::addRow("no CSV") << fixture(QStringLiteral("no_csv.zip")) << entry << total
                            << QStringLiteral("holds no CSV file (it holds README.txt, chart.png)");
    QTest::addRow("empty") << QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0') << entry << total
                           << QStringLiteral("the ZIP archive is empty");
}

void TestPublicTable::zipRefusesWhatItCannotRead()
{
    QFETCH(QByteArray, zip);
    QFETCH(qint64, maxEntryBytes);
    QFETCH(qint64, maxTotalBytes);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!TableArchive::csvFiles(zip, &error, maxEntryBytes, maxTotalBytes));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPublicTable)
#include "tst_publictable.moc"
