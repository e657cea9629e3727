// Keeps the window's DashboardSnapshot current. Rebuilds it from its Store when the writer
// reports a commit, coalescing bursts so that the GUI rebuilds at most once per interval,
// and notices commits of other processes through SQLite's data_version (checked every few
// seconds). Lives on the GUI thread, with the Store it reads.
#pragma once

#include "query/dashboardsnapshot.h"

#include <QObject>
#include <functional>

class QTimer;
class Store;

class SnapshotPublisher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit SnapshotPublisher(Store &store, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Minimum time between two rebuilds; commits in between are coalesced.
    void setMinimumInterval(int milliseconds);
    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    int rebuildCount() const { return m_rebuilds; }

public slots:
    void refreshNow();
    // The writer committed: rebuild soon.
    void storeChanged();

signals:
    void snapshotChanged(const DashboardSnapshot &snapshot);

private:
    void checkExternalChanges();

    Store &m_store;
    Clock m_clock;
    DashboardSnapshot m_snapshot;
    QTimer *m_coalesce;
    QTimer *m_externalCheck;
    qint64 m_dataVersion = -1;
    int m_rebuilds = 0;
};
