#include "widgets/timelineview.h"

#include "widgets/theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
constexpr int kLabelWidth = 300;
constexpr int kAxisHeight = 34;
constexpr int kRowHeight = 40;
constexpr int kLegendHeight = 64;
constexpr int kMargin = 16;
constexpr int kBarHeight = 16;

void paintDiamond(QPainter &painter, const QPointF &centre, double radius, const QColor &fill,
    const QColor &outline)
{
    QPainterPath path;
    path.moveTo(centre.x(), centre.y() - radius);
    path.lineTo(centre.x() + radius, centre.y());
    path.lineTo(centre.x(), centre.y() + radius);
    path.lineTo(centre.x() - radius, centre.y());
    path.closeSubpath();
    painter.setPen(QPen(outline, 1.5));
    painter.setBrush(fill);
    painter.drawPath(path);
}

void paintWarning(QPainter &painter, const QRect &rect)
{
    QPainterPath triangle;
    triangle.moveTo(rect.center().x() + 0.5, rect.top());
    triangle.lineTo(rect.right() + 1, rect.bottom() + 1);
    triangle.lineTo(rect.left(), rect.bottom() + 1);
    triangle.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Theme::flaggedColor());
    painter.drawPath(triangle);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(rect.height() - 6);
    painter.setFont(font);
    painter.setPen(Theme::onColorTextColor());
    painter.drawText(rect.adjusted(0, 4, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
}

bool halted(Phase phase)
{
    return phase == Phase::Paused || phase == Phase::Cancelled;
}
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QColor TimelineView::phaseColor(Phase phase)
{
    return Theme::timelinePhaseColor(phase);
}

void TimelineView::setScale(double scale)
{
    m_scale = std::clamp(scale, 0.5, 4.0);
    updateGeometry();
    update();
}

int TimelineView::logicalWidth() const
{
    return qRound(width() / m_scale);
}

void TimelineView::setData(const TimelineData &data, const QLocale &locale)
{
    m_data = data;
    m_locale = locale;
    updateGeometry();
    update();
}

QSize TimelineView::sizeHint() const
{
    return { qRound(1200 * m_scale),
        qRound((kAxisHeight + int(m_data.rows.size()) * kRowHeight + kLegendHeight + 2 * kMargin)
            * m_scale) };
}

QSize TimelineView::minimumSizeHint() const
{
    return { qRound(700 * m_scale), sizeHint().height() };
}

QRect TimelineView::plotRect() const
{
    const int top = kMargin + kAxisHeight;
    return QRect(kMargin + kLabelWidth, top,
        std::max(100, logicalWidth() - 2 * kMargin - kLabelWidth - 12),
        int(m_data.rows.size()) * kRowHeight);
}

QRect TimelineView::rowRect(int row) const
{
    const QRect plot = plotRect();
    return QRect(kMargin, plot.top() + row * kRowHeight, logicalWidth() - 2 * kMargin, kRowHeight);
}

QRect TimelineView::warningRect(int row) const
{
    const QRect r = rowRect(row);
    return QRect(r.left() + kLabelWidth - 30, r.center().y() - 10, 20, 19);
}

int TimelineView::xOf(const QDate &date) const
{
    const QRect plot = plotRect();
    const qint64 span = std::max<qint64>(1, m_data.from.daysTo(m_data.to));
    return plot.left() + int(double(m_data.from.daysTo(date)) / double(span) * plot.width());
}

QString TimelineView::date(const QDate &value) const
{
    return m_locale.toString(value, QStringLiteral("yyyy-MM-dd"));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Theme::surfaceColor());
    // Everything below is laid out in logical pixels (the window's size at scale 1).
    painter.scale(m_scale, m_scale);
    const QRect logical(0, 0, logicalWidth(), qRound(height() / m_scale));
    if (m_data.rows.isEmpty()) {
        painter.setPen(Theme::mutedTextColor());
        painter.drawText(logical, Qt::AlignCenter, tr("No site has a dated phase yet."));
        return;
    }
    for (int i = 0; i < m_data.rows.size(); ++i) {
        if (i % 2 == 1)
            painter.fillRect(rowRect(i), Theme::timelineStripeColor());
    }
    paintAxis(painter);
    for (int i = 0; i < m_data.rows.size(); ++i)
        paintRow(painter, i);

    // Today, over everything.
    const QRect plot = plotRect();
    const int today = xOf(m_data.today);
    painter.setPen(QPen(Theme::timelineTodayColor(), 2, Qt::DashLine));
    painter.drawLine(today, plot.top() - 6, today, plot.bottom());
    QFont font = this->font();
    font.setPixelSize(13);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Theme::timelineTodayColor());
    const QString label = tr("Today");
    const int labelWidth = painter.fontMetrics().horizontalAdvance(label) + 8;
    painter.fillRect(
        QRect(today - labelWidth / 2, kMargin - 2, labelWidth, 18), Theme::surfaceColor());
    painter.drawText(
        QRect(today - labelWidth / 2, kMargin - 2, labelWidth, 18), Qt::AlignCenter, label);
    paintLegend(painter);
}

