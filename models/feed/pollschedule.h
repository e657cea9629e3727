// When a source is polled next: its interval with jitter after a success, exponential backoff
// after failures (capped, reset by the next success). A pure computation with the clock and
// the random draw passed in, so that tests control both.
#pragma once

#include <QtGlobal>

namespace PollSchedule {
// `uniform` is a draw in [0, 1); `consecutiveFailures` counts the failures since the last success.
qint64 nextDelayMs(
    int intervalMs, double jitter, int consecutiveFailures, int backoffCapMs, double uniform);
} // namespace PollSchedule
