#include "widgets/mapview.h"

#include "geo/geodata.h"
#include "geo/mapprojection.h"
#include "widgets/theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {

constexpr double kMinZoom = 1.0;
constexpr double kMaxZoom = 12.0;
constexpr double kZoomStep = 1.25;
constexpr double kPanStep = 60.0;

QRectF ringBounds(const GeoRing &ring)
{
    double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    for (const QPointF &p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

QRectF featureBounds(const GeoFeature &feature)
{
    QRectF bounds;
    for (const GeoRing &ring : feature.rings)
        bounds = bounds.isNull() ? ringBounds(ring) : bounds.united(ringBounds(ring));
    return bounds;
}

// Screen y grows downwards, map y upwards.
void addRing(QPainterPath &path, const GeoRing &ring, QPointF (*projection)(double, double))
{
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = projection(ring[i].x(), ring[i].y());
        if (i == 0)
            path.moveTo(p.x(), -p.y());
        else
            path.lineTo(p.x(), -p.y());
    }
    path.closeSubpath();
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Map of the sites"));
    buildLayers();
}

void MapView::buildLayers()
{
    QString worldError;
    QString usError;
    const GeoLayer world = GeoData::load(GeoData::worldPath(), &worldError);
    const GeoLayer states = GeoData::load(GeoData::usStatesPath(), &usError);
    m_geoError = worldError.isEmpty() ? usError : worldError;

    Layer &usa = m_layers[int(Region::Usa)];
    usa.land.setFillRule(Qt::OddEvenFill);
    usa.context.setFillRule(Qt::OddEvenFill);
    for (const GeoFeature &feature : states.features) {
        // Alaska and Hawaii sit far off the conic's sweet spot; the view is the lower 48.
        if (feature.code == QLatin1String("AK") || feature.code == QLatin1String("HI"))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const GeoRing &ring : feature.rings)
            addRing(path, ring, &MapProjection::albersUsa);
        usa.land.addPath(path);
    }
    usa.bounds = usa.land.boundingRect().adjusted(-0.02, -0.03, 0.02, 0.02);
    for (const GeoFeature &feature : world.features) {
        const QRectF bounds = featureBounds(feature);
        // Neighbours (Canada, Mexico, the Caribbean) for context; nothing that crosses the
        // antimeridian or lies far away, where a conic centred on the USA distorts badly.
        if (bounds.left() < -170.0 || bounds.right() > -50.0
            || feature.code == QLatin1String("USA"))
            continue;
        for (const GeoRing &ring : feature.rings)
            addRing(usa.context, ring, &MapProjection::albersUsa);
    }

    Layer &globe = m_layers[int(Region::World)];
    globe.land.setFillRule(Qt::OddEvenFill);
    for (const GeoFeature &feature : world.features) {
        if (feature.name == QLatin1String("Antarctica"))
            continue; // no sites there; leaving it out gives the inhabited world more room
        for (const GeoRing &ring : feature.rings)
            addRing(globe.land, ring, &MapProjection::equalEarth);
    }
    const QPointF corner = MapProjection::equalEarth(180.0, 84.0);
    globe.bounds = QRectF(QPointF(-2.72, -corner.y() - 0.02),
        QPointF(2.72, -MapProjection::equalEarth(0, -58.0).y() + 0.02));
}

bool MapView::isInRegion(double lon, double lat, Region region)
{
    if (region == Region::World)
        return true;
    // The US view shows the contiguous states only; other places need the world view.
    return lon >= -130 && lon <= -60 && lat >= 22 && lat <= 52;
}

QPointF MapView::project(double lon, double lat) const
{
    const QPointF p = m_region == Region::Usa ? MapProjection::albersUsa(lon, lat)
                                              : MapProjection::equalEarth(lon, lat);
    return QPointF(p.x(), -p.y());
}

void MapView::setSites(const QList<MapSite> &sites)
{
    m_sites = sites;
    m_hovered = -1;
    relayout();
    update();
}

void MapView::setRegion(Region region)
{
    if (region == m_region)
        return;
    m_region = region;
    m_zoom = 1.0;
    m_pan = QPointF();
    m_hovered = -1;
    relayout();
    update();
    emit regionChanged(region);
}

