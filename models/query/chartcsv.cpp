#include "query/chartcsv.h"

namespace {
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}
} // namespace

QString ChartCsv::toCsv(const TimeChartData &data)
{
    QString csv = QStringLiteral("series,provenance,scope,time_utc,value,upper,unit,note\r\n");
    for (const ChartLine &line : data.lines) {
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF point = line.points[i];
            const QString upper = i < line.upper.size() ? number(line.upper[i].y()) : QString();
            const QString time
                = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).toString(Qt::ISODate);
            csv += QStringList { field(line.label), provenanceId(line.provenance),
                line.fleetLevel ? QStringLiteral("fleet") : QStringLiteral("stargate_sites"), time,
                number(point.y()), upper, field(data.unit), field(line.pointNotes.value(i)) }
                       .join(QLatin1Char(','))
                + QStringLiteral("\r\n");
        }
    }
    return csv;
}
