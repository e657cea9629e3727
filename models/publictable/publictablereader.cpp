#include "publictable/publictablereader.h"

#include "publictable/csvreader.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>
#include <cmath>

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

QString cell(const CsvTable &table, int row, int column)
{
    return column < 0 ? QString() : table.rows[row][column].trimmed();
}

// The columns a mapping found in the header.
struct Columns
{
    int site = -1;
    int date = -1;
    QList<int> metrics; // per mapping.metrics, -1 when absent
    QList<int> notes;
    int latitude = -1;
    int longitude = -1;
};

struct RowError
{
    QString message;
    int line = 0;
};

QString missingColumn(const CsvTable &table, const QString &role, const QStringList &names)
{
    return PublicTableReader::tr("The table has no %1 column (looked for %2). Its columns: %3.")
        .arg(role, quotedList(names), quotedList(table.header));
}

std::optional<Columns> findColumns(
    const CsvTable &table, const TableMapping &mapping, QString *error)
{
    Columns columns;
    columns.site = table.column(mapping.siteColumns);
    if (columns.site < 0) {
        *error = missingColumn(table, PublicTableReader::tr("site"), mapping.siteColumns);
        return std::nullopt;
    }
    if (!mapping.dateColumns.isEmpty()) {
        columns.date = table.column(mapping.dateColumns);
        if (columns.date < 0) {
            *error = missingColumn(table, PublicTableReader::tr("date"), mapping.dateColumns);
            return std::nullopt;
        }
    }
    QStringList looked;
    bool any = false;
    for (const TableMetricColumn &metric : mapping.metrics) {
        columns.metrics.append(table.column(metric.columns));
        any = any || columns.metrics.last() >= 0;
        looked += metric.columns;
    }
    if (!any) {
        *error = missingColumn(table, PublicTableReader::tr("figure"), looked);
        return std::nullopt;
    }
    for (const QString &note : mapping.noteColumns)
        columns.notes.append(table.column({ note }));
    columns.latitude = table.column(mapping.latitudeColumns);
    columns.longitude = table.column(mapping.longitudeColumns);
    return columns;
}

QString columnName(const CsvTable &table, int column)
{
    return table.header.value(column).trimmed();
}

QString noteOf(const CsvTable &table, int row, const Columns &columns)
{
    QStringList parts;
    for (int column : columns.notes) {
        const QString text = PublicTableReader::withoutTags(cell(table, row, column));
        if (!text.isEmpty())
            parts.append(columnName(table, column) + QStringLiteral(": ") + text);
    }
    return parts.join(QStringLiteral("; "));
}

// Where an unmatched data center is, to help a user tell whether it is one of our sites.
std::optional<RowError> locationOf(
    const CsvTable &table, int row, const Columns &columns, QString *detail)
{
    if (columns.latitude < 0 || columns.longitude < 0)
        return std::nullopt;
    const QString latText = cell(table, row, columns.latitude);
    const QString lonText = cell(table, row, columns.longitude);
    if (latText.isEmpty() && lonText.isEmpty())
        return std::nullopt;
    const auto lat = PublicTableReader::coordinate(latText, true);
    const auto lon = PublicTableReader::coordinate(lonText, false);
    const int line = table.rowLines[row];
    if (!lat)
        return RowError { PublicTableReader::tr("line %1, column \"%2\": \"%3\" is not a latitude")
                              .arg(line)
                              .arg(columnName(table, columns.latitude), latText),
            line };
    if (!lon)
        return RowError { PublicTableReader::tr("line %1, column \"%2\": \"%3\" is not a longitude")
                              .arg(line)
                              .arg(columnName(table, columns.longitude), lonText),
            line };
    *detail = QStringLiteral("%1, %2").arg(*lat, 0, 'f', 3).arg(*lon, 0, 'f', 3);
    return std::nullopt;
}

