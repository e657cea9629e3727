#include "feed/dcgmmapping.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace {
constexpr QByteArrayView kPowerMetric = "DCGM_FI_DEV_POWER_USAGE";

// What a scrape's summary leaves out, counted per GPU (or per reading without an identity).
struct DcgmOmissions
{
    int gpusCounted = 0;
    int invalid = 0; // power negative, NaN or infinite
    int blank = 0; // power a DCGM "no data" sentinel
    int withoutPowerLine = 0; // other DCGM fields only
    int unidentified = 0; // power readings that name no GPU
};

class DcgmWarnings
{
    Q_DECLARE_TR_FUNCTIONS(DcgmSummarizer)

public:
    static QString text(const DcgmOmissions &omitted)
    {
        QStringList warnings;
        if (omitted.gpusCounted == 0)
            warnings.append(tr("no valid power reading in scrape: no GPU count or power stored"));
        if (omitted.invalid > 0)
            warnings.append(tr("%n GPU power reading(s) negative or not a number, not counted",
                nullptr, omitted.invalid));
        if (omitted.blank > 0)
            warnings.append(tr("%n GPU(s) with DCGM's no-data value as power, not counted", nullptr,
                omitted.blank));
        if (omitted.withoutPowerLine > 0)
            warnings.append(tr("%n GPU(s) without a DCGM_FI_DEV_POWER_USAGE reading, not counted",
                nullptr, omitted.withoutPowerLine));
        if (omitted.unidentified > 0)
            warnings.append(tr("%n power reading(s) without UUID, GPU index or PCI bus id, skipped",
                nullptr, omitted.unidentified));
        return warnings.join(QStringLiteral("; "));
    }
};

void append(std::string &out, QByteArrayView text)
{
    out.append(text.data(), std::size_t(text.size()));
}
} // namespace

struct DcgmSummarizer::Impl
{
    // Per distinct GPU: its best power reading. With MIG the whole GPU's power line repeats
    // once per GPU instance with the same UUID and watts: the first valid one stands for the
    // GPU, and a GPU counts once however many instances it has.
    struct Gpu
    {
        // Ascending: a later reading of the same GPU may only improve on an earlier one.
        enum class Power
        {
            None,
            Blank,
            Invalid,
            Valid
        };
        Power power = Power::None;
        double watts = 0;

        // Keeps the best reading: a valid one over any other, the first of several valid ones.
        void record(double reading)
        {
            const Power kind = Dcgm::isValidPower(reading) ? Power::Valid
                : Dcgm::isBlankSentinel(reading)           ? Power::Blank
                                                           : Power::Invalid;
            if (kind <= power)
                return;
            power = kind;
            watts = kind == Power::Valid ? reading : 0.0;
        }
    };
    std::unordered_map<std::string, Gpu> gpus;
    std::unordered_set<std::string> models;
    std::string key; // reused: looking up a GPU already seen allocates nothing
    int unidentified = 0;

    // Exporter versions differ: UUID when present; otherwise the GPU index or the PCI bus id
    // on its host (the label is "Hostname" before 4.8.3 and "hostname" since).
    bool makeKey(const PromSampleView &sample)
    {
        key.clear();
        if (const QByteArrayView uuid = sample.label("UUID"); !uuid.isEmpty()) {
            key += "uuid:";
            append(key, uuid);
            return true;
        }
        QByteArrayView host = sample.label("Hostname");
        if (host.isEmpty())
            host = sample.label("hostname");
        if (const QByteArrayView index = sample.label("gpu"); !index.isEmpty()) {
            key += "host:";
            append(key, host);
            key += "/gpu:";
            append(key, index);
            return true;
        }
        if (const QByteArrayView pciBusId = sample.label("pci_bus_id"); !pciBusId.isEmpty()) {
            key += "host:";
            append(key, host);
            key += "/pci:";
            for (const char c : pciBusId)
                key.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
            return true;
        }
        return false;
    }
};

