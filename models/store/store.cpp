#include "store/store.h"

#include "domain/timeutil.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <cmath>

namespace {

QDate dateFromText(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

QString Store::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("stargate.sqlite"));
}

QString Store::checkExistingFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the database file %1: %2. Check its permissions or choose another "
                  "file with --db PATH.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    const QByteArray header = file.read(16);
    if (file.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
        return tr("The file %1 is not a Stargate Dashboard database (not a SQLite file). It was "
                  "left untouched; choose another file with --db PATH.")
            .arg(QDir::toNativeSeparators(path));
    return QString();
}

QString Store::open(const QString &path, Access access)
{
    m_connection.close();
    m_path = path;
    m_readOnly = access == Access::ReadOnly;
    m_damage.clear();
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return tr("The database path %1 is a folder, not a file. Choose a file with --db PATH.")
            .arg(QDir::toNativeSeparators(path));
    if (exists) {
        const QString problem = checkExistingFile(path);
        if (!problem.isEmpty())
            return problem;
    } else if (access == Access::ReadOnly) {
        return tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return tr("Cannot create the folder %1 for the database. Check its permissions or choose "
                  "another file with --db PATH.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    }

    using Mode = sqlite::Connection::Mode;
    const Mode mode = access == Access::ReadOnly
        ? Mode::ReadOnly
        : (exists ? Mode::ReadWrite : Mode::ReadWriteCreate);
    if (!m_connection.open(path, mode))
        return tr("Cannot open the database %1: %2. Check that the file and its folder are "
                  "writable, or choose another file with --db PATH.")
            .arg(QDir::toNativeSeparators(path), m_connection.errorMessage());
    const QString problem = configure(access);
    if (!problem.isEmpty()) {
        m_connection.close();
        return problem;
    }
    return QString();
}

QString Store::configure(Access access)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    // Reading the schema version is the first real read: it fails on a damaged file.
    const int version = Schema::versionOf(m_connection);
    if (version < 0 && (m_connection.errorCode() & 0xff) == 5 /* SQLITE_BUSY */)
        return tr(
            "The database %1 is locked by another program. Close that program (or the other "
            "Stargate Dashboard window) and try again, or choose another file with --db PATH.")
            .arg(nativePath);
    const int code = m_connection.errorCode() & 0xff;
    if (version < 0 && (code == 10 /* SQLITE_IOERR */ || code == 13 /* SQLITE_FULL */))
        return tr("Cannot open the database %1: %2. The disk may be full: free some space and "
                  "try again. The file was left untouched.")
            .arg(nativePath, m_connection.errorMessage());
    if (version < 0)
        return tr("The file %1 cannot be read as a database: %2. It was left untouched; choose "
                  "another file with --db PATH.")
            .arg(nativePath, m_connection.errorMessage());
    if (version > Schema::latestVersion())
        return tr("The database %1 was written by a newer version of Stargate Dashboard (schema "
                  "%2; this version knows up to %3). It was left untouched; update the program "
                  "or choose another file with --db PATH.")
            .arg(nativePath)
            .arg(version)
            .arg(Schema::latestVersion());
    if (version > 0) {
        // An existing database must look like ours before anything is written to it.
        auto check = m_connection.prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                           "('sites', 'series', 'samples')"));
        if (!check.next() || check.int64(0) != 3)
            return tr("The database %1 is not a Stargate Dashboard database. It was left "
                      "untouched; choose another file with --db PATH.")
                .arg(nativePath);
    } else {
        auto tables = m_connection.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!tables.next() || tables.int64(0) != 0)
            return tr("The database %1 belongs to another program. It was left untouched; choose "
                      "another file with --db PATH.")
                .arg(nativePath);
    }
    if (access == Access::ReadWrite && version > 0) {
        // A damaged file written on would only get worse: it is shown, never written.
        if (const QString damage = checkIntegrity(); !damage.isEmpty())
            return version < Schema::latestVersion() ? damage : reopenReadOnly(damage);
    }
    if (access == Access::ReadOnly) {
        if (version < Schema::latestVersion())
            return tr("The database %1 uses an older schema and is open read-only, so it cannot be "
                      "upgraded. Open it once with write access.")
                .arg(nativePath);
        m_connection.exec(QStringLiteral("PRAGMA query_only = ON"));
        return QString();
    }
    if (!m_connection.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; "
                                          "PRAGMA synchronous = NORMAL")))
        return tr("Cannot use the database %1: %2. Another program may hold it locked; close it or "
                  "choose another file with --db PATH.")
            .arg(nativePath, m_connection.errorMessage());
    const QString migrationError = Schema::migrate(m_connection);
    if (!migrationError.isEmpty())
        return tr("Cannot upgrade the database %1: %2. The file was left at its previous version.")
            .arg(nativePath, migrationError);
    return QString();
}

