#include "widgets/chartzoom.h"

#include <QChart>
#include <QChartView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>
#include <cmath>

namespace {
// A drag shorter than this is a click (it opens a point's note), not a zoom.
constexpr int kMinimumDragPx = 8;
// The narrowest span a zoom reaches: below a minute there is at most a handful of polls.
constexpr qint64 kNarrowestMs = 60'000;
} // namespace

ChartZoom::ChartZoom(QChartView *view, std::function<ChartSpan()> span,
    std::function<void(const ChartSpan &)> preview)
    : QObject(view)
    , m_view(view)
    , m_span(std::move(span))
    , m_preview(std::move(preview))
    , m_band(new QRubberBand(QRubberBand::Rectangle, view->viewport()))
{
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this); // keys arrive at the view
}

QRectF ChartZoom::plotInViewport() const
{
    const QChart *chart = m_view->chart();
    return m_view->mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect();
}

qint64 ChartZoom::msAt(int viewportX) const
{
    const QRectF plot = plotInViewport();
    const ChartSpan span = m_span();
    if (plot.width() <= 0)
        return span.fromMs;
    const double share = std::clamp((viewportX - plot.left()) / plot.width(), 0.0, 1.0);
    return span.fromMs + qint64(std::llround(share * double(span.toMs - span.fromMs)));
}

ChartSpan ChartZoom::zoomedAround(const ChartSpan &span, qint64 anchorMs, double steps)
{
    const double factor = std::pow(0.75, steps);
    const double width = std::max(double(kNarrowestMs), double(span.toMs - span.fromMs) * factor);
    const double share = span.toMs > span.fromMs
        ? std::clamp(double(anchorMs - span.fromMs) / double(span.toMs - span.fromMs), 0.0, 1.0)
        : 0.5;
    const qint64 from = anchorMs - qint64(std::llround(share * width));
    return { from, from + qint64(std::llround(width)) };
}

ChartSpan ChartZoom::panned(const ChartSpan &span, qint64 byMs)
{
    return { span.fromMs + byMs, span.toMs + byMs };
}

bool ChartZoom::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::KeyPress)
            return key(event);
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return mousePress(event);
    case QEvent::MouseMove:
        return mouseMove(event);
    case QEvent::MouseButtonRelease:
        return mouseRelease(event);
    case QEvent::MouseButtonDblClick:
        if (plotInViewport().contains(static_cast<QMouseEvent *>(event)->position())) {
            emit resetRequested();
            return true;
        }
        return false;
    case QEvent::Wheel:
        return wheel(event);
    default:
        return false;
    }
}

bool ChartZoom::mousePress(QEvent *event)
{
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (!plotInViewport().contains(mouse->position()))
        return false;
    const bool pan = mouse->button() == Qt::MiddleButton
        || (mouse->button() == Qt::LeftButton && mouse->modifiers() & Qt::ShiftModifier);
    if (!pan && mouse->button() != Qt::LeftButton)
        return false;
    m_drag = pan ? Drag::Pan : Drag::Zoom;
    m_pressAt = mouse->position().toPoint();
    m_pressSpan = m_span();
    m_panSpan = m_pressSpan;
    m_view->setFocus(Qt::MouseFocusReason);
    // Points show their notes on hover, so the chart needs no presses of its own.
    return true;
}

bool ChartZoom::mouseMove(QEvent *event)
{
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const QPoint at = mouse->position().toPoint();
    if (m_drag == Drag::Zoom) {
        if (std::abs(at.x() - m_pressAt.x()) < kMinimumDragPx)
            return false; // hovering still reaches the points
        const QRectF plot = plotInViewport();
        const int left = std::max(int(plot.left()), std::min(m_pressAt.x(), at.x()));
        const int right = std::min(int(plot.right()), std::max(m_pressAt.x(), at.x()));
        m_band->setGeometry(QRect(left, int(plot.top()), right - left, int(plot.height())));
        m_band->show();
        return true;
    }
    if (m_drag == Drag::Pan) {
        const QRectF plot = plotInViewport();
        const double msPerPx
            = plot.width() > 0 ? double(m_pressSpan.toMs - m_pressSpan.fromMs) / plot.width() : 0;
        m_panSpan = panned(m_pressSpan, -qint64(std::llround((at.x() - m_pressAt.x()) * msPerPx)));
        m_preview(m_panSpan);
        return true;
    }
    return false;
}

bool ChartZoom::mouseRelease(QEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (drag == Drag::Zoom && m_band->isVisible()) {
        m_band->hide();
        const qint64 from = msAt(m_band->geometry().left());
        const qint64 to = msAt(m_band->geometry().right());
        if (to - from >= kNarrowestMs)
            emit spanRequested({ from, to });
        else
            emit spanRequested(zoomedAround({ from, to }, (from + to) / 2, 0));
        return true;
    }
    if (drag == Drag::Pan) {
        if (mouse->position().toPoint() != m_pressAt)
            emit spanRequested(m_panSpan);
        return true;
    }
    return false;
}

bool ChartZoom::wheel(QEvent *event)
{
    auto *wheel = static_cast<QWheelEvent *>(event);
    // Without Ctrl the wheel scrolls the page, as everywhere else in the window.
    if (!(wheel->modifiers() & Qt::ControlModifier)
        || !plotInViewport().contains(wheel->position())) {
        wheel->ignore();
        return false;
    }
    const double steps = wheel->angleDelta().y() / 120.0;
    if (steps == 0)
        return true;
    emit spanRequested(zoomedAround(m_span(), msAt(int(wheel->position().x())), steps));
    return true;
}

bool ChartZoom::key(QEvent *event)
{
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    const ChartSpan span = m_span();
    const qint64 middle = (span.fromMs + span.toMs) / 2;
    const qint64 quarter = (span.toMs - span.fromMs) / 4;
    switch (key->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        emit spanRequested(zoomedAround(span, middle, 1));
        return true;
    case Qt::Key_Minus:
        emit spanRequested(zoomedAround(span, middle, -1));
        return true;
    case Qt::Key_Left:
        emit spanRequested(panned(span, -quarter));
        return true;
    case Qt::Key_Right:
        emit spanRequested(panned(span, quarter));
        return true;
    case Qt::Key_Escape:
        emit resetRequested();
        return true;
    default:
        return false;
    }
}
