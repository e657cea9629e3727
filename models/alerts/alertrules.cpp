#include "alerts/alertrules.h"

#include "domain/lifecycle.h"
#include "domain/timeutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

class Evaluation
{
public:
    Evaluation(const AlertInputs &inputs, const QList<AlertRecord> &open,
        const AlertThresholds &thresholds)
        : m_in(inputs)
        , m_t(thresholds)
    {
        for (const AlertRecord &alert : open)
            m_open.insert(alert.key, alert);
    }

    QList<AlertCondition> run()
    {
        for (const SourceHealth &source : m_in.sources) {
            staleness(source);
            errorStreak(source);
        }
        for (const SiteAlertInput &site : m_in.sites) {
            power(site);
            gpuDrop(site);
            phaseSlip(site);
        }
        return m_result;
    }

private:
    const AlertRecord *openAlert(const AlertKey &key) const
    {
        const auto it = m_open.constFind(key);
        return it == m_open.constEnd() ? nullptr : &it.value();
    }

    // Figures from the built-in simulator are never mistaken for real ones.
    static QString labelled(const SiteAlertInput &site, const QString &message)
    {
        return site.simulated
            ? QCoreApplication::translate("AlertRules", "SIMULATED: %1").arg(message)
            : message;
    }

    void add(AlertKey key, AlertSeverity severity, const QString &message, double value)
    {
        m_result.append({ std::move(key), severity, message, value });
    }

    void staleness(const SourceHealth &source)
    {
        const AlertKey key { AlertRule::FeedStale.toString(), QString(), source.sourceId };
        if (!source.enabled || source.intervalMs <= 0 || source.lastSuccessMs <= 0)
            return; // never succeeded: the error streak speaks for it
        const double limitMs = m_t.staleFactor * source.intervalMs;
        const qint64 ageMs = m_in.nowMs - source.lastSuccessMs;
        const AlertRecord *open = openAlert(key);
        // Open: stays open until a success newer than the alert itself.
        const bool stale = open
            ? (source.lastSuccessMs <= open->raisedAtMs || double(ageMs) > limitMs)
            : double(ageMs) > limitMs;
        if (!stale)
            return;
        const double ageS = double(ageMs) / 1000.0;
        add(key, AlertSeverity::Warning,
            QCoreApplication::translate(
                "AlertRules", "%1: no successful poll for %2 s (interval %3 s, limit %4 s).")
                .arg(source.name, number(ageS), number(source.intervalMs / 1000.0, 1),
                    number(limitMs / 1000.0)),
            ageS);
    }

    void errorStreak(const SourceHealth &source)
    {
        const AlertKey key { AlertRule::ErrorStreak.toString(), QString(), source.sourceId };
        if (!source.enabled)
            return;
        const bool open = openAlert(key);
        // Open: only a success (streak back at zero) clears it.
        const bool failing
            = open ? source.consecutiveFailures > 0 : source.consecutiveFailures >= m_t.errorStreak;
        if (!failing)
            return;
        QString message = QCoreApplication::translate("AlertRules", "%1: %2 polls in a row failed.")
                              .arg(source.name)
                              .arg(source.consecutiveFailures);
        if (!source.lastError.isEmpty())
            message += QLatin1Char(' ')
                + QCoreApplication::translate("AlertRules", "Last error: %1")
                      .arg(source.lastError.left(200));
        add(key, AlertSeverity::Critical, message, source.consecutiveFailures);
    }

    void power(const SiteAlertInput &site)
    {
        const AlertKey key { AlertRule::PowerHigh.toString(), site.siteId, QString() };
        if (!site.powerMw || !site.capacityMw || *site.capacityMw <= 0)
            return;
        const double percent = site.powerMw->value / *site.capacityMw * 100.0;
        const bool high
            = openAlert(key) ? percent >= m_t.powerClearPercent : percent > m_t.powerRaisePercent;
        if (!high)
            return;
        add(key, percent >= 100.0 ? AlertSeverity::Critical : AlertSeverity::Warning,
            labelled(site,
                QCoreApplication::translate(
                    "AlertRules", "%1 draws %2 MW, %3% of its %4 MW capacity (limit %5%).")
                    .arg(site.siteName, number(site.powerMw->value, 1), number(percent, 1),
                        number(*site.capacityMw), number(m_t.powerRaisePercent))),
            percent);
    }