void TimelineView::paintAxis(QPainter &painter) const
{
    const QRect plot = plotRect();
    QFont font = this->font();
    font.setPixelSize(13);
    painter.setFont(font);
    for (int year = m_data.from.year(); year <= m_data.to.year(); ++year) {
        const int x = xOf(QDate(year, 1, 1));
        painter.setPen(QPen(Theme::gridColor(), 1));
        painter.drawLine(x, plot.top() - 4, x, plot.bottom());
        // Quarter ticks, lighter.
        if (year < m_data.to.year()) {
            painter.setPen(QPen(Theme::timelineGridColor(), 1));
            for (int month : { 4, 7, 10 }) {
                const int q = xOf(QDate(year, month, 1));
                painter.drawLine(q, plot.top(), q, plot.bottom());
            }
            const int next = xOf(QDate(year + 1, 1, 1));
            painter.setPen(Theme::mutedTextColor());
            painter.drawText(QRect(x, plot.top() - kAxisHeight + 8, next - x, 20), Qt::AlignCenter,
                m_locale.toString(year).remove(m_locale.groupSeparator()));
        }
    }
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Theme::mutedTextColor());
    painter.drawText(QRect(kMargin + 8, plot.top() - kAxisHeight + 8, kLabelWidth - 16, 20),
        Qt::AlignLeft | Qt::AlignVCenter, tr("SITE"));
}

