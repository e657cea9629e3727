// The promises the feed parsers make on any input (tests/fuzz/parserpromises.h), asserted under
// CTest on every seed of the fuzz corpus and on mutations of each (cut short, bytes replaced
// with characters that matter to the formats), so that they hold on every ./scripts/test and
// not only when someone runs the fuzzers. And each check, given a result that breaks its
// promise, says so.
#include "../fuzz/parserpromises.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <functional>
#include <limits>

class TestParserPromises : public QObject
{
    Q_OBJECT

private slots:
    void corpusAndMutations_data();
    void corpusAndMutations();
    void checksCatchBrokenPromises_data();
    void checksCatchBrokenPromises();
};

namespace {
constexpr int kMaxSamples = 10'000;

QString checkFor(const QString &target, const QByteArray &body)
{
    if (target == QLatin1String("fuzz_prometheustext"))
        return ParserPromises::prometheusText(body, kMaxSamples);
    if (target == QLatin1String("fuzz_promapi"))
        return ParserPromises::promApi(body);
    if (target == QLatin1String("fuzz_sitestatus"))
        return ParserPromises::siteStatus(body);
    if (target == QLatin1String("fuzz_publictable"))
        return ParserPromises::publicTable(body);
    return QStringLiteral("no check for the target %1").arg(target);
}
} // namespace

void TestParserPromises::corpusAndMutations_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    // Characters that change how the formats read: quotes, escapes, braces, separators, line
    // ends, number parts, a NUL, invalid UTF-8.
    const QByteArray special("\"\\{}[],:=\n\r \t-+.eE0#\0\xff\xc3", 22);
    const QDir corpus(QStringLiteral(STARGATE_SOURCE_DIR "/tests/fuzz/corpus"));
    const QStringList targets = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(targets,
        (QStringList {
            "fuzz_promapi", "fuzz_prometheustext", "fuzz_publictable", "fuzz_sitestatus" }));
    for (const QString &target : targets) {
        const QDir seeds(corpus.filePath(target));
        const QStringList files = seeds.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QFile seedFile(seeds.filePath(file));
            QVERIFY(seedFile.open(QIODevice::ReadOnly));
            const QByteArray seed = seedFile.readAll();
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(file)) << target << seed;
            for (int part = 1; part < 8; ++part)
                QTest::addRow("%s/%s cut at %d/8", qPrintable(target), qPrintable(file), part)
                    << target << seed.left(seed.size() * part / 8);
            QRandomGenerator random(quint32(qHash(file)));
            for (int i = 0; i < 24 && !seed.isEmpty(); ++i) {
                QByteArray mutated = seed;
                for (int changes = 1 + int(random.bounded(3)); changes > 0; --changes)
                    mutated[random.bounded(int(mutated.size()))]
                        = special[random.bounded(int(special.size()))];
                QTest::addRow("%s/%s mutation %d", qPrintable(target), qPrintable(file), i)
                    << target << mutated;
            }
        }
    }
}

void TestParserPromises::corpusAndMutations()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    const QString broken = checkFor(target, body);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

