#include "cli/collectmode.h"

#include "alerts/alertmonitor.h"
#include "cli/quitonsignal.h"
#include "session/dashboardsession.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <utility>

namespace {

// How long the end of a run keeps retrying a store that cannot be written (a full disk may
// clear, another writer may let go) before what still waits counts as lost.
constexpr int kExitRetryMs = 5000;

void logWriteState(DashboardSession &session, StoreWriter *writer, const QString &path)
{
    // The writer emits on its own thread; the line is printed on this one, once per change.
    auto failing = std::make_shared<bool>(false);
    QObject::connect(writer, &StoreWriter::writeStateChanged, &session,
        [failing, path](const StoreWriteState &state) {
            if (std::exchange(*failing, state.failing) != state.failing)
                std::fprintf(stderr, "stargate-dashboard: %s\n",
                    qPrintable(StoreWriter::describe(state, path)));
        });
}

// The last line of a run: what the feed handed over and what became of it, so that a lost
// sample shows in the counts (and two collectors on one store can be checked against it).
QString summary(const StoreWriteState &state, int sources, const QString &path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (state.written == state.accepted)
        return QCoreApplication::translate("CollectMode",
            "Collected %L1 sample(s) from %n source(s) into %2 (all written).", nullptr, sources)
            .arg(state.accepted)
            .arg(nativePath);
    return QCoreApplication::translate("CollectMode",
        "Collected %L1 sample(s) from %n source(s) into %2: %L3 written, %L4 already stored (the "
        "first sample for a time wins), %L5 refused, %L6 not written.",
        nullptr, sources)
        .arg(state.accepted)
        .arg(nativePath)
        .arg(state.written)
        .arg(state.alreadyStored)
        .arg(state.refused)
        .arg(state.lost + state.waiting);
}

// Writes what the writer still holds; non-zero when the store could not take all of it.
int finish(StoreWriter *writer, const QString &path, int sources)
{
    StoreWriteState state;
    QMetaObject::invokeMethod(
        writer, [writer, &state] { state = writer->drain(kExitRetryMs); },
        Qt::BlockingQueuedConnection);
    std::fprintf(stderr, "stargate-dashboard: %s\n", qPrintable(summary(state, sources, path)));
    const qint64 lost = state.lost + state.waiting;
    if (lost == 0 && !state.failing)
        return 0;
    std::fprintf(stderr, "stargate-dashboard: %s\n",
        qPrintable(QCoreApplication::translate(
            "CollectMode", "%1 sample(s) could not be written to the store %2 and are lost (%3).")
                       .arg(lost)
                       .arg(QDir::toNativeSeparators(path),
                           state.error.isEmpty()
                               ? QCoreApplication::translate("CollectMode", "the queue overflowed")
                               : state.error)));
    return 1;
}

} // namespace

int CollectMode::run(DashboardSession &session, int durationSeconds)
{
    QuitOnSignal quitOnSignal;
    for (const AlertRecord &alert : session.alerts()->alerts()) {
        if (alert.isOpen())
            std::fprintf(stderr, "stargate-dashboard: open alert (%s): %s\n",
                qPrintable(severityId(alert.severity)), qPrintable(alert.message));
    }
    // Without a window, raised alerts go to the log.
    QObject::connect(
        session.alerts(), &AlertMonitor::alertsRaised, qApp, [](const QList<AlertRecord> &raised) {
            for (const AlertRecord &alert : raised)
                std::fprintf(stderr, "stargate-dashboard: alert (%s): %s\n",
                    qPrintable(severityId(alert.severity)), qPrintable(alert.message));
        });
    logWriteState(session, session.writer(), session.store().path());
    if (durationSeconds > 0)
        QTimer::singleShot(qint64(durationSeconds) * 1000, qApp, &QCoreApplication::quit);
    std::fprintf(stderr, "stargate-dashboard: collecting into %s%s\n",
        qPrintable(session.store().path()),
        durationSeconds > 0 ? qPrintable(QStringLiteral(" for %1 s").arg(durationSeconds))
                            : " until interrupted");
    QCoreApplication::exec();
    session.stopFeed();
    // Commit what the writer still holds before the session ends.
    return finish(session.writer(), session.store().path(), session.polledSourceCount());
}
