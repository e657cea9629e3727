// The local SQLite store: opening (with schema checks and migrations) and every read the
// views need. One Store is one connection and belongs to the thread that created it; the
// GUI thread reads through its own Store while the StoreWriter thread writes through another.
#pragma once

#include "domain/alert.h"
#include "domain/storetypes.h"
#include "domain/tableimport.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    Store() = default;
    Store(Store &&) noexcept = default;
    Store &operator=(Store &&) noexcept = default;

    // Opens (and if ReadWrite, creates and migrates) the database at `path`. Returns an empty
    // string on success, else a message for the user that names the file and what to do.
    // A file that is not a SQLite database or comes from a newer schema is never modified.
    QString open(const QString &path, Access access = Access::ReadWrite);
    bool isOpen() const { return m_connection.isOpen(); }
    // Opened with Access::ReadOnly (a snapshot): callers check this before offering to write.
    bool isReadOnly() const { return m_readOnly; }
    // Opened read-only although ReadWrite was asked for, because the file failed SQLite's
    // quick_check: a message that says so and what to do; empty otherwise.
    QString damageMessage() const { return m_damage; }
    QString path() const { return m_path; }
    sqlite::Connection &connection() { return m_connection; }

    // The default location: the user's application-data folder.
    static QString defaultPath();

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    QList<Site> sites() const;
    QList<PhaseEvent> phaseEvents(const QString &siteId = QString()) const;
    // The same on any connection: the writer checks new events against the history it reads
    // on its own connection.
    static QList<PhaseEvent> phaseEventsOn(
        sqlite::Connection &connection, const QString &siteId = QString());
    QList<Milestone> milestones(const QString &siteId = QString()) const;
    // Facts of the dataset and of public tables: only the newest version of each table, or
    // with its earlier versions too (a figure's change over releases).
    enum class FactSelection
    {
        Current,
        WithEarlierReleases
    };
    QList<ReportedFact> facts(FactSelection selection = FactSelection::Current) const;
    // The names public tables give our sites (dataset and user mappings).
    QList<SiteAlias> siteAliases() const;
    // Every stored version of every public table, newest first, with its unmatched names.
    QList<TableImportInfo> tableImports() const;
    // The bytes of one stored version (to re-read after a site mapping changed).
    QByteArray tableImportContent(qint64 importId) const;
    // Alerts, newest first: all of them or only those not cleared.
    enum class AlertSelection
    {
        All,
        Open
    };
    QList<AlertRecord> alerts(AlertSelection selection = AlertSelection::All) const;
    QList<SeriesInfo> series() const;
    QList<SourceHealth> sourceHealth() const; // ordered by name
    std::optional<qint64> seriesId(const SeriesKey &key) const;
    std::optional<Sample> latestSample(qint64 seriesId) const;
    std::optional<qint64> firstSampleTs(qint64 seriesId) const;
    // Dated notes of a site, oldest day first.
    QList<Annotation> annotations(const QString &siteId) const;
    QList<Sample> rawSamples(qint64 seriesId, qint64 fromMs, qint64 toMs) const;

    // Samples of a series in [fromMs, toMs) as at most `maxPoints` buckets with min, max and
    // last, read from the coarsest rollup whose bucket is no wider than (to - from) / maxPoints.
    // The range is widened to whole buckets of that rollup.
    RangeResult range(qint64 seriesId, qint64 fromMs, qint64 toMs, int maxPoints) const;

    // Changes whenever another connection commits (SQLite's PRAGMA data_version).
    qint64 dataVersion() const;

private:
    QString checkExistingFile(const QString &path) const;
    QString configure(Access access);
    QString checkIntegrity();
    QString reopenReadOnly(const QString &damage);

    mutable sqlite::Connection m_connection;
    QString m_path;
    bool m_readOnly = false;
    QString m_damage;
};
