#include "store/tableimportwriter.h"

#include "store/sqlite.h"

#include <QSet>

namespace {

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

int sitesOf(const QList<ReportedFact> &facts)
{
    QSet<QString> sites;
    for (const ReportedFact &fact : facts)
        sites.insert(fact.siteId);
    return int(sites.size());
}

int sitesMatchedBy(sqlite::Connection &db, qint64 importId)
{
    auto q = db.prepare(
        QStringLiteral("SELECT count(DISTINCT site_id) FROM facts WHERE import_id = ?"));
    q.bind(1, importId);
    return q.next() ? int(q.int64(0)) : 0;
}

bool insertRows(sqlite::Connection &db, qint64 importId, const TableImport &import)
{
    auto insertFact = db.prepare(QStringLiteral(
        "INSERT INTO facts(scope, site_id, metric, unit, value_low, value_high, period, as_of, "
        "source_url, note, provenance, analyst, method, origin, import_id, analyst_projection) "
        "VALUES('site', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'table', ?, ?)"));
    for (const ReportedFact &fact : import.facts) {
        insertFact.bind(1, fact.siteId)
            .bind(2, fact.metric)
            .bind(3, fact.unit)
            .bind(4, fact.value.low)
            .bind(5, fact.value.high)
            .bind(6, dateText(fact.period))
            .bind(7, dateText(fact.asOf))
            .bind(8, fact.sourceUrl)
            .bind(9, fact.note)
            .bind(10, provenanceId(fact.provenance))
            .bind(11, fact.analyst.isNull() ? QStringLiteral("") : fact.analyst)
            .bind(12, fact.method.isNull() ? QStringLiteral("") : fact.method)
            .bind(13, importId)
            .bind(14, fact.analystProjection ? 1 : 0);
        if (!insertFact.run())
            return false;
    }
    auto insertName = db.prepare(
        QStringLiteral("INSERT INTO table_unmatched(import_id, name, rows, first_line, detail) "
                       "VALUES(?, ?, ?, ?, ?)"));
    for (const UnmatchedName &name : import.unmatched) {
        insertName.bind(1, importId)
            .bind(2, name.name)
            .bind(3, name.rows)
            .bind(4, name.firstLine)
            .bind(5, name.detail.isNull() ? QStringLiteral("") : name.detail);
        if (!insertName.run())
            return false;
    }
    return true;
}

TableImportOutcome outcomeOf(const TableImport &import)
{
    TableImportOutcome outcome;
    outcome.sourceId = import.sourceId;
    outcome.fileName = import.fileName;
    outcome.facts = int(import.facts.size());
    outcome.sitesMatched = sitesOf(import.facts);
    outcome.unmatched = import.unmatched;
    outcome.credit = import.credit;
    return outcome;
}

} // namespace

TableImportOutcome TableImportWriter::write(sqlite::Connection &db, const TableImport &import)
{
    TableImportOutcome outcome = outcomeOf(import);
    if (!import.error.isEmpty()) {
        outcome.error = import.error;
        return outcome;
    }
    sqlite::Transaction transaction(db);
    const auto failed = [&]() {
        outcome.kind = TableImportOutcome::Kind::Failed;
        outcome.error
            = tr("Storing the table %1 failed: %2").arg(import.fileName, db.errorMessage());
        return outcome;
    };
    if (!transaction.begun())
        return failed();
    auto previous = db.prepare(QStringLiteral(
        "SELECT id, sha256 FROM table_imports WHERE source_id = ? ORDER BY id DESC LIMIT 1"));
    previous.bind(1, import.sourceId);
    if (previous.next()) {
        const qint64 previousId = previous.int64(0);
        outcome.previousSitesMatched = sitesMatchedBy(db, previousId);
        if (previous.text(1).toLatin1() == import.sha256) {
            outcome.kind = TableImportOutcome::Kind::AlreadyImported;
            outcome.importId = previousId;
            return outcome;
        }
    }
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO table_imports(source_id, mapping, title, file_name, url, sha256, "
        "retrieved_at, etag, last_modified, analyst, credit, rows_read, content, file_date) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, import.sourceId)
        .bind(2, import.mappingId)
        .bind(3, import.title)
        .bind(4, import.fileName)
        .bind(5, import.url.isNull() ? QStringLiteral("") : import.url)
        .bind(6, QString::fromLatin1(import.sha256))
        .bind(7, import.retrievedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(8, import.etag.isNull() ? QStringLiteral("") : import.etag)
        .bind(9, import.lastModified.isNull() ? QStringLiteral("") : import.lastModified)
        .bind(10, import.analyst.isNull() ? QStringLiteral("") : import.analyst)
        .bind(11, import.credit.isNull() ? QStringLiteral("") : import.credit)
        .bind(12, import.rowsRead)
        .bindBlob(13, import.content)
        .bind(14,
            import.fileDate.isValid() ? import.fileDate.toString(Qt::ISODate) : QStringLiteral(""));
    if (!insert.run())
        return failed();
    outcome.importId = db.lastInsertRowId();
    if (!insertRows(db, outcome.importId, import))
        return failed();
    if (!transaction.commit())
        return failed();
    outcome.kind = TableImportOutcome::Kind::Imported;
    return outcome;
}

TableImportOutcome TableImportWriter::reapply(
    sqlite::Connection &db, qint64 importId, const TableImport &reread)
{
    TableImportOutcome outcome = outcomeOf(reread);
    outcome.importId = importId;
    if (!reread.error.isEmpty()) {
        outcome.error = reread.error;
        return outcome;
    }
    sqlite::Transaction transaction(db);
    const auto failed = [&]() {
        outcome.kind = TableImportOutcome::Kind::Failed;
        outcome.error
            = tr("Storing the table %1 failed: %2").arg(reread.fileName, db.errorMessage());
        return outcome;
    };
    if (!transaction.begun())
        return failed();
    outcome.previousSitesMatched = sitesMatchedBy(db, importId);
    for (const char *sql : { "DELETE FROM facts WHERE import_id = ?",
             "DELETE FROM table_unmatched WHERE import_id = ?" }) {
        auto remove = db.prepare(QString::fromLatin1(sql));
        remove.bind(1, importId);
        if (!remove.run())
            return failed();
    }
    if (!insertRows(db, importId, reread) || !transaction.commit())
        return failed();
    outcome.kind = TableImportOutcome::Kind::Reapplied;
    return outcome;
}

QString TableImportWriter::setUserAlias(
    sqlite::Connection &db, const QString &name, const QString &siteId)
{
    auto remove
        = db.prepare(QStringLiteral("DELETE FROM site_aliases WHERE name = ? AND origin = 'user'"));
    remove.bind(1, name.simplified());
    if (!remove.run())
        return db.errorMessage();
    if (siteId.isEmpty())
        return QString();
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO site_aliases(name, site_id, origin) VALUES(?, ?, 'user')"));
    insert.bind(1, name.simplified()).bind(2, siteId);
    if (!insert.run())
        return tr("Mapping \"%1\" to %2 failed: %3").arg(name, siteId, db.errorMessage());
    return QString();
}
