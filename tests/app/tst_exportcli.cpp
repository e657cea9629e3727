// The headless exports of the built binary: --export-pdf (pages and text, English and German,
// A4 or Letter), --export-png (size, not blank), --export-snapshot (opens read-only, refuses a
// newer schema) and unwritable paths (a message naming the path, no file left behind).
#include "store/schema.h"
#include "store/sqlite.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(240'000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run runDashboard(const QStringList &arguments)
{
    return runProgram(QStringLiteral(STARGATE_DASHBOARD_BINARY), arguments);
}

int pdfPages(const QString &pdf)
{
    const Run info = runProgram(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &pdf)
{
    const Run info = runProgram(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)"))
              .match(QString::fromUtf8(info.out));
    return match.captured(1);
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments { QStringLiteral("-layout") };
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    // Fonts set "fi" and "fl" as ligatures; pdftotext keeps them as single characters.
    return QString::fromUtf8(runProgram(QStringLiteral("pdftotext"), arguments).out)
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}
} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfBriefing_data();
    void pdfBriefing();
    void coverFootersAndReportShareTheAsOf();
    void importedEstimatesCarryTheirCredit();
    void pngOfEverySlide();
    void mapStaysInItsFrameOnPdf();
    void unwritableExportPath_data();
    void unwritableExportPath();
    void snapshotRoundTrip();
    void newerSnapshotIsRefused();
    void olderSnapshotOpensThroughAnUpgradedCopy();
    void unknownSlideIsRefused();
    void emptyStoreDeckSaysNoDataYet();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestExportCli::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdfinfo and pdftotext (poppler-utils) are needed: run scripts/deps");
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    // The first run imports the public dataset.
    const Run run = runDashboard(
        { QStringLiteral("--db"), m_db, QStringLiteral("--report"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 0);
}

void TestExportCli::pdfBriefing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QStringList>("titlePageText");
    QTest::addColumn<QStringList>("slideText");
    QTest::addRow("en") << QStringLiteral("en")
                        << QStringLiteral("Letter") // the English locale is en_US
                        << QStringList { QStringLiteral("Stargate rollout briefing"),
                               QStringLiteral("Data as of") }
                        << QStringList { QStringLiteral("Stargate rollout overview"),
                               QStringLiteral("GPUs online"), QStringLiteral("Sources:") };
    QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("A4")
                        << QStringList { QStringLiteral("Stand") }
                        << QStringList { QStringLiteral("Überblick"),
                               QStringLiteral("GPUs in Betrieb") };
}

void TestExportCli::pdfBriefing()
{
    QFETCH(QString, language);
    QFETCH(QString, pageSize);
    QFETCH(QStringList, titlePageText);
    QFETCH(QStringList, slideText);
    const QString pdf = m_dir.filePath(QStringLiteral("briefing-%1.pdf").arg(language));
    const Run run = runDashboard({ QStringLiteral("--db"), m_db, QStringLiteral("--export-pdf"),
        pdf, QStringLiteral("--lang"), language, QStringLiteral("--slides"),
        QStringLiteral("overview,gpus,forecast") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Title page, three slides, then the appendix (one or more pages).
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 5 && pages <= 8, qPrintable(QString::number(pages)));
    QVERIFY2(
        pdfPageSize(pdf).contains(pageSize, Qt::CaseInsensitive), qPrintable(pdfPageSize(pdf)));
    const QString title = pdfText(pdf, 1);
    for (const QString &text : titlePageText)
        QVERIFY2(title.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + title));
    const QString overview = pdfText(pdf, 2);
    for (const QString &text : slideText)
        QVERIFY2(
            overview.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + overview));
    // The appendix lists reported figures with their sources.
    const QString appendix = pdfText(pdf, 5);
    QVERIFY2(appendix.contains(QStringLiteral("https://")), qPrintable(appendix));
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir.path())
                 .entryList({ QStringLiteral("briefing-%1.pdf*").arg(language) }, QDir::Files)
                 .size(),
        1);
}

