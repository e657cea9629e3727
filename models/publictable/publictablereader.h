// Reads a public table with its mapping into facts: each mapped cell of a row whose site name
// matches one of our sites (exactly, through the dataset's and the user's aliases, never by
// guessing) becomes a fact with the mapping's provenance, dated by the row; rows dated after the
// table was retrieved are the analyst's projections. Rows of other data centers are counted per
// name in `unmatched`. A file with any bad cell is refused whole, naming line and column.
#pragma once

#include "domain/tableimport.h"
#include "publictable/tablemapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

struct TableReadContext
{
    // The sources file's id of a polled table; for a file on disk "file:" and its name, so that
    // two different files are two tables (each with its own versions), not versions of one.
    QString sourceId = QStringLiteral("file");
    static QString fileSourceId(const QString &fileName)
    {
        return QStringLiteral("file:") + fileName;
    }
    static bool isFileSource(const QString &sourceId)
    {
        return sourceId.startsWith(QLatin1String("file"));
    }
    QString fileName;
    QString url; // without credentials
    QDateTime retrievedAt; // UTC
    QDate fileDate; // dates a table without a date column (Last-Modified); else retrievedAt's
    QHash<QString, QString> aliases; // PublicTableReader::foldName(name) → site id
    QStringList siteIds;
};

class PublicTableReader
{
    Q_DECLARE_TR_FUNCTIONS(PublicTableReader)

public:
    static TableImport read(
        const QByteArray &bytes, const TableMapping &mapping, const TableReadContext &context);
    // The mapping preset that fits the file's header, or an error naming what was looked for.
    // The user's mappings (the sources file's) are tried before the presets.
    static std::optional<TableMapping> detectMapping(
        const QByteArray &bytes, QString *error, const QList<TableMapping> &userMappings = {});

    // Helpers, public for their tests.
    static QString foldName(const QString &name); // trimmed, single spaces, case-folded
    // YYYY, YYYY-MM or YYYY-MM-DD (a time after the date is ignored) → the last day of the period.
    static std::optional<QDate> periodEnd(const QString &text);
    // 421, 421.5, "1,200" (thousands separators), 1.2e3; never negative, NaN or infinite.
    static std::optional<double> number(const QString &text);
    // Decimal degrees or degrees-minutes-seconds (32°27'00"N, 99 43 W); sign from N/S/E/W.
    static std::optional<double> coordinate(const QString &text, bool latitude);
    // "OpenAI #confident, Microsoft #likely" → "OpenAI (confident), Microsoft (likely)".
    static QString withoutTags(const QString &text);
    static bool looksLikeHtml(const QByteArray &bytes);
};
