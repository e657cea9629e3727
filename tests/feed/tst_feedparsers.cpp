// The feed parsers: Prometheus text exposition, Prometheus HTTP API answers, the site status
// feed, and the mapping of DCGM exporter scrapes to per-site figures.
#include "domain/metrics.h"
#include "feed/dcgmmapping.h"
#include "feed/feedpoller.h"
#include "feed/feedsource.h"
#include "feed/gofloat.h"
#include "feed/promapi.h"
#include "feed/prometheustext.h"
#include "feed/redaction.h"
#include "feed/sitestatus.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <csignal>
#include <limits>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList labelTexts(const PromSample &sample)
{
    QStringList texts;
    for (const auto &[name, value] : sample.labels)
        texts.append(name + QLatin1Char('=') + value);
    return texts;
}

// Compares doubles so that NaN equals NaN and infinities compare exactly.
bool sameNumber(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (std::isinf(expected))
        return actual == expected;
    return qFuzzyCompare(1.0 + actual, 1.0 + expected);
}

const QByteArray kValidSite = R"({"site_id": "abilene-tx", "phase": "partially_operational",
    "gpus_installed": 120000, "gpus_online": 110000, "it_power_mw": 180.5,
    "facility_power_mw": 210.0, "capacity_mw": 1200, "timestamp": "2026-11-28T11:59:30Z"})";

QByteArray siteDocument(const QByteArray &records, int schemaVersion = 1)
{
    return R"({"schema_version": )" + QByteArray::number(schemaVersion)
        + R"(, "generated_at": "2026-11-28T12:00:00Z", "sites": [)" + records + "]}";
}
} // namespace

class TestFeedParsers : public QObject
{
    Q_OBJECT

private slots:
    void goFloat_data();
    void goFloat();
    void promParsesSamples_data();
    void promParsesSamples();
    void promRejectsMalformed_data();
    void promRejectsMalformed();
    void promReadsHelpAndTypes();
    void promWarnsAboutMissingFinalNewline();
    void promLimitsSampleCount();
    void promReadsLargeScrape();
    void promReadsDcgmFixture();
    void dcgmSummary_data();
    void dcgmSummary();
    void dcgmBlankSentinels();
    void promScanGivesUnescapedViews();
    void dcgmScrapeMatchesOwnedSamples_data();
    void dcgmScrapeMatchesOwnedSamples();
    void dcgmScrapeErrorNamesTheLineOnce();
    void dcgmScrapeStoresOnlyMeasuredFigures_data();
    void dcgmScrapeStoresOnlyMeasuredFigures();
    void promApiSuccess_data();
    void promApiSuccess();
    void promApiErrors_data();
    void promApiErrors();
    void promApiKeepsWarningsOnError();
    void siteStatusValid();
    void siteStatusUnknownPhaseIsKeptAndReported();
    void siteStatusKeepsGoodRecordsBesideBadOnes();
    void siteStatusRejectsRecords_data();
    void siteStatusRejectsRecords();
    void siteStatusDocumentErrors_data();
    void siteStatusDocumentErrors();
    void sourcesFileReadsEachPart();
    void sourcesFileRejects_data();
    void sourcesFileRejects();
    void sourcesFileReadsPublicTables();
    void convertPromApiKeepsSitesWithValidValues();
    void convertPromApiRefusesBlankPowerSums();
    void convertNeedsHttp200_data();
    void convertNeedsHttp200();
    void redactSecrets_data();
    void redactSecrets();
    void convertRedactsEchoedCredentials();
    void convertRefusesUnknownSites_data();
    void convertRefusesUnknownSites();
    void filesAreReadBounded_data();
    void filesAreReadBounded();
    void sourcesPipeIsReadBounded();
};

void TestFeedParsers::goFloat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");
    QTest::newRow("integer") << QByteArray("42") << true << 42.0;
    QTest::newRow("fraction") << QByteArray("-0.25") << true << -0.25;
    QTest::newRow("leading dot") << QByteArray(".5") << true << 0.5;
    QTest::newRow("trailing dot") << QByteArray("5.") << true << 5.0;
    QTest::newRow("exponent") << QByteArray("1.458255915e9") << true << 1458255915.0;
    QTest::newRow("signed exponent") << QByteArray("+2.5E-3") << true << 0.0025;
    QTest::newRow("NaN") << QByteArray("NaN") << true << kNaN;
    QTest::newRow("nan lower case") << QByteArray("nan") << true << kNaN;
    QTest::newRow("+Inf") << QByteArray("+Inf") << true << kInf;
    QTest::newRow("-Inf") << QByteArray("-Inf") << true << -kInf;
    QTest::newRow("Infinity") << QByteArray("Infinity") << true << kInf;
    QTest::newRow("underflow rounds to zero") << QByteArray("1e-400") << true << 0.0;
    QTest::newRow("long underflow") << QByteArray("0." + QByteArray(400, '0') + "1") << true << 0.0;
    QTest::newRow("overflow") << QByteArray("1e400") << false << 0.0;
    QTest::newRow("long overflow") << QByteArray("1" + QByteArray(400, '0')) << false << 0.0;
    QTest::newRow("signed NaN") << QByteArray("-NaN") << false << 0.0;
    QTest::newRow("garbage suffix") << QByteArray("12abc") << false << 0.0;
    QTest::newRow("empty") << QByteArray() << false << 0.0;
    QTest::newRow("sign only") << QByteArray("-") << false << 0.0;
    QTest::newRow("dot only") << QByteArray(".") << false << 0.0;
    QTest::newRow("exponent without digits") << QByteArray("1e") << false << 0.0;
    QTest::newRow("hexadecimal") << QByteArray("0x1p3") << false << 0.0;
    QTest::newRow("comma decimal") << QByteArray("1,5") << false << 0.0;
    QTest::newRow("double sign") << QByteArray("+-1") << false << 0.0;
}

void TestFeedParsers::goFloat()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const std::optional<double> parsed = GoFloat::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QVERIFY2(sameNumber(*parsed, expected), qPrintable(QString::number(*parsed)));
}

void TestFeedParsers::promParsesSamples_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("name"); // of the last sample
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("timestampMs"); // -1 for none (no row uses -1 as a timestamp)

    QTest::newRow("bare sample") << QByteArray("up 1\n") << 1 << "up" << QStringList() << 1.0
                                 << qint64(-1);
    QTest::newRow("labels and timestamp")
        << QByteArray("http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000\n") << 1
        << "http_requests_total" << QStringList { "method=post", "code=200" } << 1027.0
        << qint64(1395066363000);
    QTest::newRow("label value escapes") << QByteArray(
        R"(msdos_file_access_time_seconds{path="C:\\DIR\\FILE.TXT",error="Cannot find file:\n\"FILE.TXT\""} 1.458255915e9)"
        "\n") << 1 << "msdos_file_access_time_seconds"
                                         << QStringList { "path=C:\\DIR\\FILE.TXT",
                                                "error=Cannot find file:\n\"FILE.TXT\"" }
                                         << 1458255915.0 << qint64(-1);
    QTest::newRow("NaN") << QByteArray("x NaN\n") << 1 << "x" << QStringList() << kNaN
                         << qint64(-1);
    QTest::newRow("+Inf") << QByteArray("x +Inf\n") << 1 << "x" << QStringList() << kInf
                          << qint64(-1);
    QTest::newRow("-Inf") << QByteArray("x -Inf\n") << 1 << "x" << QStringList() << -kInf
                          << qint64(-1);
    QTest::newRow("Go exponent") << QByteArray("x -1.5E-3\n") << 1 << "x" << QStringList()
                                 << -0.0015 << qint64(-1);
    QTest::newRow("negative timestamp")
        << QByteArray("x 7 -1000\n") << 1 << "x" << QStringList() << 7.0 << qint64(-1000);
    QTest::newRow("zero timestamp")
        << QByteArray("x 7 0\n") << 1 << "x" << QStringList() << 7.0 << qint64(0);
    QTest::newRow("trailing comma")
        << QByteArray("x{a=\"1\",} 2\n") << 1 << "x" << QStringList { "a=1" } << 2.0 << qint64(-1);
    QTest::newRow("empty braces") << QByteArray("x{} 2\n") << 1 << "x" << QStringList() << 2.0
                                  << qint64(-1);
    QTest::newRow("tabs and spaces")
        << QByteArray("\t  x{ a = \"1\" ,\tb=\"2\" }\t 3 \t 42 \t\n") << 1 << "x"
        << QStringList { "a=1", "b=2" } << 3.0 << qint64(42);
    QTest::newRow("blank lines and comments")
        << QByteArray("\n# a comment\n   \n#\n#HELPFUL is not HELP\nx 1\n\n") << 1 << "x"
        << QStringList() << 1.0 << qint64(-1);
    QTest::newRow("histogram as plain samples")
        << QByteArray("# TYPE rpc histogram\nrpc_bucket{le=\"0.5\"} 10\nrpc_bucket{le=\"+Inf\"} "
                      "12\nrpc_sum 3.5\nrpc_count 12\n")
        << 4 << "rpc_count" << QStringList() << 12.0 << qint64(-1);
    QTest::newRow("summary quantile")
        << QByteArray("# TYPE rpc summary\nrpc{quantile=\"0.99\"} 76656\n") << 1 << "rpc"
        << QStringList { "quantile=0.99" } << 76656.0 << qint64(-1);
    QTest::newRow("OpenMetrics _total and # EOF")
        << QByteArray("# TYPE jobs counter\njobs_total 5\n# EOF\n") << 1 << "jobs_total"
        << QStringList() << 5.0 << qint64(-1);
    QTest::newRow("blank lines after # EOF")
        << QByteArray("x 1\n# EOF\n\n") << 1 << "x" << QStringList() << 1.0 << qint64(-1);
    QTest::newRow("quoted UTF-8 metric name")
        << QByteArray(R"({"my.metric", label="v"} 1)"
                      "\n")
        << 1 << "my.metric" << QStringList { "label=v" } << 1.0 << qint64(-1);
    QTest::newRow("quoted name and quoted label name")
        << QByteArray("{\"temp.°C\",\"zone.name\"=\"hall Ω\"} 21.5\n") << 1
        << QString::fromUtf8("temp.°C") << QStringList { QString::fromUtf8("zone.name=hall Ω") }
        << 21.5 << qint64(-1);
    QTest::newRow("UTF-8 label value")
        << QByteArray("x{site=\"Abilene — Texas ✓\"} 1\n") << 1 << "x"
        << QStringList { QString::fromUtf8("site=Abilene — Texas ✓") } << 1.0 << qint64(-1);
    QTest::newRow("CRLF line ends")
        << QByteArray("a 1\r\nb 2\r\n") << 2 << "b" << QStringList() << 2.0 << qint64(-1);
    QTest::newRow("colon in name") << QByteArray("job:rate5m 0.5\n") << 1 << "job:rate5m"
                                   << QStringList() << 0.5 << qint64(-1);
    QTest::newRow("empty label value")
        << QByteArray("x{a=\"\"} 1\n") << 1 << "x" << QStringList { "a=" } << 1.0 << qint64(-1);
    QTest::newRow("empty body") << QByteArray() << 0 << QString() << QStringList() << 0.0
                                << qint64(-1);
}

