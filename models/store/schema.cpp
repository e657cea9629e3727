#include "store/schema.h"

#include "store/sqlite.h"

#include <QStringList>
#include <array>

namespace {

// Each entry moves the schema one version forward. Never edit a released entry: add one.
const std::array<const char *, 12> kMigrations = {
    // 1: sites, their lifecycle, plans, reported facts and time series.
    R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sites(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  locality TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  latitude REAL CHECK(latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude REAL CHECK(longitude IS NULL OR longitude BETWEEN -180 AND 180),
  partners TEXT NOT NULL DEFAULT '',
  gpu_model TEXT NOT NULL DEFAULT '',
  status_text TEXT NOT NULL DEFAULT '',
  status_as_of TEXT,
  first_power_text TEXT NOT NULL DEFAULT '',
  full_operation_text TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  source_urls TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'dataset' CHECK(origin IN ('dataset','manual','feed')),
  user_edited INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE phase_events(
  id INTEGER PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  phase TEXT NOT NULL CHECK(phase IN ('announced','site_selected','construction','first_power',
    'partially_operational','operational','paused','cancelled')),
  date TEXT NOT NULL,
  date_text TEXT NOT NULL DEFAULT '',
  provenance TEXT NOT NULL CHECK(provenance IN ('measured','reported','planned','projected','simulated','manual')),
  source_url TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'dataset'
);
CREATE INDEX phase_events_site ON phase_events(site_id, date);

CREATE TABLE milestones(
  id INTEGER PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  date_text TEXT NOT NULL DEFAULT '',
  gpus_low REAL, gpus_high REAL,
  mw_low REAL, mw_high REAL,
  provenance TEXT NOT NULL CHECK(provenance IN ('measured','reported','planned','projected','simulated','manual')),
  source_url TEXT NOT NULL DEFAULT '',
  as_of TEXT,
  note TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'dataset'
);
CREATE INDEX milestones_site ON milestones(site_id, date);

CREATE TABLE facts(
  id INTEGER PRIMARY KEY,
  scope TEXT NOT NULL CHECK(scope IN ('site','program','fleet')),
  site_id TEXT REFERENCES sites(id) ON DELETE CASCADE,
  metric TEXT NOT NULL,
  unit TEXT NOT NULL,
  value_low REAL NOT NULL,
  value_high REAL NOT NULL CHECK(value_high >= value_low),
  period TEXT NOT NULL,
  as_of TEXT NOT NULL,
  source_url TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  provenance TEXT NOT NULL DEFAULT 'reported' CHECK(provenance IN ('reported','planned')),
  origin TEXT NOT NULL DEFAULT 'dataset',
  CHECK((scope = 'site') = (site_id IS NOT NULL))
);

CREATE TABLE series(
  id INTEGER PRIMARY KEY,
  site_id TEXT REFERENCES sites(id) ON DELETE CASCADE,
  metric TEXT NOT NULL,
  unit TEXT NOT NULL,
  provenance TEXT NOT NULL CHECK(provenance IN ('measured','reported','planned','projected','simulated','manual')),
  source_url TEXT NOT NULL DEFAULT '',
  as_of TEXT
);
CREATE UNIQUE INDEX series_key ON series(ifnull(site_id, ''), metric, provenance);

CREATE TABLE samples(
  series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  ts INTEGER NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY(series_id, ts)
) WITHOUT ROWID;
)sql",
    // 2: rollups per minute, hour and day, so that charts never read raw history.
    R"sql(
CREATE TABLE rollup_minute(
  series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  bucket INTEGER NOT NULL,
  min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL,
  last REAL NOT NULL, last_ts INTEGER NOT NULL,
  PRIMARY KEY(series_id, bucket)
) WITHOUT ROWID;
CREATE TABLE rollup_hour(
  series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  bucket INTEGER NOT NULL,
  min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL,
  last REAL NOT NULL, last_ts INTEGER NOT NULL,
  PRIMARY KEY(series_id, bucket)
) WITHOUT ROWID;
CREATE TABLE rollup_day(
  series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  bucket INTEGER NOT NULL,
  min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL,
  last REAL NOT NULL, last_ts INTEGER NOT NULL,
  PRIMARY KEY(series_id, bucket)
) WITHOUT ROWID;
INSERT INTO rollup_minute SELECT series_id, ts - (ts % 60000) - (CASE WHEN ts % 60000 < 0 THEN 60000 ELSE 0 END) AS b,
  min(value), max(value), sum(value), count(*), 0, max(ts) FROM samples GROUP BY series_id, b;
INSERT INTO rollup_hour SELECT series_id, ts - (ts % 3600000) - (CASE WHEN ts % 3600000 < 0 THEN 3600000 ELSE 0 END) AS b,
  min(value), max(value), sum(value), count(*), 0, max(ts) FROM samples GROUP BY series_id, b;
INSERT INTO rollup_day SELECT series_id, ts - (ts % 86400000) - (CASE WHEN ts % 86400000 < 0 THEN 86400000 ELSE 0 END) AS b,
  min(value), max(value), sum(value), count(*), 0, max(ts) FROM samples GROUP BY series_id, b;
UPDATE rollup_minute SET last = (SELECT value FROM samples s WHERE s.series_id = rollup_minute.series_id AND s.ts = rollup_minute.last_ts);
UPDATE rollup_hour SET last = (SELECT value FROM samples s WHERE s.series_id = rollup_hour.series_id AND s.ts = rollup_hour.last_ts);
UPDATE rollup_day SET last = (SELECT value FROM samples s WHERE s.series_id = rollup_day.series_id AND s.ts = rollup_day.last_ts);
)sql",
    // 3: computed projections with the assumptions they used (provenance 'projected').
    R"sql(
CREATE TABLE projections(
  id INTEGER PRIMARY KEY,
  computed_at TEXT NOT NULL,
  provenance TEXT NOT NULL DEFAULT 'projected' CHECK(provenance = 'projected'),
  verdict TEXT NOT NULL CHECK(verdict IN ('reached','on_track','at_risk','behind','unknown')),
  eta TEXT, eta_early TEXT, eta_late TEXT,
  assumptions TEXT NOT NULL,
  result TEXT NOT NULL
);
CREATE INDEX projections_time ON projections(computed_at);
)sql",
    // 4: the health of each polled source (one row per source, replaced on every poll).
    R"sql(
CREATE TABLE source_health(
  source_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  url TEXT NOT NULL,
  enabled INTEGER NOT NULL,
  interval_ms INTEGER NOT NULL,
  last_attempt INTEGER, last_success INTEGER, latency_ms INTEGER,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  next_poll INTEGER,
  samples_last_poll INTEGER NOT NULL DEFAULT 0,
  samples_total INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)sql",
    // 5: alerts (raised, acknowledged, cleared; at most one open per rule, site and source),
    // and who entered a manual phase event and when.
    R"sql(
CREATE TABLE alerts(
  id INTEGER PRIMARY KEY,
  rule TEXT NOT NULL,
  site_id TEXT NOT NULL DEFAULT '',
  source_id TEXT NOT NULL DEFAULT '',
  raised_at INTEGER NOT NULL,
  cleared_at INTEGER,
  acknowledged_at INTEGER,
  acknowledged_by TEXT NOT NULL DEFAULT '',
  severity TEXT NOT NULL CHECK(severity IN ('info','warning','critical')),
  message TEXT NOT NULL,
  value REAL
);
CREATE UNIQUE INDEX alerts_open ON alerts(rule, site_id, source_id) WHERE cleared_at IS NULL;
CREATE INDEX alerts_raised ON alerts(raised_at);
ALTER TABLE phase_events ADD COLUMN entered_by TEXT NOT NULL DEFAULT '';
ALTER TABLE phase_events ADD COLUMN entered_at TEXT;
)sql",
    // 6: dated notes on a site, entered by hand; shown on the site's charts and in its list.
    R"sql(
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  day TEXT NOT NULL CHECK(day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  text TEXT NOT NULL CHECK(length(trim(text)) > 0),
  created_at TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT ''
);
CREATE INDEX annotations_site ON annotations(site_id, day);
)sql",
    // 7: which sites a source feeds (space-separated ids), so that sites get their feed's health.
    R"sql(
