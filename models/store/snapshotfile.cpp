#include "store/snapshotfile.h"

#include "store/sqlite.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <cstdio>

namespace {

QString removed()
{
    return QStringLiteral("[removed]");
}

// Strips secrets from every row of one text column, keyed by `key`.
bool redactColumn(
    sqlite::Connection &connection, const QString &table, const QString &key, const QString &column)
{
    QList<QPair<QString, QString>> changes;
    {
        auto rows
            = connection.prepare(QStringLiteral("SELECT %1, %2 FROM %3").arg(key, column, table));
        while (rows.next()) {
            const QString value = rows.text(1);
            const QString redacted = SnapshotFile::redactSecrets(value);
            if (redacted != value)
                changes.append({ rows.text(0), redacted });
        }
        if (!rows.ok())
            return false;
    }
    auto update = connection.prepare(
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, column, key));
    for (const auto &[id, value] : changes) {
        update.reset();
        update.bind(1, value).bind(2, id);
        if (!update.run())
            return false;
    }
    return true;
}

// Why the snapshot cannot be written to `target`, or an empty string.
QString checkTarget(const QString &sourcePath, const QFileInfo &target, const QString &nativeTarget)
{
    if (target.isDir())
        return SnapshotFileText::tr("Cannot write the snapshot %1: it is a folder.")
            .arg(nativeTarget);
    if (QFileInfo(sourcePath).canonicalFilePath() == target.canonicalFilePath())
        return SnapshotFileText::tr(
            "Cannot write the snapshot %1: it is the open database itself. Choose another file.")
            .arg(nativeTarget);
    if (!target.absoluteDir().exists())
        return SnapshotFileText::tr("Cannot write the snapshot %1: the folder %2 does not exist.")
            .arg(nativeTarget, QDir::toNativeSeparators(target.absolutePath()));
    return QString();
}

// A compacted copy of the database at `sourcePath` in the (empty) temporary file.
QString copyDatabase(
    const QString &sourcePath, const QString &temporaryPath, const QString &nativeTarget)
{
    sqlite::Connection source;
    if (!source.open(sourcePath, sqlite::Connection::Mode::ReadOnly))
        return SnapshotFileText::tr("Cannot read the database %1: %2")
            .arg(QDir::toNativeSeparators(sourcePath), source.errorMessage());
    auto vacuum = source.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(1, temporaryPath);
    if (!vacuum.run())
        return SnapshotFileText::tr("Cannot write the snapshot %1: %2")
            .arg(nativeTarget, source.errorMessage());
    return QString();
}

// Removes the secrets from the copy and marks it as a snapshot taken at `takenAt`.
QString redactCopy(
    const QString &temporaryPath, const QDateTime &takenAt, const QString &nativeTarget)
{
    sqlite::Connection copy;
    if (!copy.open(temporaryPath, sqlite::Connection::Mode::ReadWrite))
        return SnapshotFileText::tr("Cannot write the snapshot %1: %2")
            .arg(nativeTarget, copy.errorMessage());
    // secure_delete overwrites what the redaction replaces, so it does not linger in free
    // pages; DELETE journal mode lets the file open read-only without -wal/-shm files.
    bool ok = copy.exec(QStringLiteral("PRAGMA secure_delete = ON; PRAGMA journal_mode = DELETE"));
    {
        sqlite::Transaction transaction(copy);
        ok = ok && transaction.begun();
        ok = ok
            && redactColumn(copy, QStringLiteral("source_health"), QStringLiteral("source_id"),
                QStringLiteral("last_error"));
        ok = ok
            && redactColumn(copy, QStringLiteral("source_health"), QStringLiteral("source_id"),
                QStringLiteral("url"));
        ok = ok
            && redactColumn(
                copy, QStringLiteral("series"), QStringLiteral("id"), QStringLiteral("source_url"));
        if (ok) {
            auto mark = copy.prepare(
                QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
            mark.bind(1, QString::fromLatin1(SnapshotFile::kTakenAtKey))
                .bind(2, takenAt.toUTC().toString(Qt::ISODateWithMs));
            ok = mark.run();
        }
        ok = ok && transaction.commit();
    }
    ok = ok && copy.exec(QStringLiteral("VACUUM"));
    if (!ok)
        return SnapshotFileText::tr("Cannot write the snapshot %1: %2")
            .arg(nativeTarget, copy.errorMessage());
    return QString();
}

} // namespace