void TestFeedParsers::promParsesSamples()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, name);
    QFETCH(QStringList, labels);
    QFETCH(double, value);
    QFETCH(qint64, timestampMs);
    const PromParseResult result = parsePrometheusText(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.errorLine, 0);
    QCOMPARE(result.samples.size(), count);
    if (count == 0)
        return;
    const PromSample &sample = result.samples.constLast();
    QCOMPARE(sample.name, name);
    QCOMPARE(labelTexts(sample), labels);
    QVERIFY2(sameNumber(sample.value, value), qPrintable(QString::number(sample.value)));
    QCOMPARE(sample.timestampMs.has_value(), timestampMs != -1);
    if (timestampMs != -1)
        QCOMPARE(*sample.timestampMs, timestampMs);
}

void TestFeedParsers::promRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message"); // a part of the error text

    QTest::newRow("unterminated label value")
        << QByteArray("ok 1\nx{a=\"1} 2\n") << 2 << "no closing quote";
    QTest::newRow("backslash at the end of a label value")
        << QByteArray("x{a=\"1\\") << 1 << "no closing quote";
    QTest::newRow("missing value after labels")
        << QByteArray("x{a=\"1\"}\n") << 1 << "has no value";
    QTest::newRow("missing value after name") << QByteArray("a 1\n\nb   \n") << 3 << "has no value";
    QTest::newRow("garbage value") << QByteArray("# TYPE x gauge\nx 12abc\n") << 2
                                   << "the value \"12abc\" of \"x\" is not a number";
    QTest::newRow("value out of range") << QByteArray("x 1e999\n") << 1 << "is not a number";
    QTest::newRow("signed NaN") << QByteArray("x -NaN\n") << 1 << "is not a number";
    QTest::newRow("invalid UTF-8 in a label value")
        << QByteArray("a 1\nx{a=\"\xff\"} 1\n") << 2 << "UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("x{a=\"\xc0\xaf\"} 1\n") << 1 << "UTF-8";
    QTest::newRow("UTF-16 surrogate in UTF-8")
        << QByteArray("x{a=\"\xed\xa0\x80\"} 1\n") << 1 << "UTF-8";
    QTest::newRow("truncated UTF-8") << QByteArray("x 1\n# \xe2\x82\n") << 2 << "UTF-8";
    QTest::newRow("invalid UTF-8 in a comment") << QByteArray("# \xfe\nx 1\n") << 1 << "UTF-8";
    QTest::newRow("duplicate TYPE")
        << QByteArray("# TYPE x gauge\nx 1\n# TYPE x counter\n") << 3 << "second TYPE";
    QTest::newRow("duplicate TYPE before samples")
        << QByteArray("# TYPE x gauge\n# TYPE x gauge\n") << 2 << "second TYPE";
    QTest::newRow("TYPE after the first sample")
        << QByteArray("x 1\n# TYPE x gauge\n") << 2 << "after its first sample";
    QTest::newRow("unknown type") << QByteArray("# TYPE x bogus\n") << 1 << "unknown metric type";
    QTest::newRow("TYPE without a type") << QByteArray("# TYPE x\n") << 1 << "names no type";
    QTest::newRow("TYPE without a name") << QByteArray("# TYPE\n") << 1 << "no valid metric name";
    QTest::newRow("TYPE with a bad name")
        << QByteArray("# TYPE 9x gauge\n") << 1 << "no valid metric name";
    QTest::newRow("duplicate HELP") << QByteArray("# HELP x a\n# HELP x b\n") << 2 << "second HELP";
    QTest::newRow("invalid escape in a label value")
        << QByteArray(R"(x{a="\t"} 1)") << 1 << "invalid escape";
    QTest::newRow("unquoted label value") << QByteArray("x{a=1} 1\n") << 1 << "not quoted";
    QTest::newRow("label without =") << QByteArray("x{a} 1\n") << 1 << "has no \"=\"";
    QTest::newRow("duplicate label")
        << QByteArray("x{a=\"1\",a=\"2\"} 1\n") << 1 << "appears twice";
    QTest::newRow("leading comma in braces")
        << QByteArray("x{,a=\"1\"} 1\n") << 1 << "invalid character";
    QTest::newRow("double comma in braces")
        << QByteArray("x{a=\"1\",,} 1\n") << 1 << "invalid character";
    QTest::newRow("missing comma between labels")
        << QByteArray("x{a=\"1\" b=\"2\"} 1\n") << 1 << "expected \",\" or \"}\"";
    QTest::newRow("unclosed braces") << QByteArray("x{a=\"1\"\n") << 1 << "not closed";
    QTest::newRow("no blank before the value")
        << QByteArray("x{a=\"1\"}1\n") << 1 << "invalid character";
    QTest::newRow("bad character in name") << QByteArray("x-y 1\n") << 1 << "invalid character";
    QTest::newRow("name starts with a digit")
        << QByteArray("1x 1\n") << 1 << "must start with a metric name";
    QTest::newRow("quoted name outside braces")
        << QByteArray("\"x\" 1\n") << 1 << "must start with a metric name";
    QTest::newRow("braces without a name") << QByteArray("{a=\"1\"} 1\n") << 1 << "no metric name";
    QTest::newRow("two metric names")
        << QByteArray("x{\"y\"} 1\n") << 1 << "names its metric twice";
    QTest::newRow("empty quoted metric name")
        << QByteArray("{\"\"} 1\n") << 1 << "quoted metric name is empty";
    QTest::newRow("float timestamp")
        << QByteArray("x 1 1.5\n") << 1 << "whole number of milliseconds";
    QTest::newRow("timestamp overflow")
        << QByteArray("x 1 9223372036854775808\n") << 1 << "whole number of milliseconds";
    QTest::newRow("text after the timestamp")
        << QByteArray("x 1 2 3\n") << 1 << "after the timestamp";
    QTest::newRow("text after # EOF") << QByteArray("x 1\n# EOF\ny 2\n") << 3 << "after \"# EOF\"";
}

void TestFeedParsers::promRejectsMalformed()
{
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QFETCH(QString, message);
    const PromParseResult result = parsePrometheusText(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorLine, line);
    QVERIFY2(
        result.error.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(result.error));
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    // Bad input never becomes data, not even the lines before the bad one.
    QVERIFY(result.samples.isEmpty());
    QVERIFY(result.types.isEmpty());
    QVERIFY(result.help.isEmpty());
}

void TestFeedParsers::promReadsHelpAndTypes()
{
    const QByteArray body = "# HELP x The \\\\ and \\n escapes; \\t stays.\n"
                            "# TYPE x gauge\n"
                            "#   TYPE   y   counter  \n"
                            "# HELP \"my.metric\" Quoted.\n"
                            "# TYPE \"my.metric\" untyped\n"
                            "# UNIT x celsius\n"
                            "x 1\ny_total 2\n";
    const PromParseResult result = parsePrometheusText(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.help.value(QStringLiteral("x")),
        QStringLiteral("The \\ and \n escapes; \\t stays."));
    QCOMPARE(result.help.value(QStringLiteral("my.metric")), QStringLiteral("Quoted."));
    QCOMPARE(result.types.value(QStringLiteral("x")), QStringLiteral("gauge"));
    QCOMPARE(result.types.value(QStringLiteral("y")), QStringLiteral("counter"));
    QCOMPARE(result.types.value(QStringLiteral("my.metric")), QStringLiteral("untyped"));
    QCOMPARE(result.types.size(), 3);
    QCOMPARE(result.samples.size(), 2);
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.samples.at(0).label(QStringLiteral("missing")), QString());
}

void TestFeedParsers::promWarnsAboutMissingFinalNewline()
{
    const PromParseResult result = parsePrometheusText("a 1\nb 2");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.samples.size(), 2);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.constFirst().contains(QLatin1String("line 2")),
        qPrintable(result.warnings.constFirst()));
}

void TestFeedParsers::promLimitsSampleCount()
{
    const QByteArray body = "a 1\nb 2\nc 3\n";
    const PromParseResult fits = parsePrometheusText(body, 3);
    QVERIFY2(fits.ok(), qPrintable(fits.error));
    QCOMPARE(fits.samples.size(), 3);
    const PromParseResult tooMany = parsePrometheusText(body, 2);
    QCOMPARE(tooMany.errorLine, 3);
    QVERIFY2(
        tooMany.error.contains(QLatin1String("more than 2 samples")), qPrintable(tooMany.error));
    QVERIFY(tooMany.samples.isEmpty());
}

