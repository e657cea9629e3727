#include "feed/feedpoller.h"

#include "domain/metrics.h"
#include "feed/dcgmmapping.h"
#include "feed/pollschedule.h"
#include "feed/promapi.h"
#include "feed/redaction.h"
#include "feed/sitestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QUrl>
#include <cmath>

#include <boost/asio.hpp>

namespace asio = boost::asio;

namespace {

KeyedSample keyed(const FeedSource &source, const QString &siteId, QLatin1StringView metric,
    const QString &unit, qint64 tsMs, double value)
{
    return KeyedSample { SeriesKey { siteId, QString(metric), unit, source.provenance }, tsMs,
        value };
}

// The address as it may be shown and stored: without user:password@ or query-string secrets.
QString stripCredentials(const QString &url)
{
    QUrl parsed(url);
    parsed.setUserInfo(QString());
    return redactSecrets(parsed.toString());
}

ConversionResult convertSiteStatus(const FeedSource &source, const QByteArray &body, int httpStatus)
{
    ConversionResult result;
    if (httpStatus != 200) {
        result.error = QStringLiteral("HTTP %1").arg(httpStatus);
        return result;
    }
    const SiteStatusResult status = parseSiteStatus(body);
    if (!status.error.isEmpty()) {
        result.error = status.error;
        return result;
    }
    result.rejected = status.rejected;
    const QString sourceUrl = stripCredentials(source.url); // once per answer, not per record
    for (const SiteStatusRecord &record : status.sites) {
        const qint64 ts = record.tsMs;
        if (record.gpusInstalled)
            result.samples.append(keyed(source, record.siteId, Metric::GpusInstalled,
                QStringLiteral("GPUs"), ts, *record.gpusInstalled));
        if (record.gpusOnline)
            result.samples.append(keyed(source, record.siteId, Metric::GpusOnline,
                QStringLiteral("GPUs"), ts, *record.gpusOnline));
        if (record.itPowerMw)
            result.samples.append(keyed(source, record.siteId, Metric::PowerMw,
                QStringLiteral("MW"), ts, *record.itPowerMw));
        if (record.facilityPowerMw)
            result.samples.append(keyed(source, record.siteId, Metric::FacilityPowerMw,
                QStringLiteral("MW"), ts, *record.facilityPowerMw));
        if (record.phase) {
            result.phases.append(Lifecycle::FeedObservation { record.siteId, *record.phase,
                QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC), source.provenance, source.name,
                sourceUrl });
        }
    }
    return result;
}

// A sum of power readings that reaches DCGM's blank sentinel (2^47 W) includes one: no site
// draws 140 TW. Counts and other metrics may legitimately be that large (energy in mJ).
bool isPowerMetric(const QString &metric)
{
    return metric == Metric::PowerMw || metric == Metric::FacilityPowerMw;
}

ConversionResult convertPromApi(const FeedSource &source, const QByteArray &body, int httpStatus)
{
    ConversionResult result;
    const PromApiResult api = parsePromApiResponse(body, httpStatus);
    if (!api.error.isEmpty()) {
        result.error = api.errorType.isEmpty() ? api.error
                                               : api.errorType + QStringLiteral(": ") + api.error;
        return result;
    }
    // The caller runs one query per request; the query's metric is in source.queries[0].
    const PromQuery query = source.queries.value(0);
    for (const PromVectorItem &item : api.vector) {
        const QString site = item.metric.value(QStringLiteral("site"));
        const double value = item.value * query.scale;
        if (site.isEmpty()) {
            result.rejected.append(QStringLiteral("a result without a \"site\" label"));
            continue;
        }
        if (!std::isfinite(value) || value < 0) {
            result.rejected.append(QStringLiteral("site %1: %2 is not a valid %3")
                                       .arg(site)
                                       .arg(item.value)
                                       .arg(query.metric));
            continue;
        }
        if (isPowerMetric(query.metric) && Dcgm::isBlankSentinel(item.value)) {
            result.rejected.append(
                QStringLiteral("site %1: %2 holds DCGM's no-data value, not a valid %3 (filter "
                               "the readings with >= 0 < 2^47, docs/sources.md)")
                    .arg(site)
                    .arg(item.value)
                    .arg(query.metric));
            continue;
        }
        result.samples.append(
            KeyedSample { SeriesKey { site, query.metric, query.unit, source.provenance },
                qint64(std::llround(item.tsSeconds * 1000.0)), value });
    }
    return result;
}

