#include "alerts/alertmonitor.h"

#include "domain/lifecycle.h"
#include "domain/metrics.h"
#include "domain/timeutil.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

AlertMonitor::AlertMonitor(Store &store, StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(writer)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_coalesce(new QTimer(this))
    , m_periodic(new QTimer(this))
{
    qRegisterMetaType<AlertTransitions>();
    qRegisterMetaType<QList<AlertRecord>>();
    m_coalesce->setSingleShot(true);
    connect(m_coalesce, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
    m_periodic->setInterval(10'000);
    connect(m_periodic, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
    // Queued: the writer emits on its own thread.
    connect(m_writer, &StoreWriter::alertsWritten, this, &AlertMonitor::writeLanded,
        Qt::QueuedConnection);
    connect(
        m_writer, &StoreWriter::writeStateChanged, this,
        [this](const StoreWriteState &state) { setWriterFailing(state.failing); },
        Qt::QueuedConnection);
}

void AlertMonitor::setWriterFailing(bool failing)
{
    if (std::exchange(m_writerFailing, failing) && !failing)
        dataChanged(); // the health it held is stored now: look again
}

void AlertMonitor::withoutStaleFeeds(AlertTransitions &transitions)
{
    transitions.raise.removeIf(
        [](const AlertCondition &condition) { return condition.key.rule == AlertRule::FeedStale; });
}

void AlertMonitor::setIntervals(int minimumMs, int periodicMs)
{
    m_minimumIntervalMs = minimumMs;
    m_periodic->setInterval(periodicMs);
}

void AlertMonitor::start()
{
    reload();
    evaluate(true);
    m_periodic->start();
}

int AlertMonitor::attentionCount() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
        [](const AlertRecord &a) { return a.needsAttention(); }));
}

QHash<QString, QString> AlertMonitor::sourceNames() const
{
    QHash<QString, QString> names;
    for (const SourceHealth &health : m_store.sourceHealth())
        names.insert(health.sourceId, health.name);
    return names;
}

void AlertMonitor::dataChanged()
{
    if (m_coalesce->isActive())
        return;
    // Not faster than the minimum interval since the last evaluation.
    const qint64 sinceLast = QDateTime::currentMSecsSinceEpoch() - m_lastEvaluationMs;
    m_coalesce->start(
        int(std::clamp<qint64>(m_minimumIntervalMs - sinceLast, 0, m_minimumIntervalMs)));
}

AlertInputs AlertMonitor::gatherInputs() const
{
    AlertInputs inputs;
    inputs.nowMs = m_clock();
    inputs.sources = m_store.sourceHealth();
    const QList<PhaseEvent> events = m_store.phaseEvents();
    const QList<Milestone> milestones = m_store.milestones();
    const QList<SeriesInfo> series = m_store.series();
    const qint64 windowMs = qint64(m_thresholds.gpuDropWindowMinutes) * TimeUtil::kMinuteMs;
    const auto isPolled
        = [](Provenance p) { return p == Provenance::Measured || p == Provenance::Simulated; };

    for (const Site &site : m_store.sites()) {
        SiteAlertInput input;
        input.siteId = site.id;
        input.siteName = site.name;
        for (const PhaseEvent &event : events) {
            if (event.siteId == site.id)
                input.events.append(event);
        }
        for (const Milestone &milestone : milestones) {
            if (milestone.siteId != site.id)
                continue;
            input.milestones.append(milestone);
            if (milestone.provenance == Provenance::Planned && milestone.powerMw)
                input.capacityMw
                    = std::max(input.capacityMw.value_or(0.0), milestone.powerMw->high);
        }
        // Polled series of the site: the one with the newest sample wins per metric.
        std::optional<Sample> newestGpu;
        std::optional<Sample> newestCapacity;
        for (const SeriesInfo &info : series) {
            if (info.key.siteId != site.id || !isPolled(info.key.provenance))
                continue;
            const std::optional<Sample> latest = m_store.latestSample(info.id);
            if (!latest)
                continue;
            if (info.key.metric == Metric::GpusOnline
                && (!newestGpu || latest->tsMs > newestGpu->tsMs)) {
                newestGpu = latest;
                input.simulated = info.key.provenance == Provenance::Simulated;
                input.gpusOnline
                    = m_store.rawSamples(info.id, inputs.nowMs - windowMs, inputs.nowMs + 1);
            } else if (info.key.metric == Metric::PowerMw
                && (!input.powerMw || latest->tsMs > input.powerMw->tsMs)) {
                input.powerMw = latest;
            } else if (info.key.metric == Metric::CapacityMw
                && (!newestCapacity || latest->tsMs > newestCapacity->tsMs)) {
                newestCapacity = latest;
            }
        }
        // A capacity the site reports itself is newer than any published plan.
        if (newestCapacity && newestCapacity->value > 0)
            input.capacityMw = newestCapacity->value;
        inputs.sites.append(input);
    }
    return inputs;
}

void AlertMonitor::evaluateNow()
{
    evaluate(false);
}

void AlertMonitor::evaluate(bool blocking)
{
    if (m_outstandingWrites > 0) {
        // Evaluating against a list that misses our own write would raise or clear twice.
        m_evaluateAfterWrite = true;
        return;
    }
    m_coalesce->stop();
    m_lastEvaluationMs = QDateTime::currentMSecsSinceEpoch();
    ++m_evaluations;
    const QList<AlertRecord> open = m_store.alerts(Store::AlertSelection::Open);
    const AlertInputs inputs = gatherInputs();
    const QList<AlertCondition> wanted = AlertRules::evaluate(inputs, open, m_thresholds);
    AlertTransitions transitions = AlertRules::transitions(open, wanted, inputs.nowMs);
    if (m_writerFailing)
        withoutStaleFeeds(transitions);
    if (transitions.isEmpty())
        return;
    ++m_outstandingWrites;
    StoreWriter *writer = m_writer;
    if (blocking && writer->thread() != thread()) {
        // The writer's alertsWritten() still arrives (queued) and settles the count.
        QMetaObject::invokeMethod(
            writer, [writer, transitions] { writer->applyAlertTransitions(transitions); },
            Qt::BlockingQueuedConnection);
        reload();
        return;
    }
    QMetaObject::invokeMethod(
        writer, [writer, transitions] { writer->applyAlertTransitions(transitions); },
        Qt::QueuedConnection);
}

void AlertMonitor::acknowledge(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    ++m_outstandingWrites;
    const QString user = Lifecycle::currentUserName();
    const qint64 now = m_clock();
    StoreWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, ids, user, now] { writer->acknowledgeAlerts(ids, user, now); },
        Qt::QueuedConnection);
}

