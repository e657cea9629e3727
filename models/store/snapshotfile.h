// Portable snapshots of the store: one SQLite file, written with VACUUM INTO, stripped of
// anything secret and marked as a snapshot, so that it opens read-only on another machine.
//
// What is stripped (docs/present.md): credentials in source addresses ("user:pass@" in
// source_health.url and series.source_url) and anything in source_health.last_error that
// looks like an Authorization header, a bearer/basic credential or a token/key/password
// parameter. The store never holds tokens itself; this guards against errors that echo them.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace SnapshotFile {
// The meta key that marks a snapshot; its value is the UTC time it was taken (ISO 8601).
inline constexpr const char *kTakenAtKey = "snapshot_taken_at";

// Progress in percent; return false to cancel.
using Progress = std::function<bool(int percent)>;

// Writes a snapshot of the database at `sourcePath` to `targetPath`: first to a temporary
// file in the target's folder, then renamed into place, so that a failure leaves no half
// file under the final name. Returns an empty string on success, else a message that names
// the path.
QString write(const QString &sourcePath, const QString &targetPath, const QDateTime &takenAt,
    const Progress &progress = {});

// When the file at `path` is a snapshot, the time it was taken; nullopt for an ordinary store,
// a missing file or anything that is not a readable database (Store::open reports those).
std::optional<QDateTime> takenAt(const QString &path);

// `text` with credentials replaced by "[removed]".
QString redactSecrets(const QString &text);
} // namespace SnapshotFile

class SnapshotFileText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotFile)
};
