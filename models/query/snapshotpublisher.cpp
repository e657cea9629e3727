#include "query/snapshotpublisher.h"

#include "query/dashboardquery.h"
#include "store/store.h"

#include <QTimer>

SnapshotPublisher::SnapshotPublisher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_coalesce(new QTimer(this))
    , m_externalCheck(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(1000);
    connect(m_coalesce, &QTimer::timeout, this, &SnapshotPublisher::refreshNow);
    m_externalCheck->setInterval(3000);
    connect(m_externalCheck, &QTimer::timeout, this, &SnapshotPublisher::checkExternalChanges);
    m_externalCheck->start();
}

void SnapshotPublisher::setMinimumInterval(int milliseconds)
{
    m_coalesce->setInterval(milliseconds);
}

void SnapshotPublisher::refreshNow()
{
    m_coalesce->stop();
    m_dataVersion = m_store.dataVersion();
    m_snapshot = DashboardQuery::build(m_store, m_clock());
    ++m_rebuilds;
    emit snapshotChanged(m_snapshot);
}

void SnapshotPublisher::storeChanged()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void SnapshotPublisher::checkExternalChanges()
{
    if (m_store.dataVersion() != m_dataVersion)
        storeChanged();
}