// The facts of one matched row, or the first bad cell.
std::optional<RowError> factsOfRow(const CsvTable &table, int row, const Columns &columns,
    const TableMapping &mapping, const TableReadContext &context, const QString &siteId,
    TableImport &import)
{
    const int line = table.rowLines[row];
    const QDate retrieved = context.retrievedAt.date();
    QDate period = context.fileDate.isValid() ? context.fileDate : retrieved;
    QString dateText;
    if (columns.date >= 0) {
        dateText = cell(table, row, columns.date);
        const auto end = PublicTableReader::periodEnd(dateText);
        if (!end)
            return RowError { PublicTableReader::tr("line %1, column \"%2\": \"%3\" is not a date "
                                                    "(YYYY, YYYY-MM or YYYY-MM-DD)")
                                  .arg(line)
                                  .arg(columnName(table, columns.date), dateText),
                line };
        period = *end;
    }
    const QString note = noteOf(table, row, columns);
    const QString where
        = QStringLiteral("%1, %2 %3")
              .arg(mapping.title, context.fileName, PublicTableReader::tr("line %1").arg(line));
    for (int m = 0; m < mapping.metrics.size(); ++m) {
        const int column = columns.metrics[m];
        const QString text = cell(table, row, column);
        if (text.isEmpty())
            continue;
        const auto value = PublicTableReader::number(text);
        if (!value)
            return RowError { PublicTableReader::tr("line %1, column \"%2\": \"%3\" is not a "
                                                    "number of %4")
                                  .arg(line)
                                  .arg(columnName(table, column), text, mapping.metrics[m].unit),
                line };
        ReportedFact fact;
        fact.scope = ReportedFact::Scope::Site;
        fact.siteId = siteId;
        fact.metric = mapping.metrics[m].metric;
        fact.unit = mapping.metrics[m].unit;
        fact.value = { *value * mapping.metrics[m].scale, *value * mapping.metrics[m].scale };
        fact.period = period;
        fact.analystProjection = period > retrieved;
        // A projection is the analyst's view as of the day the table was fetched.
        fact.asOf = fact.analystProjection ? retrieved : period;
        fact.sourceUrl = context.url.isEmpty() ? mapping.publisherUrl : context.url;
        fact.provenance = mapping.provenance;
        fact.analyst = mapping.analyst;
        fact.method = mapping.method;
        QStringList noteParts {
            dateText.isEmpty() ? where : where + QStringLiteral(" (") + dateText + QLatin1Char(')')
        };
        if (!note.isEmpty())
            noteParts.append(note);
        fact.note = noteParts.join(QStringLiteral(". "));
        import.facts.append(fact);
    }
    return std::nullopt;
}

} // namespace

TableImport PublicTableReader::read(
    const QByteArray &bytes, const TableMapping &mapping, const TableReadContext &context)
{
    TableImport import;
    import.sourceId = context.sourceId;
    import.mappingId = mapping.id;
    import.title = mapping.title;
    import.fileName = context.fileName;
    import.url = context.url;
    import.retrievedAt = context.retrievedAt;
    import.fileDate = context.fileDate;
    import.analyst = mapping.analyst;
    import.credit = mapping.credit;
    import.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const auto refuse = [&import](const QString &error, int line) {
        import.facts.clear();
        import.unmatched.clear();
        import.error = error;
        import.errorLine = line;
        return import;
    };
    if (looksLikeHtml(bytes))
        return refuse(tr("The file is a web page (HTML), not a CSV table: the server may have "
                         "answered with an error or a sign-in page."),
            1);
    const CsvTable table = CsvReader::read(bytes);
    if (!table.error.isEmpty())
        return refuse(tr("Line %1: %2").arg(table.errorLine).arg(table.error), table.errorLine);
    QString error;
    const auto columns = findColumns(table, mapping, &error);
    if (!columns)
        return refuse(error, 1);

    import.rowsRead = int(table.rows.size());
    QMap<QString, UnmatchedName> unmatched; // by folded name, in name order
    for (int row = 0; row < table.rows.size(); ++row) {
        const QString name = cell(table, row, columns->site);
        if (name.isEmpty())
            return refuse(tr("line %1, column \"%2\": no site name")
                              .arg(table.rowLines[row])
                              .arg(columnName(table, columns->site)),
                table.rowLines[row]);
        const QString folded = foldName(name);
        QString siteId = context.aliases.value(folded);
        if (siteId.isEmpty() && context.siteIds.contains(name))
            siteId = name;
        if (siteId.isEmpty()) {
            UnmatchedName &entry = unmatched[folded];
            if (entry.rows == 0) {
                entry.name = name;
                entry.firstLine = table.rowLines[row];
            }
            ++entry.rows;
            QString where;
            if (const auto bad = locationOf(table, row, *columns, &where))
                return refuse(bad->message, bad->line);
            if (entry.detail.isEmpty())
                entry.detail = where;
            continue;
        }
        if (const auto bad = factsOfRow(table, row, *columns, mapping, context, siteId, import))
            return refuse(bad->message, bad->line);
    }
    import.unmatched = unmatched.values();
    import.content = bytes;
    return import;
}

