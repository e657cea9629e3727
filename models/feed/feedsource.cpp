#include "feed/feedsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

QString FeedSourceFile::kindId(FeedSource::Kind kind)
{
    switch (kind) {
    case FeedSource::Kind::PrometheusText:
        return QStringLiteral("prometheus_text");
    case FeedSource::Kind::PrometheusApi:
        return QStringLiteral("prometheus_api");
    case FeedSource::Kind::SiteStatus:
        return QStringLiteral("site_status");
    }
    return QString();
}

QList<FeedSource> FeedSourceFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the sources file %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > 4 * 1024 * 1024) {
        *error = tr("The sources file %1 is larger than 4 MiB; is it the right file?").arg(path);
        return {};
    }
    QList<FeedSource> sources = parse(file.readAll(), error, QFileInfo(path).absolutePath());
    if (!error->isEmpty())
        *error = tr("Sources file %1: %2").arg(path, *error);
    return sources;
}

QList<FeedSource> FeedSourceFile::parse(
    const QByteArray &json, QString *error, const QString &baseDirectory)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        *error = tr("\"version\" must be 1");
        return {};
    }
    QList<FeedSource> sources;
    QSet<QString> ids;
    const QJsonArray list = root.value(QStringLiteral("sources")).toArray();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const auto fail = [&](const QString &field, const QString &what) {
            *error = tr("source %1, field \"%2\": %3").arg(i + 1).arg(field, what);
            return QList<FeedSource>();
        };
        FeedSource source;
        source.id = object.value(QStringLiteral("id")).toString();
        if (!idPattern.match(source.id).hasMatch())
            return fail(
                QStringLiteral("id"), tr("must be 1 to 64 letters, digits, '.', '_' or '-'"));
        if (ids.contains(source.id))
            return fail(QStringLiteral("id"), tr("\"%1\" is used twice").arg(source.id));
        ids.insert(source.id);
        source.name = object.value(QStringLiteral("name")).toString(source.id);
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("prometheus_text"))
            source.kind = FeedSource::Kind::PrometheusText;
        else if (kind == QLatin1String("prometheus_api"))
            source.kind = FeedSource::Kind::PrometheusApi;
        else if (kind == QLatin1String("site_status"))
            source.kind = FeedSource::Kind::SiteStatus;
        else
            return fail(QStringLiteral("kind"),
                tr("must be prometheus_text, prometheus_api or site_status"));
        source.url = object.value(QStringLiteral("url")).toString();
        QString urlError;
        if (!HttpTarget::parse(source.url, &urlError))
            return fail(QStringLiteral("url"), urlError);
        source.siteId = object.value(QStringLiteral("site")).toString();
        if (source.kind == FeedSource::Kind::PrometheusText && source.siteId.isEmpty())
            return fail(
                QStringLiteral("site"), tr("a prometheus_text source names the site it describes"));
        for (const QJsonValue &value : object.value(QStringLiteral("queries")).toArray()) {
            const QJsonObject query = value.toObject();
            PromQuery q { query.value(QStringLiteral("metric")).toString(),
                query.value(QStringLiteral("unit")).toString(),
                query.value(QStringLiteral("query")).toString(),
                query.value(QStringLiteral("scale")).toDouble(1.0) };
            if (q.metric.isEmpty() || q.query.isEmpty())
                return fail(
                    QStringLiteral("queries"), tr("each query needs \"metric\" and \"query\""));
            source.queries.append(q);
        }
        if (source.kind == FeedSource::Kind::PrometheusApi && source.queries.isEmpty())
            return fail(
                QStringLiteral("queries"), tr("a prometheus_api source needs at least one query"));
        const double interval = object.value(QStringLiteral("interval_s")).toDouble(15);
        if (!(interval >= 0.5 && interval <= 86400))
            return fail(QStringLiteral("interval_s"), tr("must be between 0.5 and 86400 seconds"));
        source.intervalMs = int(interval * 1000);
        source.jitter = std::clamp(object.value(QStringLiteral("jitter")).toDouble(0.1), 0.0, 0.5);
        source.http.connectTimeoutMs
            = int(object.value(QStringLiteral("connect_timeout_s")).toDouble(3) * 1000);
        source.http.totalTimeoutMs
            = int(object.value(QStringLiteral("timeout_s")).toDouble(10) * 1000);
        const double maxMiB = object.value(QStringLiteral("max_response_mib")).toDouble(16);
        if (!(maxMiB > 0 && maxMiB <= 1024))
            return fail(QStringLiteral("max_response_mib"), tr("must be between 0 and 1024"));
        source.http.maxBodyBytes = qint64(maxMiB * 1024 * 1024);
        source.authEnvironment = object.value(QStringLiteral("auth_env")).toString();
        if (!source.authEnvironment.isEmpty()) {
            // The secret itself is read from the environment here and never stored or logged.
            const QByteArray secret = qgetenv(source.authEnvironment.toLocal8Bit().constData());
            if (secret.isEmpty())
                return fail(QStringLiteral("auth_env"),
                    tr("the environment variable %1 is not set").arg(source.authEnvironment));
            source.http.authorization = secret;
        }
        source.authFile = object.value(QStringLiteral("auth_file")).toString();
        if (!source.authFile.isEmpty()) {
            if (!source.authEnvironment.isEmpty())
                return fail(
                    QStringLiteral("auth_file"), tr("give either auth_env or auth_file, not both"));
            QFile secretFile(QDir(baseDirectory).absoluteFilePath(source.authFile));
            if (!secretFile.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("auth_file"),
                    tr("cannot read %1: %2").arg(secretFile.fileName(), secretFile.errorString()));
            const QByteArray secret = secretFile.read(8 * 1024 + 1).trimmed();
            if (secret.isEmpty() || secret.size() > 8 * 1024 || secret.contains('\n')
                || secret.contains('\r'))
                return fail(QStringLiteral("auth_file"),
                    tr("%1 must hold one line, the Authorization value (Bearer … or Basic …)")
                        .arg(secretFile.fileName()));
            source.http.authorization = secret;
        }
        const QString caFile = object.value(QStringLiteral("ca_file")).toString();
        if (!caFile.isEmpty()) {
            source.http.extraCaFile = QDir(baseDirectory).absoluteFilePath(caFile);
            if (!QFileInfo(source.http.extraCaFile).isReadable())
                return fail(
                    QStringLiteral("ca_file"), tr("cannot read %1").arg(source.http.extraCaFile));
        }
        source.enabled = object.value(QStringLiteral("enabled")).toBool(true);
        sources.append(source);
    }
    return sources;
}
