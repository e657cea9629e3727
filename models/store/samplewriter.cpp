#include "store/samplewriter.h"

#include "domain/timeutil.h"

#include <QSet>
#include <cmath>

namespace {
QString cacheKey(const SeriesKey &key)
{
    return key.siteId + QChar(0x1f) + key.metric + QChar(0x1f) + provenanceId(key.provenance);
}

constexpr qint64 kRollupWidths[3] = { TimeUtil::kMinuteMs, TimeUtil::kHourMs, TimeUtil::kDayMs };
constexpr const char *kRollupTables[3] = { "rollup_minute", "rollup_hour", "rollup_day" };
} // namespace

SampleWriter::SampleWriter(sqlite::Connection &connection)
    : m_connection(connection)
{ }

bool SampleWriter::prepare()
{
    if (m_prepared)
        return true;
    m_findSeries = m_connection.prepare(QStringLiteral(
        "SELECT id FROM series WHERE ifnull(site_id, '') = ? AND metric = ? AND provenance = ?"));
    m_insertSeries = m_connection.prepare(
        QStringLiteral("INSERT INTO series(site_id, metric, unit, provenance) VALUES(?, ?, ?, ?)"));
    m_insertSample = m_connection.prepare(
        QStringLiteral("INSERT OR IGNORE INTO samples(series_id, ts, value) VALUES(?, ?, ?)"));
    for (int i = 0; i < 3; ++i) {
        m_rollup[i] = m_connection.prepare(QStringLiteral(
            "INSERT INTO %1(series_id, bucket, min, max, sum, count, last, last_ts) "
            "VALUES(?1, ?2, ?3, ?3, ?3, 1, ?3, ?4) "
            "ON CONFLICT(series_id, bucket) DO UPDATE SET "
            "min = min(min, excluded.min), max = max(max, excluded.max), "
            "sum = sum + excluded.sum, count = count + 1, "
            "last = CASE WHEN excluded.last_ts >= last_ts THEN excluded.last ELSE last END, "
            "last_ts = max(last_ts, excluded.last_ts)")
                                               .arg(QLatin1String(kRollupTables[i])));
    }
    m_siteExists = m_connection.prepare(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"));
    m_prepared = m_siteExists.isValid() && m_findSeries.isValid() && m_insertSeries.isValid()
        && m_insertSample.isValid() && m_rollup[0].isValid() && m_rollup[1].isValid()
        && m_rollup[2].isValid();
    return m_prepared;
}

qint64 SampleWriter::seriesIdFor(const SeriesKey &key)
{
    if (!prepare())
        return 0;
    const QString cached = cacheKey(key);
    if (const auto it = m_seriesIds.constFind(cached); it != m_seriesIds.constEnd())
        return it.value();
    m_findSeries.reset();
    m_findSeries.bind(1, key.siteId.isNull() ? QStringLiteral("") : key.siteId)
        .bind(2, key.metric)
        .bind(3, provenanceId(key.provenance));
    qint64 id = 0;
    if (m_findSeries.next()) {
        id = m_findSeries.int64(0);
    } else {
        m_insertSeries.reset();
        m_insertSeries.bind(1, key.siteId.isEmpty() ? QString() : key.siteId)
            .bind(2, key.metric)
            .bind(3, key.unit)
            .bind(4, provenanceId(key.provenance));
        if (!m_insertSeries.run())
            return 0;
        auto last = m_connection.prepare(QStringLiteral("SELECT last_insert_rowid()"));
        id = last.next() ? last.int64(0) : 0;
    }
    m_findSeries.reset();
    if (id)
        m_seriesIds.insert(cached, id);
    return id;
}

SampleWriter::Result SampleWriter::write(const QList<KeyedSample> &samples)
{
    Result result;
    if (!prepare()) {
        result.error = m_connection.errorMessage();
        return result;
    }
    sqlite::Transaction transaction(m_connection);
    if (!transaction.begun()) {
        result.error = m_connection.errorMessage();
        return result;
    }
    QSet<qint64> touched;
    QHash<QString, bool>
        siteKnown; // a feed may name a site the store does not know: reject, don't fail
    const auto fail = [&](const QString &context) {
        result.error = context + QStringLiteral(": ") + m_connection.errorMessage();
        result.change = StoreChange();
        // The transaction rolls back; series ids created in it are gone too.
        m_seriesIds.clear();
        return result;
    };
    for (const KeyedSample &sample : samples) {
        if (!std::isfinite(sample.value)) {
            ++result.rejected;
            continue;
        }
        if (!sample.key.siteId.isEmpty()) {
            auto known = siteKnown.find(sample.key.siteId);
            if (known == siteKnown.end()) {
                m_siteExists.reset();
                m_siteExists.bind(1, sample.key.siteId);
                known = siteKnown.insert(sample.key.siteId, m_siteExists.next());
                m_siteExists.reset();
                if (!known.value())
                    result.unknownSites.append(sample.key.siteId);
            }
            if (!known.value()) {
                ++result.rejected;
                continue;
            }
        }
        const qint64 id = seriesIdFor(sample.key);
        if (!id)
            return fail(QStringLiteral("series"));
        m_insertSample.bind(1, id).bind(2, sample.tsMs).bind(3, sample.value);
        if (!m_insertSample.run())
            return fail(QStringLiteral("sample"));
        if (m_connection.changes() == 0)
            continue; // a sample for this series and time exists already: first one wins
        for (int i = 0; i < 3; ++i) {
            m_rollup[i]
                .bind(1, id)
                .bind(2, TimeUtil::floorTo(sample.tsMs, kRollupWidths[i]))
                .bind(3, sample.value)
                .bind(4, sample.tsMs);
            if (!m_rollup[i].run())
                return fail(QStringLiteral("rollup"));
        }
        touched.insert(id);
        ++result.change.samplesWritten;
        result.change.newestTsMs = std::max(result.change.newestTsMs, sample.tsMs);
    }
    if (!transaction.commit())
        return fail(QStringLiteral("commit"));
    result.change.seriesIds = QList<qint64>(touched.begin(), touched.end());
    std::sort(result.change.seriesIds.begin(), result.change.seriesIds.end());
    return result;
}
