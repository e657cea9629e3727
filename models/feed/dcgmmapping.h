// Turns a scrape of the NVIDIA DCGM exporter into the figures the dashboard shows for a site:
// how many GPUs report and how much power they draw.
#pragma once

#include "feed/prometheustext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

// Only a valid power reading makes a GPU count: an exporter that sends clocks and temperatures
// but no power (a custom counter list, an old driver) proves nothing about the GPUs' draw, and
// counting its GPUs "online" beside 0 MW would store a false measurement.
struct DcgmSummary
{
    int gpus = 0; // distinct physical GPUs with a valid power reading (MIG instances count once)
    double powerW = 0; // their DCGM_FI_DEV_POWER_USAGE, summed; 0 when gpus is 0
    int gpusWithoutPower = 0; // GPUs seen in other DCGM fields only, or whose power was not valid
    int blankValues = 0; // GPUs whose power reading was a DCGM "no data" sentinel, not counted
    QStringList modelNames; // distinct modelName labels, sorted, e.g. "NVIDIA H100 80GB HBM3"
    QString warning; // what was not counted and why, empty when every GPU counted

    // Whether the scrape measured anything: without a valid power reading neither a GPU count
    // nor a power figure may be stored.
    bool hasPower() const { return gpus > 0; }
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
// Whether a power reading is a measurement: finite, not negative, not a blank sentinel.
bool isValidPower(double watts);

// Whether a value is one of DCGM's "blank" sentinels: values near INT64_MAX for integer
// fields, 2^47 and above for doubles. No GPU figure comes anywhere near them.
bool isBlankSentinel(double value);
} // namespace Dcgm
