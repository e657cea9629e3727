// libFuzzer harness: the Prometheus text parser, the poller's one-pass DCGM scan and the DCGM
// mapping on arbitrary bytes. Besides crashes and sanitizer reports, a broken promise
// (parserpromises.h) is a finding.
// Not a QTest case: the checks are the named promises of parserpromises.h, which abort
// here (a finding) and which tst_parserpromises asserts under CTest on the seed corpus.
#include "parserpromises.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not copied: reads past the end of the fuzzer's buffer show up in AddressSanitizer.
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ParserPromises::abortIfBroken(ParserPromises::prometheusText(body, 10'000));
    return 0;
}
