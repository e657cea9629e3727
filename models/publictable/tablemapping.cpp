#include "publictable/tablemapping.h"

#include "domain/metrics.h"

#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableMapping", text);
}

const QString kEpochCredit = QStringLiteral(
    "Epoch AI, \"Frontier Data Centers\" data, CC BY 4.0 (epoch.ai/data/data-centers)");
const QString kEpochMethod = QStringLiteral("satellite imagery and permits");
const QString kEpochUrl = QStringLiteral("https://epoch.ai/data/data-centers");

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    if (value.isString())
        result.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    result.removeAll(QString());
    return result;
}

} // namespace

TableMapping TableMapping::epochTimelines()
{
    TableMapping mapping;
    mapping.id = QStringLiteral("epoch_timelines");
    mapping.title = QStringLiteral("Epoch AI: data-center timelines");
    mapping.siteColumns
        = { QStringLiteral("Data center"), QStringLiteral("Data Center"), QStringLiteral("Name") };
    mapping.dateColumns = { QStringLiteral("Date") };
    mapping.metrics = {
        { { QStringLiteral("IT power (MW)"), QStringLiteral("IT Power (MW)") },
            QString(Metric::CapacityOnlineMw), QStringLiteral("MW") },
        { { QStringLiteral("Power (MW)"), QStringLiteral("Facility power (MW)") },
            QString(Metric::FacilityCapacityMw), QStringLiteral("MW") },
        { { QStringLiteral("H100 equivalents"), QStringLiteral("H100e") },
            QString(Metric::ComputeH100e), QStringLiteral("H100e") },
    };
    mapping.noteColumns
        = { QStringLiteral("Construction status"), QStringLiteral("Buildings operational") };
    mapping.analyst = QStringLiteral("Epoch AI");
    mapping.method = kEpochMethod;
    mapping.credit = kEpochCredit;
    mapping.publisherUrl = kEpochUrl;
    return mapping;
}

TableMapping TableMapping::epochDataCenters()
{
    TableMapping mapping;
    mapping.id = QStringLiteral("epoch_data_centers");
    mapping.title = QStringLiteral("Epoch AI: data centers");
    mapping.siteColumns
        = { QStringLiteral("Name"), QStringLiteral("Handle"), QStringLiteral("Title") };
    mapping.metrics = {
        { { QStringLiteral("Current power (MW)") }, QString(Metric::CapacityOnlineMw),
            QStringLiteral("MW") },
        { { QStringLiteral("Current H100 equivalents") }, QString(Metric::ComputeH100e),
            QStringLiteral("H100e") },
    };
    mapping.noteColumns
        = { QStringLiteral("Project"), QStringLiteral("Owner"), QStringLiteral("Users") };
    mapping.latitudeColumns = { QStringLiteral("Latitude") };
    mapping.longitudeColumns = { QStringLiteral("Longitude") };
    mapping.analyst = QStringLiteral("Epoch AI");
    mapping.method = kEpochMethod;
    mapping.credit = kEpochCredit;
    mapping.publisherUrl = kEpochUrl;
    return mapping;
}

QList<TableMapping> TableMapping::presets()
{
    return { epochTimelines(), epochDataCenters() };
}

std::optional<TableMapping> TableMapping::preset(const QString &id)
{
    for (const TableMapping &mapping : presets()) {
        if (mapping.id == id)
            return mapping;
    }
    return std::nullopt;
}

std::optional<TableMapping> TableMapping::detect(
    const QStringList &header, const QList<TableMapping> &userMappings)
{
    const auto has = [&header](const QStringList &names) {
        for (const QString &column : header) {
            if (names.contains(column.trimmed()))
                return true;
        }
        return false;
    };
    for (const TableMapping &mapping : userMappings + presets()) {
        if (!has(mapping.siteColumns))
            continue;
        if (!mapping.dateColumns.isEmpty() && !has(mapping.dateColumns))
            continue;
        // The timelines file has a date; the data-centers file has "Current …" columns.
        if (mapping.id == QLatin1String("epoch_data_centers") && has({ QStringLiteral("Date") }))
            continue;
        for (const TableMetricColumn &metric : mapping.metrics) {
            if (has(metric.columns))
                return mapping;
        }
    }
    return std::nullopt;
}