ConversionResult convertPromText(
    const FeedSource &source, const QByteArray &body, int httpStatus, qint64 nowMs)
{
    ConversionResult result;
    if (httpStatus != 200) {
        result.error = QStringLiteral("HTTP %1").arg(httpStatus);
        return result;
    }
    // Scanned and summed in one pass, without an owned copy of each sample: at thousands of
    // node endpoints this is most of the poller's work.
    const DcgmScrape scrape = summarizeDcgmScrape(body);
    if (!scrape.error.isEmpty()) {
        result.error = scrape.error; // it names the line
        return result;
    }
    const DcgmSummary &summary = scrape.summary;
    if (!summary.warning.isEmpty())
        result.rejected.append(summary.warning);
    // GPUs "online" beside 0 MW, from a scrape that measured no power, would be a false
    // measurement: such a scrape stores nothing, and its warning says why.
    if (!summary.hasPower())
        return result;
    result.samples.append(keyed(
        source, source.siteId, Metric::GpusOnline, QStringLiteral("GPUs"), nowMs, summary.gpus));
    result.samples.append(keyed(
        source, source.siteId, Metric::PowerMw, QStringLiteral("MW"), nowMs, summary.powerW / 1e6));
    return result;
}
ConversionResult convertByKind(
    const FeedSource &source, const QByteArray &body, int httpStatus, qint64 nowMs)
{
    switch (source.kind) {
    case FeedSource::Kind::SiteStatus:
        return convertSiteStatus(source, body, httpStatus);
    case FeedSource::Kind::PrometheusApi:
        return convertPromApi(source, body, httpStatus);
    case FeedSource::Kind::PrometheusText:
        return convertPromText(source, body, httpStatus, nowMs);
    case FeedSource::Kind::PublicTable:
        break; // a file to import, not samples: see FeedPoller::Impl::pollTable
    }
    return ConversionResult();
}

// The sites of the answer that the store does not know, sorted, without repeats.
QStringList unknownSites(const ConversionResult &result, const QStringList &known)
{
    QStringList unknown;
    const auto note = [&](const QString &siteId) {
        if (!siteId.isEmpty() && !known.contains(siteId) && !unknown.contains(siteId))
            unknown.append(siteId);
    };
    for (const KeyedSample &sample : result.samples)
        note(sample.key.siteId);
    for (const Lifecycle::FeedObservation &observation : result.phases)
        note(observation.siteId);
    unknown.sort();
    return unknown;
}

// Samples for a site the store does not know would be dropped by the writer, and a source
// that looks healthy while it stores nothing hides the mistake: they make the answer an error
// naming the site and the known ones. The known sites of the same answer are kept, so that a
// fleet's Prometheus naming one new site does not silence all the others.
void dropUnknownSites(ConversionResult &result, const QStringList &known)
{
    const QStringList unknown = unknownSites(result, known);
    if (unknown.isEmpty())
        return;
    QStringList sorted = known;
    sorted.sort();
    const QString knownList
        = sorted.isEmpty() ? QStringLiteral("none") : sorted.join(QStringLiteral(", "));
    result.error = unknown.size() == 1
        ? QStringLiteral("site \"%1\" is not in the store (known sites: %2)")
              .arg(unknown.constFirst(), knownList)
        : QStringLiteral("sites \"%1\" are not in the store (known sites: %2)")
              .arg(unknown.join(QStringLiteral("\", \"")), knownList);
    result.samples.removeIf([&](const KeyedSample &sample) {
        return !sample.key.siteId.isEmpty() && unknown.contains(sample.key.siteId);
    });
    result.phases.removeIf([&](const Lifecycle::FeedObservation &observation) {
        return unknown.contains(observation.siteId);
    });
}
} // namespace

ConversionResult convertResponse(
    const FeedSource &source, const QByteArray &body, int httpStatus, qint64 nowMs)
{
    ConversionResult result = convertByKind(source, body, httpStatus, nowMs);
    if (result.error.isEmpty() && source.knownSiteIds)
        dropUnknownSites(result, *source.knownSiteIds);
    // A server's error answer may echo the request's credentials.
    const QByteArray &credential = source.http.authorization;
    result.error = redactSecrets(result.error, credential);
    for (QString &rejection : result.rejected)
        rejection = redactSecrets(rejection, credential);
    return result;
}

