// A Gantt-like chart of every site's lifecycle from TimelineData: one row per site with a
// coloured segment per phase, event ticks, planned milestones as diamonds, year ticks, a
// "today" line and a legend. A row whose history is in an impossible order carries a warning
// sign. Hovering shows phase, dates and source. Paints what it is given; reads nothing.
#pragma once

#include "query/timeline.h"

#include <QLocale>
#include <QWidget>

class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setData(const TimelineData &data, const QLocale &locale);
    // Draws everything (text, rows, markers) this many times larger: a projector slide. The
    // geometry below (rowRect, xOf...) stays in unscaled, logical pixels.
    void setScale(double scale);
    const TimelineData &data() const { return m_data; }

    // What hovering at `pos` shows (empty when nothing is there); public for tests.
    QString toolTipAt(const QPoint &pos) const;
    // Where things are drawn, for tests and hit-testing.
    QRect rowRect(int row) const;
    QRect warningRect(int row) const;
    int xOf(const QDate &date) const;

    static QColor phaseColor(Phase phase);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect plotRect() const;
    int logicalWidth() const;
    void paintAxis(QPainter &painter) const;
    void paintRow(QPainter &painter, int index) const;
    void paintLegend(QPainter &painter) const;
    QString segmentToolTip(const TimelineSegment &segment) const;
    QString markerToolTip(const TimelineMarker &marker) const;
    QString date(const QDate &date) const;

    TimelineData m_data;
    QLocale m_locale;
    double m_scale = 1.0;
};
