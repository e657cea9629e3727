// Helpers shared by the tests: a temporary store, and samples made from plain numbers.
#pragma once

#include "store/samplewriter.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

namespace TestUtil {

inline QString storePath(
    const QTemporaryDir &dir, const QString &name = QStringLiteral("store.sqlite"))
{
    return dir.filePath(name);
}

inline KeyedSample sample(const QString &site, QLatin1StringView metric, Provenance provenance,
    qint64 tsMs, double value, const QString &unit = QStringLiteral("count"))
{
    KeyedSample keyed;
    keyed.key = SeriesKey { site, QString(metric), unit, provenance };
    keyed.tsMs = tsMs;
    keyed.value = value;
    return keyed;
}

// Inserts a minimal site row, for tests that need a site to hang series on.
inline bool insertSite(Store &store, const QString &id, const QString &name,
    const QString &origin = QStringLiteral("manual"))
{
    auto q = store.connection().prepare(
        QStringLiteral("INSERT INTO sites(id, name, origin) VALUES(?, ?, ?)"));
    q.bind(1, id).bind(2, name).bind(3, origin);
    return q.run();
}

} // namespace TestUtil
