// Copy and CSV export for the dashboard's tables (Sites, Alerts, Feeds, Forecast, public
// tables): a context menu with Copy (Ctrl+C), Copy with Headers, Export CSV… and, where a row
// is a site, Open Site. Copies carry what the user sees; a CSV carries the values behind it
// (plain numbers, ISO dates) when the model gives them, for a spreadsheet to compute with.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QTableView;

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // The selected rows (every row when none is selected), in the order the view shows them,
    // tab-separated, after a header line if asked; hidden columns left out.
    static QString rowsAsText(const QTableView *view, bool withHeaders);
    // Every row the view shows (after its filter and sort) as RFC 4180 CSV with a header row.
    // A cell's `valueRole` value when it has one (a number, a date in ISO form), else its
    // text; text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '.
    static QString rowsAsCsv(const QTableView *view, int valueRole = -1);
    // Adds the context menu and Ctrl+C to `view`. `siteIdRole` and `openSite`: the row's site
    // is opened by "Open Site" (left out when either is missing).
    static void addContextMenu(QTableView *view, int valueRole = -1, int siteIdRole = -1,
        std::function<void(const QString &siteId)> openSite = {});
    // Writes rowsAsCsv to `path` (atomically); an error message, or an empty string.
    static QString writeCsv(const QTableView *view, const QString &path, int valueRole = -1);
};
