// Writes batches of samples in one transaction and keeps the minute, hour and day rollups up
// to date. Synchronous; used by StoreWriter on its thread and directly by tests and imports.
#pragma once

#include "domain/storetypes.h"
#include "store/sqlite.h"

#include <QHash>

class SampleWriter
{
public:
    explicit SampleWriter(sqlite::Connection &connection);

    struct Result
    {
        StoreChange change;
        qint64 rejected
            = 0; // values that are not finite numbers, or of unknown sites: never stored
        QStringList unknownSites;
        QString error; // empty on success; on error nothing of the batch was stored
    };

    Result write(const QList<KeyedSample> &samples);
    // Finds or creates the series for `key`; 0 on error.
    qint64 seriesIdFor(const SeriesKey &key);

private:
    bool prepare();
    sqlite::Connection &m_connection;
    bool m_prepared = false;
    sqlite::Statement m_findSeries;
    sqlite::Statement m_insertSeries;
    sqlite::Statement m_insertSample;
    sqlite::Statement m_rollup[3];
    sqlite::Statement m_siteExists;
    QHash<QString, qint64> m_seriesIds; // cache: "site\x1fmetric\x1fprovenance" -> id
};