std::optional<TableMapping> TableMapping::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    TableMapping mapping;
    if (object.contains(QLatin1String("preset"))) {
        const QString id = object.value(QLatin1String("preset")).toString();
        const auto found = preset(id);
        if (!found)
            return fail(tr("unknown mapping preset \"%1\" (known: epoch_timelines, "
                           "epoch_data_centers)")
                            .arg(id));
        mapping = *found;
    }
    if (object.contains(QLatin1String("name")))
        mapping.id = object.value(QLatin1String("name")).toString();
    if (object.contains(QLatin1String("title")))
        mapping.title = object.value(QLatin1String("title")).toString();
    if (object.contains(QLatin1String("site_column")))
        mapping.siteColumns = stringList(object.value(QLatin1String("site_column")));
    if (object.contains(QLatin1String("date_column")))
        mapping.dateColumns = stringList(object.value(QLatin1String("date_column")));
    if (object.contains(QLatin1String("note_columns")))
        mapping.noteColumns = stringList(object.value(QLatin1String("note_columns")));
    if (object.contains(QLatin1String("metrics"))) {
        mapping.metrics.clear();
        for (const QJsonValue &item : object.value(QLatin1String("metrics")).toArray()) {
            const QJsonObject metric = item.toObject();
            TableMetricColumn column;
            column.columns = stringList(metric.value(QLatin1String("column")));
            column.metric = metric.value(QLatin1String("metric")).toString();
            column.unit = metric.value(QLatin1String("unit")).toString();
            column.scale = metric.value(QLatin1String("scale")).toDouble(1.0);
            if (column.columns.isEmpty() || column.metric.isEmpty() || column.unit.isEmpty())
                return fail(tr("a mapped metric needs \"column\", \"metric\" and \"unit\""));
            if (column.scale <= 0)
                return fail(tr("a metric's \"scale\" must be positive"));
            mapping.metrics.append(column);
        }
    }
    if (object.contains(QLatin1String("provenance"))) {
        const auto provenance
            = provenanceFromId(object.value(QLatin1String("provenance")).toString());
        if (!provenance
            || (*provenance != Provenance::Estimate && *provenance != Provenance::Reported))
            return fail(tr("a table's \"provenance\" is \"estimate\" or \"reported\""));
        mapping.provenance = *provenance;
    }
    if (object.contains(QLatin1String("analyst")))
        mapping.analyst = object.value(QLatin1String("analyst")).toString();
    if (object.contains(QLatin1String("method")))
        mapping.method = object.value(QLatin1String("method")).toString();
    if (object.contains(QLatin1String("credit")))
        mapping.credit = object.value(QLatin1String("credit")).toString();
    if (object.contains(QLatin1String("source")))
        mapping.publisherUrl = object.value(QLatin1String("source")).toString();
    if (mapping.id.isEmpty())
        return fail(tr("a table mapping needs a \"preset\" or a \"name\""));
    if (mapping.siteColumns.isEmpty())
        return fail(tr("a table mapping needs a \"site_column\""));
    if (mapping.metrics.isEmpty())
        return fail(tr("a table mapping needs at least one entry in \"metrics\""));
    if (mapping.provenance == Provenance::Estimate
        && (mapping.analyst.isEmpty() || mapping.method.isEmpty()))
        return fail(tr("an estimate names its \"analyst\" and \"method\""));
    if (mapping.provenance != Provenance::Estimate) {
        mapping.analyst.clear();
        mapping.method.clear();
    }
    if (mapping.title.isEmpty())
        mapping.title = mapping.id;
    return mapping;
}
