// The time range a page's charts show: a preset that ends now ("Last 1 h", Live), the whole
// rollout, or a fixed from-to span the user zoomed, panned or typed. A plain value: pages keep
// one each, the window saves them, and queries turn one into a ChartSpan at a given now.
#pragma once

#include "query/chartaxis.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class TimeRange
{
    Q_DECLARE_TR_FUNCTIONS(TimeRange)

public:
    enum class Preset
    {
        Last15Minutes,
        LastHour,
        Last6Hours,
        Last24Hours,
        Last7Days,
        Last30Days,
        LastYear,
        Rollout, // every dated figure of the dataset and every polled sample (2023-2030 today)
        Custom, // a fixed span
    };

    TimeRange() = default; // Rollout
    static TimeRange preset(Preset preset);
    static TimeRange fixed(qint64 fromMs, qint64 toMs);
    static QList<Preset> presets(); // the menu's order, Custom excluded

    Preset kind() const { return m_preset; }
    // Whether the range's end follows now: every preset but Rollout and Custom.
    bool isLive() const;
    // The span at `nowMs`; Rollout is `rollout` (the data's own span).
    ChartSpan span(qint64 nowMs, const ChartSpan &rollout) const;
    // The preset's length, or nullopt for Rollout and Custom.
    static std::optional<qint64> lengthMs(Preset preset);

    // Navigation, all returning a fixed span except live(): one width earlier or later (never
    // past now's width-end), twice as wide around the middle, and the same width ending now.
    TimeRange shifted(int direction, qint64 nowMs, const ChartSpan &rollout) const;
    TimeRange zoomedOut(qint64 nowMs, const ChartSpan &rollout) const;
    // The live preset whose length is nearest this range's width (a Rollout stays Rollout).
    TimeRange live(qint64 nowMs, const ChartSpan &rollout) const;

    // "Last 1 h", "Rollout", or for Custom the span in the locale's short date-times.
    static QString presetName(Preset preset);
    QString displayName(const QLocale &locale) const;

    // For QSettings: "last-1h", "rollout", "custom:<from ms>/<to ms>"; nullopt if unreadable.
    QString toSetting() const;
    static std::optional<TimeRange> fromSetting(const QString &text);

    bool operator==(const TimeRange &) const = default;

private:
    Preset m_preset = Preset::Rollout;
    qint64 m_fromMs = 0; // Custom only
    qint64 m_toMs = 0;
};
