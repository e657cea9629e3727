#include "feed/feedsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <optional>

QString FeedSourceFile::kindId(FeedSource::Kind kind)
{
    switch (kind) {
    case FeedSource::Kind::PrometheusText:
        return QStringLiteral("prometheus_text");
    case FeedSource::Kind::PrometheusApi:
        return QStringLiteral("prometheus_api");
    case FeedSource::Kind::SiteStatus:
        return QStringLiteral("site_status");
    case FeedSource::Kind::PublicTable:
        return QStringLiteral("public_table");
    }
    return QString();
}

namespace {
constexpr qint64 kMaxSourcesFileBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxAuthFileBytes = 8 * 1024;
constexpr qint64 kMaxCaFileBytes = 4 * 1024 * 1024;
} // namespace

std::optional<QByteArray> FeedSourceFile::readBounded(
    const QString &path, qint64 limit, QString *error)
{
    // At most limit + 1 bytes, whatever the file is: a device or a pipe has no size to check
    // first (/dev/zero would be read without end).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        *error = tr("%1 is larger than %2 KiB; is it the right file?").arg(path).arg(limit / 1024);
        return std::nullopt;
    }
    return bytes;
}

QList<FeedSource> FeedSourceFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the sources file %1: %2").arg(path, file.errorString());
        return {};
    }
    // Read to the limit, not by size(): a device or a pipe reports none.
    const QByteArray json = file.read(kMaxSourcesFileBytes + 1);
    if (json.size() > kMaxSourcesFileBytes) {
        *error = tr("The sources file %1 is larger than 4 MiB; is it the right file?").arg(path);
        return {};
    }
    QList<FeedSource> sources = parse(json, error, QFileInfo(path).absolutePath());
    if (!error->isEmpty())
        *error = tr("Sources file %1: %2").arg(path, *error);
    return sources;
}

namespace {
// Why one source is rejected; parse() names the source's position with it.
struct FieldError
{
    QString field;
    QString message;
};
using Check = std::optional<FieldError>;

Check readKind(const QJsonObject &object, FeedSource &source)
{
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("prometheus_text"))
        source.kind = FeedSource::Kind::PrometheusText;
    else if (kind == QLatin1String("prometheus_api"))
        source.kind = FeedSource::Kind::PrometheusApi;
    else if (kind == QLatin1String("site_status"))
        source.kind = FeedSource::Kind::SiteStatus;
    else if (kind == QLatin1String("public_table"))
        source.kind = FeedSource::Kind::PublicTable;
    else
        return FieldError { QStringLiteral("kind"),
            FeedSourceFile::tr(
                "must be prometheus_text, prometheus_api, site_status or public_table") };
    return std::nullopt;
}

// The address, the site and the queries, as far as the source's kind needs them.
Check readTarget(const QJsonObject &object, FeedSource &source)
{
    source.url = object.value(QStringLiteral("url")).toString();
    // The message leaves the address out: it holds the password.
    if (!QUrl(source.url).userInfo().isEmpty())
        return FieldError { QStringLiteral("url"),
            FeedSourceFile::tr("must not hold a user name or password (user:password@); give "
                               "the Authorization value in auth_env or auth_file instead") };
    QString urlError;
    if (!HttpTarget::parse(source.url, &urlError))
        return FieldError { QStringLiteral("url"), urlError };
    source.siteId = object.value(QStringLiteral("site")).toString();
    if (source.kind == FeedSource::Kind::PrometheusText && source.siteId.isEmpty())
        return FieldError { QStringLiteral("site"),
            FeedSourceFile::tr("a prometheus_text source names the site it describes") };
    for (const QJsonValue &value : object.value(QStringLiteral("queries")).toArray()) {
        const QJsonObject query = value.toObject();
        PromQuery q { query.value(QStringLiteral("metric")).toString(),
            query.value(QStringLiteral("unit")).toString(),
            query.value(QStringLiteral("query")).toString(),
            query.value(QStringLiteral("scale")).toDouble(1.0) };
        if (q.metric.isEmpty() || q.query.isEmpty())
            return FieldError { QStringLiteral("queries"),
                FeedSourceFile::tr("each query needs \"metric\" and \"query\"") };
        source.queries.append(q);
    }
    if (source.kind == FeedSource::Kind::PrometheusApi && source.queries.isEmpty())
        return FieldError { QStringLiteral("queries"),
            FeedSourceFile::tr("a prometheus_api source needs at least one query") };
    return std::nullopt;
}