ALTER TABLE source_health ADD COLUMN site_ids TEXT NOT NULL DEFAULT '';
)sql",
    // 8: facts take independent analysts' estimates (provenance 'estimate', with the analyst and
    // the method; other facts name neither). SQLite cannot alter a CHECK, so the table is
    // rebuilt and renamed; nothing references facts, so no other table is touched.
    R"sql(
CREATE TABLE facts_new(
  id INTEGER PRIMARY KEY,
  scope TEXT NOT NULL CHECK(scope IN ('site','program','fleet')),
  site_id TEXT REFERENCES sites(id) ON DELETE CASCADE,
  metric TEXT NOT NULL,
  unit TEXT NOT NULL,
  value_low REAL NOT NULL,
  value_high REAL NOT NULL CHECK(value_high >= value_low),
  period TEXT NOT NULL,
  as_of TEXT NOT NULL,
  source_url TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  provenance TEXT NOT NULL DEFAULT 'reported' CHECK(provenance IN ('reported','planned','estimate')),
  analyst TEXT NOT NULL DEFAULT '',
  method TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'dataset',
  CHECK((scope = 'site') = (site_id IS NOT NULL)),
  CHECK((provenance = 'estimate') = (analyst <> '' AND method <> '')),
  CHECK(provenance = 'estimate' OR (analyst = '' AND method = ''))
);
INSERT INTO facts_new(id, scope, site_id, metric, unit, value_low, value_high, period, as_of,
  source_url, note, provenance, origin)
  SELECT id, scope, site_id, metric, unit, value_low, value_high, period, as_of, source_url,
    note, provenance, origin FROM facts;
