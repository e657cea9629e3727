// The time range control of a page with time charts: earlier, the preset menu (with Custom…),
// later, zoom out and Live. It edits one TimeRange; the page owns what the range is applied to.
#pragma once

#include "query/timerange.h"

#include <QLocale>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QToolButton;

class TimeRangeBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimeRangeBar(const QLocale &locale, QWidget *parent = nullptr);

    TimeRange range() const { return m_range; }
    // Shows `range` without emitting rangeChanged (a restored or zoomed range).
    void setRange(const TimeRange &range);
    // What Rollout spans for this page's charts; shifting and zooming a Rollout start from it.
    void setRolloutSpan(const ChartSpan &span) { m_rollout = span; }
    // Where "now" comes from (tests pin it); the system clock by default.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setLocale(const QLocale &locale);

    // The bar's actions, with shortcuts that work while the page has focus.
    QAction *earlierAction() const { return m_earlier; }
    QAction *laterAction() const { return m_later; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *liveAction() const { return m_live; }

signals:
    void rangeChanged(const TimeRange &range);

private:
    void apply(const TimeRange &range);
    void presetChosen(int index);
    void chooseCustom();
    void showRange();
    qint64 now() const { return m_clock(); }

    QLocale m_locale;
    TimeRange m_range;
    ChartSpan m_rollout;
    std::function<qint64()> m_clock;
    QComboBox *m_presets;
    QAction *m_earlier;
    QAction *m_later;
    QAction *m_zoomOut;
    QAction *m_live;
};
