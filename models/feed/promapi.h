// Parser for answers of the Prometheus HTTP API's instant query, /api/v1/query (also served
// by Thanos, Mimir and VictoriaMetrics). A pure function over the response body.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct PromVectorItem
{
    QHash<QString, QString> metric; // the series' labels, __name__ included when present
    double tsSeconds = 0; // evaluation time, Unix seconds
    double value = 0; // may be NaN or ±Inf
};

struct PromApiResult
{
    QString resultType; // "vector", "scalar", "matrix" or "string"
    QList<PromVectorItem>
        vector; // vector results; for matrix results the last point of each series
    std::optional<double> scalar; // scalar results
    QStringList warnings; // the server's warnings, also when the query failed
    QString error; // empty on success
    QString errorType; // the server's errorType (bad_data, execution, timeout...), if it gave one
    bool ok() const { return error.isEmpty(); }
};

// `httpStatus` is the response's status code: 400, 422 and 503 come with an error envelope
// whose errorType and error the result's error text quotes.
PromApiResult parsePromApiResponse(const QByteArray &body, int httpStatus = 200);
