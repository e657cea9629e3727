#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>

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

void CommandLine::addOptions(QCommandLineParser &parser, const QString &pageList)
{
    parser.setApplicationDescription(tr(
        "Stargate Dashboard: GPUs, power and site status of the Stargate AI data-center program."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        tr("Use the SQLite store at <path> (created if missing)."), tr("path"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("User interface language: en or de."), tr("language"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Render a page offscreen once the data has loaded, write it to <png> and exit."),
        tr("png"));
    const QCommandLineOption page(QStringLiteral("page"),
        tr("Page for --screenshot: %1.").arg(pageList), tr("name"), QStringLiteral("overview"));
    const QCommandLineOption size(QStringLiteral("size"),
        tr("Window size for --screenshot, e.g. 1920x1080."), tr("WxH"),
        QStringLiteral("1920x1080"));
    const QCommandLineOption report(QStringLiteral("report"),
        tr("Print the executive summary to standard output and exit. Format: json."), tr("format"));
    const QCommandLineOption sources(QStringLiteral("sources"),
        tr("Poll the sources listed in <file> (see docs/sources.md)."), tr("file"));
    const QCommandLineOption importTable(QStringLiteral("import"),
        tr("Import a public table (e.g. Epoch AI's data_center_timelines.csv) into the store "
           "before starting; may be given more than once (see docs/sources.md)."),
        tr("file"));
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
    const QCommandLineOption range(QStringLiteral("range"),
        tr("Time range of the charts: 15m, 1h, 6h, 24h, 7d, 30d, 1y or rollout."), tr("range"));
    parser.addOptions({ db, lang, screenshot, page, size, range, report, sources, importTable, demo,
        noFeed, collect, duration, present, slides, autoAdvance, exportPdf, exportPng,
        exportSnapshot });
}

CommandLine::Result CommandLine::parse(const QStringList &arguments, const QStringList &pageNames)
{
    Result result;
    QCommandLineParser parser;
    const QString pageList
        = (pageNames + QStringList { QStringLiteral("site:<id>") }).join(QStringLiteral(", "));
    addOptions(parser, pageList);
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        result.exitNow = true;
        // Read before any application object exists, the parser does not know the program's
        // name; the man page (help2man) takes its synopsis from this line.
        result.output = parser.helpText().replace(
            QLatin1String("<executable_name>"), QCoreApplication::applicationName());
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
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
    options.databasePath = parser.value(QStringLiteral("db"));
    result.error = readLook(parser, pageNames, pageList, options);
    if (result.error.isEmpty())
        result.error = readOutputs(parser, options);
    if (result.error.isEmpty())
        result.error = readFeed(parser, options);
    if (result.error.isEmpty())
        result.error = conflictOf(options);
    return result;
}

// Language, page, size and the presentation.
QString CommandLine::readLook(const QCommandLineParser &parser, const QStringList &pageNames,
    const QString &pageList, CommandLineOptions &options)
{
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = parser.value(QStringLiteral("lang"));
        if (options.language != QLatin1String("en") && options.language != QLatin1String("de"))
            return tr("Unknown language \"%1\"; use en or de.").arg(options.language);
    }
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    options.page = parser.value(QStringLiteral("page")).toLower();
    options.pageGiven = parser.isSet(QStringLiteral("page"));
    // "site:<id>" is checked against the store once it is open (see main.cpp).
    const bool sitePage = options.page.startsWith(QLatin1String("site:"));
    if (sitePage && options.page.size() == 5)
        return tr("The page \"site:\" needs a site id, e.g. site:abilene-tx.");
    if (!pageNames.contains(options.page) && !sitePage)
        return tr("Unknown page \"%1\"; use one of: %2.").arg(options.page, pageList);
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QString size = parser.value(QStringLiteral("size"));
    const auto match = sizePattern.match(size);
    if (!match.hasMatch() || match.captured(1).toInt() < 320 || match.captured(2).toInt() < 240
        || match.captured(1).toInt() > 8192 || match.captured(2).toInt() > 8192)
        return tr("Invalid size \"%1\"; use WIDTHxHEIGHT between 320x240 and 8192x8192.").arg(size);
    options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    options.sizeGiven = parser.isSet(QStringLiteral("size"));
    if (parser.isSet(QStringLiteral("range"))) {
        const QString value = parser.value(QStringLiteral("range")).toLower();
        options.timeRange = TimeRange::fromSetting(
            value == QLatin1String("rollout") ? value : QStringLiteral("last-") + value);
        if (!options.timeRange)
            return tr("Unknown range \"%1\"; use 15m, 1h, 6h, 24h, 7d, 30d, 1y or rollout.")
                .arg(value);
    }
    options.present = parser.isSet(QStringLiteral("present"));
    if (parser.isSet(QStringLiteral("slides"))) {
        for (const QString &name :
            parser.value(QStringLiteral("slides")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.slides.append(name.trimmed());
        if (options.slides.isEmpty())
            return tr("--slides needs at least one slide name.");
    }
    if (parser.isSet(QStringLiteral("auto-advance"))) {
        const QString value = parser.value(QStringLiteral("auto-advance"));
        bool ok = false;
        options.autoAdvanceSeconds = value.toInt(&ok);
        if (!ok || options.autoAdvanceSeconds < 1 || options.autoAdvanceSeconds > 3600)
            return tr("Invalid --auto-advance \"%1\"; use whole seconds from 1 to 3600.")
                .arg(value);
    }
    return QString();
}

// The exports and the report.
QString CommandLine::readOutputs(const QCommandLineParser &parser, CommandLineOptions &options)
{
    options.exportPdfPath = parser.value(QStringLiteral("export-pdf"));
    options.exportPngFolder = parser.value(QStringLiteral("export-png"));
    options.exportSnapshotPath = parser.value(QStringLiteral("export-snapshot"));
    for (const QString &name : { QStringLiteral("export-pdf"), QStringLiteral("export-png"),
             QStringLiteral("export-snapshot") }) {
        if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            return tr("--%1 needs a path.").arg(name);
    }
    if (parser.isSet(QStringLiteral("report"))) {
        options.reportFormat = parser.value(QStringLiteral("report"));
        if (options.reportFormat != QLatin1String("json"))
            return tr("Unknown report format \"%1\"; use json.").arg(options.reportFormat);
    }
    return QString();
}

// What is polled, and for how long.
QString CommandLine::readFeed(const QCommandLineParser &parser, CommandLineOptions &options)
{
    options.sourcesPath = parser.value(QStringLiteral("sources"));
    options.importPaths = parser.values(QStringLiteral("import"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.noFeed = parser.isSet(QStringLiteral("no-feed"));
    options.collect = parser.isSet(QStringLiteral("collect"));
    if (parser.isSet(QStringLiteral("duration"))) {
        const QString value = parser.value(QStringLiteral("duration"));
        bool ok = false;
        options.durationSeconds = value.toInt(&ok);
        if (!ok || options.durationSeconds <= 0)
            return tr("Invalid duration \"%1\"; use a whole number of seconds.").arg(value);
    }
    return QString();
}

QString CommandLine::conflictOf(const CommandLineOptions &options)
{
    if (options.demo && !options.sourcesPath.isEmpty())
        return tr("--demo and --sources cannot be combined.");
    if (options.collect && options.noFeed)
        return tr("--collect needs something to poll; drop --no-feed.");
    if (options.collect && (!options.screenshotPath.isEmpty() || !options.reportFormat.isEmpty()))
        return tr("--collect cannot be combined with --screenshot or --report.");
    if (options.exports()
        && (options.collect || options.present || !options.screenshotPath.isEmpty()
            || !options.reportFormat.isEmpty()))
        return tr("The --export options cannot be combined with --collect, --present, "
                  "--screenshot or --report.");
    if (options.present && (options.collect || !options.reportFormat.isEmpty()))
        return tr("--present cannot be combined with --collect or --report.");
    if (!options.screenshotPath.isEmpty() && !options.reportFormat.isEmpty())
        return tr("--screenshot and --report cannot be combined.");
    return QString();
}
