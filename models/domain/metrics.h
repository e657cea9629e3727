// The metric names the store, the dataset and the views agree on.
#pragma once

#include <QLatin1StringView>

namespace Metric {
inline constexpr QLatin1StringView GpusOnline { "gpus_online" }; // GPUs serving work, count
inline constexpr QLatin1StringView GpusInstalled { "gpus_installed" }; // GPUs in place, count
inline constexpr QLatin1StringView PowerMw { "power_mw" }; // IT power drawn, MW
inline constexpr QLatin1StringView FacilityPowerMw { "facility_power_mw" }; // incl. cooling, MW
inline constexpr QLatin1StringView CapacityMw { "capacity_mw" }; // planned capacity, MW
inline constexpr QLatin1StringView ComputeGw { "compute_gw" }; // fleet compute, GW
inline constexpr QLatin1StringView CommitmentUsd { "commitment_usd" }; // money committed, USD
} // namespace Metric