void TimelineView::paintRow(QPainter &painter, int index) const
{
    const TimelineRow &row = m_data.rows[index];
    const QRect r = rowRect(index);
    const int mid = r.center().y();

    // Label: name, and the location below it in small grey type.
    QFont name = this->font();
    name.setPixelSize(14);
    name.setBold(true);
    painter.setFont(name);
    painter.setPen(Theme::textColor());
    const int textWidth = kLabelWidth - 44;
    painter.drawText(QRect(r.left() + 8, r.top() + 3, textWidth, 19),
        Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(row.siteName, Qt::ElideRight, textWidth));
    QFont small = this->font();
    small.setPixelSize(12);
    painter.setFont(small);
    painter.setPen(Theme::mutedTextColor());
    const QString detail
        = row.currentPhase ? phaseDisplayName(*row.currentPhase) : tr("No dated phase");
    painter.drawText(QRect(r.left() + 8, r.top() + 21, textWidth, 16),
        Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(detail, Qt::ElideRight, textWidth));
    if (!row.issues.isEmpty())
        paintWarning(painter, warningRect(index));

    // Segments.
    for (const TimelineSegment &segment : row.segments) {
        const int x0 = xOf(segment.from);
        const int x1 = std::max(x0 + 3, xOf(segment.to));
        const QRectF bar(x0, mid - kBarHeight / 2.0, x1 - x0, kBarHeight);
        QColor colour = phaseColor(segment.phase);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(bar, 3, 3);
        if (halted(segment.phase)) {
            painter.setBrush(QBrush(Theme::timelineHatchColor(), Qt::BDiagPattern));
            painter.drawRoundedRect(bar, 3, 3);
        }
        if (segment.event.provenance == Provenance::Manual
            || segment.event.provenance == Provenance::Simulated) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(
                QPen(Theme::provenanceColor(segment.event.provenance), 1.5, Qt::DashLine));
            painter.drawRoundedRect(bar, 3, 3);
        }
    }
    // Markers: event ticks under the bar, milestones as diamonds on it.
    for (const TimelineMarker &marker : row.markers) {
        const int x = xOf(marker.date);
        if (marker.kind == TimelineMarker::Kind::Milestone) {
            paintDiamond(painter, QPointF(x, mid), 8, Theme::surfaceColor(),
                Theme::provenanceColor(Provenance::Planned));
            paintDiamond(painter, QPointF(x, mid), 4, Theme::provenanceColor(Provenance::Planned),
                Theme::provenanceColor(Provenance::Planned));
        } else {
            const QColor colour = marker.flagged ? Theme::flaggedColor() : Theme::textColor();
            painter.setPen(QPen(colour, marker.flagged ? 2.5 : 1.5));
            painter.drawLine(x, mid - kBarHeight / 2 - 4, x, mid + kBarHeight / 2 + 4);
        }
    }
}

void TimelineView::paintLegend(QPainter &painter) const
{
    const QRect plot = plotRect();
    QFont font = this->font();
    font.setPixelSize(13);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    int x = kMargin + 8;
    int y = plot.bottom() + 20;
    const auto advance = [&](int width) {
        x += width;
        if (x > width + logicalWidth() - 220) {
            x = kMargin + 8;
            y += 24;
        }
    };
    for (Phase phase : allPhases()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(phaseColor(phase));
        painter.drawRoundedRect(QRectF(x, y + 3, 22, 12), 3, 3);
        if (halted(phase)) {
            painter.setBrush(QBrush(Theme::timelineHatchColor(), Qt::BDiagPattern));
            painter.drawRoundedRect(QRectF(x, y + 3, 22, 12), 3, 3);
        }
        painter.setPen(Theme::textColor());
        const QString text = phaseDisplayName(phase);
        painter.drawText(QPoint(x + 28, y + 14), text);
        advance(28 + metrics.horizontalAdvance(text) + 22);
    }
    x = kMargin + 8;
    y += 26;
    paintDiamond(painter, QPointF(x + 10, y + 9), 7, Theme::surfaceColor(),
        Theme::provenanceColor(Provenance::Planned));
    paintDiamond(painter, QPointF(x + 10, y + 9), 3.5, Theme::provenanceColor(Provenance::Planned),
        Theme::provenanceColor(Provenance::Planned));
    painter.setPen(Theme::textColor());
    QString text = tr("Planned milestone");
    painter.drawText(QPoint(x + 28, y + 14), text);
    x += 28 + metrics.horizontalAdvance(text) + 22;
    painter.setPen(QPen(Theme::textColor(), 1.5));
    painter.drawLine(x + 10, y + 1, x + 10, y + 17);
    text = tr("Dated event");
    painter.drawText(QPoint(x + 22, y + 14), text);
    x += 22 + metrics.horizontalAdvance(text) + 22;
    painter.setPen(QPen(Theme::timelineTodayColor(), 2, Qt::DashLine));
    painter.drawLine(x + 10, y, x + 10, y + 18);
    painter.setPen(Theme::textColor());
    text = tr("Today");
    painter.drawText(QPoint(x + 22, y + 14), text);
    x += 22 + metrics.horizontalAdvance(text) + 22;
    paintWarning(painter, QRect(x, y, 18, 17));
    text = tr("Phases in an impossible order (hover for details)");
    painter.setFont(font);
    painter.setPen(Theme::textColor());
    painter.drawText(QPoint(x + 26, y + 14), text);
}

