// Mouse and keyboard zoom for a time chart: drag to zoom into a span, Ctrl+wheel to zoom around
// the cursor, Shift+drag or the middle button to pan, double-click or Esc to reset, and with
// focus +/-/Left/Right. It only turns gestures into time spans; the page decides what a span
// shows (it re-reads the store at the new resolution), so the controller never holds data.
#pragma once

#include "query/chartaxis.h"

#include <QObject>
#include <QPoint>
#include <QRectF>
#include <functional>

class QChartView;
class QRubberBand;

class ChartZoom : public QObject
{
    Q_OBJECT

public:
    // `span` gives the span the chart shows now; `preview` shows a span while a pan is dragged
    // (the axis only, no new data).
    ChartZoom(QChartView *view, std::function<ChartSpan()> span,
        std::function<void(const ChartSpan &)> preview);

    // The x of a viewport position within the plot, as ms; clamped to the plot's edges.
    qint64 msAt(int viewportX) const;
    // Wheel steps: each zooms in (positive) or out by a quarter of the span around `anchorMs`.
    static ChartSpan zoomedAround(const ChartSpan &span, qint64 anchorMs, double steps);
    static ChartSpan panned(const ChartSpan &span, qint64 byMs);

signals:
    void spanRequested(const ChartSpan &span);
    void resetRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Drag
    {
        None,
        Zoom,
        Pan
    };
    QRectF plotInViewport() const;
    bool mousePress(QEvent *event);
    bool mouseMove(QEvent *event);
    bool mouseRelease(QEvent *event);
    bool wheel(QEvent *event);
    bool key(QEvent *event);

    QChartView *m_view;
    std::function<ChartSpan()> m_span;
    std::function<void(const ChartSpan &)> m_preview;
    QRubberBand *m_band;
    Drag m_drag = Drag::None;
    QPoint m_pressAt;
    ChartSpan m_pressSpan;
    ChartSpan m_panSpan;
};
