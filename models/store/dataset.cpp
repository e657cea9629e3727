#include "store/dataset.h"

#include "domain/metrics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

QString DatasetError::toString() const
{
    if (field.isEmpty())
        return DatasetParser::tr("line %1: %2").arg(line).arg(message);
    return DatasetParser::tr("line %1, field \"%2\": %3").arg(line).arg(field, message);
}

namespace {

// Thrown only inside this file, to abandon one row; never crosses the parser's interface.
struct RowError
{
    QString field;
    QString message;
};

enum class DateEdge
{
    Start,
    End
};

class Row
{
public:
    explicit Row(const QJsonObject &object)
        : m_object(object)
    { }

    QString requiredText(const QString &field) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            throw RowError { field, DatasetParser::tr("is missing") };
        if (!value.isString())
            throw RowError { field, DatasetParser::tr("must be text") };
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            throw RowError { field, DatasetParser::tr("is empty") };
        return text;
    }

    QString optionalText(const QString &field) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return QStringLiteral(""); // empty, not null: stored as '' rather than NULL
        if (!value.isString())
            throw RowError { field, DatasetParser::tr("must be text") };
        return value.toString().trimmed();
    }

    QString url(const QString &field) const
    {
        const QString text = requiredText(field);
        checkUrl(field, text);
        return text;
    }

    static void checkUrl(const QString &field, const QString &text)
    {
        if (!text.startsWith(QLatin1String("https://"))
            && !text.startsWith(QLatin1String("http://")))
            throw RowError { field, DatasetParser::tr("must be an http or https address") };
    }

    // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a year or month resolves to its first or last day.
    QDate date(const QString &field, DateEdge edge, bool required = true) const
    {
        const QString text = required ? requiredText(field) : optionalText(field);
        if (text.isEmpty())
            return QDate();
        return parseDate(field, text, edge);
    }

    static QDate parseDate(const QString &field, const QString &text, DateEdge edge)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
        const auto match = pattern.match(text);
        if (!match.hasMatch())
            throw RowError { field,
                DatasetParser::tr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(text) };
        const int year = match.captured(1).toInt();
        const bool hasMonth = match.hasCaptured(2);
        const bool hasDay = match.hasCaptured(3);
        const int month = hasMonth ? match.captured(2).toInt() : (edge == DateEdge::Start ? 1 : 12);
        QDate date(year, month, 1);
        if (!date.isValid() || year < 1990 || year > 2100)
            throw RowError { field, DatasetParser::tr("\"%1\" is not a valid date").arg(text) };
        if (hasDay)
            date = QDate(year, month, match.captured(3).toInt());
        else if (edge == DateEdge::End)
            date = QDate(year, month, date.daysInMonth());
        if (!date.isValid())
            throw RowError { field, DatasetParser::tr("\"%1\" is not a valid date").arg(text) };
        return date;
    }

    // A non-negative number or a [low, high] pair of them.
    FigureRange range(const QString &field) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            throw RowError { field, DatasetParser::tr("is missing") };
        FigureRange result;
        if (value.isDouble()) {
            result.low = result.high = value.toDouble();
        } else if (value.isArray() && value.toArray().size() == 2
            && value.toArray().at(0).isDouble() && value.toArray().at(1).isDouble()) {
            result.low = value.toArray().at(0).toDouble();
            result.high = value.toArray().at(1).toDouble();
        } else {
            throw RowError { field,
                DatasetParser::tr("must be a number or a [low, high] pair of numbers") };
        }
        if (!std::isfinite(result.low) || !std::isfinite(result.high) || result.low < 0)
            throw RowError { field, DatasetParser::tr("must not be negative") };
        if (result.high < result.low)
            throw RowError { field,
                DatasetParser::tr("the high end of the range is below the low end") };
        return result;
    }

    std::optional<FigureRange> optionalRange(const QString &field) const
    {
        if (!m_object.contains(field) || m_object.value(field).isNull())
            return std::nullopt;
        return range(field);
    }

    std::optional<double> coordinate(const QString &field, double limit) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble())
            throw RowError { field, DatasetParser::tr("must be a number") };
        const double number = value.toDouble();
        if (!(std::abs(number) <= limit))
            throw RowError { field, DatasetParser::tr("must be between -%1 and %1").arg(limit) };
        return number;
    }

    Provenance provenance(
        const QString &field, Provenance fallback, std::initializer_list<Provenance> allowed) const
    {
        const QString text = optionalText(field);
        if (text.isEmpty())
            return fallback;
        const auto provenance = provenanceFromId(text);
        if (!provenance || std::find(allowed.begin(), allowed.end(), *provenance) == allowed.end())
            throw RowError { field, DatasetParser::tr("\"%1\" is not allowed here").arg(text) };
        return *provenance;
    }

    QJsonValue value(const QString &field) const { return m_object.value(field); }
    bool contains(const QString &field) const { return m_object.contains(field); }

