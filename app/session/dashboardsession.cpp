#include "session/dashboardsession.h"

#include "feed/feedsource.h"
#include "publictable/publictablereader.h"
#include "publictable/tablearchive.h"
#include "store/tableimportwriter.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertsettings.h"
#include "feed/feedpoller.h"
#include "query/dashboardquery.h"
#include "query/projectioncontroller.h"
#include "query/snapshotpublisher.h"
#include "sim/simulatorserver.h"
#include "store/dataset.h"
#include "store/datasetimporter.h"
#include "store/schema.h"
#include "store/snapshotfile.h"
#include "store/sqlite.h"
#include "store/storewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

DashboardSession::DashboardSession(QObject *parent)
    : QObject(parent)
{
    // One at a time, so that versions reach the writer in the order they were fetched.
    m_tableReaders.setMaxThreadCount(1);
}

DashboardSession::~DashboardSession()
{
    stopFeed(); // before the writer goes: the poller hands it samples
    m_tableReaders.waitForDone(); // and the table readers hand it imports
    if (m_writerThread.isRunning()) {
        QMetaObject::invokeMethod(m_writer, &StoreWriter::flush, Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
    }
}

QString DashboardSession::upgradedCopyOf(const QString &snapshotPath, QString *copyPath)
{
    // A snapshot from an older version opens through an upgraded private copy: the carried
    // file itself is never written (it may be on a read-only stick, or someone else's).
    int version = -1;
    {
        sqlite::Connection probe;
        if (!probe.open(snapshotPath, sqlite::Connection::Mode::ReadOnly))
            return QString(); // Store::open reports what is wrong with the file
        version = Schema::versionOf(probe);
    }
    if (version <= 0 || version >= Schema::latestVersion())
        return QString();
    m_upgradedCopy = std::make_unique<QTemporaryDir>();
    const QString copy = m_upgradedCopy->isValid()
        ? m_upgradedCopy->filePath(QStringLiteral("snapshot.sqlite"))
        : QString();
    if (copy.isEmpty() || !QFile::copy(snapshotPath, copy))
        return tr(
            "The snapshot %1 was written by an older version and needs an upgraded copy, but no "
            "temporary copy could be made. Free some disk space and try again.")
            .arg(QDir::toNativeSeparators(snapshotPath));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Store upgrade;
        if (const QString error = upgrade.open(copy, Store::Access::ReadWrite); !error.isEmpty())
            return error;
    }
    m_warnings.append(
        tr("The snapshot %1 was written by an older version (schema %2). It is shown through an "
           "upgraded copy; the file itself was left unchanged.")
            .arg(QDir::toNativeSeparators(snapshotPath))
            .arg(version));
    *copyPath = copy;
    return QString();
}

TableReadContext DashboardSession::tableReadContext() const
{
    TableReadContext context;
    context.retrievedAt = QDateTime::currentDateTimeUtc();
    for (const Site &site : m_store.sites())
        context.siteIds.append(site.id);
    for (const SiteAlias &alias : m_store.siteAliases())
        context.aliases.insert(PublicTableReader::foldName(alias.name), alias.siteId);
    return context;
}

namespace {
// A table refused before it could be read (no mapping fits, not a ZIP, unreadable file).
TableImport refusedTable(const TableReadContext &context, const QString &error)
{
    TableImport refused;
    refused.sourceId = context.sourceId;
    refused.fileName = context.fileName;
    refused.error = error;
    return refused;
}

// What a table without a date column is as of: its publication (HTTP Last-Modified), else
// the day it was fetched.
QDate publicationDate(const QString &lastModified, const QDateTime &retrievedAt)
{
    const QDateTime published = QDateTime::fromString(lastModified, Qt::RFC2822Date);
    return (published.isValid() ? published : retrievedAt).toUTC().date();
}
} // namespace

TableImport DashboardSession::readTable(const QByteArray &bytes,
    std::optional<TableMapping> mapping, const QList<TableMapping> &userMappings,
    const TableReadContext &context)
{
    QString error;
    if (!mapping)
        mapping = PublicTableReader::detectMapping(bytes, &error, userMappings);
    if (!mapping)
        return refusedTable(context, error);
    return PublicTableReader::read(bytes, *mapping, context);
}