std::optional<TableMapping> PublicTableReader::detectMapping(
    const QByteArray &bytes, QString *error, const QList<TableMapping> &userMappings)
{
    if (looksLikeHtml(bytes)) {
        *error = tr("The file is a web page (HTML), not a CSV table.");
        return std::nullopt;
    }
    // Only the header is needed: read up to the first line end outside quotes.
    const qsizetype end = bytes.indexOf('\n');
    const CsvTable table = CsvReader::read(end < 0 ? bytes : bytes.left(end), 0);
    if (!table.error.isEmpty() && table.header.isEmpty()) {
        *error = tr("Line %1: %2").arg(table.errorLine).arg(table.error);
        return std::nullopt;
    }
    if (auto mapping = TableMapping::detect(table.header, userMappings))
        return mapping;
    *error = tr("No mapping fits this table. Known tables: Epoch AI's data_center_timelines.csv "
                "(columns \"Data center\", \"Date\", \"IT power (MW)\" …) and data_centers.csv "
                "(\"Name\", \"Current power (MW)\" …). Its columns: %1. A table of another "
                "publisher needs a mapping in the sources file (docs/sources.md).")
                 .arg(quotedList(table.header));
    return std::nullopt;
}

QString PublicTableReader::foldName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

std::optional<QDate> PublicTableReader::periodEnd(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.+Z-]*)?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    if (year < 1990 || year > 2100)
        return std::nullopt;
    if (match.captured(2).isEmpty())
        return QDate(year, 12, 31);
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (match.captured(3).isEmpty()) {
        const QDate first(year, month, 1);
        return QDate(year, month, first.daysInMonth());
    }
    const QDate date(year, month, match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<double> PublicTableReader::number(const QString &text)
{
    QString plain = text.trimmed();
    static const QRegularExpression thousands(QStringLiteral(R"(^\d{1,3}(,\d{3})+(\.\d+)?$)"));
    if (thousands.match(plain).hasMatch())
        plain.remove(QLatin1Char(','));
    bool ok = false;
    const double value = plain.toDouble(&ok); // C locale: a dot is the decimal point
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

std::optional<double> PublicTableReader::coordinate(const QString &text, bool latitude)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^([+-]?\d+(?:\.\d+)?)\s*[°º]?\s*(?:(\d+(?:\.\d+)?)\s*['′]?\s*(?:(\d+(?:\.\d+)?)\s*(?:["″]|''|′′)?)?)?\s*([NSEWnsew])?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    double degrees = match.captured(1).toDouble();
    const double minutes = match.captured(2).isEmpty() ? 0 : match.captured(2).toDouble();
    const double seconds = match.captured(3).isEmpty() ? 0 : match.captured(3).toDouble();
    if (minutes >= 60 || seconds >= 60)
        return std::nullopt;
    const bool negative = degrees < 0 || match.captured(1).startsWith(QLatin1Char('-'));
    double value = std::abs(degrees) + minutes / 60 + seconds / 3600;
    const QString hemisphere = match.captured(4).toUpper();
    if (!hemisphere.isEmpty()) {
        const bool northSouth
            = hemisphere == QLatin1String("N") || hemisphere == QLatin1String("S");
        if (northSouth != latitude || negative)
            return std::nullopt;
        if (hemisphere == QLatin1String("S") || hemisphere == QLatin1String("W"))
            value = -value;
    } else if (negative) {
        value = -value;
    }
    if (std::abs(value) > (latitude ? 90 : 180))
        return std::nullopt;
    degrees = value;
    return degrees;
}

QString PublicTableReader::withoutTags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"(\s*#([A-Za-z][\w-]*))"));
    QString result = text;
    result.replace(tag, QStringLiteral(" (\\1)"));
    return result.simplified();
}

bool PublicTableReader::looksLikeHtml(const QByteArray &bytes)
{
    QByteArray start = bytes.left(512).trimmed().toLower();
    if (start.startsWith("\xef\xbb\xbf"))
        start = start.mid(3).trimmed();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml")
        || start.startsWith("<head") || start.startsWith("<body");
}