void MapView::resetView()
{
    m_zoom = 1.0;
    m_pan = QPointF();
    relayout();
    update();
}

void MapView::zoomIn()
{
    zoomAround(QPointF(width() / 2.0, height() / 2.0), kZoomStep);
}

void MapView::zoomOut()
{
    zoomAround(QPointF(width() / 2.0, height() / 2.0), 1.0 / kZoomStep);
}

void MapView::zoomAround(const QPointF &anchor, double factor)
{
    const double zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    if (zoom == m_zoom)
        return;
    // Keep the map point under the anchor where it is.
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double applied = zoom / m_zoom;
    m_pan = (m_pan + centre - anchor) * applied + anchor - centre;
    m_zoom = zoom;
    if (m_zoom == kMinZoom)
        m_pan = QPointF();
    relayout();
    update();
}

void MapView::relayout()
{
    const Layer &layer = m_layers[int(m_region)];
    const QRectF area = QRectF(rect()).adjusted(16, 16, -16, -16);
    if (area.width() <= 0 || area.height() <= 0 || layer.bounds.isEmpty())
        return;
    const double scale
        = std::min(area.width() / layer.bounds.width(), area.height() / layer.bounds.height())
        * m_zoom;
    const QPointF centre = area.center() + m_pan;
    m_transform = QTransform::fromTranslate(centre.x(), centre.y())
                      .scale(scale, scale)
                      .translate(-layer.bounds.center().x(), -layer.bounds.center().y());

    double largestMw = 0;
    for (const MapSite &site : std::as_const(m_sites))
        largestMw = std::max(largestMw, site.plannedMw);
    // The world view packs the US sites into a small area: smaller circles keep them apart.
    const double maxRadius = std::clamp(std::min(width(), height()) / 28.0, 14.0, 28.0)
        * (m_region == Region::World ? 0.6 : 1.0);
    const double minRadius = m_region == Region::World ? 5.0 : 6.0;
    m_markers.clear();
    m_markerSite.clear();
    QList<int> order;
    for (int i = 0; i < m_sites.size(); ++i) {
        const MapSite &site = m_sites.at(i);
        if (!site.latitude || !site.longitude)
            continue;
        if (!isInRegion(*site.longitude, *site.latitude, m_region))
            continue;
        order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
        [this](int a, int b) { return m_sites.at(a).plannedMw > m_sites.at(b).plannedMw; });
    for (int index : std::as_const(order)) {
        const MapSite &site = m_sites.at(index);
        QPointF centre = m_transform.map(project(*site.longitude, *site.latitude));
        const double radius
            = MapMarkers::radiusForMw(site.plannedMw, largestMw, minRadius, maxRadius);
        // Sites given the same coordinates (a campus and its expansion) would hide each
        // other: later (smaller) ones move out to the side of the first, like satellites.
        int twins = 0;
        double firstRadius = 0;
        for (const MapMarkers::Marker &other : std::as_const(m_markers)) {
            const QPointF delta = other.center - centre;
            if (std::hypot(delta.x(), delta.y()) < 1.0 && twins++ == 0)
                firstRadius = other.radius;
        }
        if (twins > 0) {
            const double angle = (-45.0 + (twins - 1) * 120.0) * 3.14159265358979 / 180.0;
            const double distance = firstRadius * 0.8 + radius * 0.6;
            centre += QPointF(std::cos(angle) * distance, std::sin(angle) * distance);
        }
        m_markers.append({ site.id, centre, radius });
        m_markerSite.append(index);
    }

    const QFont labelFont = this->labelFont();
    const QFontMetricsF metrics(labelFont);
    QList<QSizeF> sizes;
    QList<int> priority;
    for (int i = 0; i < m_markers.size(); ++i) {
        sizes.append(QSizeF(metrics.horizontalAdvance(m_sites.at(m_markerSite.at(i)).name) + 10,
            metrics.height() + 4));
        priority.append(i); // already by planned MW, largest first
    }
    m_labels = MapMarkers::placeLabels(m_markers, sizes, priority,
        QRectF(rect()).adjusted(4, 4, -4, -4), m_hovered, 4.0, { legendRect() });
}