QList<TableImport> DashboardSession::readTables(const QByteArray &bytes,
    const std::optional<TableMapping> &mapping, const QList<TableMapping> &userMappings,
    const TableReadContext &context)
{
    if (!TableArchive::isZip(bytes))
        return { readTable(bytes, mapping, userMappings, context) };
    QString error;
    const auto files = TableArchive::csvFiles(bytes, &error);
    if (!files)
        return { refusedTable(context, error) };
    // Each CSV of the archive is a table of its own, with its own versions: an unchanged one
    // is not imported again when another one changed. The source's mapping is tried first.
    QList<TableMapping> mappings = userMappings;
    if (mapping)
        mappings.prepend(*mapping);
    QList<TableImport> imports;
    for (const ArchivedTable &file : *files) {
        TableReadContext entry = context;
        entry.fileName = context.fileName + QLatin1Char('/') + file.name;
        entry.sourceId = context.sourceId + QLatin1Char('/') + file.name;
        // A table without dates is as of its own file, not of the archive around it.
        if (file.modified.isValid())
            entry.fileDate = file.modified.date();
        imports.append(readTable(file.bytes, std::nullopt, mappings, entry));
    }
    return imports;
}

namespace {
constexpr qint64 kMaxTableFileBytes = 64 * 1024 * 1024;

// A table file on disk as the reader sees it: named and dated by the file.
TableReadContext fileContext(TableReadContext context, const QString &path)
{
    context.fileName = QFileInfo(path).fileName();
    context.sourceId = TableReadContext::fileSourceId(context.fileName);
    context.fileDate = QFileInfo(path).lastModified().toUTC().date();
    return context;
}
} // namespace

QList<TableImport> DashboardSession::readTableAt(
    const QString &path, const QList<TableMapping> &userMappings, const TableReadContext &context)
{
    QString error;
    const auto bytes = FeedSourceFile::readBounded(path, kMaxTableFileBytes, &error);
    QList<TableImport> imports = bytes ? readTables(*bytes, std::nullopt, userMappings, context)
                                       : QList<TableImport> { refusedTable(context, error) };
    for (TableImport &import : imports) {
        if (!import.error.isEmpty() && !import.error.contains(path))
            import.error = tr("%1: %2").arg(QDir::toNativeSeparators(path), import.error);
    }
    return imports;
}

QList<TableImport> DashboardSession::readTableFile(const QString &path) const
{
    return readTableAt(path, m_tableMappings, fileContext(tableReadContext(), path));
}

QString DashboardSession::loadTableMappings(const QString &sourcesPath)
{
    QString error;
    m_tableMappings = FeedSourceFile::loadMappings(sourcesPath, &error);
    return error;
}

void DashboardSession::importTableFile(const QString &path)
{
    // What the store says of our sites is read here; reading a file of tens of MiB is not, so
    // that the window stays responsive.
    const TableReadContext context = fileContext(tableReadContext(), path);
    StoreWriter *writer = m_writer;
    const QList<TableMapping> mappings = m_tableMappings;
    m_tableReaders.start([writer, path, context, mappings] {
        for (const TableImport &import : readTableAt(path, mappings, context))
            QMetaObject::invokeMethod(
                writer, [writer, import] { writer->importTable(import); }, Qt::QueuedConnection);
    });
}

void DashboardSession::importPolledTable(const PolledTable &table)
{
    TableReadContext context = tableReadContext();
    context.sourceId = table.sourceId;
    context.fileName = table.fileName;
    context.url = table.url;
    context.retrievedAt = QDateTime::fromMSecsSinceEpoch(table.retrievedMs, Qt::UTC);
    context.fileDate
        = publicationDate(QString::fromLatin1(table.lastModified), context.retrievedAt);
    StoreWriter *writer = m_writer;
    const QList<TableMapping> mappings = m_tableMappings;
    m_tableReaders.start([writer, table, context, mappings] {
        for (TableImport import : readTables(table.body, table.mapping, mappings, context)) {
            import.url = table.url;
            import.etag = QString::fromLatin1(table.etag);
            import.lastModified = QString::fromLatin1(table.lastModified);
            if (!import.error.isEmpty())
                import.error = tr("%1 (%2): %3").arg(table.sourceName, table.url, import.error);
            QMetaObject::invokeMethod(
                writer, [writer, import] { writer->importTable(import); }, Qt::QueuedConnection);
        }
    });
}

void DashboardSession::mapSiteName(const QString &name, const QString &siteId)
{
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, name, siteId] { writer->setSiteAlias(name, siteId); },
        Qt::QueuedConnection);
}

