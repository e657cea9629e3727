// libFuzzer harness: the CSV reader and the public-table reader (both Epoch presets) on arbitrary
// bytes; a broken promise (parserpromises.h) is a finding.
// Not a QTest case: the checks are the named promises of parserpromises.h, which abort here (a
// finding) and which tst_parserpromises asserts under CTest on the seed corpus.
#include "parserpromises.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ParserPromises::abortIfBroken(ParserPromises::publicTable(body));
    return 0;
}
