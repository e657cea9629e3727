// An alert as the store keeps it, and the value types that change it. Plain values: they
// cross from the AlertMonitor (GUI thread) to the StoreWriter's thread by queued calls.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace AlertRule {
// Stored rule identifiers (docs/alerts.md).
inline constexpr QLatin1StringView FeedStale { "feed_stale" };
inline constexpr QLatin1StringView ErrorStreak { "error_streak" };
inline constexpr QLatin1StringView PowerHigh { "power_high" };
inline constexpr QLatin1StringView GpuDrop { "gpu_drop" };
inline constexpr QLatin1StringView PhaseSlip { "phase_slip" };
QStringList all();
QString displayName(const QString &rule); // translated
} // namespace AlertRule

enum class AlertSeverity
{
    Info,
    Warning,
    Critical
};
QString severityId(AlertSeverity severity); // "info", "warning", "critical"
AlertSeverity severityFromId(const QString &id);
QString severityDisplayName(AlertSeverity severity); // translated

// What identifies one alert condition: at most one alert per key is open (not cleared).
struct AlertKey
{
    QString rule;
    QString siteId; // empty when the alert concerns a source only
    QString sourceId; // empty when the alert concerns a site only
    bool operator==(const AlertKey &) const = default;
};
size_t qHash(const AlertKey &key, size_t seed = 0);

// An alert condition that holds now, as the rules produce it.
struct AlertCondition
{
    AlertKey key;
    AlertSeverity severity = AlertSeverity::Warning;
    QString message; // translated, with the figures that caused it
    double value = 0; // the figure the rule compared (percent, count, days ...)
};

// A stored alert.
struct AlertRecord
{
    qint64 id = 0;
    AlertKey key;
    qint64 raisedAtMs = 0;
    qint64 clearedAtMs = 0; // 0 while open
    qint64 acknowledgedAtMs = 0; // 0 until acknowledged
    QString acknowledgedBy;
    QString comment; // an operator's note on it ("vendor ticket 4711"), with its author
    QString commentBy;
    AlertSeverity severity = AlertSeverity::Warning;
    QString message;
    double value = 0;

    bool isOpen() const { return clearedAtMs == 0; }
    bool isAcknowledged() const { return acknowledgedAtMs != 0; }
    // Open and nobody has acknowledged it yet: what the badge counts.
    bool needsAttention() const { return isOpen() && !isAcknowledged(); }
};

// What the monitor asks the writer to do after one evaluation.
struct AlertTransitions
{
    qint64 atMs = 0;
    QList<AlertCondition> raise; // ignored for a key that is already open
    QList<AlertKey> clear; // ignored for a key that is not open
    // Open alerts whose message or severity is no longer current ("152 days ago" a day later,
    // a power alert crossing 100 %, the display language changed): updated in place, keeping
    // when they were raised and who acknowledged them.
    QList<AlertCondition> update;
    bool isEmpty() const { return raise.isEmpty() && clear.isEmpty() && update.isEmpty(); }
};

Q_DECLARE_METATYPE(AlertRecord)
Q_DECLARE_METATYPE(AlertTransitions)
