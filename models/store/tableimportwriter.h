// Stores a public table's import (TableImport) in one transaction: the version with its bytes,
// its facts (origin 'table') and the names that matched no site. A version whose bytes were
// imported before changes nothing; a new version is added beside the earlier ones, whose rows
// stay as history (Store::facts shows the newest version's). Runs on whichever connection
// writes: the writer thread's, or the session's before the writer starts (--import).
#pragma once

#include "domain/tableimport.h"

#include <QCoreApplication>

namespace sqlite {
class Connection;
}

class TableImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableImportWriter)

public:
    static TableImportOutcome write(sqlite::Connection &db, const TableImport &import);
    // Replaces the facts and unmatched names of import `importId` by those of `reread` (the same
    // bytes read again after a site mapping changed).
    static TableImportOutcome reapply(
        sqlite::Connection &db, qint64 importId, const TableImport &reread);
    // A user's mapping of a table's name to a site (empty siteId: removes the user's mapping).
    static QString setUserAlias(sqlite::Connection &db, const QString &name, const QString &siteId);
};
