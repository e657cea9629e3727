#include "feed/dcgmmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace {
const QString kPowerMetric = QStringLiteral("DCGM_FI_DEV_POWER_USAGE");

class DcgmSummarizer
{
    Q_DECLARE_TR_FUNCTIONS(DcgmSummarizer)

public:
    DcgmSummary summarize(const QList<PromSample> &samples)
    {
        DcgmSummary summary;
        QSet<QString> gpus;
        QHash<QString, double> powerByGpu; // first power reading of each GPU
        QSet<QString> models;
        int unidentified = 0;
        for (const PromSample &sample : samples) {
            if (!sample.name.startsWith(QLatin1String("DCGM_")))
                continue;
            const QString gpu = gpuKey(sample);
            if (gpu.isEmpty()) {
                if (sample.name == kPowerMetric)
                    ++unidentified;
                continue;
            }
            gpus.insert(gpu);
            const QString model = sample.label(QStringLiteral("modelName"));
            if (!model.isEmpty())
                models.insert(model);
            // With MIG the whole GPU's power line repeats once per GPU instance with the same
            // UUID and watts: the first one stands for the GPU.
            if (sample.name == kPowerMetric && !powerByGpu.contains(gpu))
                powerByGpu.insert(gpu, sample.value);
        }
        int invalid = 0;
        for (const double watts : std::as_const(powerByGpu)) {
            if (Dcgm::isBlankSentinel(watts))
                ++summary.blankValues;
            else if (std::isnan(watts) || watts < 0 || std::isinf(watts))
                ++invalid;
            else
                summary.powerW += watts;
        }
        summary.gpus = int(gpus.size());
        summary.modelNames = QStringList(models.cbegin(), models.cend());
        summary.modelNames.sort();
        QStringList warnings;
        if (invalid > 0)
            warnings.append(tr("%n GPU power reading(s) negative or not a number, skipped", nullptr, invalid));
        if (unidentified > 0)
            warnings.append(tr("%n power reading(s) without UUID, GPU index or PCI bus id, skipped", nullptr, unidentified));
        summary.warning = warnings.join(QStringLiteral("; "));
        return summary;
    }

private:
    // Exporter versions differ: UUID when present; otherwise the GPU index or the PCI bus id
    // on its host (the label is "Hostname" before 4.8.3 and "hostname" since).
    static QString gpuKey(const PromSample &sample)
    {
        const QString uuid = sample.label(QStringLiteral("UUID"));
        if (!uuid.isEmpty())
            return QLatin1String("uuid:") + uuid;
        QString host = sample.label(QStringLiteral("Hostname"));
        if (host.isEmpty())
            host = sample.label(QStringLiteral("hostname"));
        const QString index = sample.label(QStringLiteral("gpu"));
        if (!index.isEmpty())
            return QLatin1String("host:") + host + QLatin1String("/gpu:") + index;
        const QString pciBusId = sample.label(QStringLiteral("pci_bus_id"));
        if (!pciBusId.isEmpty())
            return QLatin1String("host:") + host + QLatin1String("/pci:") + pciBusId.toLower();
        return QString();
    }
};
} // namespace

bool Dcgm::isBlankSentinel(double value)
{
    // 2^47 for doubles; the integer sentinels (0x7ffffffffffffff0 and the next few, about
    // 9.2e18) lie above it as well.
    constexpr double kDoubleBlank = 140737488355328.0;
    return value >= kDoubleBlank && !std::isinf(value);
}

DcgmSummary summarizeDcgm(const QList<PromSample> &samples)
{
    return DcgmSummarizer().summarize(samples);
}
