// The lifecycle phases of a data-center site, in their natural order.
#pragma once

#include <QString>
#include <optional>

enum class Phase
{
    Announced,
    SiteSelected,
    Construction,
    FirstPower,
    PartiallyOperational,
    Operational,
    Paused,
    Cancelled,
};

QString phaseId(Phase phase); // stored identifier, e.g. "partially_operational"
std::optional<Phase> phaseFromId(const QString &id);
QString phaseDisplayName(Phase phase); // translated
// Whether a site in this phase counts toward the capacity the program is building.
bool phaseIsActive(Phase phase);
// All phases in lifecycle order, for iteration in views and reports.
const std::initializer_list<Phase> &allPhases();
