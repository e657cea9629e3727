#include "publictable/csvreader.h"

namespace {

// One pass over the bytes: fields split on commas and line ends outside quotes.
class Scanner
{
public:
    explicit Scanner(QByteArrayView bytes)
        : m_bytes(bytes)
    {
        if (m_bytes.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    int line() const { return m_line; }

    // Reads one record; false with `error` set when it is malformed.
    bool record(QStringList &fields, QString &error)
    {
        fields.clear();
        QByteArray field;
        while (true) {
            if (!atEnd() && m_bytes[m_pos] == '"') {
                if (!quoted(field, error))
                    return false;
            } else {
                plain(field);
            }
            fields.append(QString::fromUtf8(field));
            field.clear();
            if (atEnd())
                return true;
            const char separator = m_bytes[m_pos++];
            if (separator == ',')
                continue;
            endLine(separator);
            return true;
        }
    }

    // Skips line ends; true when a record follows.
    bool skipBlankLines()
    {
        while (!atEnd() && (m_bytes[m_pos] == '\n' || m_bytes[m_pos] == '\r'))
            endLine(m_bytes[m_pos++]);
        return !atEnd();
    }

private:
    void endLine(char first)
    {
        if (first == '\r' && !atEnd() && m_bytes[m_pos] == '\n')
            ++m_pos;
        ++m_line;
    }

    void plain(QByteArray &field)
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = m_bytes[m_pos];
            if (c == ',' || c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        field.append(m_bytes.sliced(start, m_pos - start));
    }

    bool quoted(QByteArray &field, QString &error)
    {
        const int openedOn = m_line;
        ++m_pos; // the opening quote
        while (true) {
            if (atEnd()) {
                error = CsvReader::tr("a quote opened on line %1 is never closed").arg(openedOn);
                return false;
            }
            const char c = m_bytes[m_pos++];
            if (c == '"') {
                if (!atEnd() && m_bytes[m_pos] == '"') {
                    field.append('"');
                    ++m_pos;
                    continue;
                }
                if (!atEnd() && m_bytes[m_pos] != ',' && m_bytes[m_pos] != '\n'
                    && m_bytes[m_pos] != '\r') {
                    error = CsvReader::tr("text follows a closing quote");
                    return false;
                }
                return true;
            }
            if (c == '\r' || c == '\n') {
                field.append('\n');
                endLine(c);
                continue;
            }
            field.append(c);
        }
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

int CsvTable::column(const QStringList &names) const
{
    for (const QString &name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].trimmed() == name)
                return i;
        }
    }
    return -1;
}

CsvTable CsvReader::read(QByteArrayView bytes, int maxRows)
{
    CsvTable table;
    const auto fail = [&table](const QString &error, int line) {
        table.header.clear();
        table.rows.clear();
        table.rowLines.clear();
        table.error = error;
        table.errorLine = line;
        return table;
    };
    if (bytes.contains('\0'))
        return fail(tr("the file holds binary data, not text"), 1);
    Scanner scanner(bytes);
    QString error;
    if (!scanner.skipBlankLines())
        return fail(tr("the file is empty"), 1);
    int line = scanner.line();
    if (!scanner.record(table.header, error))
        return fail(error, line);
    QStringList fields;
    while (scanner.skipBlankLines()) {
        line = scanner.line();
        if (!scanner.record(fields, error))
            return fail(error, line);
        if (fields.size() != table.header.size())
            return fail(tr("the row has %1 fields, the header %2")
                            .arg(fields.size())
                            .arg(table.header.size()),
                line);
        if (table.rows.size() >= maxRows)
            return fail(tr("more than %1 rows").arg(maxRows), line);
        table.rows.append(fields);
        table.rowLines.append(line);
    }
    return table;
}
