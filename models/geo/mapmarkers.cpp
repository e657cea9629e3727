#include "geo/mapmarkers.h"

#include <algorithm>
#include <cmath>

double MapMarkers::radiusForMw(double mw, double largestMw, double minRadius, double maxRadius)
{
    if (!(mw > 0) || !(largestMw > 0))
        return minRadius;
    const double share = std::sqrt(std::min(mw, largestMw) / largestMw);
    return minRadius + (maxRadius - minRadius) * share;
}

int MapMarkers::hitTest(const QList<Marker> &markers, const QPointF &pos, double slack)
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < markers.size(); ++i) {
        const QPointF delta = pos - markers.at(i).center;
        const double distance = std::hypot(delta.x(), delta.y());
        if (distance > markers.at(i).radius + slack)
            continue;
        if (best < 0 || distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

namespace {

QRectF markerRect(const MapMarkers::Marker &marker)
{
    return QRectF(marker.center.x() - marker.radius, marker.center.y() - marker.radius,
        2 * marker.radius, 2 * marker.radius);
}

QList<QRectF> candidates(const MapMarkers::Marker &marker, const QSizeF &size, double gap)
{
    const QPointF c = marker.center;
    const double r = marker.radius + gap;
    const double w = size.width();
    const double h = size.height();
    const double d = marker.radius * 0.72 + gap; // diagonal offset, about r / sqrt(2)
    return {
        QRectF(c.x() + r, c.y() - h / 2, w, h), // right
        QRectF(c.x() - r - w, c.y() - h / 2, w, h), // left
        QRectF(c.x() - w / 2, c.y() - r - h, w, h), // above
        QRectF(c.x() - w / 2, c.y() + r, w, h), // below
        QRectF(c.x() + d, c.y() - d - h, w, h), // above right
        QRectF(c.x() + d, c.y() + d, w, h), // below right
        QRectF(c.x() - d - w, c.y() - d - h, w, h), // above left
        QRectF(c.x() - d - w, c.y() + d, w, h), // below left
    };
}

} // namespace

QList<QRectF> MapMarkers::placeLabels(const QList<Marker> &markers, const QList<QSizeF> &labelSizes,
    const QList<int> &priority, const QRectF &bounds, int forced, double gap,
    const QList<QRectF> &obstacles)
{
    QList<QRectF> placed(markers.size());
    QList<QRectF> taken;
    QList<int> order;
    if (forced >= 0 && forced < markers.size())
        order.append(forced);
    for (int index : priority) {
        if (index != forced && index >= 0 && index < markers.size() && !order.contains(index))
            order.append(index);
    }
    for (int index : std::as_const(order)) {
        const QSizeF size = labelSizes.value(index);
        QList<QRectF> options = candidates(markers.at(index), size, gap);
        for (double further : { 18.0, 36.0 })
            options += candidates(markers.at(index), size, gap + further);
        QRectF chosen;
        for (const QRectF &option : options) {
            if (!bounds.contains(option))
                continue;
            const auto intersects
                = [&option](const QRectF &other) { return other.intersects(option); };
            const bool hitsLabel = std::any_of(taken.cbegin(), taken.cend(), intersects)
                || std::any_of(obstacles.cbegin(), obstacles.cend(), intersects);
            bool hitsMarker = false;
            for (int other = 0; other < markers.size() && !hitsMarker; ++other)
                hitsMarker = other != index && markerRect(markers.at(other)).intersects(option);
            if (!hitsLabel && !hitsMarker) {
                chosen = option;
                break;
            }
        }
        // The forced label always shows: on its first position that fits the bounds, even
        // if it covers others (those that would collide with it are then skipped).
        if (chosen.isNull() && index == forced) {
            chosen = options.first();
            for (const QRectF &option : options) {
                if (bounds.contains(option)) {
                    chosen = option;
                    break;
                }
            }
        }
        if (!chosen.isNull()) {
            placed[index] = chosen;
            taken.append(chosen);
        }
    }
    return placed;
}
