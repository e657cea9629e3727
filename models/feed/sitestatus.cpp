#include "feed/sitestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace {
constexpr int kSchemaVersion = 1; // the newest version this parser reads
// Bounds beyond which a figure is a producer's bug, not a site: the largest planned campus is
// a few GW and a few hundred thousand GPUs.
constexpr double kMaxGpusPerSite = 10'000'000;
constexpr double kMaxPowerMw = 100'000;

class SiteStatusParser
{
    Q_DECLARE_TR_FUNCTIONS(SiteStatusParser)

public:
    SiteStatusResult parse(const QByteArray &body)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return failed(tr("the feed is not valid JSON (%1 at offset %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
        if (!document.isObject())
            return failed(tr("the feed is not a JSON object"));
        const QJsonObject root = document.object();
        const QJsonValue version = root.value(QLatin1String("schema_version"));
        const double versionNumber = version.toDouble();
        if (!version.isDouble() || versionNumber < 1 || versionNumber != std::floor(versionNumber))
            return failed(tr("\"schema_version\" is missing or not a whole number of at least 1"));
        if (versionNumber > kSchemaVersion)
            return failed(tr(
                "schema_version %1 is newer than this program reads (up to %2); update the program")
                              .arg(versionNumber, 0, 'f', 0)
                              .arg(kSchemaVersion));
        m_result.schemaVersion = int(versionNumber);
        const QJsonValue generatedAt = root.value(QLatin1String("generated_at"));
        if (!generatedAt.isUndefined() && !generatedAt.isNull()) {
            m_result.generatedAtMs = parseTime(generatedAt);
            if (!m_result.generatedAtMs)
                return failed(tr("\"generated_at\" is not an ISO 8601 time with a time zone"));
        }
        const QJsonValue sites = root.value(QLatin1String("sites"));
        if (!sites.isArray())
            return failed(tr("\"sites\" is missing or not a list"));
        const QJsonArray records = sites.toArray();
        for (qsizetype i = 0; i < records.size(); ++i)
            parseRecord(records.at(i), int(i + 1));
        return std::move(m_result);
    }

private:
    SiteStatusResult failed(const QString &message)
    {
        SiteStatusResult result;
        result.error = message;
        return result;
    }

    // An ISO 8601 time that names its zone ("Z" or an offset): a bare local time would mean
    // a different instant on every machine that reads it.
    static std::optional<qint64> parseTime(const QJsonValue &value)
    {
        if (!value.isString())
            return std::nullopt;
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
            return std::nullopt;
        const int year = time.toUTC().date().year();
        if (year < 2000 || year > 2100)
            return std::nullopt;
        return time.toMSecsSinceEpoch();
    }

    enum class Kind
    {
        Count,
        PowerMw
    };

    std::optional<double> number(
        const QJsonObject &record, QLatin1StringView field, Kind kind, QStringList *problems)
    {
        const QJsonValue value = record.value(field);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const QString name(field);
        if (!value.isDouble()) {
            problems->append(tr("%1 is not a number").arg(name));
            return std::nullopt;
        }
        const double figure = value.toDouble();
        const double limit = kind == Kind::Count ? kMaxGpusPerSite : kMaxPowerMw;
        if (!std::isfinite(figure))
            problems->append(tr("%1 is not a finite number").arg(name));
        else if (figure < 0)
            problems->append(tr("%1 is negative").arg(name));
        else if (figure > limit)
            problems->append(tr("%1 is implausibly large (%2, the limit is %3)")
                                 .arg(name)
                                 .arg(figure, 0, 'g', 12)
                                 .arg(limit, 0, 'f', 0));
        else if (kind == Kind::Count && figure != std::floor(figure))
            problems->append(tr("%1 is not a whole number").arg(name));
        else
            return figure;
        return std::nullopt;
    }

    void parseRecord(const QJsonValue &value, int index)
    {
        if (!value.isObject()) {
            m_result.rejected.append(tr("record %1: not a JSON object").arg(index));
            return;
        }
        const QJsonObject object = value.toObject();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        const QJsonValue idValue = object.value(QLatin1String("site_id"));
        if (!idValue.isString() || !idPattern.match(idValue.toString()).hasMatch()) {
            m_result.rejected.append(
                tr("record %1: site_id is missing or not lower-case letters, digits and dashes")
                    .arg(index));
            return;
        }
        SiteStatusRecord record;
        record.siteId = idValue.toString();
        if (m_siteIds.contains(record.siteId)) {
            m_result.rejected.append(
                tr("site %1: appears twice; only the first record is read").arg(record.siteId));
            return;
        }
        m_siteIds.insert(record.siteId);

        QStringList problems;
        QString phaseNote;
        const QJsonValue phase = object.value(QLatin1String("phase"));
        if (phase.isString()) {
            record.phase = phaseFromId(phase.toString());
            if (!record.phase) {
                // Kept as the feed says it, never mapped to a guess.
                record.unknownPhase = phase.toString();
                phaseNote = tr("unknown phase \"%1\"").arg(record.unknownPhase.left(60));
            }
        } else if (!phase.isUndefined() && !phase.isNull()) {
            problems.append(tr("phase is not text"));
        }
        record.gpusInstalled
            = number(object, QLatin1StringView("gpus_installed"), Kind::Count, &problems);
        record.gpusOnline
            = number(object, QLatin1StringView("gpus_online"), Kind::Count, &problems);
        record.itPowerMw
            = number(object, QLatin1StringView("it_power_mw"), Kind::PowerMw, &problems);
        record.facilityPowerMw
            = number(object, QLatin1StringView("facility_power_mw"), Kind::PowerMw, &problems);
        record.capacityMw
            = number(object, QLatin1StringView("capacity_mw"), Kind::PowerMw, &problems);
        if (record.gpusInstalled && record.gpusOnline && *record.gpusOnline > *record.gpusInstalled)
            problems.append(tr("gpus_online is above gpus_installed"));
        // Facility power includes the IT load: less than it would mean a PUE below 1.
        if (record.itPowerMw && record.facilityPowerMw
            && *record.facilityPowerMw < *record.itPowerMw)
            problems.append(tr("facility_power_mw is below it_power_mw"));
        const QJsonValue timestamp = object.value(QLatin1String("timestamp"));
        if (timestamp.isUndefined() || timestamp.isNull()) {
            problems.append(tr("timestamp is missing"));
        } else if (const auto tsMs = parseTime(timestamp)) {
            record.tsMs = *tsMs;
        } else {
            problems.append(tr("timestamp is not an ISO 8601 time with a time zone"));
        }

        if (!phaseNote.isEmpty())
            m_result.rejected.append(tr("site %1: %2").arg(record.siteId, phaseNote));
        for (const QString &problem : std::as_const(problems))
            m_result.rejected.append(tr("site %1: %2").arg(record.siteId, problem));
        if (problems.isEmpty())
            m_result.sites.append(record);
    }

    SiteStatusResult m_result;
    QSet<QString> m_siteIds;
};
} // namespace

SiteStatusResult parseSiteStatus(const QByteArray &body)
{
    return SiteStatusParser().parse(body);
}
