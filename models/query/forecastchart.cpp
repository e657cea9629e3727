#include "query/forecastchart.h"

#include "domain/figureformat.h"
#include "query/plancurve.h"

#include <QCoreApplication>

namespace {
constexpr double kMsPerDay = 86'400'000.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("ForecastChart", text);
}
double msOf(const QDate &date)
{
    return double(QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

// The trend's median and its 80% and 95% bands.
QList<ChartLine> trendLines(const ProjectionResult &result)
{
    ChartLine wide;
    wide.style = ChartLine::Style::Band;
    wide.provenance = Provenance::Projected;
    wide.label = tr("Trend, 95% band");
    ChartLine narrow = wide;
    narrow.label = tr("Trend, 80% band");
    ChartLine mid;
    mid.style = ChartLine::Style::Line;
    mid.provenance = Provenance::Projected;
    mid.label = tr("Trend, median");
    for (const Forecast::FleetQuantiles &q : result.trend) {
        const double x = q.tDays * kMsPerDay;
        wide.points.append(QPointF(x, q.p025));
        wide.upper.append(QPointF(x, q.p975));
        narrow.points.append(QPointF(x, q.p10));
        narrow.upper.append(QPointF(x, q.p90));
        mid.points.append(QPointF(x, q.p50));
    }
    if (result.includesSimulated) {
        for (ChartLine *line : { &wide, &narrow, &mid })
            line->label += QLatin1Char(' ') + tr("(from SIMULATED data)");
    }
    return { wide, narrow, mid };
}

// The sites' GPUs online, named by what they are made of: never "Measured" for simulated.
ChartLine historyLine(const ProjectionResult &result)
{
    ChartLine history;
    history.style = ChartLine::Style::Line;
    history.provenance = result.historyProvenances.value(0, Provenance::Reported);
    QStringList names;
    for (Provenance provenance : result.historyProvenances) {
        const QString name = provenanceDisplayName(provenance);
        names.append(provenance == Provenance::Simulated ? name.toUpper() : name);
    }
    history.label = tr("GPUs online, Stargate sites (%1)").arg(names.join(QStringLiteral(", ")));
    history.points = result.history;
    return history;
}

// Where the target is reached: the day it was reached when it was, else the projected day;
// labelled as what it is, so that the marker and the verdict text never disagree.
std::optional<ChartLine> dateMarker(const ProjectionResult &result)
{
    const std::optional<QDate> day = result.reachedOn ? result.reachedOn : result.eta;
    if (!day)
        return std::nullopt;
    ChartLine marker;
    marker.style = ChartLine::Style::Points;
    marker.provenance = result.includesSimulated ? Provenance::Simulated : Provenance::Projected;
    marker.label = result.reachedOn ? tr("Reached on %1").arg(FigureFormat::date(*day))
                                    : tr("Projected date, Stargate sites");
    if (result.includesSimulated)
        marker.label += QLatin1Char(' ') + tr("(SIMULATED)");
    marker.points = { QPointF(msOf(*day), result.scenario.targetGpus) };
    marker.pointNotes = { result.sitesSummary };
    return marker;
}
} // namespace

TimeChartData ForecastChart::build(const ProjectionResult &result)
{
    TimeChartData data;
    data.unit = tr("GPUs");
    data.nowMs = result.computedAt.toMSecsSinceEpoch();
    double first = std::min(double(data.nowMs), msOf(result.scenario.targetDate));
    double last = double(data.nowMs);
    const auto widen = [&](const QList<QPointF> &points) {
        for (const QPointF &point : points) {
            first = std::min(first, point.x());
            last = std::max(last, point.x());
        }
    };
    widen(result.history);
    // The chart reaches as far as the table beside it, so every projected date it names is drawn.
    for (const QDate &date : result.tableDates)
        widen({ QPointF(msOf(date), 0) });
    for (const Forecast::PlanPoint &point : result.plan)
        widen({ QPointF(point.tDays * kMsPerDay, 0) });
    QList<ChartLine> trend = result.trend.isEmpty() ? QList<ChartLine> {} : trendLines(result);
    if (!trend.isEmpty())
        widen(trend.last().points);
    const std::optional<ChartLine> marker = dateMarker(result);
    if (marker)
        widen(marker->points);
    const QDate from = QDateTime::fromMSecsSinceEpoch(qint64(first), Qt::UTC).date();
    const QDate to = QDateTime::fromMSecsSinceEpoch(qint64(last), Qt::UTC).date();
    data.fromMs = qint64(msOf(QDate(from.year(), 1, 1)));
    data.toMs = qint64(msOf(QDate(to.year() + 1, 1, 1)));

    if (!result.plan.isEmpty())
        data.lines.append(PlanCurve::chartLine(result.plan, PlanCurve::Unit::Gpus, data.toMs));
    data.lines += trend;
    if (!result.history.isEmpty())
        data.lines.append(historyLine(result));
    ChartLine target;
    target.style = ChartLine::Style::Target;
    target.provenance = Provenance::Planned;
    target.fleetLevel = result.scenario.targetIsFleet;
    // Worded as on the Overview's GPU chart, whose target line this is.
    target.label = result.scenario.targetIsFleet ? tr("all OpenAI compute, fleet-wide")
                                                 : tr("target, Stargate sites");
    target.points = { QPointF(msOf(result.scenario.targetDate), result.scenario.targetGpus) };
    data.lines.append(target);
    if (marker)
        data.lines.append(*marker);
    return data;
}