void TestExportCli::coverFootersAndReportShareTheAsOf()
{
    const Run report = runDashboard(
        { QStringLiteral("--db"), m_db, QStringLiteral("--report"), QStringLiteral("json") });
    QCOMPARE(report.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(report.out).object();
    const QDate asOf
        = QDate::fromString(json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    const QDate newestSource = QDate::fromString(
        json.value(QStringLiteral("dataset_newest_source")).toString(), Qt::ISODate);
    QVERIFY(asOf.isValid());
    QVERIFY(newestSource.isValid());
    QVERIFY(newestSource >= asOf);

    const QString pdf = m_dir.filePath(QStringLiteral("as-of.pdf"));
    const Run run = runDashboard({ QStringLiteral("--db"), m_db, QStringLiteral("--export-pdf"),
        pdf, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--slides"),
        QStringLiteral("overview,gpus") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString dataAsOf = QStringLiteral("Data as of %1 (newest reported or estimated figure")
                                 .arg(english.toString(asOf, QStringLiteral("MMMM d, yyyy")));
    const QString source = QStringLiteral("newest source %1")
                               .arg(english.toString(newestSource, QStringLiteral("MMMM d, yyyy")));
    // The cover and both slide footers: the report's as-of and the dataset's newest source.
    for (int page : { 1, 2, 3 }) {
        const QString text = pdfText(pdf, page).simplified();
        QVERIFY2(
            text.contains(dataAsOf), qPrintable(dataAsOf + QStringLiteral(" not in: ") + text));
        QVERIFY2(text.contains(source), qPrintable(source + QStringLiteral(" not in: ") + text));
    }
}

// Epoch AI's figures are CC BY: the cover, a slide showing them and the appendix all carry the
// credit line; a slide without estimates does not.
void TestExportCli::importedEstimatesCarryTheirCredit()
{
    const QString db = m_dir.filePath(QStringLiteral("imported.sqlite"));
    const QString pdf = m_dir.filePath(QStringLiteral("credit.pdf"));
    const Run run = runDashboard({ QStringLiteral("--db"), db, QStringLiteral("--import"),
        QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/publictable/data_center_timelines.csv"),
        QStringLiteral("--export-pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--slides"), QStringLiteral("overview,timeline") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString credit = QStringLiteral("Estimates: Epoch AI, \"Frontier Data Centers\" data, "
                                          "CC BY 4.0 (epoch.ai/data/data-centers)");
    for (int page : { 1, 2, 5 }) { // cover, overview, appendix (the timeline is 3 and 4)
        const QString text = pdfText(pdf, page).simplified();
        QVERIFY2(
            text.contains(credit), qPrintable(QString::number(page) + QLatin1Char(' ') + text));
    }
    QVERIFY(!pdfText(pdf, 3).contains(QLatin1String("Epoch AI")));
    const Run report = runDashboard(
        { QStringLiteral("--db"), db, QStringLiteral("--report"), QStringLiteral("json") });
    QCOMPARE(report.exitCode, 0);
    const QJsonArray credits = QJsonDocument::fromJson(report.out)
                                   .object()
                                   .value(QLatin1String("data_credits"))
                                   .toArray();
    QCOMPARE(credits.size(), 1);
    QCOMPARE(QStringLiteral("Estimates: ") + credits.first().toString(), credit);
    // The bundled dataset alone credits no analyst's table.
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    QCOMPARE(runDashboard({ QStringLiteral("--db"), m_db, QStringLiteral("--export-pdf"), plain,
                              QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--slides"), QStringLiteral("overview") })
                 .exitCode,
        0);
    QVERIFY(!pdfText(plain, 1).contains(QLatin1String("Frontier Data Centers")));
}

void TestExportCli::pngOfEverySlide()
{
    const QString folder = m_dir.filePath(QStringLiteral("slides"));
    const Run run = runDashboard({ QStringLiteral("--db"), m_db, QStringLiteral("--export-png"),
        folder, QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--slides"),
        QStringLiteral("overview,power,sites") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList files
        = QDir(folder).entryList({ QStringLiteral("*.png") }, QDir::Files, QDir::Name);
    QCOMPARE(files,
        (QStringList { QStringLiteral("01-overview.png"), QStringLiteral("02-power.png"),
            QStringLiteral("03-sites-1.png"), QStringLiteral("04-sites-2.png") }));
    for (const QString &file : files) {
        const QImage image(QDir(folder).filePath(file));
        QCOMPARE(image.size(), QSize(1280, 720));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 9) {
            for (int x = 0; x < image.width(); x += 9)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 10, qPrintable(file));
    }
}

// The map's neighbouring countries reach past its widget; on screen Qt clips them, a PDF
// painter does not unless the map clips itself. Rasterized, the slide's title band must show
// no land.
void TestExportCli::mapStaysInItsFrameOnPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QFAIL("pdftoppm (poppler-utils) is needed: run scripts/deps");
    const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
    const Run run = runDashboard({ QStringLiteral("--db"), m_db, QStringLiteral("--export-pdf"),
        pdf, QStringLiteral("--slides"), QStringLiteral("map:usa") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(pdfText(pdf, 2).contains(QStringLiteral("Stargate sites in the United States")));
    const QString prefix = m_dir.filePath(QStringLiteral("map-page"));
    QCOMPARE(runProgram(QStringLiteral("pdftoppm"),
                 { QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                     QStringLiteral("2"), QStringLiteral("-r"), QStringLiteral("40"),
                     QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix })
                 .exitCode,
        0);
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    const auto isLand = [](QRgb pixel) {
        const auto near = [pixel](int r, int g, int b) {
            return std::abs(qRed(pixel) - r) < 6 && std::abs(qGreen(pixel) - g) < 6
                && std::abs(qBlue(pixel) - b) < 6;
        };
        return near(0xdd, 0xe2, 0xe9) || near(0xee, 0xf0, 0xf3);
    };
    const auto landIn = [&](int fromY, int toY) {
        int land = 0;
        for (int y = fromY; y < toY; ++y) {
            for (int x = 0; x < page.width(); ++x)
                land += isLand(page.pixel(x, y)) ? 1 : 0;
        }
        return land;
    };
    // The title band (the top tenth of the page) is white and ink (whose anti-aliased edges
    // may match a few pixels); the map is below it. Unclipped, land covers most of the band.
    const int titleBandLand = landIn(0, page.height() / 10);
    QVERIFY2(titleBandLand < page.width() / 4, qPrintable(QString::number(titleBandLand)));
    QVERIFY(landIn(page.height() / 4, page.height() * 3 / 4) > page.width() * 10);
}

void TestExportCli::unwritableExportPath_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("path");
    QTest::addRow("pdf in missing folder")
        << QStringLiteral("--export-pdf") << QStringLiteral("/nonexistent-stargate/x.pdf");
    QTest::addRow("pdf in /proc") << QStringLiteral("--export-pdf")
                                  << QStringLiteral("/proc/x.pdf");
    QTest::addRow("png into /proc")
        << QStringLiteral("--export-png") << QStringLiteral("/proc/stargate-slides");
    QTest::addRow("snapshot in /proc")
        << QStringLiteral("--export-snapshot") << QStringLiteral("/proc/x.sqlite");
}

void TestExportCli::unwritableExportPath()
{
    QFETCH(QString, option);
    QFETCH(QString, path);
    const Run run = runDashboard({ QStringLiteral("--db"), m_db, option, path,
        QStringLiteral("--slides"), QStringLiteral("overview") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(path), run.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestExportCli::snapshotRoundTrip()
{
    const QString snapshot = m_dir.filePath(QStringLiteral("carry.sqlite"));
    Run run = runDashboard(
        { QStringLiteral("--db"), m_db, QStringLiteral("--export-snapshot"), snapshot });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Run original = runDashboard(
        { QStringLiteral("--db"), m_db, QStringLiteral("--report"), QStringLiteral("json") });
    const Run copy = runDashboard(
        { QStringLiteral("--db"), snapshot, QStringLiteral("--report"), QStringLiteral("json") });
    QCOMPARE(copy.exitCode, 0);
    // The same figures, apart from when each report was made ("generated", the projection's
    // "computed_at"): the two runs may fall in different seconds on a busy machine.
    const auto withoutTimes = [](QByteArray json) {
        return QString::fromUtf8(json).remove(
            QRegularExpression(QStringLiteral("\"(generated|computed_at)\"[^\\n]*\\n")));
    };
    QVERIFY(withoutTimes(original.out)
        != QString::fromUtf8(original.out)); // the times are there, and removed
    QCOMPARE(withoutTimes(copy.out), withoutTimes(original.out));
    // Opening it changed nothing: read-only, and the demo feed is refused.
    const QByteArray before = [&] {
        QFile file(snapshot);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    run = runDashboard({ QStringLiteral("--db"), snapshot, QStringLiteral("--export-pdf"),
        m_dir.filePath(QStringLiteral("snap.pdf")), QStringLiteral("--slides"),
        QStringLiteral("overview") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(pdfText(m_dir.filePath(QStringLiteral("snap.pdf")), 2)
                .contains(QStringLiteral("Snapshot of")));
    QFile file(snapshot);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(snapshot + QStringLiteral("-wal")));
}

void TestExportCli::newerSnapshotIsRefused()
{
    const QString snapshot = m_dir.filePath(QStringLiteral("future.sqlite"));
    QCOMPARE(runDashboard(
                 { QStringLiteral("--db"), m_db, QStringLiteral("--export-snapshot"), snapshot })
                 .exitCode,
        0);
    {
        sqlite::Connection connection;
        QVERIFY(connection.open(snapshot, sqlite::Connection::Mode::ReadWrite));
        QVERIFY(connection.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
    }
    const Run run = runDashboard({ QStringLiteral("--db"), snapshot, QStringLiteral("--export-pdf"),
        m_dir.filePath(QStringLiteral("f.pdf")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        QString::fromUtf8(run.err).contains(QStringLiteral("newer version")), run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("f.pdf"))));
}

// A snapshot carried from an older version (schema 6 here) opens: through a migrated private
// copy, with a warning, and the carried file stays byte for byte as it was.
void TestExportCli::olderSnapshotOpensThroughAnUpgradedCopy()
{
    const QString snapshot = m_dir.filePath(QStringLiteral("old.sqlite"));
    constexpr int kOldVersion = 6;
    static_assert(kOldVersion > 0);
    QVERIFY(Schema::latestVersion() > kOldVersion);
    {
        sqlite::Connection connection;
        QVERIFY(connection.open(snapshot, sqlite::Connection::Mode::ReadWriteCreate));
        QCOMPARE(Schema::migrate(connection, kOldVersion), QString());
        QVERIFY(connection.exec(QStringLiteral(
            "INSERT INTO meta(key, value) VALUES('snapshot_taken_at', '2026-03-01T09:30:00Z');"
            "INSERT INTO sites(id, name, country, origin) VALUES('old-site', 'Old Site of Schema "
            "Six', 'United States', 'manual');"
            "INSERT INTO phase_events(site_id, phase, date, provenance) VALUES('old-site', "
            "'construction', '2025-05-01', 'reported');")));
    }
    QFile file(snapshot);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const QString pdf = m_dir.filePath(QStringLiteral("old.pdf"));
    const Run run = runDashboard({ QStringLiteral("--db"), snapshot, QStringLiteral("--export-pdf"),
        pdf, QStringLiteral("--slides"), QStringLiteral("sites") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("older version (schema 6)")),
        run.err.constData());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Old Site of Schema Six")), qPrintable(text.left(2000)));

    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before);
    sqlite::Connection connection;
    QVERIFY(connection.open(snapshot, sqlite::Connection::Mode::ReadOnly));
    QCOMPARE(Schema::versionOf(connection), kOldVersion);
}

void TestExportCli::unknownSlideIsRefused()
{
    const Run run = runDashboard({ QStringLiteral("--db"), m_db, QStringLiteral("--export-pdf"),
        m_dir.filePath(QStringLiteral("u.pdf")), QStringLiteral("--slides"),
        QStringLiteral("overview,moon") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("moon")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("u.pdf"))));
}

void TestExportCli::emptyStoreDeckSaysNoDataYet()
{
    // The store with every figure removed (the dataset stays marked as imported, so it is not
    // imported again).
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(QFile::copy(m_db, empty));
    {
        sqlite::Connection connection;
        QVERIFY(connection.open(empty, sqlite::Connection::Mode::ReadWrite));
        QVERIFY(connection.exec(QStringLiteral(
            "PRAGMA foreign_keys = ON; DELETE FROM samples; DELETE FROM series; DELETE FROM facts; "
            "DELETE FROM milestones; DELETE FROM phase_events; DELETE FROM sites;")));
    }
    const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
    const Run run = runDashboard({ QStringLiteral("--db"), empty, QStringLiteral("--export-pdf"),
        pdf, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--slides"),
        QStringLiteral("overview,gpus,forecast,sites,site") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(pdfPages(pdf), 1 + 5 + 1);
    for (int page = 2; page <= 6; ++page)
        QVERIFY2(pdfText(pdf, page).contains(QStringLiteral("No data yet")),
            qPrintable(QString::number(page)));
    QVERIFY(pdfText(pdf, 7).contains(QStringLiteral("no reported figures")));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
