#include "store/storewriter.h"

#include "domain/figureformat.h"

#include "store/samplewriter.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/tableimportwriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <climits>
#include <sqlite3.h>

StoreWriter::StoreWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    qRegisterMetaType<StoreChange>();
    qRegisterMetaType<QList<KeyedSample>>();
    qRegisterMetaType<ProjectionRecord>();
    qRegisterMetaType<SourceHealth>();
    qRegisterMetaType<AlertTransitions>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<Annotation>();
    qRegisterMetaType<StoreWriteState>();
    qRegisterMetaType<TableImport>();
    qRegisterMetaType<TableImportOutcome>();
}

StoreWriter::~StoreWriter()
{
    flush();
}

QString StoreWriter::readOnlyMessage()
{
    return tr("This is a read-only snapshot: changes cannot be saved. Open the original database "
              "to make changes.");
}

bool StoreWriter::refuseWhenReadOnly()
{
    if (!m_readOnly)
        return false;
    emit writeFailed(readOnlyMessage());
    return true;
}

bool StoreWriter::openConnection(QString *error)
{
    if (m_connection && m_connection->isOpen())
        return true;
    m_connection = std::make_unique<sqlite::Connection>();
    if (!m_connection->open(m_path, sqlite::Connection::Mode::ReadWrite)
        || !m_connection->exec(
            QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL"))) {
        *error = m_connection->errorMessage();
        m_connection.reset();
        return false;
    }
    applyConnectionLimits();
    m_writer = std::make_unique<SampleWriter>(*m_connection);
    return true;
}

bool StoreWriter::ensureOpen()
{
    QString error;
    if (openConnection(&error))
        return true;
    emit writeFailed(tr("Cannot write to the database %1: %2").arg(m_path, error));
    return false;
}

void StoreWriter::applyConnectionLimits()
{
    if (!m_connection || !m_connection->isOpen())
        return;
    sqlite3_busy_timeout(m_connection->handle(), m_busyTimeoutMs);
    // SQLite's default limit: as good as none.
    const qint64 pages = m_pageLimit > 0 ? m_pageLimit : 4294967294LL;
    m_connection->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

void StoreWriter::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = milliseconds;
    applyConnectionLimits();
}

void StoreWriter::setPageLimit(qint64 pages)
{
    m_pageLimit = pages;
    applyConnectionLimits();
}

QString StoreWriter::describe(const StoreWriteState &state, const QString &databasePath)
{
    const QString path = QDir::toNativeSeparators(databasePath);
    if (!state.failing && state.lost == 0)
        return tr("The store %1 can be written again.").arg(path);
    if (!state.failing)
        return tr("The store %1 can be written again; %n sample(s) were lost while it could not.",
            nullptr, int(std::min<qint64>(state.lost, INT_MAX)))
            .arg(path);
    // The window's banner and stderr show this: the user's language's dates and numbers.
    const QString since
        = FigureFormat::dateTime(QDateTime::fromMSecsSinceEpoch(state.failingSinceMs, Qt::UTC));
    return tr("Cannot write to the store %1 since %2: %3. %4 sample(s) waiting, %5 lost. Free "
              "some disk space or close the other program using it; writing resumes by itself.")
        .arg(path, since, state.error, FigureFormat::count(double(state.waiting)),
            FigureFormat::count(double(state.lost)));
}

void StoreWriter::enqueue(const QList<KeyedSample> &samples)
{
    if (refuseWhenReadOnly())
        return;
    m_state.accepted += samples.size();
    m_pending.append(samples);
    trimQueue();
    if (m_state.failing)
        return; // the retry timer writes them when the store can be written again
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

void StoreWriter::trimQueue()
{
    const qint64 excess = qint64(m_pending.size()) - m_queueLimit;
    if (excess <= 0)
        return;
    // The oldest go first: the newest describe the fleet as it is now.
    m_pending.remove(0, qsizetype(excess));
    m_state.lost += excess;
    m_state.waiting = m_pending.size();
    emit writeStateChanged(m_state);
}

void StoreWriter::saveProjection(const ProjectionRecord &record)
{
    if (refuseWhenReadOnly())
        return;
    if (!ensureOpen())
        return;
    const auto date
        = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    auto insert
        = m_connection->prepare(QStringLiteral("INSERT INTO projections(computed_at, verdict, eta, "
                                               "eta_early, eta_late, assumptions, result) "
                                               "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, record.computedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(2, record.verdict)
        .bind(3, date(record.eta))
        .bind(4, date(record.etaEarly))
        .bind(5, date(record.etaLate))
        .bind(6, QString::fromUtf8(record.assumptionsJson))
        .bind(7, QString::fromUtf8(record.resultJson));
    if (!insert.run()) {
        emit writeFailed(tr("Saving the projection failed: %1").arg(m_connection->errorMessage()));
        return;
    }
    auto id = m_connection->prepare(QStringLiteral("SELECT last_insert_rowid()"));
    emit projectionSaved(id.next() ? id.int64(0) : 0);
}

void StoreWriter::recordHealth(const SourceHealth &health)
{
    if (refuseWhenReadOnly())
        return;
    // Queued like samples while the store cannot be written: a source's health must not turn
    // stale in the store (and raise alerts) because the writer failed.
    if (m_state.failing) {
        m_pendingHealth.insert(health.sourceId, health);
        return;
    }
    QString error;
    if (!openConnection(&error)) {
        m_pendingHealth.insert(health.sourceId, health);
        noteFailure(error);
        return;
    }
    if (writeHealth(health))
        emit healthRecorded(health.sourceId);
    else if (failsForNow(*m_connection)) {
        m_pendingHealth.insert(health.sourceId, health);
        noteFailure(m_connection->errorMessage());
    }
}

bool StoreWriter::failsForNow(const sqlite::Connection &connection)
{
    switch (connection.errorCode() & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
        return true;
    default:
        return false;
    }
}

bool StoreWriter::writeHealth(const SourceHealth &health)
{
    auto upsert = m_connection->prepare(
        QStringLiteral("INSERT OR REPLACE INTO source_health(source_id, name, kind, url, enabled, "
                       "interval_ms, last_attempt, "
                       "last_success, latency_ms, consecutive_failures, last_error, next_poll, "
                       "samples_last_poll, samples_total, site_ids, paused_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto optionalTime
        = [](qint64 ms) { return ms > 0 ? std::optional<qint64>(ms) : std::nullopt; };
    upsert.bind(1, health.sourceId)
        .bind(2, health.name)
        .bind(3, health.kind)
        .bind(4, health.url)
        .bind(5, qint64(health.enabled ? 1 : 0))
        .bind(6, qint64(health.intervalMs))
        .bind(7, optionalTime(health.lastAttemptMs))
        .bind(8, optionalTime(health.lastSuccessMs))
        .bind(9, qint64(health.latencyMs))
        .bind(10, qint64(health.consecutiveFailures))
        .bind(11, health.lastError.isNull() ? QStringLiteral("") : health.lastError)
        .bind(12, optionalTime(health.nextPollMs))
        .bind(13, qint64(health.samplesLastPoll))
        .bind(14, health.samplesTotal)
        .bind(15, health.siteIds.join(QLatin1Char(' ')))
        .bind(16, health.pausedAtMs);
    if (upsert.run())
        return true;
    if (!failsForNow(*m_connection)) // a row the store refuses: retrying would not help
        emit writeFailed(tr("Recording the health of source %1 failed: %2")
                             .arg(health.sourceId, m_connection->errorMessage()));
    return false;
}

bool StoreWriter::writeQueuedHealth()
{
    while (!m_pendingHealth.isEmpty()) {
        const SourceHealth health = m_pendingHealth.first();
        const bool written = writeHealth(health);
        if (!written && failsForNow(*m_connection))
            return false;
        m_pendingHealth.remove(health.sourceId);
        if (written)
            emit healthRecorded(health.sourceId);
    }
    return true;
}

void StoreWriter::addAnnotation(const Annotation &annotation)
{
    if (refuseWhenReadOnly() || !ensureOpen())
        return;
    if (!annotation.day.isValid() || annotation.text.trimmed().isEmpty()) {
        emit writeFailed(tr("A note needs a valid date and some text; nothing was saved."));
        return;
    }
    const QDateTime created
        = annotation.createdAt.isValid() ? annotation.createdAt : QDateTime::currentDateTimeUtc();
    auto insert = m_connection->prepare(QStringLiteral(
        "INSERT INTO annotations(site_id, day, text, created_at, author) VALUES(?, ?, ?, ?, ?)"));
    insert.bind(1, annotation.siteId)
        .bind(2, annotation.day.toString(Qt::ISODate))
        .bind(3, annotation.text.trimmed())
        .bind(4, created.toUTC().toString(Qt::ISODate))
        .bind(5, annotation.author.isNull() ? QStringLiteral("") : annotation.author);
    if (!insert.run()) {
        emit writeFailed(tr("Saving the note on %1 failed: %2")
                             .arg(annotation.siteId, m_connection->errorMessage()));
        return;
    }
    auto id = m_connection->prepare(QStringLiteral("SELECT last_insert_rowid()"));
    emit annotationAdded(id.next() ? id.int64(0) : 0, annotation.siteId);
}

void StoreWriter::importTable(const TableImport &import)
{
    if (refuseWhenReadOnly() || !ensureOpen()) {
        TableImportOutcome outcome;
        outcome.fileName = import.fileName;
        outcome.sourceId = import.sourceId;
        outcome.error
            = tr("The store is read-only; the table %1 was not imported.").arg(import.fileName);
        emit tableImported(outcome);
        return;
    }
    const TableImportOutcome outcome = TableImportWriter::write(*m_connection, import);
    if (outcome.kind == TableImportOutcome::Kind::Imported) {
        StoreChange change;
        change.datasetChanged = true;
        emit committed(change);
    }
    emit tableImported(outcome);
}

void StoreWriter::reapplyTable(qint64 importId, const TableImport &reread)
{
    if (refuseWhenReadOnly() || !ensureOpen())
        return;
    const TableImportOutcome outcome = TableImportWriter::reapply(*m_connection, importId, reread);
    if (outcome.kind == TableImportOutcome::Kind::Reapplied) {
        StoreChange change;
        change.datasetChanged = true;
        emit committed(change);
    }
    emit tableImported(outcome);
}

void StoreWriter::setSiteAlias(const QString &name, const QString &siteId)
{
    if (refuseWhenReadOnly() || !ensureOpen())
        return;
    emit siteAliasSet(name, siteId, TableImportWriter::setUserAlias(*m_connection, name, siteId));
}

void StoreWriter::flush()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_retryTimer)
        m_retryTimer->stop();
    if (!hasQueued())
        return;
    QString error;
    if (!openConnection(&error)) {
        noteFailure(error);
        return;
    }
    if (!writeQueuedHealth()) {
        noteFailure(m_connection->errorMessage());
        return;
    }
    if (writeQueuedSamples())
        noteRecovered();
}

bool StoreWriter::writeQueuedSamples()
{
    while (!m_pending.isEmpty()) {
        // Bounded transactions: a long queue after an outage is written in parts, and what a
        // part committed stays committed when a later one fails.
        const qsizetype count = std::min<qsizetype>(m_pending.size(), kMaxPending);
        const SampleWriter::Result result = m_writer->write(m_pending.first(count));
        if (!result.error.isEmpty()) {
            // Nothing of the part was stored: it stays at the head of the queue, in order.
            noteFailure(
                tr("Writing %n sample(s) failed: %1", nullptr, int(count)).arg(result.error));
            return false;
        }
        m_pending.remove(0, count);
        m_state.written += result.change.samplesWritten;
        m_state.refused += result.rejected;
        m_state.alreadyStored += count - result.change.samplesWritten - result.rejected;
        if (result.change.samplesWritten > 0)
            emit committed(result.change);
    }
    return true;
}

StoreWriteState StoreWriter::drain(int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    flush();
    while (hasQueued() && elapsed.elapsed() < timeoutMs) {
        // Not synchronisation: the pause between two attempts to write to a failing store.
        const qint64 left = timeoutMs - elapsed.elapsed();
        QThread::msleep(
            ulong(std::clamp<qint64>(std::min<qint64>(m_retryDelayMs, left), 1, kMaxRetryMs)));
        flush();
    }
    StoreWriteState state = m_state;
    state.waiting = m_pending.size();
    return state;
}

void StoreWriter::noteFailure(const QString &error)
{
    const bool first = !m_state.failing;
    m_state.failing = true;
    if (first)
        m_state.failingSinceMs = QDateTime::currentMSecsSinceEpoch();
    m_state.error = error;
    m_state.waiting = m_pending.size();
    // A connection that failed may be broken (an I/O error): the next attempt opens afresh.
    m_writer.reset();
    m_connection.reset();
    if (first)
        emit writeFailed(describe(m_state, m_path));
    emit writeStateChanged(m_state);
    scheduleRetry();
}

void StoreWriter::noteRecovered()
{
    m_retryDelayMs = 0;
    if (!m_state.failing)
        return;
    m_state.failing = false;
    m_state.failingSinceMs = 0;
    m_state.error.clear();
    m_state.waiting = 0;
    emit writeStateChanged(m_state);
}

void StoreWriter::scheduleRetry()
{
    if (!m_retryTimer) {
        // Created here, on the writer's own thread, so that it fires there.
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &StoreWriter::flush);
    }
    m_retryDelayMs
        = m_retryDelayMs == 0 ? kFirstRetryMs : std::min(2 * m_retryDelayMs, kMaxRetryMs);
    m_retryTimer->start(m_retryDelayMs);
}

void StoreWriter::removeManualPhaseEvent(qint64 id)
{
    if (m_readOnly) {
        emit phaseEventRefused(readOnlyMessage());
        return;
    }
    if (!ensureOpen()) {
        emit phaseEventRefused(tr("The database cannot be written."));
        return;
    }
    auto remove = m_connection->prepare(QStringLiteral(
        "DELETE FROM phase_events WHERE id = ? AND origin = 'manual' AND provenance = 'manual'"));
    remove.bind(1, id);
    if (!remove.run()) {
        emit phaseEventRefused(
            tr("Removing the phase event failed: %1").arg(m_connection->errorMessage()));
        return;
    }
    auto changed = m_connection->prepare(QStringLiteral("SELECT changes()"));
    if (!changed.next() || changed.int64(0) == 0) {
        emit phaseEventRefused(
            tr("Only phase events entered by hand can be removed; this one comes from a source."));
        return;
    }
    emit phaseEventRemoved(id);
    StoreChange change;
    change.datasetChanged = true;
    emit committed(change);
}

void StoreWriter::recordFeedPhases(const QList<Lifecycle::FeedObservation> &observations)
{
    if (observations.isEmpty() || m_readOnly || !ensureOpen())
        return;
    int stored = 0;
    for (const Lifecycle::FeedObservation &observation : observations) {
        auto site = m_connection->prepare(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"));
        site.bind(1, observation.siteId);
        if (!site.next())
            continue;
        const std::optional<PhaseEvent> event = Lifecycle::eventForFeedObservation(
            observation, Store::phaseEventsOn(*m_connection, observation.siteId));
        if (!event)
            continue;
        auto insert = m_connection->prepare(
            QStringLiteral("INSERT INTO phase_events(site_id, phase, date, date_text, provenance, "
                           "source_url, note, origin) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, 'feed')"));
        insert.bind(1, event->siteId)
            .bind(2, phaseId(event->phase))
            .bind(3, event->date.toString(Qt::ISODate))
            .bind(4, event->dateText)
            .bind(5, provenanceId(event->provenance))
            .bind(6, event->sourceUrl)
            .bind(7, event->note);
        if (!insert.run()) {
            emit writeFailed(tr("Saving the phase that a feed reported failed: %1")
                                 .arg(m_connection->errorMessage()));
            return;
        }
        ++stored;
    }
    if (stored > 0) {
        StoreChange change;
        change.datasetChanged = true;
        emit committed(change);
    }
}

ManualEventResult StoreWriter::addManualPhaseEvent(const Lifecycle::ManualEntry &entry)
{
    ManualEventResult result;
    const auto refuse = [&](const QString &reason) {
        result.error = reason;
        emit phaseEventRefused(reason);
        return result;
    };
    if (m_readOnly)
        return refuse(readOnlyMessage());
    if (!ensureOpen())
        return refuse(tr("The database cannot be written."));
    auto site = m_connection->prepare(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"));
    site.bind(1, entry.siteId.trimmed());
    if (!site.next())
        return refuse(tr("There is no site \"%1\".").arg(entry.siteId));

    const Lifecycle::EntryCheck check = Lifecycle::checkManualEntry(
        entry, Store::phaseEventsOn(*m_connection, entry.siteId.trimmed()));
    if (!check.event)
        return refuse(check.error);

    const PhaseEvent &event = *check.event;
    auto insert = m_connection->prepare(
        QStringLiteral("INSERT INTO phase_events(site_id, phase, date, date_text, provenance, "
                       "note, origin, entered_by, entered_at) "
                       "VALUES(?, ?, ?, ?, 'manual', ?, 'manual', ?, ?)"));
    insert.bind(1, event.siteId)
        .bind(2, phaseId(event.phase))
        .bind(3, event.date.toString(Qt::ISODate))
        .bind(4, event.dateText)
        .bind(5, event.note.isNull() ? QStringLiteral("") : event.note)
        .bind(6, event.enteredBy.isNull() ? QStringLiteral("") : event.enteredBy)
        .bind(7,
            event.enteredAt.isValid() ? event.enteredAt.toUTC().toString(Qt::ISODateWithMs)
                                      : QString());
    if (!insert.run())
        return refuse(tr("Saving the phase event failed: %1").arg(m_connection->errorMessage()));
    auto id = m_connection->prepare(QStringLiteral("SELECT last_insert_rowid()"));
    result.id = id.next() ? id.int64(0) : 0;
    for (const Lifecycle::Issue &issue : check.issues)
        result.issues.append(issue.message);
    emit phaseEventAdded(result.id, result.issues);
    StoreChange change;
    change.datasetChanged = true;
    emit committed(change);
    return result;
}

void StoreWriter::applyAlertTransitions(const AlertTransitions &transitions)
{
    if (transitions.isEmpty() || !ensureOpen()) {
        emit alertsWritten();
        return;
    }
    sqlite::Transaction transaction(*m_connection);
    auto raise
        = m_connection->prepare(QStringLiteral("INSERT OR IGNORE INTO alerts(rule, site_id, "
                                               "source_id, raised_at, severity, message, value) "
                                               "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    auto clear = m_connection->prepare(
        QStringLiteral("UPDATE alerts SET cleared_at = ? WHERE rule = ? AND site_id = ? AND "
                       "source_id = ? AND cleared_at IS NULL"));
    auto update = m_connection->prepare(
        QStringLiteral("UPDATE alerts SET severity = ?, message = ?, value = ? WHERE rule = ? AND "
                       "site_id = ? AND source_id = ? AND cleared_at IS NULL"));
    const auto text
        = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    bool ok = transaction.begun();
    for (const AlertKey &key : transitions.clear) {
        if (!ok)
            break;
        clear.reset();
        ok = clear.bind(1, transitions.atMs)
                 .bind(2, key.rule)
                 .bind(3, text(key.siteId))
                 .bind(4, text(key.sourceId))
                 .run();
    }
    for (const AlertCondition &condition : transitions.raise) {
        if (!ok)
            break;
        raise.reset();
        ok = raise.bind(1, condition.key.rule)
                 .bind(2, text(condition.key.siteId))
                 .bind(3, text(condition.key.sourceId))
                 .bind(4, transitions.atMs)
                 .bind(5, severityId(condition.severity))
                 .bind(6, condition.message)
                 .bind(7, condition.value)
                 .run();
    }
    for (const AlertCondition &condition : transitions.update) {
        if (!ok)
            break;
        update.reset();
        ok = update.bind(1, severityId(condition.severity))
                 .bind(2, condition.message)
                 .bind(3, condition.value)
                 .bind(4, condition.key.rule)
                 .bind(5, text(condition.key.siteId))
                 .bind(6, text(condition.key.sourceId))
                 .run();
    }
    if (!ok || !transaction.commit())
        emit writeFailed(tr("Recording alerts failed: %1").arg(m_connection->errorMessage()));
    emit alertsWritten();
}

void StoreWriter::unacknowledgeAlerts(const QList<qint64> &ids)
{
    if (ids.isEmpty() || refuseWhenReadOnly() || !ensureOpen()) {
        emit alertsWritten();
        return;
    }
    sqlite::Transaction transaction(*m_connection);
    auto update = m_connection->prepare(QStringLiteral(
        "UPDATE alerts SET acknowledged_at = NULL, acknowledged_by = '' WHERE id = ?"));
    bool ok = transaction.begun();
    for (qint64 id : ids) {
        if (!ok)
            break;
        update.reset();
        ok = update.bind(1, id).run();
    }
    if (!ok || !transaction.commit())
        emit writeFailed(
            tr("Taking back acknowledgements failed: %1").arg(m_connection->errorMessage()));
    emit alertsWritten();
}

void StoreWriter::setAlertComment(qint64 id, const QString &comment, const QString &user)
{
    if (refuseWhenReadOnly() || !ensureOpen()) {
        emit alertsWritten();
        return;
    }
    const QString text = comment.trimmed().left(2000);
    auto update = m_connection->prepare(
        QStringLiteral("UPDATE alerts SET comment = ?, comment_by = ? WHERE id = ?"));
    if (!update.bind(1, text).bind(2, text.isEmpty() ? QString() : user).bind(3, id).run())
        emit writeFailed(tr("Saving the comment failed: %1").arg(m_connection->errorMessage()));
    emit alertsWritten();
}

void StoreWriter::acknowledgeAlerts(const QList<qint64> &ids, const QString &user, qint64 atMs)
{
    if (ids.isEmpty() || !ensureOpen()) {
        emit alertsWritten();
        return;
    }
    sqlite::Transaction transaction(*m_connection);
    auto update = m_connection->prepare(
        QStringLiteral("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? "
                       "AND acknowledged_at IS NULL"));
    bool ok = transaction.begun();
    for (qint64 id : ids) {
        if (!ok)
            break;
        update.reset();
        ok = update.bind(1, atMs).bind(2, user).bind(3, id).run();
    }
    if (!ok || !transaction.commit())
        emit writeFailed(tr("Acknowledging alerts failed: %1").arg(m_connection->errorMessage()));
    emit alertsWritten();
}
