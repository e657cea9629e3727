#include "cli/collectmode.h"

#include "alerts/alertmonitor.h"
#include "cli/quitonsignal.h"
#include "session/dashboardsession.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

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
    if (durationSeconds > 0)
        QTimer::singleShot(qint64(durationSeconds) * 1000, qApp, &QCoreApplication::quit);
    std::fprintf(stderr, "stargate-dashboard: collecting into %s%s\n",
        qPrintable(session.store().path()),
        durationSeconds > 0 ? qPrintable(QStringLiteral(" for %1 s").arg(durationSeconds))
                            : " until interrupted");
    QCoreApplication::exec();
    session.stopFeed();
    // Commit what the writer still holds before the session ends.
    QMetaObject::invokeMethod(session.writer(), &StoreWriter::flush, Qt::BlockingQueuedConnection);
    return 0;
}
