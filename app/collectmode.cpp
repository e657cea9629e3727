#include "collectmode.h"

#include "dashboardsession.h"
#include "quitonsignal.h"
#include "storewriter.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

int CollectMode::run(DashboardSession &session, int durationSeconds)
{
    QuitOnSignal quitOnSignal;
    if (durationSeconds > 0)
        QTimer::singleShot(qint64(durationSeconds) * 1000, qApp, &QCoreApplication::quit);
    std::fprintf(stderr, "stargate-dashboard: collecting into %s%s\n", qPrintable(session.store().path()),
            durationSeconds > 0 ? qPrintable(QStringLiteral(" for %1 s").arg(durationSeconds)) : " until interrupted");
    QCoreApplication::exec();
    session.stopFeed();
    // Commit what the writer still holds before the session ends.
    QMetaObject::invokeMethod(session.writer(), &StoreWriter::flush, Qt::BlockingQueuedConnection);
    return 0;
}