void TestFeedParsers::promReadsLargeScrape()
{
    // 100,000 GPUs' power lines, and one line with 50,000 labels: both in linear time.
    QByteArray body;
    for (int i = 0; i < 100'000; ++i)
        body += "DCGM_FI_DEV_POWER_USAGE{gpu=\"" + QByteArray::number(i % 8) + "\",UUID=\"GPU-"
            + QByteArray::number(i) + "\"} 700\n";
    QByteArray wide = "wide{";
    for (int i = 0; i < 50'000; ++i)
        wide += "l" + QByteArray::number(i) + "=\"v\",";
    body += wide + "} 1\n";
    const PromParseResult result = parsePrometheusText(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.samples.size(), 100'001);
    QCOMPARE(result.samples.constLast().labels.size(), 50'000);
    QCOMPARE(summarizeDcgm(result.samples).gpus, 100'000);
    QCOMPARE(summarizeDcgm(result.samples).powerW, 70'000'000.0);
}

void TestFeedParsers::promReadsDcgmFixture()
{
    const PromParseResult result
        = parsePrometheusText(fixture(QStringLiteral("dcgm/h100-node.prom")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.samples.size(), 88); // 11 fields x 8 GPUs
    QCOMPARE(result.types.size(), 11);
    QCOMPARE(result.types.value(QStringLiteral("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION")),
        QStringLiteral("counter"));
    QCOMPARE(result.help.value(QStringLiteral("DCGM_FI_DEV_POWER_USAGE")),
        QStringLiteral("Power draw (in W)."));
    const PromSample &first = result.samples.constFirst();
    QCOMPARE(first.name, QStringLiteral("DCGM_FI_DEV_SM_CLOCK"));
    QCOMPARE(first.label(QStringLiteral("UUID")),
        QStringLiteral("GPU-3a5f2c1e-7b8d-4e21-9c4a-1f0e6d2b8a01"));
    QCOMPARE(first.label(QStringLiteral("pci_bus_id")), QStringLiteral("00000000:18:00.0"));
    QCOMPARE(first.label(QStringLiteral("modelName")), QStringLiteral("NVIDIA H100 80GB HBM3"));
    QCOMPARE(first.label(QStringLiteral("Hostname")), QStringLiteral("dgx-h100-a01"));
    QCOMPARE(first.label(QStringLiteral("DCGM_FI_DRIVER_VERSION")), QStringLiteral("550.54.15"));
    QCOMPARE(first.value, 1980.0);
}

void TestFeedParsers::dcgmSummary_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("gpus"); // distinct GPUs with a valid power reading
    QTest::addColumn<double>("powerW");
    QTest::addColumn<int>("gpusWithoutPower");
    QTest::addColumn<int>("blankValues");
    QTest::addColumn<QStringList>("modelNames");
    QTest::addColumn<QString>("warning"); // a part of the warning, empty when there must be none

    const QString noPower = QStringLiteral("no valid power reading in scrape");
    QTest::newRow("H100 node (Hostname)")
        << fixture(QStringLiteral("dcgm/h100-node.prom")) << 8 << 3657.706 << 0 << 0
        << QStringList { "NVIDIA H100 80GB HBM3" } << QString();
    QTest::newRow("MIG node: power once per GPU")
        << fixture(QStringLiteral("dcgm/mig-node.prom")) << 2 << 762.75 << 0 << 0
        << QStringList { "NVIDIA H100 80GB HBM3" } << QString();
    // Issue 12 point 9: an exporter without the power field measured no GPU.
    QTest::newRow("V100 node without a power metric")
        << fixture(QStringLiteral("dcgm/v100-no-power.prom")) << 0 << 0.0 << 4 << 0
        << QStringList { "Tesla V100-SXM2-32GB" } << noPower;
    // Issue 12 point 9: of two MIG GPUs only the one with power counts, once for 3 instances.
    QTest::newRow("MIG node, one GPU without power")
        << fixture(QStringLiteral("dcgm/mig-one-powered.prom")) << 1 << 318.75 << 1 << 0
        << QStringList { "NVIDIA H100 80GB HBM3" }
        << "1 GPU(s) without a DCGM_FI_DEV_POWER_USAGE reading, not counted";
    QTest::newRow("4.8.3 hostname, 2^47 blank power")
        << fixture(QStringLiteral("dcgm/hostname-4.8.3.prom")) << 3 << 1792.75 << 1 << 1
        << QStringList { "NVIDIA H200" } << "1 GPU(s) with DCGM's no-data value as power";
    QTest::newRow("INT64 blank power")
        << QByteArray("DCGM_FI_DEV_POWER_USAGE{gpu=\"0\",UUID=\"GPU-a\"} 9223372036854775794\n"
                      "DCGM_FI_DEV_POWER_USAGE{gpu=\"1\",UUID=\"GPU-b\"} 650\n")
        << 1 << 650.0 << 1 << 1 << QStringList() << "no-data value as power, not counted";
    QTest::newRow("every power reading blank")
        << QByteArray("DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\"} 140737488355328\n"
                      "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-b\"} 9223372036854775794\n")
        << 0 << 0.0 << 2 << 2 << QStringList() << noPower;
    QTest::newRow("MIG instance blank, another valid: the valid one counts")
        << QByteArray("DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\",GPU_I_ID=\"1\"} 140737488355328\n"
                      "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\",GPU_I_ID=\"2\"} 410\n"
                      "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\",GPU_I_ID=\"3\"} 410\n")
        << 1 << 410.0 << 0 << 0 << QStringList() << QString();
    QTest::newRow("no UUID: host and index")
        << QByteArray("DCGM_FI_DEV_POWER_USAGE{gpu=\"0\",Hostname=\"n1\",GPU_I_ID=\"1\"} 300\n"
                      "DCGM_FI_DEV_POWER_USAGE{gpu=\"0\",Hostname=\"n1\",GPU_I_ID=\"2\"} 300\n"
                      "DCGM_FI_DEV_POWER_USAGE{gpu=\"0\",Hostname=\"n2\"} 200\n"
                      "DCGM_FI_DEV_POWER_USAGE{gpu=\"1\",hostname=\"n2\"} 100\n")
        << 3 << 600.0 << 0 << 0 << QStringList() << QString();
    QTest::newRow("no UUID, no index: PCI bus id")
        << QByteArray(
               "DCGM_FI_DEV_POWER_USAGE{pci_bus_id=\"00000000:18:00.0\",hostname=\"n1\"} 310\n"
               "DCGM_FI_DEV_POWER_USAGE{pci_bus_id=\"00000000:2A:00.0\",hostname=\"n1\"} 320\n"
               "DCGM_FI_DEV_GPU_TEMP{pci_bus_id=\"00000000:2a:00.0\",hostname=\"n1\"} 40\n")
        << 2 << 630.0 << 0 << 0 << QStringList() << QString();
    QTest::newRow("negative, NaN and infinite power not counted")
        << QByteArray("DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\"} -5\n"
                      "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-b\"} NaN\n"
                      "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-d\"} +Inf\n"
                      "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-c\"} 400\n")
        << 1 << 400.0 << 3 << 0 << QStringList()
        << "3 GPU power reading(s) negative or not a number, not counted";
    QTest::newRow("an idle GPU at 0 W is a valid reading")
        << QByteArray("DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\"} 0\n") << 1 << 0.0 << 0 << 0
        << QStringList() << QString();
    QTest::newRow("power without any GPU identity")
        << QByteArray("DCGM_FI_DEV_POWER_USAGE{Hostname=\"n1\"} 400\n") << 0 << 0.0 << 0 << 0
        << QStringList() << "1 power reading(s) without UUID";
    QTest::newRow("GPU without a power line does not count")
        << QByteArray("DCGM_FI_DEV_GPU_TEMP{UUID=\"GPU-a\",modelName=\"NVIDIA B200\"} 40\n"
                      "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-b\",modelName=\"NVIDIA GB300\"} 1400\n")
        << 1 << 1400.0 << 1 << 0 << QStringList { "NVIDIA B200", "NVIDIA GB300" }
        << "1 GPU(s) without a DCGM_FI_DEV_POWER_USAGE reading";
    QTest::newRow("other exporters ignored")
        << QByteArray("node_hwmon_power_watt{chip=\"0\"} 900\nup 1\n") << 0 << 0.0 << 0 << 0
        << QStringList() << noPower;
}

void TestFeedParsers::dcgmSummary()
{
    QFETCH(QByteArray, body);
    QFETCH(int, gpus);
    QFETCH(double, powerW);
    QFETCH(int, gpusWithoutPower);
    QFETCH(int, blankValues);
    QFETCH(QStringList, modelNames);
    QFETCH(QString, warning);
    const PromParseResult parsed = parsePrometheusText(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const DcgmSummary summary = summarizeDcgm(parsed.samples);
    QCOMPARE(summary.gpus, gpus);
    QVERIFY2(std::abs(summary.powerW - powerW) < 1e-9,
        qPrintable(QString::number(summary.powerW, 'f', 6)));
    QCOMPARE(summary.gpusWithoutPower, gpusWithoutPower);
    QCOMPARE(summary.hasPower(), gpus > 0);
    QCOMPARE(summary.blankValues, blankValues);
    QCOMPARE(summary.modelNames, modelNames);
    if (warning.isEmpty())
        QVERIFY2(summary.warning.isEmpty(), qPrintable(summary.warning));
    else
        QVERIFY2(summary.warning.contains(warning), qPrintable(summary.warning));
    // The poller's one-pass path reaches the same figures.
    const DcgmScrape scrape = summarizeDcgmScrape(body);
    QVERIFY2(scrape.error.isEmpty(), qPrintable(scrape.error));
    QCOMPARE(scrape.summary.gpus, gpus);
    QCOMPARE(scrape.summary.powerW, summary.powerW);
    QCOMPARE(scrape.summary.gpusWithoutPower, gpusWithoutPower);
    QCOMPARE(scrape.summary.blankValues, blankValues);
    QCOMPARE(scrape.summary.modelNames, modelNames);
    QCOMPARE(scrape.summary.warning, summary.warning);
}

void TestFeedParsers::dcgmBlankSentinels()
{
    QVERIFY(!Dcgm::isBlankSentinel(1400.0));
    QVERIFY(!Dcgm::isBlankSentinel(140737488355327.0));
    QVERIFY(Dcgm::isBlankSentinel(140737488355328.0));
    QVERIFY(Dcgm::isBlankSentinel(9223372036854775794.0));
    QVERIFY(Dcgm::isBlankSentinel(double(0x7ffffffffffffff0)));
    QVERIFY(!Dcgm::isBlankSentinel(kInf));
    QVERIFY(!Dcgm::isBlankSentinel(kNaN));
}

// The scanner hands out views; quoted text with escapes lives in a scratch buffer that must
// not move while the line is being read, however many escaped values the line has.
void TestFeedParsers::promScanGivesUnescapedViews()
{
    QByteArray line
        = R"({"dcgm.power", host="n\"1\"", path="C:\\gpu", note="two\nlines", plain="x")";
    QStringList expected { QStringLiteral("host=n\"1\""), QStringLiteral("path=C:\\gpu"),
        QStringLiteral("note=two\nlines"), QStringLiteral("plain=x") };
    for (int i = 0; i < 200; ++i) {
        line += QStringLiteral(", l%1=\"v\\\\%1\"").arg(i).toUtf8();
        expected.append(QStringLiteral("l%1=v\\%1").arg(i));
    }
    line += "} 412.5 1700000000000\nDCGM_FI_DEV_GPU_TEMP{UUID=\"GPU-\\\\a\"} 40\n";
    QList<QString> names;
    QList<QStringList> labels;
    QList<double> values;
    const PromScanResult scan = scanPrometheusText(line, [&](const PromSampleView &sample) {
        names.append(QString::fromUtf8(sample.name));
        QStringList texts;
        for (const PromLabelView &label : sample.labels)
            texts.append(
                QString::fromUtf8(label.name) + QLatin1Char('=') + QString::fromUtf8(label.value));
        labels.append(texts);
        values.append(sample.value);
        if (names.size() == 1)
            QCOMPARE(sample.timestampMs.value_or(-1), 1700000000000);
    });
    QVERIFY2(scan.ok(), qPrintable(scan.error));
    QCOMPARE(scan.sampleCount, 2);
    QCOMPARE(names,
        (QList<QString> { QStringLiteral("dcgm.power"), QStringLiteral("DCGM_FI_DEV_GPU_TEMP") }));
    QCOMPARE(labels.value(0), expected);
    QCOMPARE(labels.value(1), QStringList { QStringLiteral("UUID=GPU-\\a") });
    QCOMPARE(values, (QList<double> { 412.5, 40 }));
    // The owned parse reads the same.
    const PromParseResult parsed = parsePrometheusText(line);
    QCOMPARE(labelTexts(parsed.samples.value(0)), expected);
}

void TestFeedParsers::dcgmScrapeMatchesOwnedSamples_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<int>("gpus");
    QTest::newRow("H100 node") << QStringLiteral("dcgm/h100-node.prom") << 8;
    QTest::newRow("MIG node") << QStringLiteral("dcgm/mig-node.prom") << -1;
    QTest::newRow("exporter 4.8.3, lower-case hostname")
        << QStringLiteral("dcgm/hostname-4.8.3.prom") << -1;
}

void TestFeedParsers::dcgmScrapeMatchesOwnedSamples()
{
    QFETCH(QString, fixtureName);
    QFETCH(int, gpus);
    const QByteArray body = fixture(fixtureName);
    const PromParseResult parsed = parsePrometheusText(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const DcgmSummary owned = summarizeDcgm(parsed.samples);
    const DcgmScrape scanned = summarizeDcgmScrape(body);
    QVERIFY2(scanned.error.isEmpty(), qPrintable(scanned.error));
    QVERIFY(owned.gpus > 0);
    QVERIFY(owned.powerW > 0);
    if (gpus >= 0)
        QCOMPARE(owned.gpus, gpus);
    QCOMPARE(scanned.summary.gpus, owned.gpus);
    QCOMPARE(scanned.summary.powerW, owned.powerW);
    QCOMPARE(scanned.summary.blankValues, owned.blankValues);
    QCOMPARE(scanned.summary.modelNames, owned.modelNames);
    QCOMPARE(scanned.summary.warning, owned.warning);
}

// A malformed scrape gives no figures at all, even when lines before the bad one were fine,
// and the source's error names the line once.
void TestFeedParsers::dcgmScrapeErrorNamesTheLineOnce()
{
    const QByteArray body = "DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\"} "
                            "400\nDCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-b\"} 4OO\n";
    const DcgmScrape scrape = summarizeDcgmScrape(body);
    QCOMPARE(scrape.errorLine, 2);
    QVERIFY2(scrape.error.startsWith(QLatin1String("line 2: ")), qPrintable(scrape.error));
    QCOMPARE(scrape.summary.gpus, 0);
    QCOMPARE(scrape.summary.powerW, 0.0);

    FeedSource source;
    source.kind = FeedSource::Kind::PrometheusText;
    source.siteId = QStringLiteral("abilene-tx");
    const ConversionResult converted = convertResponse(source, body, 200, 1'700'000'000'000);
    QVERIFY(converted.samples.isEmpty());
    QVERIFY2(converted.error.startsWith(QLatin1String("line 2: the value \"4OO\"")),
        qPrintable(converted.error));
    QCOMPARE(converted.error.count(QLatin1String("line 2")), 1);
}

void TestFeedParsers::dcgmScrapeStoresOnlyMeasuredFigures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("gpusOnline"); // the stored sample, -1: none stored
    QTest::addColumn<double>("powerMw"); // the stored sample when gpusOnline >= 0
    QTest::addColumn<QString>("rejected"); // a part of the source's health text, empty: none

    QTest::newRow("H100 node") << fixture(QStringLiteral("dcgm/h100-node.prom")) << 8 << 3657.706e-6
                               << QString();
    QTest::newRow("V100 node without a power metric")
        << fixture(QStringLiteral("dcgm/v100-no-power.prom")) << -1 << 0.0
        << QStringLiteral("no valid power reading in scrape");
    QTest::newRow("MIG node, one GPU without power")
        << fixture(QStringLiteral("dcgm/mig-one-powered.prom")) << 1 << 318.75e-6
        << QStringLiteral("1 GPU(s) without a DCGM_FI_DEV_POWER_USAGE reading");
    QTest::newRow("only blank power")
        << QByteArray("DCGM_FI_DEV_POWER_USAGE{UUID=\"GPU-a\"} 140737488355328\n") << -1 << 0.0
        << QStringLiteral("no valid power reading in scrape");
    QTest::newRow("not a DCGM exporter")
        << QByteArray("up 1\n") << -1 << 0.0 << QStringLiteral("no valid power reading in scrape");
}

// The poller's path: a scrape stores GPUs online and power only when a GPU measured power, and
// says in the source's health text what it left out.
void TestFeedParsers::dcgmScrapeStoresOnlyMeasuredFigures()
{
    QFETCH(QByteArray, body);
    QFETCH(int, gpusOnline);
    QFETCH(double, powerMw);
    QFETCH(QString, rejected);
    FeedSource source;
    source.kind = FeedSource::Kind::PrometheusText;
    source.siteId = QStringLiteral("milam-tx");
    const ConversionResult converted = convertResponse(source, body, 200, 1'700'000'000'000);
    QCOMPARE(converted.error, QString());
    const QString health = converted.rejected.join(QStringLiteral("; "));
    if (rejected.isEmpty())
        QVERIFY2(health.isEmpty(), qPrintable(health));
    else
        QVERIFY2(health.contains(rejected), qPrintable(health));
    if (gpusOnline < 0) {
        QVERIFY(converted.samples.isEmpty());
        return;
    }
    QCOMPARE(converted.samples.size(), 2);
    QHash<QString, double> stored;
    for (const KeyedSample &sample : converted.samples) {
        QCOMPARE(sample.key.siteId, QStringLiteral("milam-tx"));
        stored.insert(sample.key.metric, sample.value);
    }
    QCOMPARE(stored.value(QString(Metric::GpusOnline)), double(gpusOnline));
    QVERIFY2(std::abs(stored.value(QString(Metric::PowerMw)) - powerMw) < 1e-12,
        qPrintable(QString::number(stored.value(QString(Metric::PowerMw)), 'g', 12)));
}

void TestFeedParsers::promApiSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("resultType");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("instance"); // label of the last item
    QTest::addColumn<double>("tsSeconds"); // of the last item, or NaN for a scalar
    QTest::addColumn<double>("value"); // of the last item, or the scalar
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("vector") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"__name__":"up","job":"dcgm","instance":"n1:9400"},"value":[1435781451.781,"1"]},
            {"metric":{"__name__":"up","job":"dcgm","instance":"n2:9400"},"value":[1435781451.781,"0"]}]}})")
                            << "vector" << 2 << "n2:9400" << 1435781451.781 << 0.0 << QStringList();
    QTest::newRow("empty vector") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[]}})")
                                  << "vector" << 0 << QString() << 0.0 << 0.0 << QStringList();
    QTest::newRow("NaN string value")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"instance":"a"},"value":[1700000000,"NaN"]}]}})")
        << "vector" << 1 << "a" << 1700000000.0 << kNaN << QStringList();
    QTest::newRow("+Inf and exponent")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"instance":"a"},"value":[1700000000,"2.5e3"]},{"metric":{"instance":"b"},"value":[1700000000,"+Inf"]}]}})")
        << "vector" << 2 << "b" << 1700000000.0 << kInf << QStringList();
    QTest::newRow("scalar") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":[1700000000.5,"3.25"]}})")
                            << "scalar" << 0 << QString() << kNaN << 3.25 << QStringList();
    QTest::newRow("matrix keeps the last point")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"instance":"a"},"values":[[1700000000,"1"],[1700000015,"2"],[1700000030,"3"]]},
            {"metric":{"instance":"empty"},"values":[]},
            {"metric":{"instance":"b"},"values":[[1700000000,"7"],[1700000030,"-Inf"]]}]}})")
        << "matrix" << 2 << "b" << 1700000030.0 << -kInf << QStringList();
    QTest::newRow("warnings on success")
        << QByteArray(R"({"status":"success","warnings":["partial response: store n3 down"],
            "data":{"resultType":"vector","result":[{"metric":{"instance":"a"},"value":[1700000000,"42"]}]}})")
        << "vector" << 1 << "a" << 1700000000.0 << 42.0
        << QStringList { "partial response: store n3 down" };
    QTest::newRow("string result") << QByteArray(
        R"({"status":"success","data":{"resultType":"string","result":[1700000000,"hello"]}})")
                                   << "string" << 0 << QString() << 0.0 << 0.0 << QStringList();
}