private:
    QJsonObject m_object;
};

Site parseSite(const Row &row)
{
    Site site;
    site.id = row.requiredText(QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(site.id).hasMatch())
        throw RowError { QStringLiteral("id"),
            DatasetParser::tr("must use lower-case letters, digits and dashes") };
    site.name = row.requiredText(QStringLiteral("name"));
    site.notes = row.optionalText(QStringLiteral("full_name"));
    site.locality = row.optionalText(QStringLiteral("locality"));
    site.region = row.optionalText(QStringLiteral("region"));
    site.country = row.requiredText(QStringLiteral("country"));
    site.latitude = row.coordinate(QStringLiteral("lat"), 90);
    site.longitude = row.coordinate(QStringLiteral("lon"), 180);
    if (site.latitude.has_value() != site.longitude.has_value())
        throw RowError { QStringLiteral("lon"),
            DatasetParser::tr("latitude and longitude must be given together") };
    site.partners = row.optionalText(QStringLiteral("partners"));
    site.gpuModel = row.optionalText(QStringLiteral("gpu_model"));
    site.statusText = row.optionalText(QStringLiteral("status"));
    site.statusAsOf = row.date(QStringLiteral("status_as_of"), DateEdge::Start, false);
    site.firstPowerText = row.optionalText(QStringLiteral("first_power"));
    site.fullOperationText = row.optionalText(QStringLiteral("full_operation"));
    site.origin = QStringLiteral("dataset");
    const QJsonValue aliases = row.value(QStringLiteral("aliases"));
    if (!aliases.isUndefined() && !aliases.isArray())
        throw RowError { QStringLiteral("aliases"), DatasetParser::tr("must be a list of names") };
    for (const QJsonValue &alias : aliases.toArray()) {
        if (!alias.isString() || alias.toString().trimmed().isEmpty())
            throw RowError { QStringLiteral("aliases"),
                DatasetParser::tr("must be a list of names") };
        site.aliases.append(alias.toString().trimmed());
    }
    return site;
}

QStringList sourceUrls(const Row &row)
{
    QStringList urls;
    const QJsonValue sources = row.value(QStringLiteral("sources"));
    if (sources.isUndefined())
        return urls;
    if (!sources.isArray())
        throw RowError { QStringLiteral("sources"),
            DatasetParser::tr("must be a list of addresses") };
    for (const QJsonValue &source : sources.toArray()) {
        if (!source.isString())
            throw RowError { QStringLiteral("sources"),
                DatasetParser::tr("must be a list of addresses") };
        Row::checkUrl(QStringLiteral("sources"), source.toString());
        urls.append(source.toString());
    }
    return urls;
}

PhaseEvent parsePhaseEvent(const Row &row, const QString &siteId)
{
    PhaseEvent event;
    event.siteId = siteId;
    const QString phase = row.requiredText(QStringLiteral("phase"));
    const auto parsedPhase = phaseFromId(phase);
    if (!parsedPhase)
        throw RowError { QStringLiteral("phase"),
            DatasetParser::tr("unknown phase \"%1\"").arg(phase) };
    event.phase = *parsedPhase;
    event.dateText = row.requiredText(QStringLiteral("date"));
    event.date = row.date(QStringLiteral("date"), DateEdge::Start);
    event.sourceUrl = row.url(QStringLiteral("source"));
    event.note = row.optionalText(QStringLiteral("note"));
    event.provenance = row.provenance(
        QStringLiteral("provenance"), Provenance::Reported, { Provenance::Reported });
    return event;
}