    void gpuDrop(const SiteAlertInput &site)
    {
        const AlertKey key { AlertRule::GpuDrop.toString(), site.siteId, QString() };
        const qint64 from = m_in.nowMs - qint64(m_t.gpuDropWindowMinutes) * TimeUtil::kMinuteMs;
        // The fall from the highest count within the window to the newest count.
        double peak = -1;
        const Sample *newest = nullptr;
        for (const Sample &sample : site.gpusOnline) {
            if (sample.tsMs < from || sample.tsMs > m_in.nowMs)
                continue;
            peak = std::max(peak, sample.value);
            if (!newest || sample.tsMs >= newest->tsMs)
                newest = &sample;
        }
        if (!newest || peak <= 0)
            return;
        const double fall = (peak - newest->value) / peak * 100.0;
        const bool falling
            = openAlert(key) ? fall >= m_t.gpuDropClearPercent : fall > m_t.gpuDropPercent;
        if (!falling)
            return;
        add(key, AlertSeverity::Critical,
            labelled(site,
                QCoreApplication::translate(
                    "AlertRules", "%1: GPUs online fell by %2% within %3 min (from %4 to %5).")
                    .arg(site.siteName, number(fall, 1))
                    .arg(m_t.gpuDropWindowMinutes)
                    .arg(number(peak), number(newest->value))),
            fall);
    }

    void phaseSlip(const SiteAlertInput &site)
    {
        const AlertKey key { AlertRule::PhaseSlip.toString(), site.siteId, QString() };
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_in.nowMs, Qt::UTC).date();
        // Reached: the most advanced build stage of an event that happened (not a plan).
        int reached = -1;
        bool cancelled = false;
        for (const PhaseEvent &event : site.events) {
            if (event.provenance == Provenance::Planned || event.provenance == Provenance::Projected
                || !event.date.isValid() || event.date > today)
                continue;
            reached = std::max(reached, Lifecycle::buildRank(event.phase));
            cancelled = cancelled || event.phase == Phase::Cancelled;
        }
        if (cancelled)
            return; // a cancelled site has no plan left to slip
        // Planned: phase events with provenance 'planned', and milestones (operational by then).
        struct Plan
        {
            Phase phase;
            QDate date;
            QString dateText;
        };
        QList<Plan> plans;
        for (const PhaseEvent &event : site.events) {
            if (event.provenance == Provenance::Planned && event.date.isValid())
                plans.append({ event.phase, event.date, event.dateText });
        }
        for (const Milestone &milestone : site.milestones) {
            if (milestone.provenance == Provenance::Planned && milestone.date.isValid())
                plans.append({ Phase::Operational, milestone.date, milestone.dateText });
        }
        // The most overdue plan not reached is the one named.
        const Plan *worst = nullptr;
        for (const Plan &plan : plans) {
            const int rank = Lifecycle::buildRank(plan.phase);
            if (rank < 0 || reached >= rank || plan.date.addDays(m_t.phaseSlipGraceDays) >= today)
                continue;
            if (!worst || plan.date < worst->date)
                worst = &plan;
        }
        if (!worst)
            return;
        const qint64 days = worst->date.daysTo(today);
        const QString planned
            = worst->dateText.isEmpty() ? worst->date.toString(Qt::ISODate) : worst->dateText;
        add(key, AlertSeverity::Warning,
            QCoreApplication::translate(
                "AlertRules", "%1 was planned to reach \"%2\" by %3 (%4 days ago) and has not.")
                .arg(site.siteName, phaseDisplayName(worst->phase), planned)
                .arg(days),
            double(days));
    }

    const AlertInputs &m_in;
    const AlertThresholds &m_t;
    QHash<AlertKey, AlertRecord> m_open;
    QList<AlertCondition> m_result;
};

} // namespace

namespace AlertRules {

QList<AlertCondition> evaluate(
    const AlertInputs &inputs, const QList<AlertRecord> &open, const AlertThresholds &thresholds)
{
    return Evaluation(inputs, open, thresholds).run();
}

AlertTransitions transitions(
    const QList<AlertRecord> &open, const QList<AlertCondition> &wanted, qint64 nowMs)
{
    AlertTransitions result;
    result.atMs = nowMs;
    QHash<AlertKey, const AlertRecord *> openByKey;
    for (const AlertRecord &alert : open) {
        if (alert.isOpen())
            openByKey.insert(alert.key, &alert);
    }
    QSet<AlertKey> wantedKeys;
    for (const AlertCondition &condition : wanted) {
        wantedKeys.insert(condition.key);
        const AlertRecord *current = openByKey.value(condition.key);
        if (!current)
            result.raise.append(condition);
        else if (current->message != condition.message || current->severity != condition.severity)
            result.update.append(condition);
    }
    for (const AlertRecord &alert : open) {
        if (alert.isOpen() && !wantedKeys.contains(alert.key))
            result.clear.append(alert.key);
    }
    return result;
}

} // namespace AlertRules