void TestFeedParsers::promApiSuccess()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, resultType);
    QFETCH(int, count);
    QFETCH(QString, instance);
    QFETCH(double, tsSeconds);
    QFETCH(double, value);
    QFETCH(QStringList, warnings);
    const PromApiResult result = parsePromApiResponse(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.resultType, resultType);
    QCOMPARE(result.vector.size(), count);
    QCOMPARE(result.warnings, warnings);
    QCOMPARE(result.scalar.has_value(), resultType == QLatin1String("scalar"));
    if (result.scalar)
        QCOMPARE(*result.scalar, value);
    if (count == 0)
        return;
    const PromVectorItem &last = result.vector.constLast();
    QCOMPARE(last.metric.value(QStringLiteral("instance")), instance);
    QCOMPARE(last.tsSeconds, tsSeconds);
    QVERIFY2(sameNumber(last.value, value), qPrintable(QString::number(last.value)));
}

void TestFeedParsers::promApiErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QStringList>("parts"); // each must appear in the error text
    QTest::addColumn<QString>("errorType");

    QTest::newRow("400 bad_data") << QByteArray(
        R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:5: parse error"})")
                                  << 400 << QStringList { "400", "bad_data", "parse error" }
                                  << "bad_data";
    QTest::newRow("422 execution") << QByteArray(
        R"({"status":"error","errorType":"execution","error":"query processing would load too many samples"})")
                                   << 422 << QStringList { "422", "execution", "too many samples" }
                                   << "execution";
    QTest::newRow("503 timeout") << QByteArray(
        R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
                                 << 503 << QStringList { "503", "timeout", "timed out" }
                                 << "timeout";
    QTest::newRow("error envelope without type")
        << QByteArray(R"({"status":"error"})") << 500
        << QStringList { "500", "no error type", "no message" } << QString();
    QTest::newRow("502 HTML from a proxy")
        << QByteArray("<html><body>Bad Gateway</body></html>") << 502
        << QStringList { "502", "not a Prometheus API answer" } << QString();
    QTest::newRow("malformed JSON") << QByteArray(R"({"status":"success","data":{)") << 200
                                    << QStringList { "not valid JSON" } << QString();
    QTest::newRow("empty body") << QByteArray() << 200 << QStringList { "not valid JSON" }
                                << QString();
    QTest::newRow("JSON array") << QByteArray("[1,2]") << 200 << QStringList { "not a JSON object" }
                                << QString();
    QTest::newRow("unknown status") << QByteArray(R"({"status":"maybe","data":{}})") << 200
                                    << QStringList { "\"status\"" } << QString();
    QTest::newRow("success with HTTP 500")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})") << 500
        << QStringList { "HTTP status 500" } << QString();
    QTest::newRow("no data") << QByteArray(R"({"status":"success"})") << 200
                             << QStringList { "no \"data\"" } << QString();
    QTest::newRow("unknown resultType")
        << QByteArray(R"({"status":"success","data":{"resultType":"table","result":[]}})") << 200
        << QStringList { "unknown resultType \"table\"" } << QString();
    QTest::newRow("vector result not a list")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})") << 200
        << QStringList { "not a list" } << QString();
    QTest::newRow("item not an object")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[5]}})") << 200
        << QStringList { "result item 1", "not an object" } << QString();
    QTest::newRow("item without metric") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"value":[1,"1"]}]}})")
                                         << 200 << QStringList { "result item 1", "\"metric\"" }
                                         << QString();
    QTest::newRow("label not text") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"gpu":0},"value":[1,"1"]}]}})")
                                    << 200 << QStringList { "label \"gpu\"" } << QString();
    QTest::newRow("value as a number") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,1]}]}})")
                                       << 200 << QStringList { "not a string" } << QString();
    QTest::newRow("garbage value") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"12abc"]}]}})")
                                   << 200 << QStringList { "\"12abc\" is not a number" }
                                   << QString();
    QTest::newRow("point with three parts") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1","x"]}]}})")
                                            << 200 << QStringList { "pair" } << QString();
    QTest::newRow("time as a string")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":["1","1"]}})")
        << 200 << QStringList { "scalar", "time is not a number" } << QString();
    QTest::newRow("bad point inside a matrix") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"x"],[2,"2"]]}]}})")
                                               << 200 << QStringList { "result series 1" }
                                               << QString();
}

