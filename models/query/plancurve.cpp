#include "query/plancurve.h"

#include "forecast/projection.h"

#include <QCoreApplication>

namespace {
constexpr double kMsPerDay = 86'400'000.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanCurve", text);
}
} // namespace

QList<Forecast::PlanPoint> PlanCurve::build(const QList<Milestone> &milestones,
    const QSet<QString> &activeSites, Unit unit, const QHash<QString, int> &delayMonths)
{
    QHash<QString, QList<Milestone>> bySite;
    for (const Milestone &milestone : milestones) {
        if (activeSites.contains(milestone.siteId))
            bySite[milestone.siteId].append(milestone);
    }
    QList<QList<Forecast::PlanPoint>> plans;
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
        const QList<Forecast::PlanPoint> plan
            = Projection::sitePlan(it.value(), unit == Unit::Gpus, delayMonths.value(it.key(), 0));
        if (!plan.isEmpty())
            plans.append(plan);
    }
    return Forecast::fleetPlanCurve(plans);
}

ChartLine PlanCurve::chartLine(const QList<Forecast::PlanPoint> &curve, Unit unit, qint64 untilMs)
{
    ChartLine line;
    line.style = ChartLine::Style::Band;
    line.provenance = Provenance::Planned;
    line.label = label(unit);
    line.description = unit == Unit::Gpus
        ? tr("Sum of the active sites' published GPU plans, straight between plan dates. A "
             "site counts from its first plan date on; GPUs implied by planned MW are not "
             "included.")
        : tr("Sum of the active sites' published MW plans, straight between plan dates. A site "
             "counts from its first plan date on.");
    for (const Forecast::PlanPoint &point : curve) {
        line.points.append(QPointF(point.tDays * kMsPerDay, point.low));
        line.upper.append(QPointF(point.tDays * kMsPerDay, point.high));
    }
    if (!curve.isEmpty() && double(untilMs) > line.points.last().x()) {
        line.points.append(QPointF(double(untilMs), curve.last().low));
        line.upper.append(QPointF(double(untilMs), curve.last().high));
    }
    return line;
}

QString PlanCurve::label(Unit unit)
{
    return unit == Unit::Gpus ? tr("Planned GPUs, Stargate sites (published plans)")
                              : tr("Planned MW, Stargate sites (published plans)");
}