QString Store::checkIntegrity()
{
    // quick_check: the b-trees and their pages, without the slower index cross-checks.
    auto check = m_connection.prepare(QStringLiteral("PRAGMA quick_check(5)"));
    QStringList problems;
    while (check.next())
        problems.append(check.text(0));
    if (!check.ok())
        problems.append(m_connection.errorMessage());
    if (problems == QStringList { QStringLiteral("ok") })
        return QString();
    return tr(
        "The database %1 is damaged (%2). It was opened read-only so that nothing more is "
        "written to it: restore it from a snapshot (one made with File → Export Snapshot…) by "
        "copying the snapshot in its place, or delete the file to start afresh.")
        .arg(QDir::toNativeSeparators(m_path), problems.join(QStringLiteral("; ")));
}

QString Store::reopenReadOnly(const QString &damage)
{
    m_connection.close();
    if (!m_connection.open(m_path, sqlite::Connection::Mode::ReadOnly))
        return damage;
    m_connection.exec(QStringLiteral("PRAGMA query_only = ON"));
    m_readOnly = true;
    m_damage = damage;
    return QString();
}

QString Store::meta(const QString &key) const
{
    auto statement = m_connection.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    statement.bind(1, key);
    return statement.next() ? statement.text(0) : QString();
}

bool Store::setMeta(const QString &key, const QString &value)
{
    auto statement = m_connection.prepare(
        QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    statement.bind(1, key).bind(2, value);
    return statement.run();
}

QList<Site> Store::sites() const
{
    QList<Site> result;
    auto q = m_connection.prepare(QStringLiteral(
        "SELECT id, name, locality, region, country, latitude, longitude, partners, gpu_model, "
        "status_text, status_as_of, first_power_text, full_operation_text, notes, source_urls, "
        "origin, user_edited FROM sites ORDER BY name"));
    while (q.next()) {
        Site site;
        site.id = q.text(0);
        site.name = q.text(1);
        site.locality = q.text(2);
        site.region = q.text(3);
        site.country = q.text(4);
        site.latitude = q.optionalReal(5);
        site.longitude = q.optionalReal(6);
        site.partners = q.text(7);
        site.gpuModel = q.text(8);
        site.statusText = q.text(9);
        site.statusAsOf = dateFromText(q.text(10));
        site.firstPowerText = q.text(11);
        site.fullOperationText = q.text(12);
        site.notes = q.text(13);
        site.sourceUrls = q.text(14).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        site.origin = q.text(15);
        site.userEdited = q.int64(16) != 0;
        result.append(site);
    }
    return result;
}

QList<PhaseEvent> Store::phaseEvents(const QString &siteId) const
{
    return phaseEventsOn(m_connection, siteId);
}

QList<PhaseEvent> Store::phaseEventsOn(sqlite::Connection &connection, const QString &siteId)
{
    QList<PhaseEvent> result;
    auto q = connection.prepare(
        QStringLiteral("SELECT id, site_id, phase, date, date_text, provenance, source_url, note, "
                       "entered_by, entered_at FROM phase_events "
                       "WHERE (?1 IS NULL OR site_id = ?1) ORDER BY site_id, date, id"));
    q.bind(1, siteId.isEmpty() ? QString() : siteId);
    while (q.next()) {
        PhaseEvent event;
        event.id = q.int64(0);
        event.siteId = q.text(1);
        event.phase = phaseFromId(q.text(2)).value_or(Phase::Announced);
        event.date = dateFromText(q.text(3));
        event.dateText = q.text(4);
        event.provenance = provenanceFromId(q.text(5)).value_or(Provenance::Reported);
        event.sourceUrl = q.text(6);
        event.note = q.text(7);
        event.enteredBy = q.text(8);
        if (!q.isNull(9))
            event.enteredAt = QDateTime::fromString(q.text(9), Qt::ISODateWithMs).toUTC();
        result.append(event);
    }
    return result;
}

QList<Milestone> Store::milestones(const QString &siteId) const
{
    QList<Milestone> result;
    auto q = m_connection.prepare(QStringLiteral(
        "SELECT id, site_id, date, date_text, gpus_low, gpus_high, mw_low, mw_high, provenance, "
        "source_url, as_of, note FROM milestones WHERE (?1 IS NULL OR site_id = ?1) "
        "ORDER BY site_id, date, id"));
    q.bind(1, siteId.isEmpty() ? QString() : siteId);
    while (q.next()) {
        Milestone milestone;
        milestone.id = q.int64(0);
        milestone.siteId = q.text(1);
        milestone.date = dateFromText(q.text(2));
        milestone.dateText = q.text(3);
        if (!q.isNull(4))
            milestone.gpus = FigureRange { q.real(4), q.real(5) };
        if (!q.isNull(6))
            milestone.powerMw = FigureRange { q.real(6), q.real(7) };
        milestone.provenance = provenanceFromId(q.text(8)).value_or(Provenance::Planned);
        milestone.sourceUrl = q.text(9);
        milestone.asOf = dateFromText(q.text(10));
        milestone.note = q.text(11);
        result.append(milestone);
    }
    return result;
}

QList<ReportedFact> Store::facts(FactSelection selection) const
{
    QList<ReportedFact> result;
    QString sql = QStringLiteral(
        "SELECT id, scope, site_id, metric, unit, value_low, value_high, period, as_of, "
        "source_url, note, provenance, analyst, method, ifnull(import_id, 0), "
        "analyst_projection FROM facts ");
    if (selection == FactSelection::Current)
        sql += QStringLiteral("WHERE import_id IS NULL OR import_id IN "
                              "(SELECT max(id) FROM table_imports GROUP BY source_id) ");
    sql += QStringLiteral("ORDER BY period, id");
    auto q = m_connection.prepare(sql);
    while (q.next()) {
        ReportedFact fact;
        fact.id = q.int64(0);
        fact.scope = scopeFromId(q.text(1)).value_or(ReportedFact::Scope::Site);
        fact.siteId = q.text(2);
        fact.metric = q.text(3);
        fact.unit = q.text(4);
        fact.value = { q.real(5), q.real(6) };
        fact.period = dateFromText(q.text(7));
        fact.asOf = dateFromText(q.text(8));
        fact.sourceUrl = q.text(9);
        fact.note = q.text(10);
        fact.provenance = provenanceFromId(q.text(11)).value_or(Provenance::Reported);
        fact.analyst = q.text(12);
        fact.method = q.text(13);
        fact.importId = q.int64(14);
        fact.analystProjection = q.int64(15) != 0;
        result.append(fact);
    }
    return result;
}

QList<SiteAlias> Store::siteAliases() const
{
    QList<SiteAlias> result;
    auto q = m_connection.prepare(QStringLiteral(
        "SELECT name, site_id, origin = 'user' FROM site_aliases ORDER BY origin, name"));
    while (q.next())
        result.append({ q.text(0), q.text(1), q.int64(2) != 0 });
    return result;
}

QList<TableImportInfo> Store::tableImports() const
{
    QList<TableImportInfo> result;
    auto q = m_connection.prepare(QStringLiteral(
        "SELECT i.id, i.source_id, i.mapping, i.title, i.file_name, i.url, i.retrieved_at, "
        "i.analyst, i.credit, i.rows_read, "
        "(SELECT count(*) FROM facts f WHERE f.import_id = i.id), "
        "(SELECT count(DISTINCT site_id) FROM facts f WHERE f.import_id = i.id), "
        "i.id = (SELECT max(id) FROM table_imports n WHERE n.source_id = i.source_id), "
        "i.etag, i.last_modified, i.file_date "
        "FROM table_imports i ORDER BY i.id DESC"));
    auto names = m_connection.prepare(QStringLiteral(
        "SELECT name, rows, first_line, detail FROM table_unmatched WHERE import_id = ? "
        "ORDER BY name"));
    while (q.next()) {
        TableImportInfo info;
        info.id = q.int64(0);
        info.sourceId = q.text(1);
        info.mappingId = q.text(2);
        info.title = q.text(3);
        info.fileName = q.text(4);
        info.url = q.text(5);
        info.retrievedAt = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
        info.analyst = q.text(7);
        info.credit = q.text(8);
        info.rowsRead = int(q.int64(9));
        info.facts = int(q.int64(10));
        info.sitesMatched = int(q.int64(11));
        info.newest = q.int64(12) != 0;
        info.etag = q.text(13);
        info.lastModified = q.text(14);
        info.fileDate = QDate::fromString(q.text(15), Qt::ISODate);
        names.reset();
        names.bind(1, info.id);
        while (names.next())
            info.unmatched.append(
                { names.text(0), int(names.int64(1)), int(names.int64(2)), names.text(3) });
        result.append(info);
    }
    return result;
}

QByteArray Store::tableImportContent(qint64 importId) const
{
    auto q = m_connection.prepare(QStringLiteral("SELECT content FROM table_imports WHERE id = ?"));
    q.bind(1, importId);
    return q.next() ? q.blob(0) : QByteArray();
}

QList<SeriesInfo> Store::series() const
{
    QList<SeriesInfo> result;
    auto q = m_connection.prepare(QStringLiteral(
        "SELECT id, ifnull(site_id, ''), metric, unit, provenance, source_url, as_of FROM series "
        "ORDER BY id"));
    while (q.next()) {
        SeriesInfo info;
        info.id = q.int64(0);
        info.key.siteId = q.text(1);
        info.key.metric = q.text(2);
        info.key.unit = q.text(3);
        info.key.provenance = provenanceFromId(q.text(4)).value_or(Provenance::Measured);
        info.sourceUrl = q.text(5);
        info.asOf = dateFromText(q.text(6));
        result.append(info);
    }
    return result;
}

QList<SourceHealth> Store::sourceHealth() const
{
    QList<SourceHealth> result;
    auto q = m_connection.prepare(
        QStringLiteral("SELECT source_id, name, kind, url, enabled, interval_ms, "
                       "ifnull(last_attempt, 0), ifnull(last_success, 0), "
                       "ifnull(latency_ms, 0), consecutive_failures, last_error, ifnull(next_poll, "
                       "0), samples_last_poll, samples_total, site_ids, paused_at "
                       "FROM source_health ORDER BY name, source_id"));
    while (q.next()) {
        SourceHealth health;
        health.sourceId = q.text(0);
        health.name = q.text(1);
        health.kind = q.text(2);
        health.url = q.text(3);
        health.enabled = q.int64(4) != 0;
        health.intervalMs = int(q.int64(5));
        health.lastAttemptMs = q.int64(6);
        health.lastSuccessMs = q.int64(7);
        health.latencyMs = q.int64(8);
        health.consecutiveFailures = int(q.int64(9));
        health.lastError = q.text(10);
        health.nextPollMs = q.int64(11);
        health.samplesLastPoll = int(q.int64(12));
        health.samplesTotal = q.int64(13);
        health.siteIds = q.text(14).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        health.pausedAtMs = q.int64(15);
        result.append(health);
    }
    return result;
}

std::optional<qint64> Store::seriesId(const SeriesKey &key) const
{
    auto q = m_connection.prepare(QStringLiteral(
        "SELECT id FROM series WHERE ifnull(site_id, '') = ? AND metric = ? AND provenance = ?"));
    q.bind(1, key.siteId.isNull() ? QStringLiteral("") : key.siteId)
        .bind(2, key.metric)
        .bind(3, provenanceId(key.provenance));
    if (q.next())
        return q.int64(0);
    return std::nullopt;
}

std::optional<Sample> Store::latestSample(qint64 seriesId) const
{
    auto q = m_connection.prepare(QStringLiteral(
        "SELECT ts, value FROM samples WHERE series_id = ? ORDER BY ts DESC LIMIT 1"));
    q.bind(1, seriesId);
    if (q.next())
        return Sample { q.int64(0), q.real(1) };
    return std::nullopt;
}

std::optional<qint64> Store::firstSampleTs(qint64 seriesId) const
{
    auto q
        = m_connection.prepare(QStringLiteral("SELECT min(ts) FROM samples WHERE series_id = ?"));
    q.bind(1, seriesId);
    if (q.next() && !q.isNull(0))
        return q.int64(0);
    return std::nullopt;
}

QList<Annotation> Store::annotations(const QString &siteId) const
{
    QList<Annotation> result;
    auto q = m_connection.prepare(
        QStringLiteral("SELECT id, site_id, day, text, created_at, author FROM annotations WHERE "
                       "site_id = ? ORDER BY day, id"));
    q.bind(1, siteId);
    while (q.next()) {
        Annotation annotation;
        annotation.id = q.int64(0);
        annotation.siteId = q.text(1);
        annotation.day = dateFromText(q.text(2));
        annotation.text = q.text(3);
        annotation.createdAt = QDateTime::fromString(q.text(4), Qt::ISODate);
        annotation.author = q.text(5);
        result.append(annotation);
    }
    return result;
}

QList<Sample> Store::rawSamples(qint64 seriesId, qint64 fromMs, qint64 toMs) const
{
    QList<Sample> result;
    auto q = m_connection.prepare(QStringLiteral(
        "SELECT ts, value FROM samples WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts"));
    q.bind(1, seriesId).bind(2, fromMs).bind(3, toMs);
    while (q.next())
        result.append(Sample { q.int64(0), q.real(1) });
    return result;
}

RangeResult Store::range(qint64 seriesId, qint64 fromMs, qint64 toMs, int maxPoints) const
{
    RangeResult result;
    if (toMs <= fromMs || maxPoints <= 0)
        return result;
    const qint64 span = toMs - fromMs;
    const qint64 wanted = std::max<qint64>(1, (span + maxPoints - 1) / maxPoints);

    struct Level
    {
        RangeResult::Resolution resolution;
        qint64 widthMs;
        const char *table;
    };
    static constexpr Level levels[] = {
        { RangeResult::Resolution::Day, TimeUtil::kDayMs, "rollup_day" },
        { RangeResult::Resolution::Hour, TimeUtil::kHourMs, "rollup_hour" },
        { RangeResult::Resolution::Minute, TimeUtil::kMinuteMs, "rollup_minute" },
    };
    const Level *chosen = nullptr;
    for (const Level &level : levels) {
        if (level.widthMs <= wanted) {
            chosen = &level;
            break;
        }
    }

    sqlite::Statement q;
    if (chosen) {
        result.resolution = chosen->resolution;
        result.fromMs = TimeUtil::floorTo(fromMs, chosen->widthMs);
        const qint64 alignedTo = TimeUtil::ceilTo(toMs, chosen->widthMs);
        // A whole number of rollup buckets per output bucket, and no more than maxPoints.
        const qint64 perBucket = (alignedTo - result.fromMs + chosen->widthMs * maxPoints - 1)
            / (chosen->widthMs * maxPoints);
        result.bucketWidthMs = std::max<qint64>(1, perBucket) * chosen->widthMs;
        q = m_connection.prepare(
            QStringLiteral("SELECT bucket, min, max, count, last, last_ts FROM %1 "
                           "WHERE series_id = ? AND bucket >= ? AND bucket < ? "
                           "ORDER BY bucket")
                .arg(QLatin1String(chosen->table)));
        q.bind(1, seriesId).bind(2, result.fromMs).bind(3, alignedTo);
    } else {
        result.resolution = RangeResult::Resolution::Raw;
        result.fromMs = fromMs;
        result.bucketWidthMs = wanted;
        q = m_connection.prepare(
            QStringLiteral("SELECT ts, value, value, 1, value, ts FROM samples "
                           "WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts"));
        q.bind(1, seriesId).bind(2, fromMs).bind(3, toMs);
    }

    RangeBucket *current = nullptr;
    while (q.next()) {
        const qint64 start
            = result.fromMs + TimeUtil::floorTo(q.int64(0) - result.fromMs, result.bucketWidthMs);
        const double min = q.real(1);
        const double max = q.real(2);
        const qint64 count = q.int64(3);
        const double last = q.real(4);
        const qint64 lastTs = q.int64(5);
        if (!current || current->startMs != start) {
            result.buckets.append(RangeBucket { start, min, max, last, lastTs, count });
            current = &result.buckets.last();
            continue;
        }
        current->min = std::min(current->min, min);
        current->max = std::max(current->max, max);
        current->count += count;
        if (lastTs >= current->lastTsMs) {
            current->last = last;
            current->lastTsMs = lastTs;
        }
    }
    return result;
}

qint64 Store::dataVersion() const
{
    auto q = m_connection.prepare(QStringLiteral("PRAGMA data_version"));
    return q.next() ? q.int64(0) : -1;
}

QString scopeId(ReportedFact::Scope scope)
{
    switch (scope) {
    case ReportedFact::Scope::Site:
        return QStringLiteral("site");
    case ReportedFact::Scope::Program:
        return QStringLiteral("program");
    case ReportedFact::Scope::Fleet:
        return QStringLiteral("fleet");
    }
    return QString();
}

std::optional<ReportedFact::Scope> scopeFromId(const QString &id)
{
    if (id == QLatin1String("site"))
        return ReportedFact::Scope::Site;
    if (id == QLatin1String("program"))
        return ReportedFact::Scope::Program;
    if (id == QLatin1String("fleet"))
        return ReportedFact::Scope::Fleet;
    return std::nullopt;
}

QList<AlertRecord> Store::alerts(AlertSelection selection) const
{
    QList<AlertRecord> result;
    auto q = m_connection.prepare(
        QStringLiteral("SELECT id, rule, site_id, source_id, raised_at, cleared_at, "
                       "acknowledged_at, acknowledged_by, severity, "
                       "message, value, comment, comment_by FROM alerts WHERE (?1 = 0 OR "
                       "cleared_at IS NULL) ORDER BY "
                       "raised_at DESC, id DESC"));
    q.bind(1, qint64(selection == AlertSelection::Open ? 1 : 0));
    while (q.next()) {
        AlertRecord alert;
        alert.id = q.int64(0);
        alert.key = { q.text(1), q.text(2), q.text(3) };
        alert.raisedAtMs = q.int64(4);
        alert.clearedAtMs = q.optionalInt64(5).value_or(0);
        alert.acknowledgedAtMs = q.optionalInt64(6).value_or(0);
        alert.acknowledgedBy = q.text(7);
        alert.severity = severityFromId(q.text(8));
        alert.message = q.text(9);
        alert.value = q.isNull(10) ? 0.0 : q.real(10);
        alert.comment = q.text(11);
        alert.commentBy = q.text(12);
        result.append(alert);
    }
    return result;
}
