#include "query/executivereport.h"

#include "forecast/projection.h"
#include "query/dashboardsnapshot.h"

#include <QJsonArray>
#include <cmath>

namespace {

// What a number counts, and so how many decimals it means: MW and GW to the kilowatt and
// megawatt, GPUs and dollars whole, percentages to a tenth. Rounding also keeps binary-float
// noise of sums (641.0010000000001) out of the report.
enum class Unit
{
    Gpus,
    Mw,
    Gw,
    Usd,
    Percent
};

int decimalsOf(Unit unit)
{
    switch (unit) {
    case Unit::Gpus:
    case Unit::Usd:
        return 0;
    case Unit::Percent:
        return 1;
    case Unit::Mw:
    case Unit::Gw:
        return 3;
    }
    return 3;
}

QString unitId(Unit unit)
{
    switch (unit) {
    case Unit::Gpus:
        return QStringLiteral("GPUs");
    case Unit::Mw:
        return QStringLiteral("MW");
    case Unit::Gw:
        return QStringLiteral("GW");
    case Unit::Usd:
        return QStringLiteral("USD");
    case Unit::Percent:
        return QStringLiteral("%");
    }
    return QString();
}

Unit unitOf(const QString &unit)
{
    if (unit == QLatin1String("MW"))
        return Unit::Mw;
    if (unit == QLatin1String("GW"))
        return Unit::Gw;
    if (unit == QLatin1String("USD"))
        return Unit::Usd;
    if (unit == QLatin1String("%"))
        return Unit::Percent;
    return Unit::Gpus; // "GPUs", "count"
}

double rounded(double value, Unit unit)
{
    const double factor = std::pow(10.0, decimalsOf(unit));
    const double result = std::round(value * factor) / factor;
    return result == 0 ? 0.0 : result; // no "-0"
}

// A point as "value", a range as "low" and "high": a range is never collapsed to one end.
void insertValue(QJsonObject &object, const FigureRange &range, Unit unit)
{
    if (range.isRange()) {
        object.insert(QStringLiteral("low"), rounded(range.low, unit));
        object.insert(QStringLiteral("high"), rounded(range.high, unit));
    } else {
        object.insert(QStringLiteral("value"), rounded(range.low, unit));
    }
    object.insert(QStringLiteral("unit"), unitId(unit));
}

QJsonValue figure(const std::optional<SourcedValue> &value, Unit unit)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object;
    insertValue(object, value->value, unit);
    object.insert(QStringLiteral("scope"), figureScopeId(value->scope));
    QJsonArray provenances;
    for (Provenance provenance : value->provenances)
        provenances.append(provenanceId(provenance));
    object.insert(QStringLiteral("provenance"), provenances);
    object.insert(QStringLiteral("simulated"), value->includes(Provenance::Simulated));
    if (value->asOf.isValid())
        object.insert(QStringLiteral("as_of"), value->asOf.toString(Qt::ISODate));
    if (value->reportedAsOf.isValid())
        object.insert(QStringLiteral("reported_as_of"), value->reportedAsOf.toString(Qt::ISODate));
    if (value->updated.isValid())
        object.insert(QStringLiteral("updated"), value->updated.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("sites"), value->contributors);
    if (!value->sources.isEmpty())
        object.insert(QStringLiteral("sources"), QJsonArray::fromStringList(value->sources));
    return object;
}

QString factScopeId(ReportedFact::Scope scope)
{
    switch (scope) {
    case ReportedFact::Scope::Site:
        return figureScopeId(FigureScope::Site);
    case ReportedFact::Scope::Program:
        return figureScopeId(FigureScope::Program);
    case ReportedFact::Scope::Fleet:
        return figureScopeId(FigureScope::Fleet);
    }
    return QString();
}

QJsonValue fact(const std::optional<ReportedFact> &fact)
{
    if (!fact)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object;
    insertValue(object, fact->value, unitOf(fact->unit));
    object.insert(QStringLiteral("unit"), fact->unit);
    object.insert(QStringLiteral("scope"), factScopeId(fact->scope));
    object.insert(QStringLiteral("date"), fact->period.toString(Qt::ISODate));
    object.insert(QStringLiteral("as_of"), fact->asOf.toString(Qt::ISODate));
    object.insert(QStringLiteral("provenance"), provenanceId(fact->provenance));
    object.insert(QStringLiteral("source"), fact->sourceUrl);
    return object;
}

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue isoTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODateWithMs)) : QJsonValue();
}

std::optional<SourcedValue> realOnly(const std::optional<SourcedValue> &value)
{
    return value && value->includes(Provenance::Simulated) ? std::nullopt : value;
}

