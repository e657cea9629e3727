// The store's single writer. Lives on its own QThread (moved there by its owner); other
// threads hand it samples through queued calls to enqueue(), and it group-commits them in
// one transaction per flush, then announces the change with committed().
//
// An accepted sample is never lost silently: when a commit fails (disk full, I/O error, the
// store busy with another writer past the busy timeout), the batch stays queued in order and
// is retried with a backoff; writeStateChanged() says that the store cannot be written, how
// many samples wait and how many were dropped because the queue overflowed (oldest first).
#pragma once

#include "domain/alert.h"
#include "domain/lifecycle.h"
#include "domain/storetypes.h"
#include "domain/tableimport.h"

#include <QMap>
#include <QObject>
#include <QTimer>
#include <memory>

namespace sqlite {
class Connection;
}
class SampleWriter;

// How writing is going, for the window's banner, --collect's exit status and the alert
// monitor (which must not blame sources for health the writer could not store).
struct StoreWriteState
{
    bool failing = false;
    qint64 failingSinceMs = 0; // ms since the epoch, UTC; 0 while not failing
    qint64 waiting = 0; // samples queued for the next retry
    qint64 lost = 0; // samples dropped since the start: the queue overflowed
    QString error; // the last SQLite error while failing
    // Since the start, for --collect's summary: accepted = written + alreadyStored + refused +
    // lost + waiting.
    qint64 accepted = 0; // samples handed to enqueue()
    qint64 written = 0; // committed as new samples
    qint64 alreadyStored = 0; // committed, but their series had a sample at that time already
    qint64 refused = 0; // not finite numbers or of unknown sites: never stored
};
Q_DECLARE_METATYPE(StoreWriteState)

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
    // At most this many samples wait for a retry; beyond it the oldest are dropped and counted
    // as lost (a few million samples: hours of a large fleet, some hundred MB of memory).
    void setQueueLimit(qint64 samples) { m_queueLimit = samples; }
    // Test hooks, applied when the connection opens (and at once when it is open): the busy
    // timeout of the writer's connection, and a page limit that fails commits with SQLITE_FULL
    // like a full disk (0: no limit). Call on the writer's thread.
    void setBusyTimeout(int milliseconds);
    void setPageLimit(qint64 pages);
    const StoreWriteState &state() const { return m_state; }
    // A line for the user: the store cannot be written since when, what waits, what is lost;
    // or that it can be written again.
    static QString describe(const StoreWriteState &state, const QString &databasePath);

public slots:
    void enqueue(const QList<KeyedSample> &samples);
    // Stores a computed projection with its assumptions (provenance 'projected').
    void saveProjection(const ProjectionRecord &record);
    // Records how a polled source is doing (replaces its previous row).
    void recordHealth(const SourceHealth &health);
    // Stores a dated note on a site; announces it with annotationAdded() or writeFailed().
    void addAnnotation(const Annotation &annotation);
    // Commits what is pending now (the queued samples and source health).
    void flush();
    // Flushes and retries until nothing waits or `timeoutMs` passed (for the program's end);
    // the state after it: `waiting` samples could not be written.
    StoreWriteState drain(int timeoutMs);

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
    // A public table's new version (TableImportWriter), and a user's site mapping of one of its
    // names followed by the re-read newest version that uses it.
    void importTable(const TableImport &import);
    void reapplyTable(qint64 importId, const TableImport &reread);
    void setSiteAlias(const QString &name, const QString &siteId);
    void acknowledgeAlerts(const QList<qint64> &ids, const QString &user, qint64 atMs);
    // Takes the acknowledgement back: the alerts need attention again.
    void unacknowledgeAlerts(const QList<qint64> &ids);
    // Sets (or, empty, removes) the comment on an alert, with its author.
    void setAlertComment(qint64 id, const QString &comment, const QString &user);

signals:
    void tableImported(const TableImportOutcome &outcome);
    void siteAliasSet(const QString &name, const QString &siteId, const QString &error);
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
    // The store became unwritable, is still (with new counts), or can be written again.
    void writeStateChanged(const StoreWriteState &state);

private:
    bool ensureOpen();
    bool openConnection(QString *error);
    void applyConnectionLimits();
    bool refuseWhenReadOnly();
    bool writeHealth(const SourceHealth &health);
    // Whether the last error of `connection` may clear by itself (a full disk, a lock, an I/O
    // error): then what failed is kept and retried; otherwise retrying would not help.
    static bool failsForNow(const sqlite::Connection &connection);
    bool writeQueuedHealth();
    bool writeQueuedSamples();
    void trimQueue();
    void noteFailure(const QString &error);
    void noteRecovered();
    void scheduleRetry();
    bool hasQueued() const { return !m_pending.isEmpty() || !m_pendingHealth.isEmpty(); }

    QString m_path;
    std::unique_ptr<sqlite::Connection> m_connection;
    std::unique_ptr<SampleWriter> m_writer;
    QList<KeyedSample> m_pending; // in the order accepted
    QMap<QString, SourceHealth> m_pendingHealth; // by source: the newest wins
    QTimer *m_flushTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_flushDelayMs = 250;
    int m_retryDelayMs = 0; // the backoff; 0 while not failing
    bool m_readOnly = false;
    qint64 m_queueLimit = 4'000'000;
    int m_busyTimeoutMs = 5000;
    qint64 m_pageLimit = 0;
    StoreWriteState m_state;
    static constexpr int kMaxPending = 50'000; // samples per transaction
    static constexpr int kFirstRetryMs = 250;
    static constexpr int kMaxRetryMs = 5000;
};
