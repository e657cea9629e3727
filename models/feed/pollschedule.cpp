#include "feed/pollschedule.h"

#include <algorithm>
#include <cmath>

qint64 PollSchedule::nextDelayMs(
    int intervalMs, double jitter, int consecutiveFailures, int backoffCapMs, double uniform)
{
    const double interval = std::max(100, intervalMs);
    const double spread = std::clamp(jitter, 0.0, 0.5);
    const double u = std::clamp(uniform, 0.0, 1.0);
    double delay = interval * (1.0 + spread * (2.0 * u - 1.0));
    if (consecutiveFailures > 0) {
        // 2^failures × interval, capped; the cap itself is never exceeded by the jitter.
        const double factor = std::pow(2.0, std::min(consecutiveFailures, 30));
        delay = std::min(double(std::max(backoffCapMs, intervalMs)),
            interval * factor * (1.0 + spread * (u - 0.5)));
    }
    return qint64(std::llround(delay));
}