void TestFeedParsers::promApiErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(QStringList, parts);
    QFETCH(QString, errorType);
    const PromApiResult result = parsePromApiResponse(body, httpStatus);
    QVERIFY(!result.ok());
    for (const QString &part : std::as_const(parts))
        QVERIFY2(result.error.contains(part), qPrintable(result.error));
    QCOMPARE(result.errorType, errorType);
    QVERIFY(result.vector.isEmpty());
    QVERIFY(!result.scalar);
}

void TestFeedParsers::promApiKeepsWarningsOnError()
{
    const PromApiResult result = parsePromApiResponse(
        R"({"status":"error","errorType":"timeout","error":"timed out","warnings":["store n3 slow"]})",
        503);
    QVERIFY(!result.ok());
    QCOMPARE(result.warnings, QStringList { QStringLiteral("store n3 slow") });
}

void TestFeedParsers::siteStatusValid()
{
    const QByteArray second
        = R"({"site_id": "shackelford-tx", "phase": "construction", "capacity_mw": 1400,
        "timestamp": "2026-11-28T13:59:30.250+02:00"})";
    const SiteStatusResult result = parseSiteStatus(siteDocument(kValidSite + "," + second));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.rejected.isEmpty(), qPrintable(result.rejected.join(QLatin1Char('\n'))));
    QCOMPARE(result.schemaVersion, 1);
    QCOMPARE(result.generatedAtMs,
        std::optional<qint64>(
            QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()));
    QCOMPARE(result.sites.size(), 2);
    const SiteStatusRecord &site = result.sites.at(0);
    QCOMPARE(site.siteId, QStringLiteral("abilene-tx"));
    QCOMPARE(site.phase, std::optional<Phase>(Phase::PartiallyOperational));
    QVERIFY(site.unknownPhase.isEmpty());
    QCOMPARE(site.gpusInstalled, std::optional<double>(120000));
    QCOMPARE(site.gpusOnline, std::optional<double>(110000));
    QCOMPARE(site.itPowerMw, std::optional<double>(180.5));
    QCOMPARE(site.facilityPowerMw, std::optional<double>(210.0));
    QCOMPARE(site.capacityMw, std::optional<double>(1200));
    QCOMPARE(
        site.tsMs, QDateTime(QDate(2026, 11, 28), QTime(11, 59, 30), Qt::UTC).toMSecsSinceEpoch());
    // Missing figures stay missing, and an offset is applied.
    const SiteStatusRecord &other = result.sites.at(1);
    QCOMPARE(other.phase, std::optional<Phase>(Phase::Construction));
    QVERIFY(
        !other.gpusInstalled && !other.gpusOnline && !other.itPowerMw && !other.facilityPowerMw);
    QCOMPARE(other.tsMs,
        QDateTime(QDate(2026, 11, 28), QTime(11, 59, 30, 250), Qt::UTC).toMSecsSinceEpoch());
}

void TestFeedParsers::siteStatusUnknownPhaseIsKeptAndReported()
{
    const QByteArray record = R"({"site_id": "milam-tx", "phase": "commissioning", "gpus_online": 5,
        "timestamp": "2026-11-28T11:00:00Z"})";
    const SiteStatusResult result = parseSiteStatus(siteDocument(record));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sites.size(), 1);
    QVERIFY(!result.sites.at(0).phase.has_value());
    QCOMPARE(result.sites.at(0).unknownPhase, QStringLiteral("commissioning"));
    QCOMPARE(result.sites.at(0).gpusOnline, std::optional<double>(5));
    QCOMPARE(result.rejected,
        QStringList { QStringLiteral("site milam-tx: unknown phase \"commissioning\"") });
}

void TestFeedParsers::siteStatusKeepsGoodRecordsBesideBadOnes()
{
    // A duplicate is read once; a record with two problems names both; the good one stays.
    const QByteArray bad = R"({"site_id": "lordstown-oh", "gpus_online": -3, "timestamp": "late"})";
    const SiteStatusResult result
        = parseSiteStatus(siteDocument(kValidSite + "," + bad + "," + kValidSite));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sites.size(), 1);
    QCOMPARE(result.sites.at(0).siteId, QStringLiteral("abilene-tx"));
    const QStringList expected { QStringLiteral("site lordstown-oh: gpus_online is negative"),
        QStringLiteral("site lordstown-oh: timestamp is not an ISO 8601 time with a time zone"),
        QStringLiteral("site abilene-tx: appears twice; only the first record is read") };
    QCOMPARE(result.rejected, expected);
}

