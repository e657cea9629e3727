// The charts of one page under one time range: the range bar chooses it, a zoom or pan on any
// chart sets a fixed span for all of them, a double-click or Esc returns to the bar's choice,
// and while the range is live a tick asks the page to re-read (the charts keep their QChart
// and series and only their points change). The page re-reads on rangeChanged.
#pragma once

#include "query/timerange.h"

#include <QList>
#include <QObject>

class QTimer;
class TimeChartView;
class TimeRangeBar;

class ChartRangeGroup : public QObject
{
    Q_OBJECT

public:
    ChartRangeGroup(TimeRangeBar *bar, const QList<TimeChartView *> &charts, QObject *parent);

    // What the charts show: the bar's choice, or a zoomed or panned span.
    TimeRange range() const;
    // A restored range: shown on the bar and applied (emits rangeChanged).
    void setRange(const TimeRange &range);
    // The span Rollout stands for on this page, as the page's data gives it.
    void setRolloutSpan(const ChartSpan &span);
    TimeRangeBar *bar() const { return m_bar; }
    // The live tick's interval for the current range (0 when not live), for tests.
    int liveIntervalMs() const;

signals:
    void rangeChanged(const TimeRange &range);

private:
    void zoomTo(const ChartSpan &span);
    void reset();
    void updateLiveTick();

    TimeRangeBar *m_bar;
    TimeRange m_chosen; // the bar's choice, which a reset returns to
    QTimer *m_liveTick;
};
