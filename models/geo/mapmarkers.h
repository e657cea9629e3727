// Pure geometry of the map's site markers, kept apart from the widget so that tests can
// check it: marker size from planned MW, which marker a point hits, and where labels go
// without overlapping each other.
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace MapMarkers {

// Radius in pixels: area proportional to MW (a square-root scale), between the two bounds.
// Sites without a planned MW get the smallest radius.
double radiusForMw(double mw, double largestMw, double minRadius = 6.0, double maxRadius = 24.0);

struct Marker
{
    QString id;
    QPointF center; // widget pixels
    double radius = 0;
};

// The marker under `pos`, or -1. Markers are drawn in list order, so the last one drawn is
// on top; among markers that contain the point, the one whose centre is nearest wins (small
// markers on top of big ones stay clickable). `slack` widens every marker a little.
int hitTest(const QList<Marker> &markers, const QPointF &pos, double slack = 3.0);

// Greedy label placement: markers are taken in the order of `priority` (indices into
// `markers`); each label tries positions around its marker (right, left, above, below,
// then the diagonals) and takes the first that stays inside `bounds` and overlaps no label
// placed before, no other marker and no obstacle (e.g. the legend); then the same positions
// a step further out (the view draws a leader line to those); if none fits, the label is
// skipped (a null rect). `forced` (e.g. the hovered marker, -1 for none) is placed first
// and always shown.
QList<QRectF> placeLabels(const QList<Marker> &markers, const QList<QSizeF> &labelSizes,
    const QList<int> &priority, const QRectF &bounds, int forced = -1, double gap = 4.0,
    const QList<QRectF> &obstacles = {});

} // namespace MapMarkers
