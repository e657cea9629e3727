// Turns a scrape of the NVIDIA DCGM exporter into the figures the dashboard shows for a site:
// how many GPUs report and how much power they draw.
#pragma once

#include "feed/prometheustext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

struct DcgmSummary
{
    int gpus = 0; // distinct GPUs reporting any DCGM field (by UUID, else host + index or PCI bus)
    double powerW
        = 0; // DCGM_FI_DEV_POWER_USAGE summed over distinct GPUs, MIG instances counted once
    int blankValues = 0; // GPUs whose power reading was a DCGM "no data" sentinel, skipped
    QStringList modelNames; // distinct modelName labels, sorted, e.g. "NVIDIA H100 80GB HBM3"
    QString warning; // readings that were skipped for other reasons, empty when none
};

// Gathers samples one at a time (straight from the scanner, without owned copies) and sums
// them up at the end.
class DcgmSummarizer
{
public:
    DcgmSummarizer();
    ~DcgmSummarizer();
    DcgmSummarizer(const DcgmSummarizer &) = delete;
    DcgmSummarizer &operator=(const DcgmSummarizer &) = delete;

    void add(const PromSampleView &sample);
    DcgmSummary summary() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

DcgmSummary summarizeDcgm(const QList<PromSample> &samples);

// Scans a scrape and summarizes it in one pass: the poller's path. `error` and `errorLine` are
// the scan's; the summary is empty when the scrape is malformed.
struct DcgmScrape
{
    DcgmSummary summary;
    QString error;
    int errorLine = 0;
};
DcgmScrape summarizeDcgmScrape(QByteArrayView body, int maxSamples = 5'000'000);

namespace Dcgm {
// Whether a value is one of DCGM's "blank" sentinels: values near INT64_MAX for integer
// fields, 2^47 and above for doubles. No GPU figure comes anywhere near them.
bool isBlankSentinel(double value);
} // namespace Dcgm
