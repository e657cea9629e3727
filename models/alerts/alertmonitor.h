// Keeps the stored alerts in step with the data: re-evaluates the rules when the writer
// reports new data (at most once per minimum interval) and on a slow timer (staleness grows
// while nothing arrives), and hands raise/clear transitions to the StoreWriter. Also the
// GUI's one source of the alert list. Lives on the GUI thread with the Store it reads; the
// writer lives on its own thread and is only called through queued invocations.
#pragma once

#include "alerts/alertrules.h"
#include "domain/alert.h"

#include <QHash>
#include <QObject>
#include <functional>

class QTimer;
class Store;
class StoreWriter;

class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // ms since the epoch, UTC

    AlertMonitor(Store &store, StoreWriter *writer, QObject *parent = nullptr);

    void setThresholds(const AlertThresholds &thresholds) { m_thresholds = thresholds; }
    const AlertThresholds &thresholds() const { return m_thresholds; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Minimum time between two evaluations (default 1 s) and the slow timer (default 10 s).
    void setIntervals(int minimumMs, int periodicMs);
    // Reads the stored alerts and evaluates once, waiting for that write, so that the list
    // is current from the start; then evaluates on data and on the slow timer.
    void start();

    const QList<AlertRecord> &alerts() const { return m_alerts; }
    int attentionCount() const; // open and not acknowledged
    // Names of the polled sources by id, for showing alerts about them.
    QHash<QString, QString> sourceNames() const;
    int evaluationCount() const { return m_evaluations; }
    // The inputs the rules see now (for tests and diagnostics).
    AlertInputs gatherInputs() const;

public slots:
    // The writer committed new data: evaluate soon.
    void dataChanged();
    // Evaluate now (unless a previous write is still on its way: then as soon as it landed).
    void evaluateNow();
    // Re-read the alert list (e.g. another process wrote to the store).
    void reload();
    void acknowledge(const QList<qint64> &ids);
    void unacknowledge(const QList<qint64> &ids);
    void setComment(qint64 id, const QString &comment);
    // While the writer cannot write, the stored health of the sources goes stale although
    // their polls succeed: no feed-stale alert is raised until it can write again (and has
    // written the health it held).
    void setWriterFailing(bool failing);

signals:
    void alertsChanged(const QList<AlertRecord> &alerts);
    // Alerts that were not in the previous list and are open: for notifications.
    void alertsRaised(const QList<AlertRecord> &raised);

private:
    void evaluate(bool blocking);
    void writeLanded();
    static void withoutStaleFeeds(AlertTransitions &transitions);

    Store &m_store;
    StoreWriter *m_writer;
    AlertThresholds m_thresholds;
    Clock m_clock;
    QTimer *m_coalesce;
    QTimer *m_periodic;
    QList<AlertRecord> m_alerts;
    bool m_loaded = false;
    int m_outstandingWrites = 0;
    bool m_evaluateAfterWrite = false;
    bool m_writerFailing = false;
    int m_evaluations = 0;
    qint64 m_lastEvaluationMs = 0;
    int m_minimumIntervalMs = 1000;
};