QString TimelineView::segmentToolTip(const TimelineSegment &segment) const
{
    QString text
        = QStringLiteral("<b>%1</b><br>").arg(phaseDisplayName(segment.phase).toHtmlEscaped());
    text += segment.open ? tr("Since %1").arg(date(segment.from))
                         : tr("%1 to %2").arg(date(segment.from), date(segment.to));
    if (!segment.event.dateText.isEmpty()
        && segment.event.dateText != segment.from.toString(Qt::ISODate))
        text += QStringLiteral(" ")
            + tr("(source gives \"%1\")").arg(segment.event.dateText.toHtmlEscaped());
    text += QStringLiteral("<br>") + provenanceDisplayName(segment.event.provenance);
    if (!segment.event.enteredBy.isEmpty())
        text += QStringLiteral(" — ")
            + tr("entered by %1 on %2")
                  .arg(segment.event.enteredBy.toHtmlEscaped(),
                      date(segment.event.enteredAt.date()));
    if (!segment.event.sourceUrl.isEmpty())
        text += QStringLiteral("<br>")
            + tr("Source: %1").arg(segment.event.sourceUrl.toHtmlEscaped());
    if (!segment.event.note.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(segment.event.note.toHtmlEscaped());
    return text;
}

QString TimelineView::markerToolTip(const TimelineMarker &marker) const
{
    QString text = QStringLiteral("<b>%1</b><br>%2")
                       .arg(marker.label.toHtmlEscaped(), marker.dateText.toHtmlEscaped());
    if (marker.dateText != marker.date.toString(Qt::ISODate))
        text += QStringLiteral(" (%1)").arg(date(marker.date));
    text += QStringLiteral("<br>") + provenanceDisplayName(marker.provenance);
    if (!marker.sourceUrl.isEmpty())
        text += QStringLiteral("<br>") + tr("Source: %1").arg(marker.sourceUrl.toHtmlEscaped());
    if (!marker.note.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(marker.note.toHtmlEscaped());
    if (marker.flagged)
        text += QStringLiteral("<br><span style='color:%2'>%1</span>")
                    .arg(tr("This event is out of order; see the warning sign."),
                        Theme::warningColor().name());
    return text;
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    for (int i = 0; i < m_data.rows.size(); ++i) {
        if (!rowRect(i).contains(pos))
            continue;
        const TimelineRow &row = m_data.rows[i];
        if (!row.issues.isEmpty()
            && (warningRect(i).adjusted(-4, -4, 4, 4).contains(pos)
                || pos.x() < plotRect().left())) {
            QStringList lines;
            for (const Lifecycle::Issue &issue : row.issues)
                lines.append(issue.message.toHtmlEscaped());
            return QStringLiteral("<b>%1</b><br>%2")
                .arg(tr("The history of %1 is in an impossible order:")
                         .arg(row.siteName.toHtmlEscaped()),
                    lines.join(QStringLiteral("<br>")));
        }
        // Markers first: they sit on top of the segments.
        const int mid = rowRect(i).center().y();
        for (const TimelineMarker &marker : row.markers) {
            if (std::abs(xOf(marker.date) - pos.x()) <= 6 && std::abs(mid - pos.y()) <= 12)
                return markerToolTip(marker);
        }
        for (const TimelineSegment &segment : row.segments) {
            if (pos.x() >= xOf(segment.from)
                && pos.x() <= std::max(xOf(segment.from) + 3, xOf(segment.to))
                && std::abs(mid - pos.y()) <= kBarHeight / 2 + 2)
                return segmentToolTip(segment);
        }
        if (pos.x() < plotRect().left())
            return QStringLiteral("<b>%1</b><br>%2")
                .arg(row.siteName.toHtmlEscaped(), row.location.toHtmlEscaped());
        return QString();
    }
    return QString();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt((QPointF(help->pos()) / m_scale).toPoint());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}
