// The store's schema as a list of forward migrations. The database's PRAGMA user_version
// is the number of migrations applied; a database with a higher number than this build
// knows was written by a newer version and is refused, never touched.
#pragma once

#include <QString>

namespace sqlite {
class Connection;
}

namespace Schema {

int latestVersion();

// Applies the migrations from the database's version up to `targetVersion` (default: the
// latest), each in its own transaction. Returns an empty string on success, else the error.
QString migrate(sqlite::Connection &connection, int targetVersion = -1);

// The version the database is at (0 for a new, empty database).
int versionOf(sqlite::Connection &connection);

} // namespace Schema
