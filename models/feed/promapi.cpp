#include "feed/promapi.h"

#include "feed/gofloat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {
class PromApiParser
{
    Q_DECLARE_TR_FUNCTIONS(PromApiParser)

public:
    PromApiResult parse(const QByteArray &body, int httpStatus)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        const bool httpOk = httpStatus >= 200 && httpStatus < 300;
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (!httpOk)
                return failed(tr("HTTP status %1, and the body is not a Prometheus API answer")
                                  .arg(httpStatus));
            if (parseError.error != QJsonParseError::NoError)
                return failed(tr("the answer is not valid JSON (%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
            return failed(tr("the answer is not a JSON object"));
        }
        const QJsonObject envelope = document.object();
        const QJsonValue warnings = envelope.value(QLatin1String("warnings"));
        if (warnings.isArray()) {
            for (const QJsonValue &warning : warnings.toArray()) {
                if (warning.isString())
                    m_result.warnings.append(warning.toString());
            }
        }
        const QString status = envelope.value(QLatin1String("status")).toString();
        if (status == QLatin1String("error")) {
            m_result.errorType = envelope.value(QLatin1String("errorType")).toString();
            const QString message = envelope.value(QLatin1String("error")).toString();
            return failed(
                tr("the query failed (HTTP %1, %2): %3")
                    .arg(httpStatus)
                    .arg(m_result.errorType.isEmpty() ? tr("no error type") : m_result.errorType,
                        message.isEmpty() ? tr("no message") : message));
        }
        if (status != QLatin1String("success"))
            return failed(tr("the answer's \"status\" is neither \"success\" nor \"error\""));
        if (!httpOk)
            return failed(tr("HTTP status %1 with a \"success\" answer").arg(httpStatus));
        const QJsonValue data = envelope.value(QLatin1String("data"));
        if (!data.isObject())
            return failed(tr("the answer has no \"data\" object"));
        return parseData(data.toObject());
    }

private:
    PromApiResult failed(const QString &message)
    {
        PromApiResult result;
        result.warnings = m_result.warnings;
        result.errorType = m_result.errorType;
        result.error = message;
        return result;
    }

    PromApiResult parseData(const QJsonObject &data)
    {
        m_result.resultType = data.value(QLatin1String("resultType")).toString();
        const QJsonValue result = data.value(QLatin1String("result"));
        QString problem;
        if (m_result.resultType == QLatin1String("vector")) {
            if (!result.isArray())
                return failed(tr("the vector result is not a list"));
            const QJsonArray items = result.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                PromVectorItem parsed;
                if (!items.at(i).isObject() || !readMetric(item, &parsed, &problem)
                    || !readPoint(item.value(QLatin1String("value")), &parsed, &problem))
                    return failed(tr("result item %1: %2")
                                      .arg(i + 1)
                                      .arg(problem.isEmpty() ? tr("not an object") : problem));
                m_result.vector.append(parsed);
            }
        } else if (m_result.resultType == QLatin1String("matrix")) {
            // A dashboard shows the present value: only each series' last point is kept, so a
            // range query answered here reads like an instant query at its end.
            if (!result.isArray())
                return failed(tr("the matrix result is not a list"));
            const QJsonArray series = result.toArray();
            for (qsizetype i = 0; i < series.size(); ++i) {
                const QJsonObject item = series.at(i).toObject();
                PromVectorItem parsed;
                if (!series.at(i).isObject() || !readMetric(item, &parsed, &problem))
                    return failed(tr("result series %1: %2")
                                      .arg(i + 1)
                                      .arg(problem.isEmpty() ? tr("not an object") : problem));
                const QJsonValue values = item.value(QLatin1String("values"));
                if (!values.isArray())
                    return failed(tr("result series %1: \"values\" is not a list").arg(i + 1));
                const QJsonArray points = values.toArray();
                // Every point is checked, so that a malformed series is never half read.
                for (const QJsonValue &point : points) {
                    if (!readPoint(point, &parsed, &problem))
                        return failed(tr("result series %1: %2").arg(i + 1).arg(problem));
                }
                if (!points.isEmpty())
                    m_result.vector.append(parsed);
            }
        } else if (m_result.resultType == QLatin1String("scalar")) {
            PromVectorItem point;
            if (!readPoint(result, &point, &problem))
                return failed(tr("the scalar result: %1").arg(problem));
            m_result.scalar = point.value;
        } else if (m_result.resultType == QLatin1String("string")) {
            // Accepted as a valid answer, but a string carries no figure for the dashboard.
        } else {
            return failed(tr("unknown resultType \"%1\"").arg(m_result.resultType));
        }
        return std::move(m_result);
    }

    bool readMetric(const QJsonObject &item, PromVectorItem *parsed, QString *problem)
    {
        const QJsonValue metric = item.value(QLatin1String("metric"));
        if (!metric.isObject()) {
            *problem = tr("\"metric\" is not an object");
            return false;
        }
        const QJsonObject labels = metric.toObject();
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
            if (!it.value().isString()) {
                *problem = tr("the label \"%1\" is not text").arg(it.key());
                return false;
            }
            parsed->metric.insert(it.key(), it.value().toString());
        }
        return true;
    }

    // A point is [<Unix seconds as a number>, "<value as a string>"].
    bool readPoint(const QJsonValue &value, PromVectorItem *parsed, QString *problem)
    {
        const QJsonArray pair = value.toArray();
        if (!value.isArray() || pair.size() != 2) {
            *problem = tr("a point is not a [time, \"value\"] pair");
            return false;
        }
        if (!pair.at(0).isDouble() || !std::isfinite(pair.at(0).toDouble())) {
            *problem = tr("a point's time is not a number");
            return false;
        }
        if (!pair.at(1).isString()) {
            *problem = tr("a point's value is not a string");
            return false;
        }
        const QString text = pair.at(1).toString();
        const std::optional<double> number = GoFloat::parse(text.toUtf8());
        if (!number) {
            *problem = tr("the value \"%1\" is not a number").arg(text.left(40));
            return false;
        }
        parsed->tsSeconds = pair.at(0).toDouble();
        parsed->value = *number;
        return true;
    }

    PromApiResult m_result;
};
} // namespace

PromApiResult parsePromApiResponse(const QByteArray &body, int httpStatus)
{
    return PromApiParser().parse(body, httpStatus);
}
