// The store's single writer. Lives on its own QThread (moved there by its owner); other
// threads hand it samples through queued calls to enqueue(), and it group-commits them in
// one transaction per flush, then announces the change with committed().
#pragma once

#include "storetypes.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace sqlite {
class Connection;
}
class SampleWriter;

class StoreWriter : public QObject
{
    Q_OBJECT

public:
    explicit StoreWriter(const QString &databasePath, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Pending samples are committed at the latest after this delay (group commit).
    void setFlushDelay(int milliseconds) { m_flushDelayMs = milliseconds; }

public slots:
    void enqueue(const QList<KeyedSample> &samples);
    // Stores a computed projection with its assumptions (provenance 'projected').
    void saveProjection(const ProjectionRecord &record);
    // Records how a polled source is doing (replaces its previous row).
    void recordHealth(const SourceHealth &health);
    // Stores a dated note on a site; announces it with annotationAdded() or writeFailed().
    void addAnnotation(const Annotation &annotation);
    // Commits what is pending now.
    void flush();

signals:
    void committed(const StoreChange &change);
    void projectionSaved(qint64 id);
    void annotationAdded(qint64 id, const QString &siteId);
    void writeFailed(const QString &message);

private:
    bool ensureOpen();

    QString m_path;
    std::unique_ptr<sqlite::Connection> m_connection;
    std::unique_ptr<SampleWriter> m_writer;
    QList<KeyedSample> m_pending;
    QTimer *m_flushTimer = nullptr;
    int m_flushDelayMs = 250;
    static constexpr int kMaxPending = 50'000;
};