void TestFeedParsers::siteStatusRejectsRecords_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("reason"); // the whole rejection text

    // The valid record with one field changed.
    const auto with = [](const char *field, const QJsonValue &value) {
        QJsonObject record = QJsonDocument::fromJson(kValidSite).object();
        record.insert(QLatin1String(field), value);
        return QJsonDocument(record).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("negative count")
        << with("gpus_online", -1) << "site abilene-tx: gpus_online is negative";
    QTest::newRow("negative power")
        << with("facility_power_mw", -0.5) << "site abilene-tx: facility_power_mw is negative";
    QTest::newRow("count not whole")
        << with("gpus_online", 1.5) << "site abilene-tx: gpus_online is not a whole number";
    QTest::newRow("number as text") << with("it_power_mw", QStringLiteral("180.5"))
                                    << "site abilene-tx: it_power_mw is not a number";
    QTest::newRow("absurd GPU count")
        << with("gpus_installed", 20'000'000)
        << "site abilene-tx: gpus_installed is implausibly large (20000000, the limit is 10000000)";
    QTest::newRow("absurd power")
        << with("capacity_mw", 250'000)
        << "site abilene-tx: capacity_mw is implausibly large (250000, the limit is 100000)";
    QTest::newRow("online above installed")
        << with("gpus_online", 130'000) << "site abilene-tx: gpus_online is above gpus_installed";
    QTest::newRow("facility below IT")
        << with("it_power_mw", 250) << "site abilene-tx: facility_power_mw is below it_power_mw";
    QTest::newRow("phase not text") << with("phase", 3) << "site abilene-tx: phase is not text";
    QTest::newRow("missing timestamp")
        << QByteArray(R"({"site_id": "abilene-tx", "gpus_online": 1})")
        << "site abilene-tx: timestamp is missing";
    QTest::newRow("timestamp without zone")
        << QByteArray(R"({"site_id": "abilene-tx", "timestamp": "2026-11-28T11:59:30"})")
        << "site abilene-tx: timestamp is not an ISO 8601 time with a time zone";
    QTest::newRow("timestamp not a date")
        << QByteArray(R"({"site_id": "abilene-tx", "timestamp": "yesterday"})")
        << "site abilene-tx: timestamp is not an ISO 8601 time with a time zone";
    QTest::newRow("timestamp as a number")
        << QByteArray(R"({"site_id": "abilene-tx", "timestamp": 1764331170000})")
        << "site abilene-tx: timestamp is not an ISO 8601 time with a time zone";
    QTest::newRow("timestamp in 1970")
        << QByteArray(R"({"site_id": "abilene-tx", "timestamp": "1970-01-01T00:00:00Z"})")
        << "site abilene-tx: timestamp is not an ISO 8601 time with a time zone";
    QTest::newRow("bad site id")
        << QByteArray(R"({"site_id": "Abilene TX", "timestamp": "2026-11-28T11:59:30Z"})")
        << "record 1: site_id is missing or not lower-case letters, digits and dashes";
    QTest::newRow("missing site id")
        << QByteArray(R"({"timestamp": "2026-11-28T11:59:30Z"})")
        << "record 1: site_id is missing or not lower-case letters, digits and dashes";
    QTest::newRow("record not an object") << QByteArray("42") << "record 1: not a JSON object";
}

void TestFeedParsers::siteStatusRejectsRecords()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, reason);
    const SiteStatusResult result = parseSiteStatus(siteDocument(record));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.sites.isEmpty());
    QCOMPARE(result.rejected, QStringList { reason });
}

void TestFeedParsers::siteStatusDocumentErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message"); // a part of the error text

    QTest::newRow("newer schema") << siteDocument(kValidSite, 2)
                                  << "schema_version 2 is newer than this program reads (up to 1)";
    QTest::newRow("schema 0") << siteDocument(kValidSite, 0) << "\"schema_version\" is missing";
    QTest::newRow("schema missing")
        << QByteArray(R"({"sites": []})") << "\"schema_version\" is missing";
    QTest::newRow("schema as text")
        << QByteArray(R"({"schema_version": "1", "sites": []})") << "\"schema_version\" is missing";
    QTest::newRow("schema fraction")
        << QByteArray(R"({"schema_version": 1.5, "sites": []})") << "\"schema_version\" is missing";
    QTest::newRow("no sites") << QByteArray(R"({"schema_version": 1})") << "\"sites\" is missing";
    QTest::newRow("bad generated_at")
        << QByteArray(R"({"schema_version": 1, "generated_at": "noon", "sites": []})")
        << "\"generated_at\"";
    QTest::newRow("malformed JSON")
        << QByteArray(R"({"schema_version": 1, "sites": [)") << "not valid JSON";
    // JSON has no infinity: a number too large for a double breaks the whole document.
    QTest::newRow("number overflow")
        << siteDocument(R"({"site_id": "a", "it_power_mw": 1e400})") << "not valid JSON";
    QTest::newRow("JSON array") << QByteArray("[]") << "not a JSON object";
}

void TestFeedParsers::siteStatusDocumentErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const SiteStatusResult result = parseSiteStatus(body);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY(result.sites.isEmpty());
    QCOMPARE(result.schemaVersion, 0);
}

namespace {
QByteArray sourcesFile(const QByteArray &sources)
{
    return R"({"version":1,"sources":[)" + sources + "]}";
}
} // namespace

