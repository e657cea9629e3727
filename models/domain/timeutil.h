// Time arithmetic on UTC milliseconds since the epoch, as the store keeps timestamps.
#pragma once

#include <QtGlobal>

namespace TimeUtil {
inline constexpr qint64 kMinuteMs = 60'000;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;

// Largest multiple of `step` not above `value` (also for negative values).
constexpr qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 remainder = value % step;
    return remainder < 0 ? value - remainder - step : value - remainder;
}

// Smallest multiple of `step` not below `value`.
constexpr qint64 ceilTo(qint64 value, qint64 step)
{
    const qint64 floored = floorTo(value, step);
    return floored == value ? value : floored + step;
}
} // namespace TimeUtil
