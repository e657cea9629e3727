// Polls every source on one io_context on its own thread: schedules each source by its
// interval with jitter (PollSchedule), fetches with its HttpConnection, parses by kind, and
// hands the resulting samples and the source's health to sinks. The sinks are called on the
// poller thread; the owner makes them thread-safe (e.g. a queued call into StoreWriter).
// Bad input never becomes data: a parse error or a rejected value becomes health text.
#pragma once

#include "domain/lifecycle.h"
#include "domain/storetypes.h"
#include "feed/feedsource.h"

#include <QList>
#include <functional>
#include <memory>
#include <thread>

// Turns one response body into samples; public so that tests and the benchmark can call it.
// Error and rejection texts come back with secrets redacted (redactSecrets).
// A Prometheus-API answer is converted with source.queries[0]: the poller sends every query of
// a poll at one evaluation time and converts each answer with a copy holding just its query.
struct ConversionResult
{
    QList<KeyedSample> samples;
    QString error; // the whole response was rejected
    QStringList rejected; // values that were left out, with why
    QList<Lifecycle::FeedObservation> phases; // site status feeds: the phase of each site
};
ConversionResult convertResponse(
    const FeedSource &source, const QByteArray &body, int httpStatus, qint64 nowMs);

// A public table's new version, fetched by its source (a 200 answer to a conditional request):
// the owner reads it with its mapping and imports it (PublicTableReader, StoreWriter).
struct PolledTable
{
    QString sourceId;
    QString sourceName;
    QString url; // where the file was finally fetched from, after redirects, without credentials
    QString fileName; // the last segment of that path
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
    qint64 retrievedMs = 0;
    std::optional<TableMapping> mapping; // none: detected from the header
};

class FeedPoller
{
public:
    using SampleSink = std::function<void(QList<KeyedSample>)>;
    using HealthSink = std::function<void(SourceHealth)>;
    // Called when a status feed reports a phase for a site that differs from what that source
    // reported before (and on its first report), not on every poll.
    using PhaseSink = std::function<void(QList<Lifecycle::FeedObservation>)>;
    // Called on the poller thread with each new version of a public table.
    using TableSink = std::function<void(PolledTable)>;
    static constexpr int maxRedirects = 5;

    FeedPoller(
        QList<FeedSource> sources, SampleSink samples, HealthSink health, PhaseSink phases = {});
    ~FeedPoller();
    FeedPoller(const FeedPoller &) = delete;
    FeedPoller &operator=(const FeedPoller &) = delete;

    // The sites the store knows; an answer naming another site becomes an error of its
    // source that names both. Call before start().
    void setKnownSiteIds(const QStringList &siteIds);
    // The bytes that the answers in flight of all sources may hold together; an answer that
    // does not fit fails its poll. Call before start().
    static constexpr qint64 defaultResponseBudgetBytes = 64 * 1024 * 1024;
    void setResponseBudgetBytes(qint64 bytes);
    // Where public tables go; without one, public_table sources are fetched but nothing is
    // imported. Call before start().
    void setTableSink(TableSink tables);
    const ResponseBudget &responseBudget() const;
    void start();
    void stop();
    // Pauses or resumes one source while running (an operator silencing a broken feed). Takes
    // effect on the poller thread; the source's health reports enabled/disabled at once. A
    // source whose address is invalid cannot be resumed. Not saved: the sources file decides
    // at the next start.
    void setSourceEnabled(const QString &sourceId, bool enabled);
    // The newest version of a public_table source's table was refused when it was read (an
    // HTML page, a renamed column): the source reports `message` as its error, also through
    // its 304 answers, until a new version arrives. Thread-safe.
    void reportTableRefused(const QString &sourceId, const QString &message);
    bool isRunning() const { return m_thread.joinable(); }

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
    std::thread m_thread;
};
