#include "dashboardsession.h"

#include "dataset.h"
#include "datasetimporter.h"
#include "snapshotpublisher.h"
#include "storewriter.h"

DashboardSession::DashboardSession(QObject *parent)
    : QObject(parent)
{
}

DashboardSession::~DashboardSession()
{
    if (m_writerThread.isRunning()) {
        QMetaObject::invokeMethod(m_writer, &StoreWriter::flush, Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
    }
}

QString DashboardSession::open(const QString &databasePath)
{
    const QString error = m_store.open(databasePath);
    if (!error.isEmpty())
        return error;

    const Dataset dataset = DatasetParser::bundled();
    for (const DatasetError &rowError : dataset.errors)
        m_warnings.append(tr("Bundled dataset: %1").arg(rowError.toString()));
    const DatasetImporter::Result imported = DatasetImporter::import(m_store, dataset);
    if (imported.outcome == DatasetImporter::Result::Outcome::Failed)
        m_warnings.append(imported.error);

    m_writer = new StoreWriter(databasePath);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.setObjectName(QStringLiteral("store-writer"));
    m_writerThread.start();

    m_publisher = new SnapshotPublisher(m_store, this);
    connect(m_writer, &StoreWriter::committed, m_publisher, &SnapshotPublisher::storeChanged, Qt::QueuedConnection);
    m_publisher->refreshNow();
    return QString();
}
