// Parser for the Prometheus text exposition format 0.0.4, as exporters such as the NVIDIA
// DCGM exporter serve it. Also accepts what newer producers send: OpenMetrics "# EOF" and
// "_total" names, and Prometheus 3 quoted UTF-8 metric and label names inside the braces.
// A pure function over the response body: no I/O, linear in the body's size.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVarLengthArray>
#include <functional>
#include <optional>

// One sample as the scanner sees it: views into the response body, or into the scanner's
// scratch buffer for quoted text with escapes. Valid only during the visitor's call.
struct PromLabelView
{
    QByteArrayView name;
    QByteArrayView value; // unescaped UTF-8
};

struct PromSampleView
{
    QByteArrayView name;
    QVarLengthArray<PromLabelView, 16> labels; // in the order the line gives them
    double value = 0;
    std::optional<qint64> timestampMs;
    // The value of the label `name`, empty when the sample has no such label.
    QByteArrayView label(QByteArrayView name) const;
};

struct PromSample
{
    QString name;
    QList<QPair<QString, QString>> labels; // in the order the line gives them
    double value = 0;
    std::optional<qint64> timestampMs; // as the producer gave it; none means "scrape time"
    // The value of the label `name`, or an empty string when the sample has no such label
    // (Prometheus treats an empty label and a missing one the same).
    QString label(const QString &name) const;
};

// What a scan found besides the samples themselves.
struct PromScanResult
{
    QHash<QString, QString> types; // metric name -> counter, gauge, histogram, summary, untyped...
    QHash<QString, QString> help; // metric name -> HELP text, unescaped
    QList<QString> warnings; // oddities that did not make the scrape unreadable
    QString error; // empty on success; otherwise names the line and what is wrong
    int errorLine = 0; // 1-based line of the error, 0 when there is none
    int sampleCount = 0;
    bool ok() const { return error.isEmpty(); }
};

struct PromParseResult
{
    QList<PromSample> samples;
    QHash<QString, QString> types;
    QHash<QString, QString> help;
    QList<QString> warnings;
    QString error;
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

using PromSampleVisitor = std::function<void(const PromSampleView &)>;

// Scans a whole scrape and hands every well-formed sample to `visit` as it goes, without
// allocating per sample: the poller's path, where a scrape is summed and then dropped.
// A malformed line, or more than `maxSamples` samples, makes the scan an error: the caller
// must then discard whatever the visitor has gathered, since a partly read scrape would show
// wrong sums as data.
PromScanResult scanPrometheusText(
    QByteArrayView body, const PromSampleVisitor &visit, int maxSamples = 5'000'000);

// Parses a whole scrape into owned samples. Any malformed line makes the whole scrape an error
// (with `samples`, `types` and `help` cleared). So does a scrape with more than `maxSamples`
// samples.
PromParseResult parsePrometheusText(const QByteArray &body, int maxSamples = 5'000'000);
