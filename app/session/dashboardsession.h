// What a running dashboard holds besides its window: the reading Store (GUI thread), the
// StoreWriter on its own thread, and the SnapshotPublisher that turns commits into snapshots.
// Opening it also imports the bundled dataset when it is new or newer than the store's.
#pragma once

#include "domain/lifecycle.h"
#include "publictable/publictablereader.h"
#include "query/sitedetail.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <functional>
#include <memory>

class QTemporaryDir;

class AlertMonitor;
class FeedPoller;
struct FeedSource;
struct PolledTable;
class ProjectionController;
class SimulatorServer;
class SnapshotPublisher;
class StoreWriter;

class DashboardSession : public QObject
{
    Q_OBJECT

public:
    explicit DashboardSession(QObject *parent = nullptr);
    ~DashboardSession() override;

    // Returns an empty string on success, else a message for the user. A snapshot file
    // (see SnapshotFile) opens read-only: no dataset import, no polling, every write refused.
    QString open(const QString &databasePath);
    // Public tables (CSV files) that open() imports after the dataset, before anything polls.
    void setStartupImports(const QStringList &paths) { m_startupImports = paths; }
    // The sources file's own table mappings, tried before the presets on every file read
    // (--import, File → Import Public Data…, a polled table without a mapping). Before open();
    // startFeed() loads them too. An error message when the file cannot be read.
    QString loadTableMappings(const QString &sourcesPath);
    // One line per startup import: what it stored and which names matched no site.
    QStringList importSummaries() const { return m_importSummaries; }
    // Reads a public table file for an import: mapping detected from its header, names matched
    // through the store's aliases. The result's error says why a file is refused.
    // A ZIP archive gives one per CSV file in it.
    QList<TableImport> readTableFile(const QString &path) const;
    // The same, off the GUI thread, then stored by the writer: tableImported() tells the outcome.
    void importTableFile(const QString &path);
    // Maps a table's name to one of our sites (empty: removes the user's mapping) and reads the
    // newest version of every table again with it: siteAliasSet(), then tableImported().
    void mapSiteName(const QString &name, const QString &siteId);
    static QString summaryOf(const TableImportOutcome &outcome);
    bool isSnapshot() const { return m_snapshotTakenAt.isValid(); }
    QDateTime snapshotTakenAt() const { return m_snapshotTakenAt; }
    // Writes a snapshot of the open store to `path` after committing what is pending.
    QString exportSnapshot(const QString &path, const std::function<bool(int)> &progress = {});
    QStringList warnings() const { return m_warnings; }
    // Whether `path` is a snapshot file, one that opens read-only (File → Open Snapshot…).
    static bool isSnapshotFile(const QString &path);
    // The detail of one site as the store holds it now (read on the calling, GUI, thread).
    SiteDetail siteDetail(const QString &siteId, const TimeRange &range = TimeRange()) const;
    // The Overview's charts over `range`, read now (on the calling, GUI, thread).
    OverviewCharts overviewCharts(const TimeRange &range) const;

    // Starts the built-in site simulator on a loopback port and polls it (SIMULATED data).
    QString startDemoFeed();
    // Polls the sources of a sources file (docs/sources.md).
    QString startFeed(const QString &sourcesPath);
    void stopFeed();
    // Pauses or resumes one polled source until the session ends.
    void setSourceEnabled(const QString &sourceId, bool enabled);
    bool feedRunning() const;
    // How many sources the feed polls (0 when it is off), for --collect's summary.
    int polledSourceCount() const { return m_polledSources; }
    QString simulatorUrl() const;

    Store &store() { return m_store; }
    SnapshotPublisher *publisher() const { return m_publisher; }
    StoreWriter *writer() const { return m_writer; }
    ProjectionController *projections() const { return m_projections; }
    AlertMonitor *alerts() const { return m_alerts; }

signals:
    // Writes asked for by a view. Connect a view's requests to these: the session carries them
    // to the writer's thread by queued connections. A snapshot's writer refuses every one.
    void annotationRequested(const Annotation &annotation);
    void manualPhaseEventRequested(const Lifecycle::ManualEntry &entry);
    void manualPhaseEventRemovalRequested(qint64 id);
    // The writer's answers, passed on from its thread (see StoreWriter).
    void annotationAdded(qint64 id, const QString &siteId);
    void phaseEventAdded(qint64 id, const QStringList &issues);
    void phaseEventRemoved(qint64 id);
    void phaseEventRefused(const QString &reason);
    void writeFailed(const QString &message);
    // A public table was imported, refused, found unchanged or read again (File → Import, a
    // polled source, a new site mapping).
    void tableImported(const TableImportOutcome &outcome);
    void siteAliasSet(const QString &name, const QString &siteId, const QString &error);

private:
    // What reading a table needs from the store (our sites and their aliases), read now.
    TableReadContext tableReadContext() const;
    // Reads `bytes` with `mapping`, or the user's or a preset mapping its header fits.
    static TableImport readTable(const QByteArray &bytes, std::optional<TableMapping> mapping,
        const QList<TableMapping> &userMappings, const TableReadContext &context);
    // The same for every CSV of a ZIP archive; a CSV file gives one.
    static QList<TableImport> readTables(const QByteArray &bytes,
        const std::optional<TableMapping> &mapping, const QList<TableMapping> &userMappings,
        const TableReadContext &context);
    // Reads the file at `path` (at most 64 MiB) so; the errors name the file.
    static QList<TableImport> readTableAt(const QString &path,
        const QList<TableMapping> &userMappings, const TableReadContext &context);
    // A polled source's new version: read on m_tableReaders, stored by the writer.
    void importPolledTable(const PolledTable &table);
    void rereadNewestTables();
    // The validators of each public_table source's newest stored version.
    void seedTableValidators(QList<FeedSource> &sources) const;
    void startWriter(const QString &databasePath, bool readOnly);
    void startPoller(const QList<FeedSource> &sources);
    // For a snapshot of an older schema: a migrated copy in a temporary folder; `copyPath`
    // is left as it is for anything else. An error message when the copy cannot be made.
    QString upgradedCopyOf(const QString &snapshotPath, QString *copyPath);

    // Holds the upgraded copy of an older snapshot. Declared before the store, so that it is
    // removed after the store has closed the copy.
    std::unique_ptr<QTemporaryDir> m_upgradedCopy;
    Store m_store;
    QThread m_writerThread;
    StoreWriter *m_writer = nullptr; // lives on m_writerThread, deleted when it finishes
    SnapshotPublisher *m_publisher = nullptr;
    ProjectionController *m_projections = nullptr;
    AlertMonitor *m_alerts = nullptr;
    std::unique_ptr<SimulatorServer> m_simulator;
    std::unique_ptr<FeedPoller> m_poller;
    int m_polledSources = 0;
    QStringList m_warnings;
    QStringList m_startupImports;
    QStringList m_importSummaries;
    QList<TableMapping> m_tableMappings;
    QThreadPool m_tableReaders; // reads tables off the GUI thread; finished before the writer
    QDateTime m_snapshotTakenAt;
};
