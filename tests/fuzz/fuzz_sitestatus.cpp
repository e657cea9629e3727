// libFuzzer harness: the site status feed parser on arbitrary bytes.
#include "feed/sitestatus.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace {
bool inRange(const std::optional<double> &value, double limit)
{
    return !value || (std::isfinite(*value) && *value >= 0 && *value <= limit);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const SiteStatusResult result = parseSiteStatus(body);
    if (!result.error.isEmpty() && !result.sites.isEmpty())
        std::abort();
    // Whatever is accepted passed the plausibility checks.
    for (const SiteStatusRecord &site : result.sites) {
        if (site.siteId.isEmpty() || !inRange(site.gpusInstalled, 1e7) || !inRange(site.gpusOnline, 1e7)
                || !inRange(site.itPowerMw, 1e5) || !inRange(site.facilityPowerMw, 1e5) || !inRange(site.capacityMw, 1e5))
            std::abort();
        if (site.phase && !site.unknownPhase.isEmpty())
            std::abort();
    }
    return 0;
}