// One site's figures: real ones in their fields, the demo's beside them.
QJsonObject siteJson(const SiteRow &row)
{
    QJsonObject site;
    site.insert(QStringLiteral("id"), row.site.id);
    site.insert(QStringLiteral("name"), row.site.name);
    site.insert(QStringLiteral("scope"), figureScopeId(FigureScope::Site));
    site.insert(
        QStringLiteral("phase"), row.phase ? QJsonValue(phaseId(*row.phase)) : QJsonValue());
    site.insert(QStringLiteral("phase_since"), isoDate(row.phaseSince));
    site.insert(QStringLiteral("gpus_online"), figure(realOnly(row.gpusOnline), Unit::Gpus));
    site.insert(QStringLiteral("gpus_planned"), figure(row.gpusPlanned, Unit::Gpus));
    const std::optional<SourcedValue> drawn
        = row.powerIsOperationalCapacity ? std::nullopt : realOnly(row.powerMw);
    site.insert(QStringLiteral("power_mw"), figure(drawn, Unit::Mw));
    site.insert(
        QStringLiteral("operational_capacity_mw"), figure(row.operationalCapacityMw, Unit::Mw));
    site.insert(QStringLiteral("planned_mw"), figure(row.plannedMw, Unit::Mw));
    site.insert(
        QStringLiteral("simulated_gpus_online"), figure(row.simulatedGpusOnline, Unit::Gpus));
    site.insert(QStringLiteral("simulated_power_mw"), figure(row.simulatedPowerMw, Unit::Mw));
    site.insert(QStringLiteral("last_update"), isoTime(row.lastUpdate));
    return site;
}

QJsonObject sitesSummaryJson(const OverviewSummary &summary)
{
    QJsonObject sites;
    sites.insert(QStringLiteral("scope"), figureScopeId(FigureScope::StargateSites));
    sites.insert(QStringLiteral("gpus_online"), figure(summary.gpusOnline, Unit::Gpus));
    sites.insert(QStringLiteral("gpus_installed"), figure(summary.gpusInstalled, Unit::Gpus));
    sites.insert(QStringLiteral("gpus_planned"), figure(summary.gpusPlanned, Unit::Gpus));
    sites.insert(QStringLiteral("power_mw"), figure(summary.powerDrawnMw, Unit::Mw));
    sites.insert(
        QStringLiteral("operational_capacity_mw"), figure(summary.capacityOnlineMw, Unit::Mw));
    sites.insert(QStringLiteral("planned_mw"), figure(summary.plannedCapacityMw, Unit::Mw));
    sites.insert(
        QStringLiteral("simulated_gpus_online"), figure(summary.simulatedGpusOnline, Unit::Gpus));
    sites.insert(QStringLiteral("simulated_power_mw"), figure(summary.simulatedPowerMw, Unit::Mw));
    sites.insert(QStringLiteral("active_sites"), summary.activeSites);
    sites.insert(
        QStringLiteral("active_sites_without_planned_mw"), summary.activeSitesWithoutCapacity);
    QJsonObject byPhase;
    for (Phase phase : allPhases())
        byPhase.insert(phaseId(phase), summary.sitesByPhase.value(phase, 0));
    sites.insert(QStringLiteral("by_phase"), byPhase);
    return sites;
}

} // namespace

QJsonObject ExecutiveReport::toJson(
    const DashboardSnapshot &snapshot, const ProjectionResult *projection)
{
    const OverviewSummary &summary = snapshot.summary;
    // The fleet target counts all of OpenAI's compute: it is not divided by a Stargate-sites sum.
    QJsonObject fleet;
    fleet.insert(QStringLiteral("scope"), figureScopeId(FigureScope::Fleet));
    fleet.insert(QStringLiteral("gpu_target"), fact(summary.gpuTarget));
    fleet.insert(QStringLiteral("compute_gw"), fact(summary.fleetComputeGw));

    QJsonObject program;
    program.insert(QStringLiteral("scope"), figureScopeId(FigureScope::Program));
    program.insert(QStringLiteral("commitment_usd"), fact(summary.commitmentUsd));
    program.insert(QStringLiteral("planned_capacity_mw"), fact(summary.programCapacityMw));

    QJsonArray sites;
    bool siteSimulated = false;
    for (const SiteRow &row : snapshot.sites) {
        sites.append(siteJson(row));
        siteSimulated = siteSimulated || row.simulatedGpusOnline || row.simulatedPowerMw;
    }

    QJsonObject report;
    report.insert(QStringLiteral("stargate_sites"), sitesSummaryJson(summary));
    report.insert(QStringLiteral("sites"), sites);
    report.insert(QStringLiteral("fleet"), fleet);
    report.insert(QStringLiteral("program"), program);
    report.insert(QStringLiteral("as_of"), isoDate(summary.asOf));
    report.insert(QStringLiteral("newest_sample"), isoTime(summary.newestSample));
    report.insert(
        QStringLiteral("newest_simulated_sample"), isoTime(summary.newestSimulatedSample));
    // True exactly when a figure in this report includes simulated data.
    report.insert(QStringLiteral("includes_simulated"),
        summary.includesSimulated || siteSimulated
            || (projection && projection->includesSimulated));
    report.insert(QStringLiteral("dataset_version"), summary.datasetVersion);
    report.insert(QStringLiteral("dataset_compiled"), isoDate(summary.datasetCompiled));
    report.insert(QStringLiteral("dataset_newest_source"), isoDate(summary.datasetNewestSource));
    // The credit lines of the analysts' tables whose estimates are in the figures (CC BY).
    report.insert(
        QStringLiteral("data_credits"), QJsonArray::fromStringList(snapshot.dataCredits()));
    report.insert(QStringLiteral("generated"), snapshot.builtAt.toUTC().toString(Qt::ISODate));
    if (projection)
        report.insert(QStringLiteral("projection"), projection->toJson());
    return report;
}
