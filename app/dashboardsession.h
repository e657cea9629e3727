// What a running dashboard holds besides its window: the reading Store (GUI thread), the
// StoreWriter on its own thread, and the SnapshotPublisher that turns commits into snapshots.
// Opening it also imports the bundled dataset when it is new or newer than the store's.
#pragma once

#include "store.h"

#include <QCoreApplication>
#include <QObject>
#include <QThread>
#include <memory>

class SnapshotPublisher;
class StoreWriter;

class DashboardSession : public QObject
{
    Q_OBJECT

public:
    explicit DashboardSession(QObject *parent = nullptr);
    ~DashboardSession() override;

    // Returns an empty string on success, else a message for the user.
    QString open(const QString &databasePath);
    QStringList warnings() const { return m_warnings; }

    Store &store() { return m_store; }
    SnapshotPublisher *publisher() const { return m_publisher; }
    StoreWriter *writer() const { return m_writer; }

private:
    Store m_store;
    QThread m_writerThread;
    StoreWriter *m_writer = nullptr; // lives on m_writerThread, deleted when it finishes
    SnapshotPublisher *m_publisher = nullptr;
    QStringList m_warnings;
};