void AlertMonitor::unacknowledge(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    ++m_outstandingWrites;
    StoreWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, ids] { writer->unacknowledgeAlerts(ids); }, Qt::QueuedConnection);
}

void AlertMonitor::setComment(qint64 id, const QString &comment)
{
    ++m_outstandingWrites;
    const QString user = Lifecycle::currentUserName();
    StoreWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, id, comment, user] { writer->setAlertComment(id, comment, user); },
        Qt::QueuedConnection);
}

void AlertMonitor::writeLanded()
{
    m_outstandingWrites = std::max(0, m_outstandingWrites - 1);
    reload();
    if (m_outstandingWrites == 0 && std::exchange(m_evaluateAfterWrite, false))
        dataChanged();
}

void AlertMonitor::reload()
{
    QList<AlertRecord> alerts = m_store.alerts();
    if (m_loaded && alerts.size() == m_alerts.size()) {
        bool same = true;
        for (int i = 0; same && i < alerts.size(); ++i) {
            const AlertRecord &a = alerts[i];
            const AlertRecord &b = m_alerts[i];
            same = a.id == b.id && a.clearedAtMs == b.clearedAtMs
                && a.acknowledgedAtMs == b.acknowledgedAtMs && a.comment == b.comment;
        }
        if (same)
            return;
    }
    QSet<qint64> known;
    for (const AlertRecord &alert : std::as_const(m_alerts))
        known.insert(alert.id);
    QList<AlertRecord> raised;
    if (m_loaded) {
        for (const AlertRecord &alert : std::as_const(alerts)) {
            if (alert.isOpen() && !known.contains(alert.id))
                raised.append(alert);
        }
    }
    m_alerts = std::move(alerts);
    m_loaded = true;
    emit alertsChanged(m_alerts);
    if (!raised.isEmpty())
        emit alertsRaised(raised);
}