void TestParserPromises::checksCatchBrokenPromises_data()
{
    QTest::addColumn<std::function<QString()>>("check");
    QTest::addColumn<QString>("promise");

    const auto text = [](const QByteArray &body) {
        PromParseResult parsed = parsePrometheusText(body, kMaxSamples);
        return std::tuple { parsed, summarizeDcgmScrape(body, kMaxSamples),
            summarizeDcgm(parsed.samples) };
    };
    const QByteArray scrape = "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\"} 400\n";
    QTest::newRow("an error with data") << std::function<QString()>([=] {
        auto [parsed, scanned, owned] = text("DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\"} 4OO\n");
        parsed.samples.append(PromSample { QStringLiteral("x"), {}, 1, std::nullopt });
        return ParserPromises::checkPrometheusText(parsed, scanned, owned, kMaxSamples);
    }) << "comes with data";
    QTest::newRow("scan and parse disagree") << std::function<QString()>([=] {
        auto [parsed, scanned, owned] = text(scrape);
        scanned.summary.powerW += 1;
        return ParserPromises::checkPrometheusText(parsed, scanned, owned, kMaxSamples);
    }) << "sums differently";
    QTest::newRow("an error without its line") << std::function<QString()>([=] {
        auto [parsed, scanned, owned] = text("a 1\nb x\n");
        parsed.errorLine = scanned.errorLine = 0;
        return ParserPromises::checkPrometheusText(parsed, scanned, owned, kMaxSamples);
    }) << "names no line";
    QTest::newRow("NaN watts") << std::function<QString()>([=] {
        auto [parsed, scanned, owned] = text(scrape);
        owned.powerW = scanned.summary.powerW = std::numeric_limits<double>::quiet_NaN();
        return ParserPromises::checkPrometheusText(parsed, scanned, owned, kMaxSamples);
    }) << "impossible DCGM summary";
    QTest::newRow("power without a GPU") << std::function<QString()>([=] {
        auto [parsed, scanned, owned] = text("DCGM_FI_DEV_GPU_TEMP{UUID=\"GPU-a\"} 40\n");
        owned.powerW = scanned.summary.powerW = 400;
        return ParserPromises::checkPrometheusText(parsed, scanned, owned, kMaxSamples);
    }) << "power without a GPU that measured it";
    QTest::newRow("no power reading, no word") << std::function<QString()>([=] {
        auto [parsed, scanned, owned] = text("DCGM_FI_DEV_GPU_TEMP{UUID=\"GPU-a\"} 40\n");
        owned.warning = scanned.summary.warning = QString();
        return ParserPromises::checkPrometheusText(parsed, scanned, owned, kMaxSamples);
    }) << "does not say so";
    QTest::newRow("a failed API answer with figures") << std::function<QString()>([] {
        PromApiResult result;
        result.error = QStringLiteral("timeout");
        result.vector.append(PromVectorItem {});
        return ParserPromises::checkPromApi(result, 200);
    }) << "carries figures";
    QTest::newRow("HTTP 503 taken as success") << std::function<QString()>([] {
        return ParserPromises::checkPromApi(PromApiResult {}, 503);
    }) << "HTTP 503";
    QTest::newRow("negative GPUs accepted") << std::function<QString()>([] {
        SiteStatusResult result;
        SiteStatusRecord record;
        record.siteId = QStringLiteral("abilene-tx");
        record.gpusOnline = -5;
        result.sites.append(record);
        return ParserPromises::checkSiteStatus(result);
    }) << "implausible figure";
    QTest::newRow("sites from a rejected document") << std::function<QString()>([] {
        SiteStatusResult result;
        result.error = QStringLiteral("not JSON");
        result.sites.append(SiteStatusRecord {});
        return ParserPromises::checkSiteStatus(result);
    }) << "still yields sites";
    QTest::newRow("a CSV error with data") << std::function<QString()>([] {
        CsvTable table = CsvReader::read("a,b\n1\n");
        table.rows.append({ QStringLiteral("1") });
        return ParserPromises::checkCsv(table, 10);
    }) << "comes with data";
    QTest::newRow("a ragged row") << std::function<QString()>([] {
        CsvTable table = CsvReader::read("a,b\n1,2\n");
        table.rows[0].append(QStringLiteral("3"));
        return ParserPromises::checkCsv(table, 10);
    }) << "a row of 3 fields";
    QTest::newRow("a projection flag off") << std::function<QString()>([] {
        const TableReadContext context = ParserPromises::publicTableContext();
        TableImport import = PublicTableReader::read(
            "Data center,Date,IT power (MW)\nOpenAI Stargate Abilene,2027,1200\n",
            TableMapping::epochTimelines(), context);
        import.facts[0].analystProjection = false;
        return ParserPromises::checkPublicTable(import, context);
    }) << "projection flag";
    QTest::newRow("a refused table with figures") << std::function<QString()>([] {
        const TableReadContext context = ParserPromises::publicTableContext();
        TableImport import = PublicTableReader::read(
            "Data center,Date,IT power (MW)\nOpenAI Stargate Abilene,2026,5\n",
            TableMapping::epochTimelines(), context);
        import.error = QStringLiteral("refused");
        return ParserPromises::checkPublicTable(import, context);
    }) << "still yields figures";
}

void TestParserPromises::checksCatchBrokenPromises()
{
    QFETCH(std::function<QString()>, check);
    QFETCH(QString, promise);
    const QString broken = check();
    QVERIFY2(broken.contains(promise), qPrintable(broken));
}

QTEST_MAIN(TestParserPromises)
#include "tst_parserpromises.moc"