Milestone parseMilestone(const Row &row, const QString &siteId)
{
    Milestone milestone;
    milestone.siteId = siteId;
    milestone.date = row.date(QStringLiteral("date"), DateEdge::End);
    milestone.dateText = row.optionalText(QStringLiteral("date_text"));
    milestone.gpus = row.optionalRange(QStringLiteral("gpus"));
    milestone.powerMw = row.optionalRange(QStringLiteral("mw"));
    if (!milestone.gpus && !milestone.powerMw)
        throw RowError { QStringLiteral("gpus"),
            DatasetParser::tr("a milestone needs \"gpus\" or \"mw\"") };
    milestone.sourceUrl = row.url(QStringLiteral("source"));
    milestone.asOf = row.date(QStringLiteral("as_of"), DateEdge::Start);
    milestone.note = row.optionalText(QStringLiteral("note"));
    milestone.provenance = Provenance::Planned;
    return milestone;
}

// An estimate names who modelled it and how: without both it would read like a reported
// figure. Other figures name neither, so that no reported figure carries an analyst's name.
void parseEstimateCredit(const Row &row, ReportedFact &fact)
{
    if (fact.provenance == Provenance::Estimate) {
        fact.analyst = row.requiredText(QStringLiteral("analyst"));
        fact.method = row.requiredText(QStringLiteral("method"));
        return;
    }
    for (const QString &field : { QStringLiteral("analyst"), QStringLiteral("method") }) {
        if (!row.optionalText(field).isEmpty())
            throw RowError { field,
                DatasetParser::tr("only estimates name an analyst or a method") };
    }
}

// The fields after the scope and site, which the reader checks against the sites it knows.
void parseFactFigures(const Row &row, ReportedFact &fact)
{
    fact.metric = row.requiredText(QStringLiteral("metric"));
    fact.unit = row.requiredText(QStringLiteral("unit"));
    fact.value = row.range(QStringLiteral("value"));
    fact.period = row.date(QStringLiteral("period"), DateEdge::End);
    fact.asOf = row.date(QStringLiteral("as_of"), DateEdge::Start);
    fact.sourceUrl = row.url(QStringLiteral("source"));
    fact.note = row.optionalText(QStringLiteral("note"));
    fact.provenance = row.provenance(QStringLiteral("provenance"), Provenance::Reported,
        { Provenance::Reported, Provenance::Planned, Provenance::Estimate });
    parseEstimateCredit(row, fact);
}

// Reads the records of one file in order into a Dataset. The order matters: the header comes
// first, and a site must be defined before the rows that name it.
class RecordReader
{
public:
    explicit RecordReader(Dataset &dataset)
        : m_dataset(dataset)
    { }

    bool headerSeen() const { return m_headerSeen; }