// A number field within [minimum, maximum] (NaN and infinities are outside), or its default
// when absent; `range` says what is allowed.
Check readNumber(const QJsonObject &object, const QString &field, double fallback, double minimum,
    double maximum, const QString &range, double &value)
{
    const QJsonValue json = object.value(field);
    if (json.isUndefined()) {
        value = fallback;
        return std::nullopt;
    }
    if (!json.isDouble())
        return FieldError { field, FeedSourceFile::tr("must be a number") };
    value = json.toDouble();
    if (!(value >= minimum && value <= maximum))
        return FieldError { field, range };
    return std::nullopt;
}

// How often to poll, and the time and size a poll may take. Every value is checked against
// its range before it is turned into milliseconds or bytes, where a huge one would overflow.
Check readLimits(const QJsonObject &object, FeedSource &source)
{
    const QString timeoutRange = FeedSourceFile::tr("must be between 0.1 and 600 seconds");
    double interval = 0, connectTimeout = 0, timeout = 0, maxMiB = 0;
    // A public table changes a few times a month and may be large: fetched daily by default,
    // with time and room for a file of tens of MiB.
    const bool table = source.kind == FeedSource::Kind::PublicTable;
    Check error = readNumber(object, QStringLiteral("interval_s"), table ? 86400 : 15, 0.5, 86400,
        FeedSourceFile::tr("must be between 0.5 and 86400 seconds"), interval);
    if (!error)
        error = readNumber(
            object, QStringLiteral("connect_timeout_s"), 3, 0.1, 600, timeoutRange, connectTimeout);
    if (!error)
        error = readNumber(
            object, QStringLiteral("timeout_s"), table ? 120 : 10, 0.1, 600, timeoutRange, timeout);
    if (!error)
        error = readNumber(object, QStringLiteral("max_response_mib"), table ? 64 : 16, 0, 1024,
            FeedSourceFile::tr("must be between 0 and 1024"), maxMiB);
    if (!error && maxMiB <= 0) // above 0: the range message is the one for both ends
        error = FieldError { QStringLiteral("max_response_mib"),
            FeedSourceFile::tr("must be between 0 and 1024") };
    if (error)
        return error;
    source.intervalMs = int(interval * 1000);
    // Out of range is clamped, as it always was: no jitter, or at most half the interval.
    source.jitter = std::clamp(object.value(QStringLiteral("jitter")).toDouble(0.1), 0.0, 0.5);
    source.http.connectTimeoutMs = int(connectTimeout * 1000);
    source.http.totalTimeoutMs = int(timeout * 1000);
    source.http.maxBodyBytes = qint64(maxMiB * 1024 * 1024);
    return std::nullopt;
}

Check readAuthFile(const QString &baseDirectory, FeedSource &source)
{
    const QString path = QDir(baseDirectory).absoluteFilePath(source.authFile);
    QString readError;
    const std::optional<QByteArray> contents
        = FeedSourceFile::readBounded(path, kMaxAuthFileBytes, &readError);
    if (!contents)
        return FieldError { QStringLiteral("auth_file"), readError };
    const QByteArray secret = contents->trimmed();
    if (secret.isEmpty() || secret.contains('\n') || secret.contains('\r'))
        return FieldError { QStringLiteral("auth_file"),
            FeedSourceFile::tr(
                "%1 must hold one line, the Authorization value (Bearer … or Basic …)")
                .arg(path) };
    source.http.authorization = secret;
    return std::nullopt;
}

// The Authorization value, from the environment or a file, and an extra CA file.
Check readCredentials(const QJsonObject &object, const QString &baseDirectory, FeedSource &source)
{
    source.authEnvironment = object.value(QStringLiteral("auth_env")).toString();
    if (!source.authEnvironment.isEmpty()) {
        // The secret itself is read from the environment here and never stored or logged.
        const QByteArray secret = qgetenv(source.authEnvironment.toLocal8Bit().constData());
        if (secret.isEmpty())
            return FieldError { QStringLiteral("auth_env"),
                FeedSourceFile::tr("the environment variable %1 is not set")
                    .arg(source.authEnvironment) };
        source.http.authorization = secret;
    }
    source.authFile = object.value(QStringLiteral("auth_file")).toString();
    if (!source.authFile.isEmpty()) {
        if (!source.authEnvironment.isEmpty())
            return FieldError { QStringLiteral("auth_file"),
                FeedSourceFile::tr("give either auth_env or auth_file, not both") };
        if (Check error = readAuthFile(baseDirectory, source))
            return error;
    }
    const QString caFile = object.value(QStringLiteral("ca_file")).toString();
    if (!caFile.isEmpty()) {
        source.http.extraCaFile = QDir(baseDirectory).absoluteFilePath(caFile);
        // Read once to the limit here, so that a device or a huge file is refused at start.
        QString readError;
        if (!FeedSourceFile::readBounded(source.http.extraCaFile, kMaxCaFileBytes, &readError))
            return FieldError { QStringLiteral("ca_file"), readError };
    }
    return std::nullopt;
}

