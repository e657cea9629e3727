#include "feed/dcgmmapping.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace {
constexpr QByteArrayView kPowerMetric = "DCGM_FI_DEV_POWER_USAGE";

class DcgmWarnings
{
    Q_DECLARE_TR_FUNCTIONS(DcgmSummarizer)

public:
    static QString text(int invalid, int unidentified)
    {
        QStringList warnings;
        if (invalid > 0)
            warnings.append(
                tr("%n GPU power reading(s) negative or not a number, skipped", nullptr, invalid));
        if (unidentified > 0)
            warnings.append(tr("%n power reading(s) without UUID, GPU index or PCI bus id, skipped",
                nullptr, unidentified));
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
    // Per distinct GPU: its first power reading, if any. With MIG the whole GPU's power line
    // repeats once per GPU instance with the same UUID and watts: the first one stands for the GPU.
    struct Gpu
    {
        bool hasPower = false;
        double watts = 0;
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
    if (isPower && !gpu->second.hasPower)
        gpu->second = Impl::Gpu { true, sample.value };
    if (const QByteArrayView model = sample.label("modelName"); !model.isEmpty()) {
        d.key.assign(model.data(), std::size_t(model.size()));
        if (!d.models.contains(d.key))
            d.models.insert(d.key);
    }
}

DcgmSummary DcgmSummarizer::summary() const
{
    const Impl &d = *m_impl;
    DcgmSummary summary;
    int invalid = 0;
    for (const auto &[key, gpu] : d.gpus) {
        if (!gpu.hasPower)
            continue;
        if (Dcgm::isBlankSentinel(gpu.watts))
            ++summary.blankValues;
        else if (std::isnan(gpu.watts) || gpu.watts < 0 || std::isinf(gpu.watts))
            ++invalid;
        else
            summary.powerW += gpu.watts;
    }
    summary.gpus = int(d.gpus.size());
    for (const std::string &model : d.models)
        summary.modelNames.append(QString::fromStdString(model));
    summary.modelNames.sort();
    summary.warning = DcgmWarnings::text(invalid, d.unidentified);
    return summary;
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