QList<MapMarkers::Marker> MapView::markers() const
{
    return m_markers;
}

QStringList MapView::shownLabels() const
{
    QStringList names;
    for (int i = 0; i < m_labels.size(); ++i) {
        if (!m_labels.at(i).isNull())
            names.append(m_sites.at(m_markerSite.at(i)).name);
    }
    return names;
}

QList<QRectF> MapView::labelRects() const
{
    QList<QRectF> rects;
    for (const QRectF &rect : m_labels) {
        if (!rect.isNull())
            rects.append(rect);
    }
    return rects;
}

std::optional<QPointF> MapView::markerPosition(const QString &siteId) const
{
    for (const MapMarkers::Marker &marker : m_markers) {
        if (marker.id == siteId)
            return marker.center;
    }
    return std::nullopt;
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The neighbouring countries reach past the widget. On screen Qt clips to the widget, but
    // QWidget::render onto a PDF painter does not: clip here so an export stays in its frame.
    painter.setClipRect(rect(), Qt::IntersectClip);
    painter.fillRect(rect(), Theme::mapSeaColor()); // sea
    const Layer &layer = m_layers[int(m_region)];

    painter.save();
    painter.setTransform(
        m_transform, true); // combined: a PDF export renders with a transform of its own
    QPen border(Theme::mapBorderColor(), 1.0);
    border.setCosmetic(true);
    painter.setPen(border);
    painter.setBrush(Theme::mapContextLandColor());
    painter.drawPath(layer.context);
    painter.setBrush(Theme::mapLandColor());
    painter.drawPath(layer.land);
    painter.restore();

    if (!m_geoError.isEmpty()) {
        painter.setPen(Theme::textColor());
        painter.drawText(
            rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_geoError);
    }

    // Markers, large first so that small ones stay visible on top.
    for (int i = 0; i < m_markers.size(); ++i) {
        const MapMarkers::Marker &marker = m_markers.at(i);
        const MapSite &site = m_sites.at(m_markerSite.at(i));
        QColor fill = site.phase ? Theme::phaseColor(*site.phase) : Theme::noPhaseColor();
        fill.setAlpha(i == m_hovered ? 255 : 215);
        const QColor ring = Theme::feedHealthColor(site.feed);
        const double ringWidth = site.feed == FeedHealth::NoFeed ? 1.5 : 3.5;
        painter.setPen(QPen(ring, ringWidth));
        painter.setBrush(fill);
        painter.drawEllipse(marker.center, marker.radius, marker.radius);
        if (site.feed == FeedHealth::NoFeed) {
            // A thin dark outline keeps pale markers distinct from the land.
            painter.setPen(QPen(Theme::mapMarkerOutlineColor(), 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(marker.center, marker.radius + 1.2, marker.radius + 1.2);
        }
        if (i == m_hovered) {
            painter.setPen(QPen(Theme::textColor(), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(marker.center, marker.radius + 4, marker.radius + 4);
        }
    }
    // Open alerts: a red count badge at the marker's upper right, above every marker.
    QFont badgeFont = font();
    badgeFont.setPixelSize(std::max(1, qRound(11 * m_textScale)));
    badgeFont.setBold(true);
    painter.setFont(badgeFont);
    for (int i = 0; i < m_markers.size(); ++i) {
        const MapSite &site = m_sites.at(m_markerSite.at(i));
        if (site.openAlerts <= 0)
            continue;
        const MapMarkers::Marker &marker = m_markers.at(i);
        // The first corner (upper right, upper left, lower right, lower left) that no other
        // marker covers, so that a badge is never read as a neighbour's.
        QPointF centre;
        for (const QPointF direction :
            { QPointF(1, -1), QPointF(-1, -1), QPointF(1, 1), QPointF(-1, 1) }) {
            centre = marker.center + direction * marker.radius * 0.75;
            const bool covered = std::any_of(
                m_markers.cbegin(), m_markers.cend(), [&](const MapMarkers::Marker &other) {
                    return &other != &marker
                        && QLineF(other.center, centre).length() < other.radius + 4;
                });
            if (!covered)
                break;
        }
        painter.setPen(QPen(Theme::onColorTextColor(), 1.5));
        painter.setBrush(Theme::negativeColor());
        painter.drawEllipse(centre, 8.5, 8.5);
        painter.setPen(Theme::onColorTextColor());
        painter.drawText(QRectF(centre.x() - 9, centre.y() - 9, 18, 18), Qt::AlignCenter,
            QString::number(std::min(site.openAlerts, 9)));
    }

    painter.setFont(labelFont());
    for (int i = 0; i < m_labels.size(); ++i) {
        const QRectF &box = m_labels.at(i);
        if (box.isNull())
            continue;
        // Labels pushed further out get a thin leader line back to their marker.
        const MapMarkers::Marker &marker = m_markers.at(i);
        const QPointF nearest(std::clamp(marker.center.x(), box.left(), box.right()),
            std::clamp(marker.center.y(), box.top(), box.bottom()));
        const QPointF away = nearest - marker.center;
        const double distance = std::hypot(away.x(), away.y());
        if (distance > marker.radius + 10) {
            painter.setPen(QPen(Theme::mutedTextColor(), 1));
            painter.drawLine(marker.center + away * (marker.radius / distance), nearest);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(Theme::labelBackgroundColor(i == m_hovered ? 245 : 200));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(Theme::textColor());
        painter.drawText(box, Qt::AlignCenter, m_sites.at(m_markerSite.at(i)).name);
    }
    drawLegend(painter);

    if (hasFocus()) {
        painter.setPen(QPen(Theme::focusColor(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

QList<Phase> MapView::phasesShown() const
{
    QList<Phase> phases;
    for (const MapSite &site : std::as_const(m_sites)) {
        if (site.phase && !phases.contains(*site.phase))
            phases.append(*site.phase);
    }
    std::sort(phases.begin(), phases.end());
    return phases;
}

QFont MapView::legendFont() const
{
    QFont font = this->font();
    // Pixel sizes, not points: a PDF export renders the widget on a device of another DPI.
    font.setPixelSize(std::max(1, qRound(12.5 * m_textScale)));
    return font;
}

QFont MapView::labelFont() const
{
    QFont font = this->font();
    font.setPixelSize(std::max(1, qRound(14 * m_textScale)));
    font.setWeight(QFont::DemiBold);
    return font;
}

void MapView::setTextScale(double scale)
{
    m_textScale = std::clamp(scale, 0.5, 4.0);
    relayout();
}

QRectF MapView::legendRect() const
{
    const QList<Phase> phases = phasesShown();
    const QFontMetricsF metrics(legendFont());
    const double line = metrics.height() + 6;
    double width = metrics.horizontalAdvance(tr("Circle area: planned MW")) + 24;
    for (Phase phase : phases)
        width = std::max(width, metrics.horizontalAdvance(phaseDisplayName(phase)) + 34);
    for (FeedHealth health :
        { FeedHealth::Fresh, FeedHealth::Stale, FeedHealth::Failing, FeedHealth::NoFeed })
        width = std::max(width,
            metrics.horizontalAdvance(tr("Ring: %1").arg(feedHealthDisplayName(health))) + 34);
    const double height = line * (phases.size() + 4 + 2) + 12;
    // Over open sea: the Atlantic off Florida for the USA, the South Pacific for the world.
    if (m_region == Region::Usa)
        return QRectF(this->width() - width - 12, this->height() - height - 12, width, height);
    return QRectF(12, this->height() - height - 12, width, height);
}

void MapView::drawLegend(QPainter &painter)
{
    const QList<Phase> phases = phasesShown();
    const QList<FeedHealth> healths { FeedHealth::Fresh, FeedHealth::Stale, FeedHealth::Failing,
        FeedHealth::NoFeed };
    const QFont font = legendFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double line = metrics.height() + 6;
    const QRectF box = legendRect();
    const double width = box.width();
    painter.setPen(QPen(Theme::gridColor(), 1));
    painter.setBrush(Theme::labelBackgroundColor(235));
    painter.drawRoundedRect(box, 6, 6);
    double y = box.top() + 8;
    const auto row = [&](const QString &text) {
        painter.setPen(Theme::textColor());
        painter.drawText(
            QRectF(box.left() + 30, y, width - 34, line), Qt::AlignVCenter | Qt::AlignLeft, text);
        const QPointF swatch(box.left() + 16, y + line / 2);
        y += line;
        return swatch;
    };
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Theme::textColor());
    painter.drawText(QRectF(box.left() + 10, y, width - 14, line), Qt::AlignVCenter, tr("Phase"));
    y += line;
    painter.setFont(font);
    for (Phase phase : std::as_const(phases)) {
        const QPointF swatch = row(phaseDisplayName(phase));
        painter.setPen(QPen(Theme::onColorTextColor(), 1));
        painter.setBrush(Theme::phaseColor(phase));
        painter.drawEllipse(swatch, 6, 6);
    }
    for (FeedHealth health : healths) {
        const QPointF swatch = row(tr("Ring: %1").arg(feedHealthDisplayName(health)));
        painter.setPen(QPen(health == FeedHealth::NoFeed ? Theme::mapNoFeedRingColor()
                                                         : Theme::feedHealthColor(health),
            3));
        painter.setBrush(Theme::surfaceColor());
        painter.drawEllipse(swatch, 5.5, 5.5);
    }
    painter.setPen(Theme::mutedTextColor());
    painter.drawText(QRectF(box.left() + 10, y, width - 14, line), Qt::AlignVCenter,
        tr("Circle area: planned MW"));
}

QString MapView::tooltipFor(int marker) const
{
    const MapSite &site = m_sites.at(m_markerSite.at(marker));
    return QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5<br>%6: %7<br>%8: %9")
               .arg(site.name.toHtmlEscaped(), tr("Phase"),
                   site.phase ? phaseDisplayName(*site.phase) : tr("unknown"), tr("GPUs"),
                   site.gpusText.toHtmlEscaped(), tr("Planned"), site.plannedMwText.toHtmlEscaped(),
                   tr("Feed"),
                   (feedHealthDisplayName(site.feed) + QStringLiteral(" · ") + site.freshnessText)
                       .toHtmlEscaped())
        + (site.openAlerts > 0 ? QStringLiteral("<br><span style=\"color:%2\">%1</span>")
                                     .arg(tr("%n open alert(s)", nullptr, site.openAlerts),
                                         Theme::negativeColor().name())
                               : QString());
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = MapMarkers::hitTest(m_markers, help->pos());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(hit), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position();
        m_panAtPress = m_pan;
        m_dragging = false;
    }
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressPos && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = event->position() - *m_pressPos;
        if (m_dragging || std::hypot(delta.x(), delta.y()) > 4) {
            m_dragging = true;
            m_pan = m_panAtPress + delta;
            setCursor(Qt::ClosedHandCursor);
            relayout();
            update();
            return;
        }
    }
    const int hit = MapMarkers::hitTest(m_markers, event->position());
    if (hit != m_hovered) {
        m_hovered = hit;
        setCursor(hit >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        relayout(); // the hovered label always shows
        update();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const bool wasDrag = m_dragging;
        m_pressPos.reset();
        m_dragging = false;
        unsetCursor();
        if (!wasDrag) {
            const int hit = MapMarkers::hitTest(m_markers, event->position());
            if (hit >= 0)
                emit siteActivated(m_markers.at(hit).id);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void MapView::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        relayout();
        update();
    }
    QWidget::leaveEvent(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAround(event->position(), std::pow(kZoomStep, steps));
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // The arrows move the view over the map: the map itself moves the other way.
        const QPointF step = event->key() == Qt::Key_Left ? QPointF(kPanStep, 0)
            : event->key() == Qt::Key_Right               ? QPointF(-kPanStep, 0)
            : event->key() == Qt::Key_Up                  ? QPointF(0, kPanStep)
                                                          : QPointF(0, -kPanStep);
        m_pan += step;
        relayout();
        update();
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}
