#include "domain/provenance.h"

#include <QCoreApplication>
#include <array>

namespace {
struct ProvenanceName
{
    Provenance provenance;
    const char *id;
};
constexpr std::array<ProvenanceName, 7> kNames { {
    { Provenance::Measured, "measured" },
    { Provenance::Reported, "reported" },
    { Provenance::Estimate, "estimate" },
    { Provenance::Planned, "planned" },
    { Provenance::Projected, "projected" },
    { Provenance::Simulated, "simulated" },
    { Provenance::Manual, "manual" },
} };
} // namespace

QString provenanceId(Provenance provenance)
{
    for (const auto &name : kNames) {
        if (name.provenance == provenance)
            return QString::fromLatin1(name.id);
    }
    return QString();
}

std::optional<Provenance> provenanceFromId(const QString &id)
{
    for (const auto &name : kNames) {
        if (id == QLatin1String(name.id))
            return name.provenance;
    }
    return std::nullopt;
}

QString provenanceDisplayName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Measured:
        return QCoreApplication::translate("Provenance", "Measured");
    case Provenance::Reported:
        return QCoreApplication::translate("Provenance", "Reported");
    case Provenance::Estimate:
        return QCoreApplication::translate("Provenance", "Estimate");
    case Provenance::Planned:
        return QCoreApplication::translate("Provenance", "Planned");
    case Provenance::Projected:
        return QCoreApplication::translate("Provenance", "Projected");
    case Provenance::Simulated:
        return QCoreApplication::translate("Provenance", "SIMULATED");
    case Provenance::Manual:
        return QCoreApplication::translate("Provenance", "Manual");
    }
    return QString();
}

QString provenanceExplanation(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Measured:
        return QCoreApplication::translate(
            "Provenance", "Polled by this dashboard from a live telemetry source.");
    case Provenance::Reported:
        return QCoreApplication::translate(
            "Provenance", "Taken from a public source, cited with its publication date.");
    case Provenance::Estimate:
        return QCoreApplication::translate("Provenance",
            "Modelled by an independent analyst (for example from satellite imagery and "
            "permits), cited with the analyst, the method and its date. Not a reported figure.");
    case Provenance::Planned:
        return QCoreApplication::translate(
            "Provenance", "A plan or target stated by the operators, not an achieved figure.");
    case Provenance::Projected:
        return QCoreApplication::translate(
            "Provenance", "Computed by this dashboard from other figures.");
    case Provenance::Simulated:
        return QCoreApplication::translate(
            "Provenance", "Produced by the built-in demo feed. Not real data.");
    case Provenance::Manual:
        return QCoreApplication::translate(
            "Provenance", "Entered by hand by a user of this dashboard.");
    }
    return QString();
}
