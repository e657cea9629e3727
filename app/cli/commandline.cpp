#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cstring>

namespace {
bool hasArgument(int argc, char **argv, const char *name)
{
    const size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0
            || (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '='))
            return true;
    }
    return false;
}
} // namespace

bool CommandLine::wantsHeadlessReport(int argc, char **argv)
{
    return hasArgument(argc, argv, "--report");
}

bool CommandLine::wantsExport(int argc, char **argv)
{
    return hasArgument(argc, argv, "--export-pdf") || hasArgument(argc, argv, "--export-png")
        || hasArgument(argc, argv, "--export-snapshot");
}

bool CommandLine::wantsCollect(int argc, char **argv)
{
    return hasArgument(argc, argv, "--collect");
}

CommandLineOptions::Feed CommandLineOptions::feed() const
{
    if (noFeed)
        return Feed::None;
    if (!sourcesPath.isEmpty())
        return Feed::Sources;
    if (demo)
        return Feed::Demo;
    // The window and --collect poll the built-in demo unless told otherwise; the one-shot
    // command-line modes show what is stored.
    const bool oneShot = !screenshotPath.isEmpty() || !reportFormat.isEmpty() || exports();
    return oneShot ? Feed::None : Feed::Demo;
}

bool CommandLine::wantsScreenshot(int argc, char **argv)
{
    return hasArgument(argc, argv, "--screenshot");
}

