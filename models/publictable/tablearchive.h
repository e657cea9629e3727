// The CSV files of a ZIP archive (publishers such as Epoch AI offer all their tables as one
// ZIP), read in memory through libzip: nothing is extracted to disk, entry names are only
// labels, and every entry and the whole are capped so that a small archive cannot expand into
// gigabytes (a "zip bomb").
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

struct ArchivedTable
{
    QString name; // the entry's name inside the archive ("data/data_centers.csv")
    QByteArray bytes;
    QDateTime modified; // the entry's own time stamp (UTC), if the archive has one
};

class TableArchive
{
    Q_DECLARE_TR_FUNCTIONS(TableArchive)

public:
    static constexpr qint64 defaultMaxEntryBytes = 64 * 1024 * 1024;
    static constexpr qint64 defaultMaxTotalBytes = 256 * 1024 * 1024;
    static constexpr int maxEntries = 10'000;

    // Whether `bytes` begin as a ZIP archive does (a local file header or an empty archive).
    static bool isZip(const QByteArray &bytes);
    // Every .csv entry, in archive order (folders, other files and macOS "__MACOSX/" copies
    // left out). On error (not a ZIP, damaged, encrypted, an entry or the whole over its cap,
    // no CSV at all) none and why, naming the entry.
    static std::optional<QList<ArchivedTable>> csvFiles(const QByteArray &zip, QString *error,
        qint64 maxEntryBytes = defaultMaxEntryBytes, qint64 maxTotalBytes = defaultMaxTotalBytes);
};
