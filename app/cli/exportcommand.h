// The headless exports of the command line: --export-pdf, --export-png and --export-snapshot.
// They render offscreen without a window and report failures on standard error.
#pragma once

#include <QCoreApplication>

struct CommandLineOptions;
class DashboardSession;
class QLocale;
struct SlideContext;

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // Returns the process exit status: 0 when every export succeeded.
    static int run(
        DashboardSession &session, const CommandLineOptions &options, const QLocale &locale);
    // What slides see of a session at this moment.
    static SlideContext contextOf(DashboardSession &session, const QLocale &locale);
};
