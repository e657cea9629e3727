#include "query/chartaxis.h"

#include <QDateTime>
#include <algorithm>

qint64 chartMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

ChartExtent::ChartExtent(qint64 nowMs)
    : m_earliestMs(nowMs)
    , m_latestMs(nowMs)
{ }

void ChartExtent::include(qint64 ms)
{
    m_earliestMs = std::min(m_earliestMs, ms);
    m_latestMs = std::max(m_latestMs, ms);
}

ChartSpan ChartExtent::span(ShortSpanMargin margin) const
{
    const QDate startDate = QDateTime::fromMSecsSinceEpoch(m_earliestMs, Qt::UTC).date();
    const QDate endDate = QDateTime::fromMSecsSinceEpoch(m_latestMs, Qt::UTC).date();
    if (startDate.daysTo(endDate) > 400)
        return { chartMs(QDate(startDate.year(), 1, 1)),
            chartMs(QDate(endDate.addMonths(3).year() + 1, 1, 1)) };
    if (margin == ShortSpanMargin::Days)
        return { chartMs(startDate.addDays(-1)), chartMs(endDate.addDays(2)) };
    return { chartMs(startDate.addMonths(-1)), chartMs(endDate.addMonths(1)) };
}
