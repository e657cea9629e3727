#include "query/executivereport.h"

#include "forecast/projection.h"
#include "query/dashboardsnapshot.h"

#include <QJsonArray>

namespace {

QJsonValue figure(const std::optional<SourcedValue> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object;
    if (value->value.isRange()) {
        object.insert(QStringLiteral("low"), value->value.low);
        object.insert(QStringLiteral("high"), value->value.high);
    } else {
        object.insert(QStringLiteral("value"), value->value.low);
    }
    QJsonArray provenances;
    for (Provenance provenance : value->provenances)
        provenances.append(provenanceId(provenance));
    object.insert(QStringLiteral("provenance"), provenances);
    if (value->asOf.isValid())
        object.insert(QStringLiteral("as_of"), value->asOf.toString(Qt::ISODate));
    if (value->updated.isValid())
        object.insert(QStringLiteral("updated"), value->updated.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("sites"), value->contributors);
    if (!value->sources.isEmpty())
        object.insert(QStringLiteral("sources"), QJsonArray::fromStringList(value->sources));
    return object;
}

QJsonValue fact(const std::optional<ReportedFact> &fact)
{
    if (!fact)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object;
    if (fact->value.isRange()) {
        object.insert(QStringLiteral("low"), fact->value.low);
        object.insert(QStringLiteral("high"), fact->value.high);
    } else {
        object.insert(QStringLiteral("value"), fact->value.low);
    }
    object.insert(QStringLiteral("unit"), fact->unit);
    object.insert(QStringLiteral("date"), fact->period.toString(Qt::ISODate));
    object.insert(QStringLiteral("as_of"), fact->asOf.toString(Qt::ISODate));
    object.insert(QStringLiteral("provenance"), provenanceId(fact->provenance));
    object.insert(QStringLiteral("source"), fact->sourceUrl);
    return object;
}

} // namespace

QJsonObject ExecutiveReport::toJson(
    const DashboardSnapshot &snapshot, const ProjectionResult *projection)
{
    const OverviewSummary &summary = snapshot.summary;
    QJsonObject sites;
    sites.insert(QStringLiteral("gpus_online"), figure(summary.gpusOnline));
    sites.insert(QStringLiteral("gpus_installed"), figure(summary.gpusInstalled));
    sites.insert(QStringLiteral("gpus_planned"), figure(summary.gpusPlanned));
    sites.insert(QStringLiteral("power_mw"), figure(summary.powerDrawnMw));
    sites.insert(QStringLiteral("operational_capacity_mw"), figure(summary.capacityOnlineMw));
    sites.insert(QStringLiteral("planned_mw"), figure(summary.plannedCapacityMw));
    sites.insert(QStringLiteral("active_sites"), summary.activeSites);
    sites.insert(
        QStringLiteral("active_sites_without_planned_mw"), summary.activeSitesWithoutCapacity);
    QJsonObject byPhase;
    for (Phase phase : allPhases())
        byPhase.insert(phaseId(phase), summary.sitesByPhase.value(phase, 0));
    sites.insert(QStringLiteral("by_phase"), byPhase);

    QJsonObject fleet;
    fleet.insert(QStringLiteral("gpu_target"), fact(summary.gpuTarget));
    fleet.insert(QStringLiteral("compute_gw"), fact(summary.fleetComputeGw));
    if (summary.gpusOnline && summary.gpuTarget && summary.gpuTarget->value.low > 0)
        fleet.insert(QStringLiteral("stargate_share_of_target_percent"),
            100.0 * summary.gpusOnline->value.low / summary.gpuTarget->value.low);

    QJsonObject program;
    program.insert(QStringLiteral("commitment_usd"), fact(summary.commitmentUsd));
    program.insert(QStringLiteral("planned_capacity_mw"), fact(summary.programCapacityMw));

    QJsonObject report;
    report.insert(QStringLiteral("stargate_sites"), sites);
    report.insert(QStringLiteral("fleet"), fleet);
    report.insert(QStringLiteral("program"), program);
    report.insert(QStringLiteral("as_of"),
        summary.asOf.isValid() ? QJsonValue(summary.asOf.toString(Qt::ISODate)) : QJsonValue());
    report.insert(QStringLiteral("newest_sample"),
        summary.newestSample.isValid()
            ? QJsonValue(summary.newestSample.toString(Qt::ISODateWithMs))
            : QJsonValue());
    report.insert(QStringLiteral("includes_simulated"), summary.includesSimulated);
    report.insert(QStringLiteral("dataset_version"), summary.datasetVersion);
    report.insert(QStringLiteral("generated"), snapshot.builtAt.toUTC().toString(Qt::ISODate));
    if (projection)
        report.insert(QStringLiteral("projection"), projection->toJson());
    return report;
}
