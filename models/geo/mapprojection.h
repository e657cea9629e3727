// The two map projections of the Map page, as pure functions on the unit sphere (radius 1):
// forward takes longitude/latitude in degrees and gives plane coordinates (x east, y north);
// inverse takes them back. Both are equal-area, so marker areas and country sizes compare.
#pragma once

#include <QPointF>

namespace MapProjection {

// Albers equal-area conic for the contiguous United States: standard parallels 29.5°N and
// 45.5°N, origin 23°N 96°W (Snyder, "Map Projections: A Working Manual", 1987, eq. 14-1 ff.).
QPointF albersUsa(double lonDeg, double latDeg);
QPointF albersUsaInverse(double x, double y);

// Equal Earth (Šavrič, Patterson, Jenny 2018), central meridian 0°.
QPointF equalEarth(double lonDeg, double latDeg);
QPointF equalEarthInverse(double x, double y);

} // namespace MapProjection