void DashboardSession::rereadNewestTables()
{
    const TableReadContext shared = tableReadContext();
    for (const TableImportInfo &info : m_store.tableImports()) {
        if (!info.newest)
            continue;
        std::optional<TableMapping> mapping = TableMapping::preset(info.mappingId);
        for (const TableMapping &own : std::as_const(m_tableMappings))
            if (own.id == info.mappingId)
                mapping = own;
        TableReadContext context = shared;
        context.sourceId = info.sourceId;
        context.fileName = info.fileName;
        context.url = info.url;
        context.retrievedAt = info.retrievedAt;
        // Dated as the first read dated it (a file's or a ZIP entry's own date).
        context.fileDate = info.fileDate.isValid()
            ? info.fileDate
            : publicationDate(info.lastModified, info.retrievedAt);
        const QByteArray content = m_store.tableImportContent(info.id);
        if (!mapping || content.isEmpty())
            continue; // a mapping the sources file no longer has: that version stays as it was
        StoreWriter *writer = m_writer;
        const qint64 id = info.id;
        m_tableReaders.start([writer, id, content, mapping, context] {
            const TableImport reread = PublicTableReader::read(content, *mapping, context);
            QMetaObject::invokeMethod(
                writer, [writer, id, reread] { writer->reapplyTable(id, reread); },
                Qt::QueuedConnection);
        });
    }
}

void DashboardSession::seedTableValidators(QList<FeedSource> &sources) const
{
    const QList<TableImportInfo> imports = m_store.tableImports(); // newest first
    for (FeedSource &source : sources) {
        if (source.kind != FeedSource::Kind::PublicTable)
            continue;
        for (const TableImportInfo &info : imports) {
            if (info.sourceId == source.id) {
                source.tableValidators = { info.etag.toLatin1(), info.lastModified.toLatin1() };
                break;
            }
        }
    }
}

QString DashboardSession::summaryOf(const TableImportOutcome &outcome)
{
    using Kind = TableImportOutcome::Kind;
    if (outcome.kind == Kind::Failed)
        return tr("Public table not imported: %1").arg(outcome.error);
    if (outcome.kind == Kind::AlreadyImported)
        return tr("%1: this version was imported before; nothing changed.").arg(outcome.fileName);
    if (outcome.kind == Kind::Reapplied)
        return tr("%1 read again with the new site mapping: %n figure(s)", nullptr, outcome.facts)
                   .arg(outcome.fileName)
            + tr(" for %n site(s)", nullptr, outcome.sitesMatched) + QLatin1Char('.');
    QString summary = tr("%1: %n figure(s) imported", nullptr, outcome.facts).arg(outcome.fileName)
        + tr(" for %n site(s)", nullptr, outcome.sitesMatched);
    if (!outcome.credit.isEmpty())
        summary += tr(" (%1)").arg(outcome.credit);
    summary += QLatin1Char('.');
    if (!outcome.unmatched.isEmpty()) {
        // A few names say what kind of rows they are; the Feeds page lists every one.
        constexpr int kNamesListed = 8;
        QStringList names;
        for (const UnmatchedName &name : outcome.unmatched.mid(0, kNamesListed))
            names.append(name.name);
        const int more = int(outcome.unmatched.size()) - int(names.size());
        if (more > 0)
            names.append(tr("and %n more (listed on the Feeds page)", nullptr, more));
        summary += QLatin1Char(' ')
            + tr("%n name(s) match no site and were not imported: %1", nullptr,
                int(outcome.unmatched.size()))
                  .arg(names.join(QStringLiteral(", ")));
    }
    if (outcome.previousSitesMatched > outcome.sitesMatched)
        summary += QLatin1Char(' ')
            + tr("The previous version matched %1 sites, this one %2: the publisher may have "
                 "renamed a site.")
                  .arg(outcome.previousSitesMatched)
                  .arg(outcome.sitesMatched);
    return summary;
}

