// A polled source: where it is, what kind of answer it gives, how often to ask and how to
// turn the answer into dashboard series. Sources come from a JSON file (--sources FILE,
// documented in docs/sources.md) or from the built-in demo.
#pragma once

#include "domain/provenance.h"
#include "feed/httpclient.h"
#include "publictable/tablemapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct PromQuery
{
    QString metric; // dashboard metric, e.g. "power_mw"
    QString unit;
    QString query; // PromQL; the result's "site" label picks the site
    double scale = 1.0; // e.g. 1e-6 for W -> MW
};

struct FeedSource
{
    enum class Kind
    {
        PrometheusText,
        PrometheusApi,
        SiteStatus,
        PublicTable // an analyst's CSV, fetched conditionally and imported when it changed
    };
    QString id;
    QString name;
    Kind kind = Kind::SiteStatus;
    QString url;
    QString siteId; // PrometheusText: the site the scrape describes
    QList<PromQuery> queries; // PrometheusApi
    int intervalMs = 15'000;
    double jitter = 0.1; // ± share of the interval, so that sources do not poll in lockstep
    int backoffCapMs = 300'000;
    HttpOptions http;
    QString authEnvironment; // name of an environment variable holding "Bearer …" or "Basic …"
    QString authFile; // or a file holding it
    Provenance provenance = Provenance::Measured;
    bool enabled = true;
    // PublicTable: how its columns become facts (a preset, or one of the file's "mappings");
    // none: detected from the header when the file arrives.
    std::optional<TableMapping> tableMapping;
    // PublicTable, not from the sources file: the validators of the newest stored version, so
    // that the first fetch after a start is conditional too.
    HttpConditions tableValidators;
    // Not from the sources file: the sites the store knows, set by the poller's owner. An
    // answer naming another site is refused, so that its samples are not counted and then
    // dropped by the writer. Unset: no check (tests, the benchmark).
    std::optional<QStringList> knownSiteIds;
};

class FeedSourceFile
{
    Q_DECLARE_TR_FUNCTIONS(FeedSourceFile)

public:
    // Parses a sources file; on error returns no sources and says where and why.
    // Relative "auth_file" and "ca_file" paths are resolved against baseDirectory.
    static QList<FeedSource> parse(
        const QByteArray &json, QString *error, const QString &baseDirectory = QString());
    static QList<FeedSource> load(const QString &path, QString *error);
    static QString kindId(FeedSource::Kind kind);
    // The file's own table mappings ("mappings": [...], docs/sources.md), which --import and
    // File → Import Public Data… try before the presets. On error, none and why.
    static QList<TableMapping> mappings(const QByteArray &json, QString *error);
    static QList<TableMapping> loadMappings(const QString &path, QString *error);
    // Reads at most `limit` bytes of any file, regular or not (a device, a pipe); refuses a
    // longer one, with a message naming the file and the limit.
    static std::optional<QByteArray> readBounded(const QString &path, qint64 limit, QString *error);
};
