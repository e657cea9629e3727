#include "cli/exportcommand.h"

#include "cli/commandline.h"
#include "presentation/deckexporter.h"
#include "presentation/slidecontext.h"
#include "query/projectioncontroller.h"
#include "query/snapshotpublisher.h"
#include "session/dashboardsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <cstdio>

namespace {
void printLine(FILE *stream, const QString &message)
{
    std::fprintf(stream, "stargate-dashboard: %s\n", qPrintable(message));
}
} // namespace

SlideContext ExportCommand::contextOf(DashboardSession &session, const QLocale &locale)
{
    SlideContext context;
    context.snapshot = session.publisher()->snapshot();
    context.projection = session.projections()->result();
    context.locale = locale;
    context.snapshotTakenAt = session.snapshotTakenAt();
    return context;
}

int ExportCommand::run(
    DashboardSession &session, const CommandLineOptions &options, const QLocale &locale)
{
    // Slides are shown offscreen to lay them out; the offscreen platform says once per slide
    // that it cannot propagate size hints, which is noise on the command line.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")) && previous)
                previous(type, context, message);
        });
    if (!options.exportSnapshotPath.isEmpty()) {
        const QString error = session.exportSnapshot(options.exportSnapshotPath);
        if (!error.isEmpty()) {
            printLine(stderr, error);
            return 1;
        }
        printLine(stdout,
            tr("Snapshot written to %1").arg(QDir::toNativeSeparators(options.exportSnapshotPath)));
    }
    if (options.exportPdfPath.isEmpty() && options.exportPngFolder.isEmpty())
        return 0;

    const SlideContext context = contextOf(session, locale);
    QString error;
    const QList<SlideSpec> slides = SlideRegistry::instance().resolve(
        options.slides.isEmpty() ? SlideRegistry::instance().defaultDeck() : options.slides,
        context, &error);
    if (!error.isEmpty()) {
        printLine(stderr, error);
        return 2;
    }
    const DeckExporter exporter(context, slides);
    if (!options.exportPdfPath.isEmpty()) {
        error = exporter.exportPdf(options.exportPdfPath);
        if (!error.isEmpty()) {
            printLine(stderr, error);
            return 1;
        }
        printLine(stdout,
            tr("PDF briefing written to %1").arg(QDir::toNativeSeparators(options.exportPdfPath)));
    }
    if (!options.exportPngFolder.isEmpty()) {
        QStringList written;
        error = exporter.exportPngs(options.exportPngFolder, options.size, &written);
        if (!error.isEmpty()) {
            printLine(stderr, error);
            return 1;
        }
        printLine(stdout,
            tr("%n PNG(s) written to %1", nullptr, int(written.size()))
                .arg(QDir::toNativeSeparators(options.exportPngFolder)));
    }
    return 0;
}
