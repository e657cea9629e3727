// libFuzzer harness: the Prometheus text parser and the DCGM mapping on arbitrary bytes.
// Besides crashes and sanitizer reports it checks the parser's promises.
#include "feed/dcgmmapping.h"
#include "feed/prometheustext.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not copied: reads past the end of the fuzzer's buffer show up in AddressSanitizer.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr int kMaxSamples = 10'000;
    const PromParseResult result = parsePrometheusText(body, kMaxSamples);
    // The poller's one-pass scan over views agrees with the owned parse on every input.
    const DcgmScrape scrape = summarizeDcgmScrape(body, kMaxSamples);
    if (scrape.error != result.error || scrape.errorLine != result.errorLine)
        std::abort();
    if (!result.error.isEmpty()) {
        // An error is never mixed with data and always names a line.
        if (!result.samples.isEmpty() || !result.types.isEmpty() || result.errorLine <= 0)
            std::abort();
        return 0;
    }
    if (result.errorLine != 0 || result.samples.size() > kMaxSamples)
        std::abort();
    for (const PromSample &sample : result.samples) {
        if (sample.name.isEmpty())
            std::abort();
    }
    const DcgmSummary summary = summarizeDcgm(result.samples);
    if (summary.gpus < 0 || summary.blankValues < 0 || !std::isfinite(summary.powerW) || summary.powerW < 0)
        std::abort();
    if (scrape.summary.gpus != summary.gpus || scrape.summary.powerW != summary.powerW
            || scrape.summary.blankValues != summary.blankValues || scrape.summary.modelNames != summary.modelNames
            || scrape.summary.warning != summary.warning)
        std::abort();
    return 0;
}
