#include "publictable/tablearchive.h"

#include <QStringList>
#include <memory>
#include <zip.h>

namespace {

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct EntryCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;
using Entry = std::unique_ptr<zip_file_t, EntryCloser>;

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 0);
}

Archive openArchive(const QByteArray &zip, QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    // The buffer is not copied: `zip` outlives the archive, which is read only.
    zip_source_t *source
        = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &zipError);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zipError) : nullptr;
    if (!archive) {
        *error = TableArchive::tr("not a readable ZIP archive: %1")
                     .arg(QString::fromUtf8(zip_error_strerror(&zipError)));
        if (source)
            zip_source_free(source);
    }
    zip_error_fini(&zipError);
    return Archive(archive);
}

bool isCsvEntry(const QString &name)
{
    return !name.endsWith(QLatin1Char('/')) && !name.startsWith(QLatin1String("__MACOSX/"))
        && name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

// One entry's bytes, read until its end or until `limit` is passed.
std::optional<QByteArray> readEntry(
    zip_t *archive, zip_uint64_t index, const QString &name, qint64 limit, QString *error)
{
    Entry file(zip_fopen_index(archive, index, 0));
    if (!file) {
        *error = TableArchive::tr("%1 in the ZIP archive cannot be read: %2")
                     .arg(name, QString::fromUtf8(zip_strerror(archive)));
        return std::nullopt;
    }
    QByteArray bytes;
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t read = zip_fread(file.get(), chunk, sizeof chunk);
        if (read < 0) {
            *error = TableArchive::tr("%1 in the ZIP archive is damaged: %2")
                         .arg(name, QString::fromUtf8(zip_file_strerror(file.get())));
            return std::nullopt;
        }
        if (read == 0)
            return bytes;
        if (bytes.size() + read > limit) {
            *error = TableArchive::tr("%1 in the ZIP archive holds more than %2 MiB")
                         .arg(name, mib(limit));
            return std::nullopt;
        }
        bytes.append(chunk, qsizetype(read));
    }
}

} // namespace

bool TableArchive::isZip(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04"))
        || bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

std::optional<QList<ArchivedTable>> TableArchive::csvFiles(
    const QByteArray &zip, QString *error, qint64 maxEntryBytes, qint64 maxTotalBytes)
{
    const Archive archive = openArchive(zip, error);
    if (!archive)
        return std::nullopt;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count > maxEntries) {
        *error = tr("the ZIP archive has more than %1 entries").arg(maxEntries);
        return std::nullopt;
    }
    QList<ArchivedTable> tables;
    QStringList others;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 || !stat.name)
            continue;
        const QString name = QString::fromUtf8(stat.name);
        if (!isCsvEntry(name)) {
            if (!name.endsWith(QLatin1Char('/')))
                others.append(name);
            continue;
        }
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
            *error = tr("%1 in the ZIP archive is encrypted").arg(name);
            return std::nullopt;
        }
        const auto bytes = readEntry(archive.get(), zip_uint64_t(i), name,
            std::min(maxEntryBytes, maxTotalBytes - total), error);
        if (!bytes) {
            if (total > 0 && error->contains(QLatin1String(" MiB")))
                *error = tr("the CSV files of the ZIP archive hold more than %1 MiB together")
                             .arg(mib(maxTotalBytes));
            return std::nullopt;
        }
        total += bytes->size();
        QDateTime modified;
        if (stat.valid & ZIP_STAT_MTIME)
            modified = QDateTime::fromSecsSinceEpoch(qint64(stat.mtime), Qt::UTC);
        tables.append({ name, *bytes, modified });
    }
    if (tables.isEmpty()) {
        *error = others.isEmpty() ? tr("the ZIP archive is empty")
                                  : tr("the ZIP archive holds no CSV file (it holds %1)")
                                        .arg(others.mid(0, 5).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return tables;
}