QString DashboardSession::open(const QString &path)
{
    m_snapshotTakenAt = SnapshotFile::takenAt(path).value_or(QDateTime());
    const bool snapshot = isSnapshot();
    QString databasePath = path;
    if (snapshot) {
        if (const QString error = upgradedCopyOf(path, &databasePath); !error.isEmpty())
            return error;
    }
    const QString error
        = m_store.open(databasePath, snapshot ? Store::Access::ReadOnly : Store::Access::ReadWrite);
    if (!error.isEmpty())
        return error;
    const bool damaged = !m_store.damageMessage().isEmpty();
    if (damaged)
        m_warnings.append(m_store.damageMessage());

    if (!snapshot && !damaged) {
        // A snapshot shows what was carried, never the dataset this build bundles.
        const Dataset dataset = DatasetParser::bundled();
        for (const DatasetError &rowError : dataset.errors)
            m_warnings.append(tr("Bundled dataset: %1").arg(rowError.toString()));
        const DatasetImporter::Result imported = DatasetImporter::import(m_store, dataset);
        if (imported.outcome == DatasetImporter::Result::Outcome::Failed)
            m_warnings.append(imported.error);
    }

    if (!snapshot && !damaged) {
        for (const QString &tablePath : std::as_const(m_startupImports)) {
            for (const TableImport &import : readTableFile(tablePath))
                m_importSummaries.append(
                    summaryOf(TableImportWriter::write(m_store.connection(), import)));
        }
    } else if (!m_startupImports.isEmpty()) {
        m_importSummaries.append(tr("The store is read-only: no public table was imported."));
    }

    startWriter(databasePath, snapshot || damaged);

    m_publisher = new SnapshotPublisher(m_store, this);
    connect(m_writer, &StoreWriter::committed, m_publisher, &SnapshotPublisher::storeChanged,
        Qt::QueuedConnection);
    m_projections = new ProjectionController(m_store, this);
    connect(m_publisher, &SnapshotPublisher::snapshotChanged, m_projections,
        &ProjectionController::reload);
    if (!snapshot && !damaged) // a snapshot keeps the projections it was taken with
        connect(m_projections, &ProjectionController::saveRequested, m_writer,
            &StoreWriter::saveProjection, Qt::QueuedConnection);
    m_publisher->refreshNow();

    // Alerts run wherever the session runs: in the window and in --collect.
    m_alerts = new AlertMonitor(m_store, m_writer, this);
    m_alerts->setThresholds(AlertSettings::load());
    connect(m_writer, &StoreWriter::committed, m_alerts, &AlertMonitor::dataChanged,
        Qt::QueuedConnection);
    connect(m_writer, &StoreWriter::healthRecorded, m_alerts, &AlertMonitor::dataChanged,
        Qt::QueuedConnection);
    // Another process (a collector) may write alerts to the same store.
    connect(m_publisher, &SnapshotPublisher::snapshotChanged, m_alerts, &AlertMonitor::reload);
    m_alerts->start();
    return QString();
}

void DashboardSession::startWriter(const QString &databasePath, bool readOnly)
{
    m_writer = new StoreWriter(databasePath);
    m_writer->setReadOnly(readOnly);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.setObjectName(QStringLiteral("store-writer"));
    m_writerThread.start();

    // The views' writes go to the writer's thread, its answers come back to this one.
    connect(this, &DashboardSession::annotationRequested, m_writer, &StoreWriter::addAnnotation,
        Qt::QueuedConnection);
    connect(this, &DashboardSession::manualPhaseEventRequested, m_writer,
        &StoreWriter::addManualPhaseEvent, Qt::QueuedConnection);
    connect(this, &DashboardSession::manualPhaseEventRemovalRequested, m_writer,
        &StoreWriter::removeManualPhaseEvent, Qt::QueuedConnection);
    connect(m_writer, &StoreWriter::annotationAdded, this, &DashboardSession::annotationAdded,
        Qt::QueuedConnection);
    connect(m_writer, &StoreWriter::phaseEventAdded, this, &DashboardSession::phaseEventAdded,
        Qt::QueuedConnection);
    connect(m_writer, &StoreWriter::phaseEventRemoved, this, &DashboardSession::phaseEventRemoved,
        Qt::QueuedConnection);
    connect(m_writer, &StoreWriter::phaseEventRefused, this, &DashboardSession::phaseEventRefused,
        Qt::QueuedConnection);
    connect(m_writer, &StoreWriter::writeFailed, this, &DashboardSession::writeFailed,
        Qt::QueuedConnection);
    connect(
        m_writer, &StoreWriter::tableImported, this,
        [this](const TableImportOutcome &outcome) {
            // A polled table refused on import is its source's error on the Feeds page, not
            // only a passing status-bar line. (A ZIP's tables are "<source>/<entry>".)
            if (m_poller && outcome.kind == TableImportOutcome::Kind::Failed
                && !TableReadContext::isFileSource(outcome.sourceId))
                m_poller->reportTableRefused(
                    outcome.sourceId.section(QLatin1Char('/'), 0, 0), outcome.error);
            emit tableImported(outcome);
        },
        Qt::QueuedConnection);
    connect(
        m_writer, &StoreWriter::siteAliasSet, this,
        [this](const QString &name, const QString &siteId, const QString &error) {
            if (error.isEmpty())
                rereadNewestTables();
            emit siteAliasSet(name, siteId, error);
        },
        Qt::QueuedConnection);
}

