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
#include <optional>

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

struct PromParseResult
{
    QList<PromSample> samples;
    QHash<QString, QString> types; // metric name -> counter, gauge, histogram, summary, untyped...
    QHash<QString, QString> help; // metric name -> HELP text, unescaped
    QList<QString> warnings; // oddities that did not make the scrape unreadable
    QString error; // empty on success; otherwise names the line and what is wrong
    int errorLine = 0; // 1-based line of the error, 0 when there is none
    bool ok() const { return error.isEmpty(); }
};

// Parses a whole scrape. Any malformed line makes the whole scrape an error (with `samples`,
// `types` and `help` cleared): a partly read scrape would show wrong sums as data. So does a
// scrape with more than `maxSamples` samples.
PromParseResult parsePrometheusText(const QByteArray &body, int maxSamples = 5'000'000);
