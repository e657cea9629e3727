#include "wiring/sessionwiring.h"

#include "pages/feedspage.h"
#include "pages/overviewpage.h"
#include "pages/publictablespanel.h"
#include "pages/sitepage.h"
#include "session/dashboardsession.h"
#include "store/storewriter.h"
#include "window/mainwindow.h"

#include <cstdio>

namespace SessionWiring {

void connectSitePage(DashboardSession &session, SitePage &page)
{
    page.setDetailSource([&session](const QString &siteId, const TimeRange &range) {
        return session.siteDetail(siteId, range);
    });
    page.setWriteAccess(
        session.isSnapshot() ? SitePage::WriteAccess::ReadOnly : SitePage::WriteAccess::ReadWrite);
    QObject::connect(&page, &SitePage::noteAdded, &session, &DashboardSession::annotationRequested);
    QObject::connect(
        &page, &SitePage::phaseRecorded, &session, &DashboardSession::manualPhaseEventRequested);
    QObject::connect(&page, &SitePage::phaseRemovalRequested, &session,
        &DashboardSession::manualPhaseEventRemovalRequested);
    QObject::connect(&session, &DashboardSession::annotationAdded, &page,
        [&page](qint64, const QString &siteId) { page.noteSaved(siteId); });
    QObject::connect(&session, &DashboardSession::phaseEventAdded, &page,
        [&page](qint64, const QStringList &issues) { page.phaseSaved(issues); });
    QObject::connect(&session, &DashboardSession::phaseEventRemoved, &page,
        [&page](qint64) { page.phaseRemoved(); });
    QObject::connect(
        &session, &DashboardSession::phaseEventRefused, &page, &SitePage::phaseRefused);
    QObject::connect(&session, &DashboardSession::writeFailed, &page, &SitePage::writeFailed);
}

void connectWindow(DashboardSession &session, MainWindow &window)
{
    window.setSnapshotTakenAt(session.snapshotTakenAt());
    window.setSnapshotExporter(
        [&session](const QString &path, const std::function<bool(int)> &progress) {
            return session.exportSnapshot(path, progress);
        });
    window.setSnapshotRecognizer(&DashboardSession::isSnapshotFile);
    if (!session.isSnapshot())
        window.setTableImporter([&session](const QString &path) { session.importTableFile(path); });
    PublicTablesPanel *tables = window.feedsPage()->publicTables();
    tables->setMappingAllowed(!session.isSnapshot());
    QObject::connect(
        tables, &PublicTablesPanel::siteMappingRequested, &session, &DashboardSession::mapSiteName);
    QObject::connect(&session, &DashboardSession::siteAliasSet, &window,
        [&window](const QString &name, const QString &, const QString &error) {
            if (!error.isEmpty())
                window.showWriteError(
                    QCoreApplication::translate("SessionWiring", "Mapping \"%1\" failed: %2")
                        .arg(name, error));
        });
    QObject::connect(&session, &DashboardSession::tableImported, &window,
        [&window](const TableImportOutcome &outcome) {
            using Kind = TableImportOutcome::Kind;
            window.showTableImportResult(DashboardSession::summaryOf(outcome),
                outcome.kind == Kind::Failed,
                TableReadContext::isFileSource(outcome.sourceId)
                    && outcome.kind != Kind::Reapplied);
        });
    QObject::connect(
        &session, &DashboardSession::writeFailed, &window, &MainWindow::showWriteError);
    connectWriteState(session, window);
    connectSitePage(session, *window.sitePage());
    window.overviewPage()->setChartSource(
        [&session](const TimeRange &range) { return session.overviewCharts(range); });
}

void connectWriteState(DashboardSession &session, MainWindow &window)
{
    const QString path = session.store().path();
    // A damaged store opened read-only stays so: the banner says why until the window closes.
    window.showStoreWriteProblem(session.store().damageMessage());
    // The writer emits on its own thread: queued to the window's.
    QObject::connect(session.writer(), &StoreWriter::writeStateChanged, &window,
        [&window, path](const StoreWriteState &state) {
            const bool wasFailing = !window.storeWriteProblem().isEmpty();
            if (state.failing != wasFailing) // once per change, not at every retry
                std::fprintf(stderr, "stargate-dashboard: %s\n",
                    qPrintable(StoreWriter::describe(state, path)));
            window.showStoreWriteProblem(
                state.failing ? StoreWriter::describe(state, path) : QString());
        });
}

} // namespace SessionWiring