bool DashboardSession::isSnapshotFile(const QString &path)
{
    return SnapshotFile::takenAt(path).has_value();
}

SiteDetail DashboardSession::siteDetail(const QString &siteId, const TimeRange &range) const
{
    return SiteDetailQuery::build(m_store, siteId, QDateTime::currentDateTimeUtc(), range);
}

OverviewCharts DashboardSession::overviewCharts(const TimeRange &range) const
{
    return DashboardQuery::overviewCharts(m_store, QDateTime::currentDateTimeUtc(), range);
}

QString DashboardSession::exportSnapshot(
    const QString &path, const std::function<bool(int)> &progress)
{
    if (m_writerThread.isRunning() && !isSnapshot())
        QMetaObject::invokeMethod(m_writer, &StoreWriter::flush, Qt::BlockingQueuedConnection);
    return SnapshotFile::write(m_store.path(), path, QDateTime::currentDateTimeUtc(), progress);
}

QString DashboardSession::startFeed(const QString &sourcesPath)
{
    if (isSnapshot())
        return tr("This is a read-only snapshot: polling stays off.");
    if (!m_store.damageMessage().isEmpty()) // polled samples could not be stored
        return m_store.damageMessage();
    QString error;
    QList<FeedSource> sources = FeedSourceFile::load(sourcesPath, &error);
    if (!error.isEmpty())
        return error;
    m_tableMappings = FeedSourceFile::loadMappings(sourcesPath, &error);
    seedTableValidators(sources);
    stopFeed();
    startPoller(sources);
    return QString();
}

void DashboardSession::startPoller(const QList<FeedSource> &sources)
{
    StoreWriter *writer = m_writer;
    // The poller's thread hands its results to the writer's thread by queued calls.
    m_poller = std::make_unique<FeedPoller>(
        sources,
        [writer](QList<KeyedSample> samples) {
            QMetaObject::invokeMethod(
                writer, [writer, samples] { writer->enqueue(samples); }, Qt::QueuedConnection);
        },
        [writer](SourceHealth health) {
            QMetaObject::invokeMethod(
                writer, [writer, health] { writer->recordHealth(health); }, Qt::QueuedConnection);
        },
        [writer](QList<Lifecycle::FeedObservation> phases) {
            QMetaObject::invokeMethod(
                writer, [writer, phases] { writer->recordFeedPhases(phases); },
                Qt::QueuedConnection);
        });
    // The writer drops samples of sites the store does not know: the poller says so instead.
    QStringList siteIds;
    for (const Site &site : m_store.sites())
        siteIds.append(site.id);
    m_poller->setKnownSiteIds(siteIds);
    m_poller->setTableSink([this](PolledTable table) {
        QMetaObject::invokeMethod(
            this, [this, table] { importPolledTable(table); }, Qt::QueuedConnection);
    });
    m_poller->start();
    m_polledSources = int(sources.size());
}

QString DashboardSession::startDemoFeed()
{
    if (isSnapshot())
        return tr("This is a read-only snapshot: polling stays off.");
    if (!m_store.damageMessage().isEmpty()) // polled samples could not be stored
        return m_store.damageMessage();
    stopFeed();
    m_simulator = std::make_unique<SimulatorServer>(
        SimulatedFleet(SimulatedFleet::defaultSites(QDateTime::currentMSecsSinceEpoch()), 2025));
    const QString error = m_simulator->start(QStringLiteral("127.0.0.1"), 0);
    if (!error.isEmpty()) {
        m_simulator.reset();
        return tr("The built-in site simulator could not start: %1").arg(error);
    }
    FeedSource status;
    status.id = QStringLiteral("demo-status");
    status.name = tr("Site simulator: status feed");
    status.kind = FeedSource::Kind::SiteStatus;
    status.url = m_simulator->baseUrl() + QStringLiteral("/status.json");
    status.intervalMs = 5'000;
    status.provenance = Provenance::Simulated;
    startPoller({ status });
    return QString();
}

void DashboardSession::stopFeed()
{
    if (m_poller)
        m_poller->stop();
    m_poller.reset();
    m_simulator.reset();
}

void DashboardSession::setSourceEnabled(const QString &sourceId, bool enabled)
{
    if (m_poller)
        m_poller->setSourceEnabled(sourceId, enabled);
}

bool DashboardSession::feedRunning() const
{
    return m_poller && m_poller->isRunning();
}

QString DashboardSession::simulatorUrl() const
{
    return m_simulator ? m_simulator->baseUrl() : QString();
}
