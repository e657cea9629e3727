#include "query/forecastchart.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ForecastChart", text);
}
double msOf(const QDate &date)
{
    return double(QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

TimeChartData ForecastChart::build(const ProjectionResult &result)
{
    TimeChartData data;
    data.unit = tr("GPUs");
    data.nowMs = result.computedAt.toMSecsSinceEpoch();
    double first = double(data.nowMs);
    double last = double(data.nowMs);
    const auto widen = [&](const QList<QPointF> &points) {
        for (const QPointF &point : points) {
            first = std::min(first, point.x());
            last = std::max(last, point.x());
        }
    };
    widen(result.history);
    widen(result.planLow);
    first = std::min(first, msOf(result.scenario.targetDate));

    if (!result.planLow.isEmpty()) {
        ChartLine plan;
        plan.style = ChartLine::Style::Band;
        plan.provenance = Provenance::Planned;
        plan.label = tr("Plan, Stargate sites");
        plan.points = result.planLow;
        plan.upper = result.planHigh;
        data.lines.append(plan);
    }
    if (!result.trend.isEmpty()) {
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
            const double x = q.tDays * 86'400'000.0;
            wide.points.append(QPointF(x, q.p025));
            wide.upper.append(QPointF(x, q.p975));
            narrow.points.append(QPointF(x, q.p10));
            narrow.upper.append(QPointF(x, q.p90));
            mid.points.append(QPointF(x, q.p50));
        }
        widen(mid.points);
        data.lines += { wide, narrow, mid };
    }
    if (!result.history.isEmpty()) {
        ChartLine history;
        history.style = ChartLine::Style::Line;
        history.provenance
            = result.includesSimulated ? Provenance::Simulated : Provenance::Measured;
        history.label
            = result.includesSimulated ? tr("GPUs online (SIMULATED)") : tr("GPUs online");
        history.points = result.history;
        data.lines.append(history);
    }
    ChartLine target;
    target.style = ChartLine::Style::Target;
    target.provenance = Provenance::Planned;
    target.fleetLevel = true;
    target.label = tr("target");
    target.points = { QPointF(msOf(result.scenario.targetDate), result.scenario.targetGpus) };
    data.lines.append(target);
    if (result.eta) {
        ChartLine eta;
        eta.style = ChartLine::Style::Points;
        eta.provenance = Provenance::Projected;
        eta.label = tr("Projected date");
        eta.points = { QPointF(msOf(*result.eta), result.scenario.targetGpus) };
        eta.pointNotes = { result.summary };
        data.lines.append(eta);
        last = std::max(last, msOf(*result.eta));
    }
    const QDate from = QDateTime::fromMSecsSinceEpoch(qint64(first), Qt::UTC).date();
    const QDate to = QDateTime::fromMSecsSinceEpoch(qint64(last), Qt::UTC).date();
    data.fromMs = qint64(msOf(QDate(from.year(), 1, 1)));
    data.toMs = qint64(msOf(QDate(to.year() + 1, 1, 1)));
    return data;
}
