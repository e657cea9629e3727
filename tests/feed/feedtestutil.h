// Shared by the feed tests: a thread-safe collector of what a FeedPoller reports, and a
// blocking one-off GET through the Beast client.
#pragma once

#include "feed/feedpoller.h"

#include <QMutex>
#include <QSet>
#include <boost/asio/io_context.hpp>

namespace FeedTest {

// Collects what the poller's thread reports.
struct Collector
{
    QMutex mutex;
    QList<KeyedSample> samples;
    QHash<QString, SourceHealth> health;
    QHash<QString, QSet<qint64>> attempts; // per source, the distinct attempt times reported
    QHash<QString, int> mostFailures; // per source, the highest consecutiveFailures reported
    QList<QList<Lifecycle::FeedObservation>> phaseBatches;

    FeedPoller::SampleSink sampleSink()
    {
        return [this](QList<KeyedSample> batch) {
            QMutexLocker lock(&mutex);
            samples += batch;
        };
    }
    FeedPoller::HealthSink healthSink()
    {
        return [this](SourceHealth h) {
            QMutexLocker lock(&mutex);
            health.insert(h.sourceId, h);
            if (h.lastAttemptMs > 0)
                attempts[h.sourceId].insert(h.lastAttemptMs);
            int &most = mostFailures[h.sourceId];
            most = std::max(most, h.consecutiveFailures);
        };
    }
    FeedPoller::PhaseSink phaseSink()
    {
        return [this](QList<Lifecycle::FeedObservation> batch) {
            QMutexLocker lock(&mutex);
            phaseBatches.append(batch);
        };
    }
    qsizetype sampleCount()
    {
        QMutexLocker lock(&mutex);
        return samples.size();
    }
    int attemptsOf(const QString &id)
    {
        QMutexLocker lock(&mutex);
        return int(attempts.value(id).size());
    }
    int mostFailuresOf(const QString &id)
    {
        QMutexLocker lock(&mutex);
        return mostFailures.value(id);
    }
    SourceHealth healthOf(const QString &id)
    {
        QMutexLocker lock(&mutex);
        return health.value(id);
    }
};

inline HttpResult fetch(const QString &url, HttpOptions options = {})
{
    boost::asio::io_context io;
    QString error;
    const auto target = HttpTarget::parse(url, &error);
    HttpResult result;
    if (!target) {
        result.error = error;
        return result;
    }
    auto connection = HttpConnection::create(io);
    connection->get(*target, options, [&result](HttpResult r) { result = std::move(r); });
    io.run();
    return result;
}

} // namespace FeedTest
