// The metric names the store, the dataset and the views agree on.
#pragma once

#include <QLatin1StringView>

namespace Metric {
inline constexpr QLatin1StringView GpusOnline { "gpus_online" }; // GPUs serving work, count
inline constexpr QLatin1StringView GpusInstalled { "gpus_installed" }; // GPUs in place, count
inline constexpr QLatin1StringView GpusPlanned { "gpus_planned" }; // GPUs a site plans, count
// A stated fleet-wide target of online GPUs (fleet scope, never summed with sites), count
inline constexpr QLatin1StringView GpusOnlineTarget { "gpus_online_target" };
inline constexpr QLatin1StringView PowerMw { "power_mw" }; // IT power drawn, MW
inline constexpr QLatin1StringView FacilityPowerMw { "facility_power_mw" }; // incl. cooling, MW
inline constexpr QLatin1StringView CapacityMw { "capacity_mw" }; // planned capacity, MW
// Capacity reported as operational (a reported stand-in where no power is polled), MW
inline constexpr QLatin1StringView CapacityOnlineMw { "capacity_online_mw" };
// A facility's power capacity including cooling, as an analyst models it, MW
inline constexpr QLatin1StringView FacilityCapacityMw { "facility_capacity_mw" };
// Compute in H100-equivalents (an analyst's unit; never a GPU count), H100e
inline constexpr QLatin1StringView ComputeH100e { "compute_h100e" };
inline constexpr QLatin1StringView ComputeGw { "compute_gw" }; // fleet compute, GW
inline constexpr QLatin1StringView ContractedGw { "contracted_gw" }; // compute contracted, GW
inline constexpr QLatin1StringView CommitmentUsd { "commitment_usd" }; // money committed, USD
} // namespace Metric