struct SourceState
{
    FeedSource source;
    std::optional<HttpTarget> target;
    std::shared_ptr<HttpConnection> connection;
    std::unique_ptr<asio::steady_timer> timer;
    SourceHealth health;
    QHash<QString, Phase> reportedPhases; // per site, the phase this source last reported
    HttpConditions tableValidators; // public table: of the version fetched last
    QString tableRefusal; // why that version was refused on import; reported until a new one
    bool inFlight = false; // a request is on its way; its completion schedules the next poll
};

// What one poll brought: the samples to store (for a Prometheus-API source also those of the
// queries that answered when another failed) and, if the poll failed, why.
struct PollOutcome
{
    ConversionResult converted;
    QString error;
    qint64 latencyMs = 0;
    bool backOff = true; // on failure; false when the server answered part of the poll
};

// One poll of a Prometheus-API source: its queries one after the other on the source's
// connection, all evaluated at the poll's start so that GPUs and power describe one instant.
struct PromApiPoll
{
    qint64 evaluationMs = 0;
    qsizetype next = 0; // the query to send next
    PollOutcome outcome;
    QStringList failures; // one per failed query, naming it
    bool anyAnswered = false;
};

// The request target of one instant query: `query` and the evaluation `time` (Unix seconds,
// to the millisecond) replace whatever query string the source's URL has. Every character but
// the unreserved ones is percent-encoded: a literal `+` would reach the server as a space.
QByteArray promQueryTarget(const QString &sourceUrl, const QString &query, qint64 evaluationMs)
{
    const QString time = QStringLiteral("%1.%2")
                             .arg(evaluationMs / 1000)
                             .arg(evaluationMs % 1000, 3, 10, QLatin1Char('0'));
    return QUrl(sourceUrl).path(QUrl::FullyEncoded).toUtf8()
        + "?query=" + QUrl::toPercentEncoding(query) + "&time=" + time.toLatin1();
}

// Adds one query's answer to the poll: its samples, stamped with the poll's evaluation time,
// or a failure that names the query.
void addQueryAnswer(
    const FeedSource &source, const PromQuery &query, PromApiPoll &poll, const HttpResult &answer)
{
    poll.outcome.latencyMs += answer.latencyMs;
    QString error = answer.error;
    if (error.isEmpty()) {
        FeedSource oneQuery = source; // convertResponse reads the query from queries[0]
        oneQuery.queries = { query };
        ConversionResult converted
            = convertResponse(oneQuery, answer.body, answer.status, poll.evaluationMs);
        error = converted.error;
        // An answer with an error has samples only for the known sites of an answer that also
        // named unknown ones: those are kept.
        if (error.isEmpty() || !converted.samples.isEmpty()) {
            poll.anyAnswered = true;
            for (KeyedSample &sample : converted.samples) {
                sample.tsMs = poll.evaluationMs;
                poll.outcome.converted.samples.append(std::move(sample));
            }
            poll.outcome.converted.rejected += converted.rejected;
        }
    }
    if (!error.isEmpty())
        poll.failures.append(QCoreApplication::translate("FeedPoller", "query %1 (%2): %3")
                                 .arg(query.metric, query.query, error));
}

// One fetch of a public table, through its redirects.
struct TablePoll
{
    HttpTarget target;
    QUrl url;
    int redirects = 0;
    qint64 latencyMs = 0;
    bool sameHost = true; // credentials are only sent to the source's own host
};