    // Throws RowError when the row is rejected.
    void read(const Row &row)
    {
        const QString record = row.requiredText(QStringLiteral("record"));
        if (!m_headerSeen && record != QLatin1String("dataset"))
            throw RowError { QStringLiteral("record"),
                DatasetParser::tr("the first record must be the \"dataset\" header") };
        if (record == QLatin1String("dataset"))
            readHeader(row);
        else if (record == QLatin1String("site"))
            readSite(row);
        else if (record == QLatin1String("phase"))
            m_dataset.phaseEvents.append(parsePhaseEvent(row, knownSite(row)));
        else if (record == QLatin1String("milestone"))
            m_dataset.milestones.append(parseMilestone(row, knownSite(row)));
        else if (record == QLatin1String("fact"))
            readFact(row);
        else
            throw RowError { QStringLiteral("record"),
                DatasetParser::tr("unknown record type \"%1\"").arg(record) };
    }

private:
    void readHeader(const Row &row)
    {
        if (m_headerSeen)
            throw RowError { QStringLiteral("record"),
                DatasetParser::tr("a second \"dataset\" header") };
        const QJsonValue version = row.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() < 1
            || version.toDouble() != std::floor(version.toDouble()))
            throw RowError { QStringLiteral("version"),
                DatasetParser::tr("must be a whole number of at least 1") };
        m_dataset.version = version.toInt();
        m_dataset.compiled = row.date(QStringLiteral("compiled"), DateEdge::Start);
        m_dataset.title = row.optionalText(QStringLiteral("title"));
        m_headerSeen = true;
    }

    void readSite(const Row &row)
    {
        Site site = parseSite(row);
        if (m_siteIds.contains(site.id))
            throw RowError { QStringLiteral("id"),
                DatasetParser::tr("the site \"%1\" is defined twice").arg(site.id) };
        site.sourceUrls = sourceUrls(row);
        m_siteIds.insert(site.id);
        m_dataset.sites.append(site);
    }

    void readFact(const Row &row)
    {
        ReportedFact fact;
        const QString scope = row.requiredText(QStringLiteral("scope"));
        const auto parsedScope = scopeFromId(scope);
        if (!parsedScope)
            throw RowError { QStringLiteral("scope"),
                DatasetParser::tr("must be \"site\", \"program\" or \"fleet\"") };
        fact.scope = *parsedScope;
        if (fact.scope == ReportedFact::Scope::Site)
            fact.siteId = knownSite(row);
        else if (row.contains(QStringLiteral("site")))
            throw RowError { QStringLiteral("site"),
                DatasetParser::tr("only site-scoped facts name a site") };
        parseFactFigures(row, fact);
        m_dataset.facts.append(fact);
    }

    // The row's "site", which an earlier row must have defined.
    QString knownSite(const Row &row) const
    {
        const QString siteId = row.requiredText(QStringLiteral("site"));
        if (!m_siteIds.contains(siteId))
            throw RowError { QStringLiteral("site"),
                DatasetParser::tr(
                    "unknown site \"%1\" (sites must be defined before they are used)")
                    .arg(siteId) };
        return siteId;
    }

    Dataset &m_dataset;
    QSet<QString> m_siteIds;
    bool m_headerSeen = false;
};

// A line's JSON object, or nullopt with the line's error added to the dataset.
std::optional<QJsonObject> parseLine(const QByteArray &line, int lineNumber, Dataset &dataset)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        dataset.errors.append({ lineNumber, QString(),
            DatasetParser::tr("not valid JSON (%1 at column %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset + 1) });
        return std::nullopt;
    }
    if (!document.isObject()) {
        dataset.errors.append(
            { lineNumber, QString(), DatasetParser::tr("must be a JSON object") });
        return std::nullopt;
    }
    return document.object();
}

} // namespace

Dataset DatasetParser::parse(const QByteArray &jsonLines)
{
    Dataset dataset;
    RecordReader reader(dataset);
    const QList<QByteArray> lines = jsonLines.split('\n');
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        const QByteArray line = lines.at(index).trimmed();
        if (line.isEmpty())
            continue;
        const std::optional<QJsonObject> object = parseLine(line, lineNumber, dataset);
        if (!object)
            continue;
        try {
            reader.read(Row(*object));
        } catch (const RowError &error) {
            dataset.errors.append({ lineNumber, error.field, error.message });
        }
    }
    if (!reader.headerSeen())
        dataset.errors.append(
            { 1, QStringLiteral("record"), tr("the dataset has no \"dataset\" header") });
    return dataset;
}

Dataset DatasetParser::bundled()
{
    QFile file(QStringLiteral(":/dataset/stargate-public.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) {
        Dataset dataset;
        dataset.errors.append(
            { 0, QString(), tr("the bundled dataset is missing from this build") });
        return dataset;
    }
    return parse(file.readAll());
}
