#include "store/datasetimporter.h"

#include "store/store.h"

#include <optional>

namespace {
const QString kVersionKey = QStringLiteral("dataset_version");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

int DatasetImporter::importedVersion(Store &store)
{
    return store.meta(kVersionKey).toInt();
}

namespace {
// Each step writes one kind of record. On a failed statement it returns what failed (a site
// id, a table, ...) for the error message; the connection's errorMessage() says why.
using Failure = std::optional<QString>;

// Sites are updated in place (series and samples refer to them); a user's edits win.
Failure upsertSites(sqlite::Connection &db, const QList<Site> &sites)
{
    auto upsertSite = db.prepare(QStringLiteral(
        "INSERT INTO sites(id, name, locality, region, country, latitude, longitude, partners, "
        "gpu_model, status_text, status_as_of, first_power_text, full_operation_text, notes, "
        "source_urls, origin) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
        "ifnull(?15, ''), 'dataset') "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, locality = excluded.locality, "
        "region = excluded.region, country = excluded.country, latitude = excluded.latitude, "
        "longitude = excluded.longitude, partners = excluded.partners, gpu_model = "
        "excluded.gpu_model, "
        "status_text = excluded.status_text, status_as_of = excluded.status_as_of, "
        "first_power_text = excluded.first_power_text, full_operation_text = "
        "excluded.full_operation_text, "
        "notes = excluded.notes, source_urls = excluded.source_urls "
        "WHERE sites.origin = 'dataset' AND sites.user_edited = 0"));
    for (const Site &site : sites) {
        upsertSite.bind(1, site.id)
            .bind(2, site.name)
            .bind(3, site.locality)
            .bind(4, site.region)
            .bind(5, site.country)
            .bind(6, site.latitude)
            .bind(7, site.longitude)
            .bind(8, site.partners)
            .bind(9, site.gpuModel)
            .bind(10, site.statusText)
            .bind(11, dateText(site.statusAsOf))
            .bind(12, site.firstPowerText)
            .bind(13, site.fullOperationText)
            .bind(14, site.notes)
            .bind(15, site.sourceUrls.join(QLatin1Char('\n')));
        if (!upsertSite.run())
            return site.id;
    }
    return std::nullopt;
}

// Events, milestones, facts and aliases of an earlier dataset are replaced as a whole.
Failure deleteDatasetRows(sqlite::Connection &db)
{
    for (const char *table : { "phase_events", "milestones", "facts", "site_aliases" }) {
        if (!db.exec(QStringLiteral("DELETE FROM %1 WHERE origin = 'dataset'")
                         .arg(QLatin1String(table))))
            return QString(QLatin1String(table));
    }
    return std::nullopt;
}

Failure insertPhaseEvents(sqlite::Connection &db, const QList<PhaseEvent> &events)
{
    auto insertPhase = db.prepare(QStringLiteral("INSERT INTO phase_events(site_id, phase, date, "
                                                 "date_text, provenance, source_url, note, origin) "
                                                 "VALUES(?, ?, ?, ?, ?, ?, ?, 'dataset')"));
    for (const PhaseEvent &event : events) {
        insertPhase.bind(1, event.siteId)
            .bind(2, phaseId(event.phase))
            .bind(3, dateText(event.date))
            .bind(4, event.dateText)
            .bind(5, provenanceId(event.provenance))
            .bind(6, event.sourceUrl)
            .bind(7, event.note);
        if (!insertPhase.run())
            return event.siteId;
    }
    return std::nullopt;
}

std::optional<double> low(const std::optional<FigureRange> &range)
{
    return range ? std::optional<double>(range->low) : std::nullopt;
}

std::optional<double> high(const std::optional<FigureRange> &range)
{
    return range ? std::optional<double>(range->high) : std::nullopt;
}

Failure insertMilestones(sqlite::Connection &db, const QList<Milestone> &milestones)
{
    auto insertMilestone = db.prepare(QStringLiteral(
        "INSERT INTO milestones(site_id, date, date_text, gpus_low, gpus_high, mw_low, mw_high, "
        "provenance, source_url, as_of, note, origin) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "'dataset')"));
    for (const Milestone &milestone : milestones) {
        insertMilestone.bind(1, milestone.siteId)
            .bind(2, dateText(milestone.date))
            .bind(3, milestone.dateText)
            .bind(4, low(milestone.gpus))
            .bind(5, high(milestone.gpus))
            .bind(6, low(milestone.powerMw))
            .bind(7, high(milestone.powerMw))
            .bind(8, provenanceId(milestone.provenance))
            .bind(9, milestone.sourceUrl)
            .bind(10, dateText(milestone.asOf))
            .bind(11, milestone.note);
        if (!insertMilestone.run())
            return milestone.siteId;
    }
    return std::nullopt;
}

Failure insertFacts(sqlite::Connection &db, const QList<ReportedFact> &facts)
{
    auto insertFact = db.prepare(QStringLiteral(
        "INSERT INTO facts(scope, site_id, metric, unit, value_low, value_high, period, as_of, "
        "source_url, note, provenance, analyst, method, origin) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ifnull(?, ''), ifnull(?, ''), 'dataset')"));
    for (const ReportedFact &fact : facts) {
        insertFact.bind(1, scopeId(fact.scope))
            .bind(2, fact.siteId.isEmpty() ? QString() : fact.siteId)
            .bind(3, fact.metric)
            .bind(4, fact.unit)
            .bind(5, fact.value.low)
            .bind(6, fact.value.high)
            .bind(7, dateText(fact.period))
            .bind(8, dateText(fact.asOf))
            .bind(9, fact.sourceUrl)
            .bind(10, fact.note)
            .bind(11, provenanceId(fact.provenance))
            .bind(12, fact.analyst)
            .bind(13, fact.method);
        if (!insertFact.run())
            return fact.metric;
    }
    return std::nullopt;
}

Failure insertAliases(sqlite::Connection &db, const QList<Site> &sites)
{
    auto insertAlias = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO site_aliases(name, site_id, origin) VALUES(?, ?, 'dataset')"));
    for (const Site &site : sites) {
        for (const QString &alias : site.aliases) {
            insertAlias.bind(1, alias).bind(2, site.id);
            if (!insertAlias.run())
                return site.id;
        }
    }
    return std::nullopt;
}

// All records of the dataset, in the order their foreign keys need.
Failure writeRecords(sqlite::Connection &db, const Dataset &dataset)
{
    Failure failure = upsertSites(db, dataset.sites);
    if (!failure)
        failure = deleteDatasetRows(db);
    if (!failure)
        failure = insertPhaseEvents(db, dataset.phaseEvents);
    if (!failure)
        failure = insertMilestones(db, dataset.milestones);
    if (!failure)
        failure = insertFacts(db, dataset.facts);
    if (!failure)
        failure = insertAliases(db, dataset.sites);
    return failure;
}
} // namespace

DatasetImporter::Result DatasetImporter::import(Store &store, const Dataset &dataset)
{
    Result result;
    result.previousVersion = importedVersion(store);
    result.version = dataset.version;
    if (dataset.version <= 0) {
        result.error = tr("The dataset has no valid version.");
        return result;
    }
    if (dataset.version <= result.previousVersion) {
        result.outcome = Result::Outcome::AlreadyCurrent;
        return result;
    }
    sqlite::Connection &db = store.connection();
    sqlite::Transaction transaction(db);
    if (!transaction.begun()) {
        result.error = db.errorMessage();
        return result;
    }
    const auto failed = [&](const QString &what) {
        result.outcome = Result::Outcome::Failed;
        result.error = tr("Importing the dataset failed (%1): %2").arg(what, db.errorMessage());
        return result;
    };

    if (const Failure failure = writeRecords(db, dataset))
        return failed(*failure);
    if (!store.setMeta(kVersionKey, QString::number(dataset.version))
        || !store.setMeta(QStringLiteral("dataset_compiled"), dateText(dataset.compiled)))
        return failed(QStringLiteral("meta"));
    if (!transaction.commit())
        return failed(QStringLiteral("commit"));
    result.outcome
        = result.previousVersion == 0 ? Result::Outcome::Imported : Result::Outcome::Updated;
    return result;
}