// A public table's "mapping": the name of one of the file's mappings or of a preset, or a
// mapping spelled out; absent: detected from the header of each file fetched.
Check readTableMapping(
    const QJsonObject &object, const QList<TableMapping> &fileMappings, FeedSource &source)
{
    const QJsonValue value = object.value(QStringLiteral("mapping"));
    if (value.isUndefined())
        return std::nullopt;
    if (source.kind != FeedSource::Kind::PublicTable)
        return FieldError { QStringLiteral("mapping"),
            FeedSourceFile::tr("only a public_table source has a mapping") };
    if (value.isString()) {
        for (const TableMapping &mapping : fileMappings) {
            if (mapping.id == value.toString()) {
                source.tableMapping = mapping;
                return std::nullopt;
            }
        }
        source.tableMapping = TableMapping::preset(value.toString());
        if (!source.tableMapping)
            return FieldError { QStringLiteral("mapping"),
                FeedSourceFile::tr("\"%1\" is neither a preset (epoch_timelines, "
                                   "epoch_data_centers) nor one of the file's \"mappings\"")
                    .arg(value.toString()) };
        return std::nullopt;
    }
    QString error;
    source.tableMapping = TableMapping::fromJson(value.toObject(), &error);
    if (!source.tableMapping)
        return FieldError { QStringLiteral("mapping"), error };
    return std::nullopt;
}

// One source; its id must be new to `ids`, which it is then added to.
Check readSource(const QJsonObject &object, const QString &baseDirectory,
    const QList<TableMapping> &fileMappings, QSet<QString> &ids, FeedSource &source)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    source.id = object.value(QStringLiteral("id")).toString();
    if (!idPattern.match(source.id).hasMatch())
        return FieldError { QStringLiteral("id"),
            FeedSourceFile::tr("must be 1 to 64 letters, digits, '.', '_' or '-'") };
    if (ids.contains(source.id))
        return FieldError { QStringLiteral("id"),
            FeedSourceFile::tr("\"%1\" is used twice").arg(source.id) };
    ids.insert(source.id);
    source.name = object.value(QStringLiteral("name")).toString(source.id);
    Check error = readKind(object, source);
    if (!error)
        error = readTarget(object, source);
    if (!error)
        error = readLimits(object, source);
    if (!error)
        error = readCredentials(object, baseDirectory, source);
    if (!error)
        error = readTableMapping(object, fileMappings, source);
    if (source.kind == FeedSource::Kind::PublicTable)
        source.provenance = Provenance::Estimate; // the mapping's provenance decides per fact
    source.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    return error;
}
} // namespace

namespace {
// The document's root, once it is known to be a sources file of version 1.
std::optional<QJsonObject> sourcesRoot(const QByteArray &json, QString *error)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = FeedSourceFile::tr("not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        *error = FeedSourceFile::tr("\"version\" must be 1");
        return std::nullopt;
    }
    return root;
}

QList<TableMapping> readMappings(const QJsonObject &root, QString *error)
{
    QList<TableMapping> mappings;
    const QJsonArray list = root.value(QStringLiteral("mappings")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        QString mappingError;
        const auto mapping = TableMapping::fromJson(list.at(i).toObject(), &mappingError);
        if (!mapping) {
            *error = FeedSourceFile::tr("mapping %1: %2").arg(i + 1).arg(mappingError);
            return {};
        }
        mappings.append(*mapping);
    }
    return mappings;
}
} // namespace

QList<TableMapping> FeedSourceFile::mappings(const QByteArray &json, QString *error)
{
    const auto root = sourcesRoot(json, error);
    return root ? readMappings(*root, error) : QList<TableMapping>();
}

QList<TableMapping> FeedSourceFile::loadMappings(const QString &path, QString *error)
{
    const auto json = readBounded(path, kMaxSourcesFileBytes, error);
    if (!json)
        return {};
    QList<TableMapping> result = mappings(*json, error);
    if (!error->isEmpty())
        *error = tr("Sources file %1: %2").arg(path, *error);
    return result;
}

QList<FeedSource> FeedSourceFile::parse(
    const QByteArray &json, QString *error, const QString &baseDirectory)
{
    const auto root = sourcesRoot(json, error);
    if (!root)
        return {};
    const QList<TableMapping> fileMappings = readMappings(*root, error);
    if (!error->isEmpty())
        return {};
    QList<FeedSource> sources;
    QSet<QString> ids;
    const QJsonArray list = root->value(QStringLiteral("sources")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        FeedSource source;
        if (const Check failure
            = readSource(list.at(i).toObject(), baseDirectory, fileMappings, ids, source)) {
            *error = tr("source %1, field \"%2\": %3")
                         .arg(i + 1)
                         .arg(failure->field, failure->message);
            return {};
        }
        sources.append(source);
    }
    return sources;
}
