#include "query/timerange.h"

#include "domain/figureformat.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// The narrowest span a zoom may reach: a minute holds a few polls at the fastest interval.
constexpr qint64 kNarrowestMs = kMinute;

struct PresetInfo
{
    TimeRange::Preset preset;
    const char *setting;
    qint64 lengthMs; // 0: not a live preset
};

constexpr PresetInfo kPresets[] = {
    { TimeRange::Preset::Last15Minutes, "last-15m", 15 * kMinute },
    { TimeRange::Preset::LastHour, "last-1h", kHour },
    { TimeRange::Preset::Last6Hours, "last-6h", 6 * kHour },
    { TimeRange::Preset::Last24Hours, "last-24h", kDay },
    { TimeRange::Preset::Last7Days, "last-7d", 7 * kDay },
    { TimeRange::Preset::Last30Days, "last-30d", 30 * kDay },
    { TimeRange::Preset::LastYear, "last-1y", 365 * kDay },
    { TimeRange::Preset::Rollout, "rollout", 0 },
};

const PresetInfo *infoOf(TimeRange::Preset preset)
{
    for (const PresetInfo &info : kPresets) {
        if (info.preset == preset)
            return &info;
    }
    return nullptr;
}
} // namespace

TimeRange TimeRange::preset(Preset preset)
{
    TimeRange range;
    range.m_preset = preset == Preset::Custom ? Preset::Rollout : preset;
    return range;
}

TimeRange TimeRange::fixed(qint64 fromMs, qint64 toMs)
{
    TimeRange range;
    range.m_preset = Preset::Custom;
    range.m_fromMs = std::min(fromMs, toMs);
    range.m_toMs = std::max(range.m_fromMs + kNarrowestMs, std::max(fromMs, toMs));
    return range;
}

QList<TimeRange::Preset> TimeRange::presets()
{
    QList<Preset> all;
    for (const PresetInfo &info : kPresets)
        all.append(info.preset);
    return all;
}

bool TimeRange::isLive() const
{
    return lengthMs(m_preset).has_value();
}

std::optional<qint64> TimeRange::lengthMs(Preset preset)
{
    const PresetInfo *info = infoOf(preset);
    if (!info || info->lengthMs == 0)
        return std::nullopt;
    return info->lengthMs;
}

ChartSpan TimeRange::span(qint64 nowMs, const ChartSpan &rollout) const
{
    if (m_preset == Preset::Custom)
        return { m_fromMs, m_toMs };
    if (const std::optional<qint64> length = lengthMs(m_preset))
        return { nowMs - *length, nowMs };
    return rollout;
}

TimeRange TimeRange::shifted(int direction, qint64 nowMs, const ChartSpan &rollout) const
{
    const ChartSpan now = span(nowMs, rollout);
    const qint64 width = now.toMs - now.fromMs;
    const qint64 step = direction < 0 ? -width : width;
    // Forward stops at the later of now and the rollout's end: past it there is nothing to show.
    const qint64 latestEnd = std::max(nowMs, rollout.toMs);
    qint64 to = std::min(now.toMs + step, latestEnd);
    if (direction > 0 && now.toMs < nowMs && to >= nowMs) {
        for (const PresetInfo &info : kPresets) {
            if (info.lengthMs == width)
                return preset(info.preset); // back at now: live again
        }
        to = nowMs;
    }
    return fixed(to - width, to);
}

TimeRange TimeRange::zoomedOut(qint64 nowMs, const ChartSpan &rollout) const
{
    if (isLive()) {
        // A live range zooms out to the next preset, so it stays live and named.
        const QList<Preset> all = presets();
        return preset(all.value(all.indexOf(m_preset) + 1, Preset::Rollout));
    }
    const ChartSpan now = span(nowMs, rollout);
    const qint64 width = now.toMs - now.fromMs;
    const qint64 middle = now.fromMs + width / 2;
    const qint64 latestEnd = std::max(nowMs, rollout.toMs);
    const qint64 to = std::min(middle + width, latestEnd);
    return fixed(to - 2 * width, to);
}

TimeRange TimeRange::live(qint64 nowMs, const ChartSpan &rollout) const
{
    if (isLive() || m_preset == Preset::Rollout)
        return *this;
    const ChartSpan now = span(nowMs, rollout);
    const double width = double(std::max<qint64>(now.toMs - now.fromMs, 1));
    if (width > 2.0 * double(365 * kDay))
        return preset(Preset::Rollout);
    Preset best = Preset::Last15Minutes;
    double bestDistance = HUGE_VAL;
    for (const PresetInfo &info : kPresets) {
        if (info.lengthMs == 0)
            continue;
        const double distance = std::abs(std::log(width / double(info.lengthMs)));
        if (distance < bestDistance) {
            best = info.preset;
            bestDistance = distance;
        }
    }
    return preset(best);
}

QString TimeRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Last15Minutes:
        return tr("Last 15 min");
    case Preset::LastHour:
        return tr("Last 1 h");
    case Preset::Last6Hours:
        return tr("Last 6 h");
    case Preset::Last24Hours:
        return tr("Last 24 h");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::LastYear:
        return tr("Last year");
    case Preset::Rollout:
        return tr("Rollout");
    case Preset::Custom:
        return tr("Custom");
    }
    return {};
}

QString TimeRange::displayName(const QLocale &locale) const
{
    if (m_preset != Preset::Custom)
        return presetName(m_preset);
    const auto at = [&](qint64 ms) {
        return FigureFormat::dateTime(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), locale);
    };
    return tr("%1 – %2").arg(at(m_fromMs), at(m_toMs));
}

QString TimeRange::toSetting() const
{
    if (m_preset == Preset::Custom)
        return QStringLiteral("custom:%1/%2").arg(m_fromMs).arg(m_toMs);
    return QLatin1String(infoOf(m_preset)->setting);
}

std::optional<TimeRange> TimeRange::fromSetting(const QString &text)
{
    for (const PresetInfo &info : kPresets) {
        if (text == QLatin1String(info.setting))
            return preset(info.preset);
    }
    if (!text.startsWith(QLatin1String("custom:")))
        return std::nullopt;
    const QStringList parts = text.mid(7).split(QLatin1Char('/'));
    bool fromOk = false;
    bool toOk = false;
    const qint64 from = parts.value(0).toLongLong(&fromOk);
    const qint64 to = parts.value(1).toLongLong(&toOk);
    if (parts.size() != 2 || !fromOk || !toOk || from >= to)
        return std::nullopt;
    return fixed(from, to);
}