CommandLine::Result CommandLine::parse(const QStringList &arguments, const QStringList &pageNames)
{
    Result result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Stargate Dashboard: GPUs, power and site status of the Stargate AI data-center program."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        tr("Use the SQLite store at <path> (created if missing)."), tr("path"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("User interface language: en or de."), tr("language"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Render a page offscreen once the data has loaded, write it to <png> and exit."),
        tr("png"));
    const QString pageList
        = (pageNames + QStringList { QStringLiteral("site:<id>") }).join(QStringLiteral(", "));
    const QCommandLineOption page(QStringLiteral("page"),
        tr("Page for --screenshot: %1.").arg(pageList), tr("name"), QStringLiteral("overview"));
    const QCommandLineOption size(QStringLiteral("size"),
        tr("Window size for --screenshot, e.g. 1920x1080."), tr("WxH"),
        QStringLiteral("1920x1080"));
    const QCommandLineOption report(QStringLiteral("report"),
        tr("Print the executive summary to standard output and exit. Format: json."), tr("format"));
    const QCommandLineOption sources(QStringLiteral("sources"),
        tr("Poll the sources listed in <file> (see docs/sources.md)."), tr("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        tr("Poll the built-in site simulator (SIMULATED data). The default when no --sources is "
           "given."));
    const QCommandLineOption noFeed(
        QStringLiteral("no-feed"), tr("Do not poll anything; show what the store holds."));
    const QCommandLineOption collect(QStringLiteral("collect"),
        tr("Poll and store without a window, until --duration ends or SIGINT/SIGTERM."));
    const QCommandLineOption duration(
        QStringLiteral("duration"), tr("How long --collect runs, in seconds."), tr("seconds"));
    const QCommandLineOption present(
        QStringLiteral("present"), tr("Start in presentation mode (full screen; Esc leaves it)."));
    const QCommandLineOption slides(QStringLiteral("slides"),
        tr("Slides of the presentation and the exports, comma-separated, e.g. "
           "overview,gpus,site:abilene (see docs/present.md)."),
        tr("list"));
    const QCommandLineOption autoAdvance(QStringLiteral("auto-advance"),
        tr("Show each slide for <seconds>, then the next; loops (a lobby playlist)."),
        tr("seconds"));
    const QCommandLineOption exportPdf(QStringLiteral("export-pdf"),
        tr("Write a PDF briefing to <file> and exit (no window)."), tr("file"));
    const QCommandLineOption exportPng(QStringLiteral("export-png"),
        tr("Write every slide as a PNG of --size into <folder> and exit (no window)."),
        tr("folder"));
    const QCommandLineOption exportSnapshot(QStringLiteral("export-snapshot"),
        tr("Write a read-only snapshot of the store, without secrets, to <file> and exit."),
        tr("file"));
    parser.addOptions({ db, lang, screenshot, page, size, report, sources, demo, noFeed, collect,
        duration, present, slides, autoAdvance, exportPdf, exportPng, exportSnapshot });

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.exitNow = true;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.exitNow = true;
        result.output = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    CommandLineOptions &options = result.options;
    options.databasePath = parser.value(db);
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (options.language != QLatin1String("en") && options.language != QLatin1String("de")) {
            result.error = tr("Unknown language \"%1\"; use en or de.").arg(options.language);
            return result;
        }
    }
    options.screenshotPath = parser.value(screenshot);
    options.page = parser.value(page).toLower();
    // "site:<id>" is checked against the store once it is open (see main.cpp).
    const bool sitePage = options.page.startsWith(QLatin1String("site:"));
    if (sitePage && options.page.size() == 5) {
        result.error = tr("The page \"site:\" needs a site id, e.g. site:abilene-tx.");
        return result;
    }
    if (!pageNames.contains(options.page) && !sitePage) {
        result.error = tr("Unknown page \"%1\"; use one of: %2.").arg(options.page, pageList);
        return result;
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = sizePattern.match(parser.value(size));
    if (!match.hasMatch() || match.captured(1).toInt() < 320 || match.captured(2).toInt() < 240
        || match.captured(1).toInt() > 8192 || match.captured(2).toInt() > 8192) {
        result.error = tr("Invalid size \"%1\"; use WIDTHxHEIGHT between 320x240 and 8192x8192.")
                           .arg(parser.value(size));
        return result;
    }
    options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    options.sizeGiven = parser.isSet(size);
    options.present = parser.isSet(present);
    if (parser.isSet(slides)) {
        for (const QString &name : parser.value(slides).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.slides.append(name.trimmed());
        if (options.slides.isEmpty()) {
            result.error = tr("--slides needs at least one slide name.");
            return result;
        }
    }
    if (parser.isSet(autoAdvance)) {
        bool ok = false;
        options.autoAdvanceSeconds = parser.value(autoAdvance).toInt(&ok);
        if (!ok || options.autoAdvanceSeconds < 1 || options.autoAdvanceSeconds > 3600) {
            result.error = tr("Invalid --auto-advance \"%1\"; use whole seconds from 1 to 3600.")
                               .arg(parser.value(autoAdvance));
            return result;
        }
    }
    options.exportPdfPath = parser.value(exportPdf);
    options.exportPngFolder = parser.value(exportPng);
    options.exportSnapshotPath = parser.value(exportSnapshot);
    for (const QCommandLineOption *option : { &exportPdf, &exportPng, &exportSnapshot }) {
        if (parser.isSet(*option) && parser.value(*option).trimmed().isEmpty()) {
            result.error = tr("--%1 needs a path.").arg(option->names().constFirst());
            return result;
        }
    }
    if (parser.isSet(report)) {
        options.reportFormat = parser.value(report);
        if (options.reportFormat != QLatin1String("json")) {
            result.error = tr("Unknown report format \"%1\"; use json.").arg(options.reportFormat);
            return result;
        }
    }
    options.sourcesPath = parser.value(sources);
    options.demo = parser.isSet(demo);
    options.noFeed = parser.isSet(noFeed);
    options.collect = parser.isSet(collect);
    if (parser.isSet(duration)) {
        bool ok = false;
        options.durationSeconds = parser.value(duration).toInt(&ok);
        if (!ok || options.durationSeconds <= 0) {
            result.error = tr("Invalid duration \"%1\"; use a whole number of seconds.")
                               .arg(parser.value(duration));
            return result;
        }
    }
    if (options.demo && !options.sourcesPath.isEmpty()) {
        result.error = tr("--demo and --sources cannot be combined.");
        return result;
    }
    if (options.collect && options.noFeed) {
        result.error = tr("--collect needs something to poll; drop --no-feed.");
        return result;
    }
    if (options.collect && (!options.screenshotPath.isEmpty() || !options.reportFormat.isEmpty())) {
        result.error = tr("--collect cannot be combined with --screenshot or --report.");
        return result;
    }
    if (options.exports()
        && (options.collect || options.present || !options.screenshotPath.isEmpty()
            || !options.reportFormat.isEmpty())) {
        result.error = tr("The --export options cannot be combined with --collect, --present, "
                          "--screenshot or --report.");
        return result;
    }
    if (options.present && (options.collect || !options.reportFormat.isEmpty())) {
        result.error = tr("--present cannot be combined with --collect or --report.");
        return result;
    }
    if (!options.screenshotPath.isEmpty() && !options.reportFormat.isEmpty()) {
        result.error = tr("--screenshot and --report cannot be combined.");
        return result;
    }
    return result;
}
