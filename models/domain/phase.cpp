#include "domain/phase.h"

#include <QCoreApplication>

namespace {
const char *idOf(Phase phase)
{
    switch (phase) {
    case Phase::Announced:
        return "announced";
    case Phase::SiteSelected:
        return "site_selected";
    case Phase::Construction:
        return "construction";
    case Phase::FirstPower:
        return "first_power";
    case Phase::PartiallyOperational:
        return "partially_operational";
    case Phase::Operational:
        return "operational";
    case Phase::Paused:
        return "paused";
    case Phase::Cancelled:
        return "cancelled";
    }
    return "";
}
} // namespace

const std::initializer_list<Phase> &allPhases()
{
    static const std::initializer_list<Phase> phases { Phase::Announced, Phase::SiteSelected,
        Phase::Construction, Phase::FirstPower, Phase::PartiallyOperational, Phase::Operational,
        Phase::Paused, Phase::Cancelled };
    return phases;
}

QString phaseId(Phase phase)
{
    return QString::fromLatin1(idOf(phase));
}

std::optional<Phase> phaseFromId(const QString &id)
{
    for (Phase phase : allPhases()) {
        if (id == QLatin1String(idOf(phase)))
            return phase;
    }
    return std::nullopt;
}

QString phaseDisplayName(Phase phase)
{
    switch (phase) {
    case Phase::Announced:
        return QCoreApplication::translate("Phase", "Announced");
    case Phase::SiteSelected:
        return QCoreApplication::translate("Phase", "Site selected");
    case Phase::Construction:
        return QCoreApplication::translate("Phase", "Under construction");
    case Phase::FirstPower:
        return QCoreApplication::translate("Phase", "First power");
    case Phase::PartiallyOperational:
        return QCoreApplication::translate("Phase", "Partially operational");
    case Phase::Operational:
        return QCoreApplication::translate("Phase", "Operational");
    case Phase::Paused:
        return QCoreApplication::translate("Phase", "Paused");
    case Phase::Cancelled:
        return QCoreApplication::translate("Phase", "Cancelled");
    }
    return QString();
}

bool phaseIsActive(Phase phase)
{
    return phase != Phase::Paused && phase != Phase::Cancelled;
}
