// The command line of stargate-dashboard, parsed with QCommandLineParser.
#pragma once

#include "query/timerange.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

class QCommandLineParser;

struct CommandLineOptions
{
    QString databasePath; // empty: the default location
    QString language; // "en", "de" or empty for the system's
    QString screenshotPath;
    QString page = QStringLiteral("overview");
    bool pageGiven = false; // --page given: it wins over the page the window last showed
    QSize size { 1920, 1080 };
    QString reportFormat; // "json" or empty
    QString sourcesPath; // --sources FILE
    QStringList importPaths; // --import FILE: public tables imported before the start
    bool demo = false; // --demo given
    bool noFeed = false; // --no-feed: no polling at all (offline presentations)
    bool collect = false; // --collect: poll and store without a window
    int durationSeconds = 0; // --duration for --collect; 0: until SIGINT/SIGTERM
    bool present = false; // --present: start in presentation mode
    QStringList
        slides; // --slides: slide names for the presentation and exports; empty: the default deck
    int autoAdvanceSeconds = 0; // --auto-advance
    QString exportPdfPath; // --export-pdf FILE
    QString exportPngFolder; // --export-png DIR (size from --size)
    QString exportSnapshotPath; // --export-snapshot FILE
    bool sizeGiven = false;
    std::optional<TimeRange> timeRange; // --range: the charts' time range

    bool exports() const
    {
        return !exportPdfPath.isEmpty() || !exportPngFolder.isEmpty()
            || !exportSnapshotPath.isEmpty();
    }

    // Whether the session polls, and what: the GUI polls the demo by default.
    enum class Feed
    {
        None,
        Demo,
        Sources
    };
    Feed feed() const;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        CommandLineOptions options;
        QString error; // for the user; the program exits with status 2
        bool exitNow = false; // --help or --version was handled
        QString output; // what --help or --version prints
    };

    // Needs no application object: main() parses before it creates one.
    static Result parse(const QStringList &arguments, const QStringList &pageNames);

private:
    // The steps of parse(), in order; each reader returns an error for the user or nothing.
    static void addOptions(QCommandLineParser &parser, const QString &pageList);
    static QString readLook(const QCommandLineParser &parser, const QStringList &pageNames,
        const QString &pageList, CommandLineOptions &options);
    static QString readOutputs(const QCommandLineParser &parser, CommandLineOptions &options);
    static QString readFeed(const QCommandLineParser &parser, CommandLineOptions &options);
    // The options that cannot go together.
    static QString conflictOf(const CommandLineOptions &options);
};
