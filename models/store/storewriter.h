// The store's single writer. Lives on its own QThread (moved there by its owner); other
// threads hand it samples through queued calls to enqueue(), and it group-commits them in
// one transaction per flush, then announces the change with committed().
#pragma once

#include "domain/alert.h"
#include "domain/lifecycle.h"
#include "domain/storetypes.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace sqlite {
class Connection;
}
class SampleWriter;

struct ManualEventResult
{
    qint64 id = 0; // 0 when refused
    QString error;
    QStringList issues;
};

class StoreWriter : public QObject
{
    Q_OBJECT

public:
    explicit StoreWriter(const QString &databasePath, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Pending samples are committed at the latest after this delay (group commit).
    void setFlushDelay(int milliseconds) { m_flushDelayMs = milliseconds; }
    // A read-only store (a snapshot): every write is refused with writeFailed() and a message
    // for the user, and the database file is never opened for writing.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    static QString readOnlyMessage();

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

    // Stores a phase event typed in by a user (provenance 'manual', with who and when).
    // Refused, with the reason in `error`, when the phase is unknown, the date invalid or the
    // site unknown. An event that breaks the site's order is stored all the same (nothing typed
    // in is lost); `issues` explains the problem, and every view of the history flags it.
    ManualEventResult addManualPhaseEvent(const Lifecycle::ManualEntry &entry);
    // Removes a phase event typed in by hand (a mistake); events from the dataset or a feed
    // cannot be removed. Announces phaseEventRemoved() or phaseEventRefused() with the reason.
    void removeManualPhaseEvent(qint64 id);
    // Stores the phases status feeds reported where they change a site's current phase
    // (Lifecycle::eventForFeedObservation decides), with origin 'feed' and the source's
    // provenance and URL. Unknown sites are skipped (the feed's samples report them).
    void recordFeedPhases(const QList<Lifecycle::FeedObservation> &observations);
    // Raises and clears alerts in one transaction. Idempotent: raising an open key or clearing
    // a closed one does nothing, so two monitors (window and --collect) may share a store.
    void applyAlertTransitions(const AlertTransitions &transitions);
    // Marks open or cleared alerts as acknowledged by `user` (the first acknowledgement stays).
    void acknowledgeAlerts(const QList<qint64> &ids, const QString &user, qint64 atMs);

signals:
    void committed(const StoreChange &change);
    void projectionSaved(qint64 id);
    void healthRecorded(const QString &sourceId);
    void phaseEventAdded(qint64 id, const QStringList &issues);
    void phaseEventRefused(const QString &reason);
    void phaseEventRemoved(qint64 id);
    // Alerts were raised, cleared or acknowledged (also emitted when nothing changed, so
    // that a caller waiting for its write can count on it).
    void alertsWritten();
    void annotationAdded(qint64 id, const QString &siteId);
    void writeFailed(const QString &message);

private:
    bool ensureOpen();
    bool refuseWhenReadOnly();

    QString m_path;
    std::unique_ptr<sqlite::Connection> m_connection;
    std::unique_ptr<SampleWriter> m_writer;
    QList<KeyedSample> m_pending;
    QTimer *m_flushTimer = nullptr;
    int m_flushDelayMs = 250;
    bool m_readOnly = false;
    static constexpr int kMaxPending = 50'000;
};