// Where a redirect leads: the Location resolved against the address that sent it, if it is an
// http(s) address; else why not.
std::optional<QUrl> redirectTarget(const QUrl &from, const QByteArray &location, QString *error)
{
    const QUrl next = from.resolved(QUrl::fromEncoded(location.trimmed()));
    if (location.trimmed().isEmpty() || !next.isValid()) {
        *error = QStringLiteral("a redirect without a valid Location");
        return std::nullopt;
    }
    if (next.scheme() != QLatin1String("http") && next.scheme() != QLatin1String("https")) {
        *error = QStringLiteral("a redirect to %1, which is not an http(s) address")
                     .arg(redactSecrets(next.toString(QUrl::RemoveUserInfo)));
        return std::nullopt;
    }
    return next;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

struct FeedPoller::Impl
{
    asio::io_context io { 1 };
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    QList<std::shared_ptr<SourceState>> sources;
    SampleSink sampleSink;
    HealthSink healthSink;
    PhaseSink phaseSink;
    TableSink tableSink;
    QRandomGenerator random { quint32(QDateTime::currentMSecsSinceEpoch()) };
    std::shared_ptr<ResponseBudget> budget
        = std::make_shared<ResponseBudget>(FeedPoller::defaultResponseBudgetBytes);

    void schedule(const std::shared_ptr<SourceState> &state, qint64 delayMs)
    {
        if (!state->health.enabled)
            return; // paused while a poll was on its way
        state->health.nextPollMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
        state->timer->expires_after(std::chrono::milliseconds(delayMs));
        state->timer->async_wait([this, state](boost::system::error_code ec) {
            if (!ec && state->health.enabled)
                poll(state);
        });
    }

    void forwardPhaseChanges(
        SourceState &state, const QList<Lifecycle::FeedObservation> &observations)
    {
        if (!phaseSink)
            return;
        QList<Lifecycle::FeedObservation> changed;
        for (const Lifecycle::FeedObservation &observation : observations) {
            const auto previous = state.reportedPhases.constFind(observation.siteId);
            if (previous != state.reportedPhases.cend() && *previous == observation.phase)
                continue;
            state.reportedPhases.insert(observation.siteId, observation.phase);
            changed.append(observation);
        }
        if (!changed.isEmpty())
            phaseSink(std::move(changed));
    }

    void poll(const std::shared_ptr<SourceState> &state)
    {
        state->health.lastAttemptMs = QDateTime::currentMSecsSinceEpoch();
        state->inFlight = true;
        if (state->source.kind == FeedSource::Kind::PrometheusApi) {
            auto run = std::make_shared<PromApiPoll>();
            run->evaluationMs = state->health.lastAttemptMs;
            sendQuery(state, run);
            return;
        }
        if (state->source.kind == FeedSource::Kind::PublicTable) {
            auto run = std::make_shared<TablePoll>();
            run->target = *state->target;
            run->url = QUrl(state->source.url);
            fetchTable(state, run);
            return;
        }
        const FeedSource &request = state->source;
        state->connection->get(*state->target, request.http, [this, state](HttpResult response) {
            PollOutcome outcome;
            outcome.latencyMs = response.latencyMs;
            outcome.error = response.error;
            if (outcome.error.isEmpty()) {
                outcome.converted = convertResponse(state->source, response.body, response.status,
                    QDateTime::currentMSecsSinceEpoch());
                outcome.error = outcome.converted.error;
                // Samples with an error: the known sites of an answer naming unknown ones.
                outcome.backOff = outcome.converted.samples.isEmpty();
            }
            complete(state, std::move(outcome));
        });
    }

    // Sends the poll's next query; after the last answer the poll is complete.
    void sendQuery(
        const std::shared_ptr<SourceState> &state, const std::shared_ptr<PromApiPoll> &run)
    {
        const FeedSource &source = state->source;
        if (source.queries.isEmpty()) {
            run->outcome.error = QCoreApplication::translate(
                "FeedSourceFile", "a prometheus_api source needs at least one query");
            complete(state, std::move(run->outcome));
            return;
        }
        HttpTarget target = *state->target;
        target.target
            = promQueryTarget(source.url, source.queries[run->next].query, run->evaluationMs);
        state->connection->get(target, source.http, [this, state, run](HttpResult answer) {
            addQueryAnswer(state->source, state->source.queries[run->next], *run, answer);
            if (++run->next < state->source.queries.size()) {
                sendQuery(state, run);
                return;
            }
            // The poll succeeds when every query did; a failed one fails it, but the others'
            // samples are kept, and while the server answers some queries there is no backoff.
            run->outcome.error = run->failures.join(QStringLiteral("; "));
            run->outcome.backOff = !run->anyAnswered;
            complete(state, std::move(run->outcome));
        });
    }

    // A conditional GET of the table; redirects are followed up to maxRedirects, and a 304 or
    // a version already fetched costs no import.
    void fetchTable(
        const std::shared_ptr<SourceState> &state, const std::shared_ptr<TablePoll> &run)
    {
        HttpOptions options = state->source.http;
        if (!run->sameHost)
            options.authorization.clear();
        state->connection->get(
            run->target, options, state->tableValidators, [this, state, run](HttpResult answer) {
                onTableAnswer(state, run, std::move(answer));
            });
    }

    void onTableAnswer(const std::shared_ptr<SourceState> &state,
        const std::shared_ptr<TablePoll> &run, HttpResult answer)
    {
        run->latencyMs += answer.latencyMs;
        PollOutcome outcome;
        outcome.error = answer.error;
        if (outcome.error.isEmpty() && isRedirect(answer.status)) {
            if (run->redirects >= FeedPoller::maxRedirects) {
                outcome.error
                    = QStringLiteral("more than %1 redirects").arg(FeedPoller::maxRedirects);
            } else if (const auto next
                = redirectTarget(run->url, answer.location, &outcome.error)) {
                QString targetError;
                if (const auto target
                    = HttpTarget::parse(next->toString(QUrl::FullyEncoded), &targetError)) {
                    ++run->redirects;
                    run->sameHost = run->sameHost && target->host == state->target->host
                        && target->port == state->target->port;
                    run->url = *next;
                    run->target = *target;
                    fetchTable(state, run);
                    return;
                }
                outcome.error = targetError;
            }
        } else if (outcome.error.isEmpty() && answer.status == 200) {
            deliverTable(*state, *run, std::move(answer));
        } else if (outcome.error.isEmpty() && answer.status != 304) {
            outcome.error = QStringLiteral("HTTP %1").arg(answer.status);
        } else if (outcome.error.isEmpty() && !state->tableRefusal.isEmpty()) {
            // Unchanged since it was refused: still refused, and the server is not at fault.
            outcome.error = state->tableRefusal;
            outcome.backOff = false;
        }
        outcome.latencyMs = run->latencyMs;
        complete(state, std::move(outcome));
    }

    void deliverTable(SourceState &state, const TablePoll &run, HttpResult answer)
    {
        state.tableValidators = { answer.etag, answer.lastModified };
        state.tableRefusal.clear();
        if (!tableSink)
            return;
        PolledTable table;
        table.sourceId = state.source.id;
        table.sourceName = state.source.name;
        table.url = stripCredentials(run.url.toString());
        table.fileName = run.url.fileName();
        table.body = std::move(answer.body);
        table.etag = answer.etag;
        table.lastModified = answer.lastModified;
        table.retrievedMs = QDateTime::currentMSecsSinceEpoch();
        table.mapping = state.source.tableMapping;
        tableSink(std::move(table));
    }

    // Hands on the poll's samples, updates the source's health and schedules the next poll.
    void complete(const std::shared_ptr<SourceState> &state, PollOutcome outcome)
    {
        state->inFlight = false;
        const FeedSource &request = state->source;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        SourceHealth &health = state->health;
        health.latencyMs = outcome.latencyMs;
        const QString &error = outcome.error;
        ConversionResult &converted = outcome.converted;
        health.samplesLastPoll = int(converted.samples.size());
        if (error.isEmpty() || !converted.samples.isEmpty()) {
            QStringList sites;
            for (const KeyedSample &sample : std::as_const(converted.samples)) {
                if (!sample.key.siteId.isEmpty() && !sites.contains(sample.key.siteId))
                    sites.append(sample.key.siteId);
            }
            std::sort(sites.begin(), sites.end());
            health.siteIds = sites;
            health.samplesTotal += converted.samples.size();
            if (!converted.samples.isEmpty())
                sampleSink(std::move(converted.samples));
        }
        forwardPhaseChanges(*state, converted.phases); // none with an error, but known sites'
        if (error.isEmpty()) {
            if (!converted.rejected.isEmpty())
                health.lastError
                    = QStringLiteral("rejected: %1")
                          .arg(converted.rejected.join(QStringLiteral("; ")).left(500));
            else
                health.lastError.clear();
            health.consecutiveFailures = 0;
            health.lastSuccessMs = now;
        } else {
            ++health.consecutiveFailures;
            health.lastError = redactSecrets(error, request.http.authorization).left(500);
        }
        const qint64 delay = PollSchedule::nextDelayMs(request.intervalMs, request.jitter,
            outcome.backOff ? health.consecutiveFailures : 0, request.backoffCapMs,
            random.generateDouble());
        schedule(state, delay);
        healthSink(health);
    }
};

FeedPoller::FeedPoller(
    QList<FeedSource> sources, SampleSink samples, HealthSink health, PhaseSink phases)
    : m_impl(std::make_unique<Impl>())
{
    qRegisterMetaType<SourceHealth>();
    m_impl->sampleSink = std::move(samples);
    m_impl->healthSink = std::move(health);
    m_impl->phaseSink = std::move(phases);
    for (FeedSource &source : sources) {
        auto state = std::make_shared<SourceState>();
        state->source = source;
        QString error;
        state->target = HttpTarget::parse(source.url, &error);
        state->health.sourceId = source.id;
        state->health.name = source.name;
        state->health.kind = FeedSourceFile::kindId(source.kind);
        state->health.url = stripCredentials(source.url);
        state->health.intervalMs = source.intervalMs;
        state->health.enabled = source.enabled && state->target.has_value();
        state->tableValidators = source.tableValidators;
        if (!state->target)
            state->health.lastError = redactSecrets(error, source.http.authorization);
        m_impl->sources.append(state);
    }
}

void FeedPoller::setKnownSiteIds(const QStringList &siteIds)
{
    Q_ASSERT(!isRunning());
    for (const auto &state : m_impl->sources)
        state->source.knownSiteIds = siteIds;
}

void FeedPoller::setTableSink(TableSink tables)
{
    Q_ASSERT(!isRunning());
    m_impl->tableSink = std::move(tables);
}

void FeedPoller::setResponseBudgetBytes(qint64 bytes)
{
    Q_ASSERT(!isRunning());
    m_impl->budget = std::make_shared<ResponseBudget>(bytes);
}

const ResponseBudget &FeedPoller::responseBudget() const
{
    return *m_impl->budget;
}

FeedPoller::~FeedPoller()
{
    stop();
}

void FeedPoller::start()
{
    if (m_thread.joinable())
        return;
    Impl &d = *m_impl;
    d.io.restart();
    d.work.emplace(asio::make_work_guard(d.io));
    for (const auto &state : d.sources) {
        d.healthSink(state->health);
        state->source.http.budget = d.budget; // one budget for all sources' answers
        if (!state->health.enabled)
            continue;
        state->connection = HttpConnection::create(d.io);
        state->timer = std::make_unique<asio::steady_timer>(d.io);
        // Spread the first polls over the first interval, so that sources do not start in step.
        const qint64 first = qint64(d.random.bounded(std::max(1, state->source.intervalMs / 4)));
        asio::post(d.io, [&d, state, first] { d.schedule(state, first); });
    }
    m_thread = std::thread([&d] { d.io.run(); });
}

void FeedPoller::setSourceEnabled(const QString &sourceId, bool enabled)
{
    Impl &d = *m_impl;
    asio::post(d.io, [&d, sourceId, enabled] {
        for (const auto &state : d.sources) {
            if (state->source.id != sourceId || !state->target || state->health.enabled == enabled)
                continue;
            state->health.enabled = enabled;
            state->health.pausedAtMs = enabled ? 0 : QDateTime::currentMSecsSinceEpoch();
            if (!enabled) {
                state->health.nextPollMs = 0;
                if (state->timer)
                    state->timer->cancel();
            } else {
                if (!state->connection)
                    state->connection = HttpConnection::create(d.io);
                if (!state->timer)
                    state->timer = std::make_unique<asio::steady_timer>(d.io);
                if (!state->inFlight) // else the answer on its way schedules the next poll
                    d.schedule(state, 0);
            }
            d.healthSink(state->health);
        }
    });
}

void FeedPoller::reportTableRefused(const QString &sourceId, const QString &message)
{
    Impl &d = *m_impl;
    asio::post(d.io, [&d, sourceId, message] {
        for (const auto &state : d.sources) {
            if (state->source.id != sourceId)
                continue;
            state->tableRefusal = message.left(500);
            state->health.lastError = state->tableRefusal;
            state->health.consecutiveFailures = std::max(1, state->health.consecutiveFailures);
            d.healthSink(state->health);
        }
    });
}

void FeedPoller::stop()
{
    if (!m_thread.joinable())
        return;
    m_impl->work.reset();
    m_impl->io.stop();
    m_thread.join();
    for (const auto &state : m_impl->sources) {
        state->timer.reset();
        if (state->connection)
            state->connection->close(); // a name look-up may still be running
        state->connection.reset();
    }
}
