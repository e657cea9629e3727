// libFuzzer harness: the Prometheus HTTP API answer parser on arbitrary bytes.
#include "feed/promapi.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const int httpStatus : { 200, 503 }) {
        const PromApiResult result = parsePromApiResponse(body, httpStatus);
        // A failed answer carries no figures.
        if (!result.error.isEmpty() && (!result.vector.isEmpty() || result.scalar.has_value()))
            std::abort();
        if (httpStatus != 200 && result.error.isEmpty())
            std::abort();
    }
    return 0;
}
