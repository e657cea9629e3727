// Plain value types for what the store holds. They cross threads by value (queued signals),
// so they own their data and carry units in their member names.
#pragma once

#include "domain/phase.h"
#include "domain/provenance.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// A figure that public sources may give as a range ("400000-450000"); low == high otherwise.
struct FigureRange
{
    double low = 0;
    double high = 0;
    bool isRange() const { return high != low; }
    FigureRange operator+(const FigureRange &other) const
    {
        return { low + other.low, high + other.high };
    }
    bool operator==(const FigureRange &) const = default;
};

struct Site
{
    QString id;
    QString name;
    QString locality;
    QString region;
    QString country;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString partners;
    QString gpuModel;
    QString statusText;
    QDate statusAsOf;
    QString firstPowerText;
    QString fullOperationText;
    QString notes;
    QStringList sourceUrls;
    QString origin; // "dataset", "manual" or "feed"
    QStringList aliases; // the names public tables give the site (exact, never guessed)
    bool userEdited = false;
};

struct PhaseEvent
{
    qint64 id = 0;
    QString siteId;
    Phase phase = Phase::Announced;
    QDate date;
    QString dateText; // as the source gave it, e.g. "2025-06"
    Provenance provenance = Provenance::Reported;
    QString sourceUrl;
    QString note;
    QString enteredBy; // manual events: who typed it in
    QDateTime enteredAt; // manual events: when (UTC)
};

struct Milestone
{
    qint64 id = 0;
    QString siteId;
    QDate date; // the end of the period the plan names
    QString dateText; // as the source gave it, e.g. "mid-2026"
    std::optional<FigureRange> gpus;
    std::optional<FigureRange> powerMw;
    Provenance provenance = Provenance::Planned;
    QString sourceUrl;
    QDate asOf;
    QString note;
};

// A figure published by a public source: site level, program level (Stargate as a whole)
// or fleet level (all of OpenAI's compute across providers). The three are never summed
// together.
struct ReportedFact
{
    enum class Scope
    {
        Site,
        Program,
        Fleet
    };
    qint64 id = 0;
    Scope scope = Scope::Site;
    QString siteId; // empty unless scope is Site
    QString metric; // see metrics.h
    QString unit;
    FigureRange value;
    QDate period; // the date the figure describes
    QDate asOf; // publication date of the source
    QString sourceUrl;
    QString note;
    // Reported, Planned (a stated target) or Estimate (an independent analyst's model).
    Provenance provenance = Provenance::Reported;
    QString analyst; // who modelled an estimate ("Epoch AI"); empty unless Estimate
    QString method; // how it was modelled ("modelled"); empty unless Estimate
    // Facts read from a public table (TableImport): the import they came from (0: the bundled
    // dataset), and whether the row is the analyst's projection (dated after the table was
    // retrieved), which is never a current figure and never one of our own projections.
    qint64 importId = 0;
    bool analystProjection = false;
};

QString scopeId(ReportedFact::Scope scope);
std::optional<ReportedFact::Scope> scopeFromId(const QString &id);

struct SeriesKey
{
    QString siteId; // empty for program-level series
    QString metric;
    QString unit;
    Provenance provenance = Provenance::Measured;
    bool operator==(const SeriesKey &) const = default;
};

struct SeriesInfo
{
    qint64 id = 0;
    SeriesKey key;
    QString sourceUrl;
    QDate asOf;
};

struct Sample
{
    qint64 tsMs = 0;
    double value = 0;
};

// A sample addressed by its series key, as the feed produces it.
struct KeyedSample
{
    SeriesKey key;
    qint64 tsMs = 0;
    double value = 0;
};

// One bucket of a range query: min, max and last value of the samples in
// [startMs, startMs + widthMs).
struct RangeBucket
{
    qint64 startMs = 0;
    double min = 0;
    double max = 0;
    double last = 0;
    qint64 lastTsMs = 0;
    qint64 count = 0;
};

struct RangeResult
{
    enum class Resolution
    {
        Raw,
        Minute,
        Hour,
        Day
    };
    Resolution resolution = Resolution::Raw;
    qint64 fromMs = 0; // start of the first bucket (aligned to the resolution)
    qint64 bucketWidthMs = 0;
    QList<RangeBucket> buckets; // only buckets that hold samples, ascending
};

// What a commit of the writer changed: listeners reload what they show.
struct StoreChange
{
    QList<qint64> seriesIds;
    qint64 newestTsMs = 0;
    qint64 samplesWritten = 0;
    bool datasetChanged = false;
};

// A computed projection as the writer stores it (provenance 'projected').
struct ProjectionRecord
{
    QDateTime computedAt;
    QString verdict;
    QDate eta, etaEarly, etaLate;
    QByteArray assumptionsJson;
    QByteArray resultJson;
};

// How a polled source is doing, as the poller reports it and the Feeds page shows it.
struct SourceHealth
{
    QString sourceId;
    QString name;
    QString kind;
    QString url; // without credentials
    qint64 lastAttemptMs = 0;
    qint64 lastSuccessMs = 0;
    qint64 latencyMs = 0;
    int consecutiveFailures = 0;
    QString lastError;
    qint64 nextPollMs = 0;
    int intervalMs = 0;
    int samplesLastPoll = 0;
    qint64 samplesTotal = 0;
    bool enabled = true;
    qint64 pausedAtMs = 0; // when an operator paused it (Pause Polling); 0: not paused by hand
    QStringList siteIds; // the sites its newest successful poll delivered figures for
};

// A dated note on a site, entered by a user (provenance 'manual').
struct Annotation
{
    qint64 id = 0;
    QString siteId;
    QDate day;
    QString text;
    QDateTime createdAt; // UTC
    QString author;
};

Q_DECLARE_METATYPE(KeyedSample)
Q_DECLARE_METATYPE(Annotation)
Q_DECLARE_METATYPE(SourceHealth)
Q_DECLARE_METATYPE(ProjectionRecord)
Q_DECLARE_METATYPE(StoreChange)