DcgmSummarizer::DcgmSummarizer()
    : m_impl(std::make_unique<Impl>())
{ }

DcgmSummarizer::~DcgmSummarizer() = default;

void DcgmSummarizer::add(const PromSampleView &sample)
{
    Impl &d = *m_impl;
    if (!sample.name.startsWith("DCGM_"))
        return;
    const bool isPower = sample.name == kPowerMetric;
    if (!d.makeKey(sample)) {
        if (isPower)
            ++d.unidentified;
        return;
    }
    auto gpu = d.gpus.find(d.key);
    if (gpu == d.gpus.end())
        gpu = d.gpus.emplace(d.key, Impl::Gpu {}).first;
    if (isPower)
        gpu->second.record(sample.value);
    if (const QByteArrayView model = sample.label("modelName"); !model.isEmpty()) {
        d.key.assign(model.data(), std::size_t(model.size()));
        if (!d.models.contains(d.key))
            d.models.insert(d.key);
    }
}

DcgmSummary DcgmSummarizer::summary() const
{
    using Power = Impl::Gpu::Power;
    const Impl &d = *m_impl;
    DcgmSummary summary;
    DcgmOmissions omitted;
    omitted.unidentified = d.unidentified;
    for (const auto &[key, gpu] : d.gpus) {
        switch (gpu.power) {
        case Power::Valid:
            ++summary.gpus;
            summary.powerW += gpu.watts;
            break;
        case Power::Invalid:
            ++omitted.invalid;
            break;
        case Power::Blank:
            ++omitted.blank;
            break;
        case Power::None:
            ++omitted.withoutPowerLine;
            break;
        }
    }
    omitted.gpusCounted = summary.gpus;
    summary.gpusWithoutPower = int(d.gpus.size()) - summary.gpus;
    summary.blankValues = omitted.blank;
    for (const std::string &model : d.models)
        summary.modelNames.append(QString::fromStdString(model));
    summary.modelNames.sort();
    summary.warning = DcgmWarnings::text(omitted);
    return summary;
}

bool Dcgm::isValidPower(double watts)
{
    return std::isfinite(watts) && watts >= 0 && !isBlankSentinel(watts);
}

bool Dcgm::isBlankSentinel(double value)
{
    // 2^47 for doubles; the integer sentinels (0x7ffffffffffffff0 and the next few, about
    // 9.2e18) lie above it as well.
    constexpr double kDoubleBlank = 140737488355328.0;
    return value >= kDoubleBlank && !std::isinf(value);
}

DcgmSummary summarizeDcgm(const QList<PromSample> &samples)
{
    DcgmSummarizer summarizer;
    for (const PromSample &sample : samples) {
        // The owned samples' text back to UTF-8 views, kept alive for the call.
        const QByteArray name = sample.name.toUtf8();
        QList<QByteArray> texts;
        texts.reserve(sample.labels.size() * 2);
        PromSampleView view;
        view.name = name;
        for (const auto &[labelName, labelValue] : sample.labels) {
            texts.append(labelName.toUtf8());
            texts.append(labelValue.toUtf8());
            view.labels.append(PromLabelView { texts.at(texts.size() - 2), texts.constLast() });
        }
        view.value = sample.value;
        view.timestampMs = sample.timestampMs;
        summarizer.add(view);
    }
    return summarizer.summary();
}

DcgmScrape summarizeDcgmScrape(QByteArrayView body, int maxSamples)
{
    DcgmSummarizer summarizer;
    const PromScanResult scan = scanPrometheusText(
        body, [&summarizer](const PromSampleView &sample) { summarizer.add(sample); }, maxSamples);
    DcgmScrape scrape;
    scrape.error = scan.error;
    scrape.errorLine = scan.errorLine;
    if (scan.ok())
        scrape.summary = summarizer.summary();
    return scrape;
}
