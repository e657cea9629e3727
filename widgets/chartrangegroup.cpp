#include "widgets/chartrangegroup.h"

#include "widgets/timechartview.h"
#include "widgets/timerangebar.h"

#include <QTimer>

ChartRangeGroup::ChartRangeGroup(
    TimeRangeBar *bar, const QList<TimeChartView *> &charts, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_chosen(bar->range())
    , m_liveTick(new QTimer(this))
{
    connect(bar, &TimeRangeBar::rangeChanged, this, [this](const TimeRange &range) {
        m_chosen = range;
        updateLiveTick();
        emit rangeChanged(range);
    });
    for (TimeChartView *chart : charts) {
        connect(chart, &TimeChartView::spanRequested, this, &ChartRangeGroup::zoomTo);
        connect(chart, &TimeChartView::resetRequested, this, &ChartRangeGroup::reset);
    }
    // Only a visible page re-reads: a hidden one catches up when it is shown (setSnapshot).
    connect(m_liveTick, &QTimer::timeout, this, [this] {
        if (m_bar->isVisible())
            emit rangeChanged(range());
    });
    updateLiveTick();
}

TimeRange ChartRangeGroup::range() const
{
    return m_bar->range();
}

void ChartRangeGroup::setRange(const TimeRange &range)
{
    m_chosen = range;
    m_bar->setRange(range);
    updateLiveTick();
    emit rangeChanged(range);
}

void ChartRangeGroup::setRolloutSpan(const ChartSpan &span)
{
    m_bar->setRolloutSpan(span);
}

void ChartRangeGroup::zoomTo(const ChartSpan &span)
{
    const TimeRange zoomed = TimeRange::fixed(span.fromMs, span.toMs);
    m_bar->setRange(zoomed);
    updateLiveTick();
    emit rangeChanged(zoomed);
}

void ChartRangeGroup::reset()
{
    if (m_bar->range() == m_chosen)
        return;
    m_bar->setRange(m_chosen);
    updateLiveTick();
    emit rangeChanged(m_chosen);
}

// A live range moves with the clock: about one step per pixel column of a wide chart is more
// than the eye needs, so the tick follows the span (a second for 15 minutes, a minute beyond a
// day), and new samples arrive with the store's own refresh in between.
int ChartRangeGroup::liveIntervalMs() const
{
    const std::optional<qint64> length = TimeRange::lengthMs(range().kind());
    if (!length)
        return 0;
    return int(std::clamp<qint64>(*length / 900, 1'000, 60'000));
}

void ChartRangeGroup::updateLiveTick()
{
    const int interval = liveIntervalMs();
    if (interval == 0) {
        m_liveTick->stop();
        return;
    }
    m_liveTick->setInterval(interval);
    if (!m_liveTick->isActive())
        m_liveTick->start();
}