void TestFeedParsers::sourcesFileReadsEachPart()
{
    QTemporaryDir dir;
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.close();
    qputenv("STARGATE_TEST_SOURCE_TOKEN", "Bearer secret");
    QString error;
    const QList<FeedSource> sources = FeedSourceFile::parse(
        sourcesFile(
            R"({"id":"api","kind":"prometheus_api","url":"https://prom.example:9443/api?x=1",)"
            R"("queries":[{"metric":"power_mw","unit":"MW","query":"power","scale":0.001
}],)"
            R"("interval_s":30,"jitter":0.9,"connect_timeout_s":1.5,"timeout_s":4,)"
            R"("max_response_mib":2,"auth_env":"STARGATE_TEST_SOURCE_TOKEN","ca_file":"ca.pem",)"
            R"("enabled":false},)"
            R"({"id":"text","kind":"prometheus_text","url":"http://dcgm:9400/metrics","site":"a"})"),
        &error, dir.path());
    qunsetenv("STARGATE_TEST_SOURCE_TOKEN");
    QCOMPARE(error, QString());
    QCOMPARE(sources.size(), 2);
    const FeedSource &api = sources.at(0);
    QCOMPARE(api.kind, FeedSource::Kind::PrometheusApi);
    QCOMPARE(api.name, QStringLiteral("api")); // the id when no name is given
    QCOMPARE(api.queries.size(), 1);
    QCOMPARE(api.queries.first().scale, 0.001);
    QCOMPARE(api.intervalMs, 30'000);
    QCOMPARE(api.jitter, 0.5); // clamped
    QCOMPARE(api.http.connectTimeoutMs, 1'500);
    QCOMPARE(api.http.totalTimeoutMs, 4'000);
    QCOMPARE(api.http.maxBodyBytes, qint64(2 * 1024 * 1024));
    QCOMPARE(api.http.authorization, QByteArray("Bearer secret"));
    QCOMPARE(api.http.extraCaFile, dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(!api.enabled);
    const FeedSource &text = sources.at(1);
    QCOMPARE(text.kind, FeedSource::Kind::PrometheusText);
    QCOMPARE(text.siteId, QStringLiteral("a"));
    QCOMPARE(text.intervalMs, 15'000);
    QCOMPARE(text.http.totalTimeoutMs, 10'000);
    QVERIFY(text.http.authorization.isEmpty());
    QVERIFY(text.enabled);
}

void TestFeedParsers::sourcesFileRejects_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    const QByteArray text = R"("kind":"prometheus_text","url":"http://h/m","site":"a")";
    QTest::addRow("bad id") << QByteArray(R"({"id":"a b",)" + text + "}") << QStringLiteral("id")
                            << QStringLiteral("1 to 64");
    QTest::addRow("unknown kind") << QByteArray(R"({"id":"s","kind":"snmp","url":"http://h/"})")
                                  << QStringLiteral("kind") << QStringLiteral("site_status");
    QTest::addRow("bad url") << QByteArray(R"({"id":"s","kind":"site_status","url":"ftp://h/"})")
                             << QStringLiteral("url") << QStringLiteral("unsupported scheme");
    QTest::addRow("text without site")
        << QByteArray(R"({"id":"s","kind":"prometheus_text","url":"http://h/"})")
        << QStringLiteral("site") << QStringLiteral("names the site");
    QTest::addRow("query without metric")
        << QByteArray(
               R"({"id":"s","kind":"prometheus_api","url":"http://h/","queries":[{"query":"up"}]})")
        << QStringLiteral("queries") << QStringLiteral("\"metric\" and \"query\"");
    QTest::addRow("api without queries")
        << QByteArray(R"({"id":"s","kind":"prometheus_api","url":"http://h/"})")
        << QStringLiteral("queries") << QStringLiteral("at least one query");
    QTest::addRow("interval too short")
        << QByteArray(R"({"id":"s",)" + text + R"(,"interval_s":0.1})")
        << QStringLiteral("interval_s") << QStringLiteral("0.5 and 86400");
    QTest::addRow("response cap too large")
        << QByteArray(R"({"id":"s",)" + text + R"(,"max_response_mib":2048})")
        << QStringLiteral("max_response_mib") << QStringLiteral("0 and 1024");
    QTest::addRow("auth_env not set")
        << QByteArray(R"({"id":"s",)" + text + R"(,"auth_env":"STARGATE_TEST_UNSET_TOKEN"})")
        << QStringLiteral("auth_env") << QStringLiteral("is not set");
    QTest::addRow("auth_file missing")
        << QByteArray(R"({"id":"s",)" + text + R"(,"auth_file":"no-such-token"})")
        << QStringLiteral("auth_file") << QStringLiteral("cannot read");
    QTest::addRow("auth_file of two lines")
        << QByteArray(R"({"id":"s",)" + text + R"(,"auth_file":"two-lines"})")
        << QStringLiteral("auth_file") << QStringLiteral("must hold one line");
    QTest::addRow("ca_file missing")
        << QByteArray(R"({"id":"s",)" + text + R"(,"ca_file":"no-such-ca.pem"})")
        << QStringLiteral("ca_file") << QStringLiteral("cannot read");
    const QString timeoutRange = QStringLiteral("between 0.1 and 600 seconds");
    QTest::addRow("timeout 0") << QByteArray(R"({"id":"s",)" + text + R"(,"timeout_s":0})")
                               << QStringLiteral("timeout_s") << timeoutRange;
    QTest::addRow("timeout negative") << QByteArray(R"({"id":"s",)" + text + R"(,"timeout_s":-5})")
                                      << QStringLiteral("timeout_s") << timeoutRange;
    QTest::addRow("timeout 1e12 (overflows in ms)")
        << QByteArray(R"({"id":"s",)" + text + R"(,"timeout_s":1e12})")
        << QStringLiteral("timeout_s") << timeoutRange;
    QTest::addRow("timeout not a number")
        << QByteArray(R"({"id":"s",)" + text + R"(,"timeout_s":"NaN"})")
        << QStringLiteral("timeout_s") << QStringLiteral("must be a number");
    QTest::addRow("connect timeout 0")
        << QByteArray(R"({"id":"s",)" + text + R"(,"connect_timeout_s":0})")
        << QStringLiteral("connect_timeout_s") << QStringLiteral("between 0.1 and 600 seconds");
    QTest::addRow("connect timeout 1e12")
        << QByteArray(R"({"id":"s",)" + text + R"(,"connect_timeout_s":1e12})")
        << QStringLiteral("connect_timeout_s") << QStringLiteral("between 0.1 and 600 seconds");
    QTest::addRow("interval 1e12")
        << QByteArray(R"({"id":"s",)" + text + R"(,"interval_s":1e12})")
        << QStringLiteral("interval_s") << QStringLiteral("between 0.5 and 86400 seconds");
    QTest::addRow("interval not a number")
        << QByteArray(R"({"id":"s",)" + text + R"(,"interval_s":"fast"})")
        << QStringLiteral("interval_s") << QStringLiteral("must be a number");
    QTest::addRow("response cap not a number")
        << QByteArray(R"({"id":"s",)" + text + R"(,"max_response_mib":true})")
        << QStringLiteral("max_response_mib") << QStringLiteral("must be a number");
    QTest::addRow("credentials in the url")
        << QByteArray(R"({"id":"s","kind":"site_status","url":"https://admin:hunter22@h/status"})")
        << QStringLiteral("url") << QStringLiteral("auth_env or auth_file");
    QTest::addRow("mapping on a status source")
        << QByteArray(
               R"({"id":"s","kind":"site_status","url":"http://h/","mapping":"epoch_timelines"})")
        << QStringLiteral("mapping") << QStringLiteral("only a public_table");
    QTest::addRow("unknown mapping name")
        << QByteArray(R"({"id":"s","kind":"public_table","url":"http://h/t.csv","mapping":"mine"})")
        << QStringLiteral("mapping") << QStringLiteral("neither a preset");
    QTest::addRow("inline mapping without a unit")
        << QByteArray(R"({"id":"s","kind":"public_table","url":"http://h/t.csv","mapping":)"
                      R"({"site_column":"Site","date_column":"Date",)"
                      R"("metrics":[{"column":"MW","metric":"it_power_mw"}]}})")
        << QStringLiteral("mapping") << QStringLiteral("\"unit\"");
    QTest::addRow("user name in the url")
        << QByteArray(R"({"id":"s","kind":"site_status","url":"https://admin@h/status"})")
        << QStringLiteral("url") << QStringLiteral("auth_env or auth_file");
}

void TestFeedParsers::sourcesFileRejects()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    QFile twoLines(dir.filePath(QStringLiteral("two-lines")));
    QVERIFY(twoLines.open(QIODevice::WriteOnly));
    twoLines.write("Bearer a\nBearer b\n");
    twoLines.close();
    qunsetenv("STARGATE_TEST_UNSET_TOKEN");
    // A good source first, so that the error names the second one.
    const QByteArray good = R"({"id":"good","kind":"site_status","url":"http://h/status"},)";
    QString error;
    const QList<FeedSource> sources
        = FeedSourceFile::parse(sourcesFile(good + source), &error, dir.path());
    QVERIFY(sources.isEmpty());
    const QString prefix = QStringLiteral("source 2, field \"%1\": ").arg(field);
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter22")), qPrintable(error));
}

// A public_table source: fetched daily with room for a large file, its figures estimates; its
// mapping a preset, one of the file's "mappings" or none (detected per file).
void TestFeedParsers::sourcesFileReadsPublicTables()
{
    const QByteArray json = R"({"version":1,
        "mappings":[{"name":"ours","title":"Our capacity sheet","site_column":"Campus",
            "date_column":"Month","provenance":"reported","metrics":[{"column":"IT MW","metric":"it_power_mw",
            "unit":"MW"}]}],
        "sources":[
          {"id":"epoch","kind":"public_table","url":"https://epoch.example/t.csv"},
          {"id":"preset","kind":"public_table","url":"https://epoch.example/t.csv",
           "mapping":"epoch_data_centers","interval_s":3600},
          {"id":"sheet","kind":"public_table","url":"https://intranet.example/s.csv",
           "mapping":"ours"}]})";
    QString error;
    const QList<FeedSource> sources = FeedSourceFile::parse(json, &error);
    QCOMPARE(error, QString());
    QCOMPARE(sources.size(), 3);
    const FeedSource &epoch = sources.at(0);
    QCOMPARE(epoch.kind, FeedSource::Kind::PublicTable);
    QCOMPARE(epoch.intervalMs, 86'400'000);
    QCOMPARE(epoch.http.totalTimeoutMs, 120'000);
    QCOMPARE(epoch.http.maxBodyBytes, qint64(64) * 1024 * 1024);
    QCOMPARE(epoch.provenance, Provenance::Estimate);
    QVERIFY(!epoch.tableMapping);
    QCOMPARE(sources.at(1).tableMapping->id, QStringLiteral("epoch_data_centers"));
    QCOMPARE(sources.at(1).intervalMs, 3'600'000);
    QCOMPARE(sources.at(2).tableMapping->id, QStringLiteral("ours"));
    QCOMPARE(sources.at(2).tableMapping->siteColumns, QStringList { QStringLiteral("Campus") });
    QCOMPARE(sources.at(2).tableMapping->provenance, Provenance::Reported);

    // --import and File → Import read the same mappings.
    const QList<TableMapping> mappings = FeedSourceFile::mappings(json, &error);
    QCOMPARE(error, QString());
    QCOMPARE(mappings.size(), 1);
    QCOMPARE(mappings.first().title, QStringLiteral("Our capacity sheet"));
    FeedSourceFile::mappings(R"({"version":1,"mappings":[{"metrics":[{"column":"x"}]}]})", &error);
    QVERIFY2(error.startsWith(QStringLiteral("mapping 1: ")), qPrintable(error));
}

void TestFeedParsers::convertPromApiKeepsSitesWithValidValues()
{
    FeedSource source;
    source.kind = FeedSource::Kind::PrometheusApi;
    source.queries = { PromQuery { QStringLiteral("power_mw"), QStringLiteral("MW"),
        QStringLiteral("sum by (site) (power_w)"), 0.001 } };
    const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"site":"a"},"value":[1700000000.5,"2000"]},
        {"metric":{"instance":"x"},"value":[1700000000,"1"]},
        {"metric":{"site":"b"},"value":[1700000000,"-1000"]}]}})";
    const ConversionResult converted = convertResponse(source, body, 200, 0);
    QCOMPARE(converted.error, QString());
    QCOMPARE(converted.samples.size(), 1);
    const KeyedSample &sample = converted.samples.first();
    QCOMPARE(sample.key.siteId, QStringLiteral("a"));
    QCOMPARE(sample.key.metric, QStringLiteral("power_mw"));
    QCOMPARE(sample.key.unit, QStringLiteral("MW"));
    QCOMPARE(sample.tsMs, qint64(1'700'000'000'500));
    QCOMPARE(sample.value, 2.0); // scaled
    QCOMPARE(converted.rejected,
        QStringList({ QStringLiteral("a result without a \"site\" label"),
            QStringLiteral("site b: -1000 is not a valid power_mw") }));
}

// A Prometheus sum that includes DCGM's blank sentinel (a query without the valid-reading
// filter of docs/sources.md) is no power figure; a large count or energy figure is left alone.
void TestFeedParsers::convertPromApiRefusesBlankPowerSums()
{
    FeedSource source;
    source.kind = FeedSource::Kind::PrometheusApi;
    const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"site":"a"},"value":[1700000000,"140737488356028"]},
        {"metric":{"site":"b"},"value":[1700000000,"2100"]}]}})";
    source.queries = { PromQuery { QString(Metric::PowerMw), QStringLiteral("MW"),
        QStringLiteral("sum by (site) (max by (site, UUID) (DCGM_FI_DEV_POWER_USAGE))"), 1e-6 } };
    const ConversionResult power = convertResponse(source, body, 200, 0);
    QCOMPARE(power.error, QString());
    QCOMPARE(power.samples.size(), 1);
    QCOMPARE(power.samples.first().key.siteId, QStringLiteral("b"));
    QCOMPARE(power.rejected.size(), 1);
    QVERIFY2(power.rejected.first().contains(QLatin1String("site a")),
        qPrintable(power.rejected.first()));
    QVERIFY2(power.rejected.first().contains(QLatin1String("no-data value")),
        qPrintable(power.rejected.first()));
    source.queries = { PromQuery { QStringLiteral("energy_mj"), QStringLiteral("mJ"),
        QStringLiteral("sum by (site) (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION)"), 1.0 } };
    QCOMPARE(convertResponse(source, body, 200, 0).samples.size(), 2);
}

void TestFeedParsers::convertNeedsHttp200_data()
{
    QTest::addColumn<FeedSource::Kind>("kind");
    QTest::addRow("site status") << FeedSource::Kind::SiteStatus;
    QTest::addRow("prometheus text") << FeedSource::Kind::PrometheusText;
}

