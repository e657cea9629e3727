#include "storewriter.h"

#include "samplewriter.h"
#include "sqlite.h"

StoreWriter::StoreWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    qRegisterMetaType<StoreChange>();
    qRegisterMetaType<QList<KeyedSample>>();
}

StoreWriter::~StoreWriter()
{
    flush();
}

bool StoreWriter::ensureOpen()
{
    if (m_connection && m_connection->isOpen())
        return true;
    m_connection = std::make_unique<sqlite::Connection>();
    if (!m_connection->open(m_path, sqlite::Connection::Mode::ReadWrite)
            || !m_connection->exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL"))) {
        emit writeFailed(tr("Cannot write to the database %1: %2").arg(m_path, m_connection->errorMessage()));
        m_connection.reset();
        return false;
    }
    m_writer = std::make_unique<SampleWriter>(*m_connection);
    return true;
}

void StoreWriter::enqueue(const QList<KeyedSample> &samples)
{
    m_pending.append(samples);
    if (m_pending.size() >= kMaxPending) {
        flush();
        return;
    }
    if (!m_flushTimer) {
        // Created here, on the writer's own thread, so that it fires there.
        m_flushTimer = new QTimer(this);
        m_flushTimer->setSingleShot(true);
        connect(m_flushTimer, &QTimer::timeout, this, &StoreWriter::flush);
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_flushDelayMs);
}

void StoreWriter::flush()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_pending.isEmpty() || !ensureOpen())
        return;
    const QList<KeyedSample> batch = std::exchange(m_pending, {});
    const SampleWriter::Result result = m_writer->write(batch);
    if (!result.error.isEmpty()) {
        // Keep the batch: a full disk or a lock may clear; nothing already stored is lost.
        m_pending = batch + m_pending;
        emit writeFailed(tr("Writing %n sample(s) failed: %1", nullptr, int(batch.size())).arg(result.error));
        return;
    }
    if (result.change.samplesWritten > 0)
        emit committed(result.change);
}