QString SnapshotFile::redactSecrets(const QString &text)
{
    static const QList<QRegularExpression> patterns = {
        // "Authorization: Bearer abc", "Proxy-Authorization: Basic xyz" up to the end of the line
        QRegularExpression(QStringLiteral("((?:proxy-)?authorization)\\s*[:=]\\s*[^\\r\\n]*"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\b(bearer|basic|token)\\s+[A-Za-z0-9._~+/=-]{6,}"),
            QRegularExpression::CaseInsensitiveOption),
        // query or form parameters: token=..., api_key=..., password=...
        QRegularExpression(
            QStringLiteral(
                "\\b((?:access_|api_|auth_)?(?:token|key|password|passwd|secret))=[^&\\s\"']+"),
            QRegularExpression::CaseInsensitiveOption),
    };
    // user:password@ in URLs
    static const QRegularExpression userInfo(QStringLiteral("(\\b[a-z][a-z0-9+.-]*://)[^/@\\s]+@"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(userInfo, QStringLiteral("\\1%1@").arg(removed()));
    for (const QRegularExpression &pattern : patterns)
        result.replace(pattern, QStringLiteral("\\1 %1").arg(removed()));
    return result;
}

std::optional<QDateTime> SnapshotFile::takenAt(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    sqlite::Connection connection;
    if (!connection.open(path, sqlite::Connection::Mode::ReadOnly))
        return std::nullopt;
    auto hasMeta = connection.prepare(QStringLiteral(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'"));
    if (!hasMeta.next() || hasMeta.int64(0) != 1)
        return std::nullopt;
    auto query = connection.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bind(1, QString::fromLatin1(kTakenAtKey));
    if (!query.next())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(query.text(0), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromMSecsSinceEpoch(
            0, Qt::UTC); // marked, date unreadable: still a snapshot
    return time.toUTC();
}

QString SnapshotFile::write(const QString &sourcePath, const QString &targetPath,
    const QDateTime &takenAt, const Progress &progress)
{
    const QString nativeTarget = QDir::toNativeSeparators(targetPath);
    const auto report = [&](int percent) { return !progress || progress(percent); };
    const QFileInfo target(targetPath);
    if (const QString error = checkTarget(sourcePath, target, nativeTarget); !error.isEmpty())
        return error;

    // VACUUM INTO accepts an existing empty file: QTemporaryFile gives a unique name in the
    // target's folder and removes it again unless the snapshot is complete.
    QTemporaryFile temporary(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".part-XXXXXX")));
    if (!temporary.open())
        return SnapshotFileText::tr("Cannot write the snapshot %1: %2")
            .arg(nativeTarget, temporary.errorString());
    temporary.close();
    const QString temporaryPath = temporary.fileName();
    if (!report(5))
        return SnapshotFileText::tr("The snapshot was cancelled.");
    if (const QString error = copyDatabase(sourcePath, temporaryPath, nativeTarget);
        !error.isEmpty())
        return error;
    if (!report(60))
        return SnapshotFileText::tr("The snapshot was cancelled.");
    if (const QString error = redactCopy(temporaryPath, takenAt, nativeTarget); !error.isEmpty())
        return error;
    if (!report(90))
        return SnapshotFileText::tr("The snapshot was cancelled.");

    // rename() replaces an existing target in one step on POSIX; QFile::rename would refuse.
    if (std::rename(QFile::encodeName(temporaryPath).constData(),
            QFile::encodeName(target.absoluteFilePath()).constData())
        != 0)
        return SnapshotFileText::tr(
            "Cannot write the snapshot %1: renaming the temporary file failed.")
            .arg(nativeTarget);
    temporary.setAutoRemove(false);
    report(100);
    return QString();
}