DROP TABLE facts;
ALTER TABLE facts_new RENAME TO facts;
)sql",
    // 9: public tables (an analyst's CSV): each imported version with its bytes (so that a new
    // site mapping can re-read it), the names that matched no site, the names public tables give
    // our sites (the dataset's and the user's), and facts that came from an import.
    R"sql(
CREATE TABLE table_imports(
  id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL,
  mapping TEXT NOT NULL,
  title TEXT NOT NULL,
  file_name TEXT NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL,
  retrieved_at TEXT NOT NULL,
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  analyst TEXT NOT NULL DEFAULT '',
  credit TEXT NOT NULL DEFAULT '',
  rows_read INTEGER NOT NULL DEFAULT 0,
  content BLOB NOT NULL
);
CREATE INDEX table_imports_source ON table_imports(source_id, id);
CREATE TABLE table_unmatched(
  import_id INTEGER NOT NULL REFERENCES table_imports(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  rows INTEGER NOT NULL,
  first_line INTEGER NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX table_unmatched_import ON table_unmatched(import_id);
CREATE TABLE site_aliases(
  name TEXT NOT NULL,
  site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  origin TEXT NOT NULL CHECK(origin IN ('dataset','user')),
  PRIMARY KEY(name, origin)
);
ALTER TABLE facts ADD COLUMN import_id INTEGER REFERENCES table_imports(id) ON DELETE CASCADE;
ALTER TABLE facts ADD COLUMN analyst_projection INTEGER NOT NULL DEFAULT 0;
CREATE INDEX facts_import ON facts(import_id);
)sql",
    // 10: when an operator paused a source, so that the Feeds page says "Paused since …" rather
    // than "Disabled" (which the sources file decides).
    R"sql(
ALTER TABLE source_health ADD COLUMN paused_at INTEGER NOT NULL DEFAULT 0;
)sql",
    // 11: an operator's comment on an alert, and who wrote it.
    R"sql(
ALTER TABLE alerts ADD COLUMN comment TEXT NOT NULL DEFAULT '';
ALTER TABLE alerts ADD COLUMN comment_by TEXT NOT NULL DEFAULT '';
)sql",
    // 12: the date a table's dateless rows are as of, so that reading a version again (a new
    // site mapping) dates them as the first read did, not by the day it was imported.
    R"sql(
ALTER TABLE table_imports ADD COLUMN file_date TEXT NOT NULL DEFAULT '';
)sql",
};

} // namespace

namespace Schema {

int latestVersion()
{
    return int(kMigrations.size());
}

int versionOf(sqlite::Connection &connection)
{
    auto statement = connection.prepare(QStringLiteral("PRAGMA user_version"));
    if (statement.next())
        return int(statement.int64(0));
    return -1;
}

QString migrate(sqlite::Connection &connection, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int current = versionOf(connection);
    if (current < 0)
        return connection.errorMessage();
    for (int version = current; version < targetVersion; ++version) {
        sqlite::Transaction transaction(connection);
        if (!transaction.begun())
            return connection.errorMessage();
        if (!connection.exec(QString::fromUtf8(kMigrations[size_t(version)])))
            return QStringLiteral("migration to schema version %1 failed: %2")
                .arg(version + 1)
                .arg(connection.errorMessage());
        if (!connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
            return connection.errorMessage();
        if (!transaction.commit())
            return connection.errorMessage();
    }
    return QString();
}

} // namespace Schema