void TestFeedParsers::convertNeedsHttp200()
{
    QFETCH(FeedSource::Kind, kind);
    FeedSource source;
    source.kind = kind;
    source.siteId = QStringLiteral("a");
    const ConversionResult converted = convertResponse(source, "up 1\n", 503, 0);
    QCOMPARE(converted.error, QStringLiteral("HTTP 503"));
    QVERIFY(converted.samples.isEmpty());
    QVERIFY(converted.phases.isEmpty());
}

void TestFeedParsers::redactSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("credential");
    QTest::addColumn<QString>("expected");
    const QByteArray none;
    QTest::addRow("nothing secret") << QStringLiteral("HTTP 500: bad gateway") << none
                                    << QStringLiteral("HTTP 500: bad gateway");
    QTest::addRow("authorization header")
        << QStringLiteral("echo: Authorization: Bearer abc.def-123 refused") << none
        << QStringLiteral("echo: Authorization: [redacted] refused");
    QTest::addRow("authorization in json")
        << QStringLiteral(R"({"authorization":"Basic dXNlcjpwYXNz"})") << none
        << QStringLiteral(R"({"authorization":"[redacted]"})");
    QTest::addRow("bearer token alone") << QStringLiteral("invalid Bearer eyJhbGciOi.x.y here")
                                        << none << QStringLiteral("invalid Bearer [redacted] here");
    QTest::addRow("basic credentials") << QStringLiteral("got Basic dXNlcjpwYXNz") << none
                                       << QStringLiteral("got Basic [redacted]");
    QTest::addRow("ordinary words stay")
        << QStringLiteral("basic check: invalid token format") << none
        << QStringLiteral("basic check: invalid token format");
    QTest::addRow("query-string token")
        << QStringLiteral("GET /api?query=up&token=abc123&x=1 failed") << none
        << QStringLiteral("GET /api?query=up&token=[redacted]&x=1 failed");
    QTest::addRow("access_token") << QStringLiteral("?access_token=zzz9") << none
                                  << QStringLiteral("?access_token=[redacted]");
    QTest::addRow("api_key and apikey")
        << QStringLiteral("api_key=k1k1 apikey=k2k2 API-KEY=k3k3") << none
        << QStringLiteral("api_key=[redacted] apikey=[redacted] API-KEY=[redacted]");
    QTest::addRow("password and secret")
        << QStringLiteral("password=hunter2&client_secret=s3") << none
        << QStringLiteral("password=[redacted]&client_secret=[redacted]");
    QTest::addRow("password in json") << QStringLiteral(R"({"password": "hunter2"})") << none
                                      << QStringLiteral(R"({"password": "[redacted]"})");
    QTest::addRow("user:password@ in an address")
        << QStringLiteral("cannot reach https://admin:hunter2@h:9090/x") << none
        << QStringLiteral("cannot reach https://admin:[redacted]@h:9090/x");
    QTest::addRow("own bearer token without its scheme")
        << QStringLiteral("token q9w8e7r6 is unknown") << QByteArray("Bearer q9w8e7r6")
        << QStringLiteral("token [redacted] is unknown");
    QTest::addRow("own basic password decoded")
        << QStringLiteral("user admin with password s3cr3tpw refused")
        << QByteArray("Basic " + QByteArray("admin:s3cr3tpw").toBase64())
        << QStringLiteral("user admin with password [redacted] refused");
    QTest::addRow("short credential fragments are left")
        << QStringLiteral("a b c") << QByteArray("Basic " + QByteArray("a:b").toBase64())
        << QStringLiteral("a b c");
    QTest::addRow("already redacted stays so")
        << QStringLiteral("Authorization: [redacted] token=[redacted]") << none
        << QStringLiteral("Authorization: [redacted] token=[redacted]");
}

void TestFeedParsers::redactSecrets()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, credential);
    QFETCH(QString, expected);
    QCOMPARE(::redactSecrets(text, credential), expected);
}

// A Prometheus error answer (401) that echoes the request's Authorization header.
void TestFeedParsers::convertRedactsEchoedCredentials()
{
    FeedSource source;
    source.kind = FeedSource::Kind::PrometheusApi;
    source.http.authorization = "Bearer tok-0123456789";
    source.queries = { PromQuery {
        QStringLiteral("gpus_online"), QStringLiteral("GPUs"), QStringLiteral("up"), 1.0 } };
    const QByteArray body = R"({"status":"error","errorType":"unauthorized",
        "error":"Authorization: Bearer tok-0123456789 refused; token tok-0123456789 unknown"})";
    const ConversionResult converted = convertResponse(source, body, 401, 0);
    QVERIFY(converted.samples.isEmpty());
    QVERIFY2(
        !converted.error.contains(QLatin1String("tok-0123456789")), qPrintable(converted.error));
    QVERIFY2(converted.error.contains(QLatin1String("[redacted]")), qPrintable(converted.error));
    QVERIFY2(
        converted.error.startsWith(QLatin1String("unauthorized: ")), qPrintable(converted.error));
}

void TestFeedParsers::convertRefusesUnknownSites_data()
{
    QTest::addColumn<FeedSource::Kind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("siteId"); // the text source's site
    QTest::addColumn<QString>("unknown"); // empty: accepted
    QTest::addColumn<QStringList>("kept"); // the known sites whose samples stay
    const QByteArray status = R"({"schema_version":1,"sites":[
        {"site_id":"a","gpus_online":5,"timestamp":"2026-11-28T12:00:00Z"},
        {"site_id":"zz","gpus_online":6,"timestamp":"2026-11-28T12:00:00Z"}]})";
    const QByteArray api = R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"site":"b"},"value":[1700000000,"2"]},
        {"metric":{"site":"yy"},"value":[1700000000,"3"]}]}})";
    const QByteArray scrape = "DCGM_FI_DEV_POWER_USAGE{gpu=\"0\",UUID=\"GPU-1\"} 400\n";
    QTest::addRow("status feed with an unknown site")
        << FeedSource::Kind::SiteStatus << status << QString() << QStringLiteral("zz")
        << QStringList { QStringLiteral("a") };
    QTest::addRow("api answer with an unknown site")
        << FeedSource::Kind::PrometheusApi << api << QString() << QStringLiteral("yy")
        << QStringList { QStringLiteral("b") };
    QTest::addRow("scrape of an unknown site")
        << FeedSource::Kind::PrometheusText << scrape << QStringLiteral("xx")
        << QStringLiteral("xx") << QStringList();
    QTest::addRow("scrape of a known site")
        << FeedSource::Kind::PrometheusText << scrape << QStringLiteral("a") << QString()
        << QStringList { QStringLiteral("a") };
}

void TestFeedParsers::convertRefusesUnknownSites()
{
    QFETCH(FeedSource::Kind, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, siteId);
    QFETCH(QString, unknown);
    QFETCH(QStringList, kept);
    FeedSource source;
    source.kind = kind;
    source.siteId = siteId;
    source.queries = { PromQuery {
        QStringLiteral("gpus_online"), QStringLiteral("GPUs"), QStringLiteral("up"), 1.0 } };
    source.knownSiteIds = QStringList { QStringLiteral("b"), QStringLiteral("a") };
    const ConversionResult converted = convertResponse(source, body, 200, 1000);
    if (unknown.isEmpty()) {
        QCOMPARE(converted.error, QString());
        QVERIFY(!converted.samples.isEmpty());
        return;
    }
    QCOMPARE(converted.error,
        QStringLiteral("site \"%1\" is not in the store (known sites: a, b)").arg(unknown));
    // The known sites of the same answer are not lost with the stray one.
    QStringList sites;
    for (const KeyedSample &sample : converted.samples) {
        if (!sites.contains(sample.key.siteId))
            sites.append(sample.key.siteId);
    }
    QCOMPARE(sites, kept);
    for (const Lifecycle::FeedObservation &observation : converted.phases)
        QVERIFY(kept.contains(observation.siteId));
}

// Sources, auth and CA files are read to a limit whatever they are: /dev/zero has no size.
void TestFeedParsers::filesAreReadBounded_data()
{
    QTest::addColumn<QString>("sourcesPath"); // empty: a file in the temporary directory
    QTest::addColumn<QByteArray>("sourceFields");
    QTest::addColumn<QString>("messagePart");
    const QString zero = QStringLiteral("/dev/zero");
    QTest::addRow("sources file") << zero << QByteArray() << QStringLiteral("larger than 4 MiB");
    QTest::addRow("auth_file") << QString() << QByteArray(R"(,"auth_file":"/dev/zero")")
                               << QStringLiteral("auth_file");
    QTest::addRow("ca_file") << QString() << QByteArray(R"(,"ca_file":"/dev/zero")")
                             << QStringLiteral("larger than");
}

void TestFeedParsers::filesAreReadBounded()
{
    QFETCH(QString, sourcesPath);
    QFETCH(QByteArray, sourceFields);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    if (sourcesPath.isEmpty()) {
        sourcesPath = dir.filePath(QStringLiteral("sources.json"));
        QFile file(sourcesPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sourcesFile(
            R"({"id":"s","kind":"site_status","url":"http://h/")" + sourceFields + "}"));
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QList<FeedSource> sources = FeedSourceFile::load(sourcesPath, &error);
    QVERIFY(sources.isEmpty());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

// A named pipe that would go on for ever: the read stops after the limit.
void TestFeedParsers::sourcesPipeIsReadBounded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sources.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    std::signal(SIGPIPE, SIG_IGN); // the writer goes on after the reader has given up
    std::thread writer([path] {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
        const QByteArray block(64 * 1024, ' ');
        // Stops when the reader closes its end (EPIPE), or after 64 MiB.
        for (int i = 0; fd >= 0 && i < 1024; ++i) {
            if (::write(fd, block.constData(), size_t(block.size())) < 0)
                break;
        }
        if (fd >= 0)
            ::close(fd);
    });
    QString error;
    const QList<FeedSource> sources = FeedSourceFile::load(path, &error);
    writer.join();
    QVERIFY(sources.isEmpty());
    QVERIFY2(error.contains(QLatin1String("larger than 4 MiB")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFeedParsers)
#include "tst_feedparsers.moc"
