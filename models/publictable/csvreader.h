// A CSV reader for public tables (RFC 4180 as spreadsheets and pandas write it): a UTF-8 BOM,
// CRLF, LF or CR line ends, quoted fields holding commas, quotes ("") and line breaks. It is
// strict where leniency would misplace a figure: a row with more or fewer fields than the
// header, text after a closing quote and an unclosed quote are errors naming the line.
// Promises on any input: tests/fuzz/parserpromises.h (checkCsv).
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // each as long as the header
    QList<int> rowLines; // the 1-based line each row starts on (a quoted line break spans lines)
    QString error; // empty when the whole file was read; then rows hold every data row
    int errorLine = 0;

    // The index of the first header named any of `names` (exact after trimming), or -1.
    int column(const QStringList &names) const;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Refuses a file of more than `maxRows` data rows (a runaway export or a hostile server).
    static CsvTable read(QByteArrayView bytes, int maxRows = 200'000);
};
