// Outlines of countries or states read from a GeoJSON FeatureCollection (Polygon and
// MultiPolygon geometries): plain lon/lat rings for the map widget to project and draw.
// The bundled layers live under the resource prefix ":/geo/".
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

// One closed ring of a polygon; x is longitude, y is latitude, in degrees.
using GeoRing = QList<QPointF>;

struct GeoFeature
{
    QString name;
    QString code; // "postal" for states, "ISO_A3" for countries (may be empty)
    QList<GeoRing> rings; // exterior rings and holes alike: drawn with the odd-even rule
};

struct GeoLayer
{
    QList<GeoFeature> features;
    bool isEmpty() const { return features.isEmpty(); }
};

class GeoData
{
    Q_DECLARE_TR_FUNCTIONS(GeoData)

public:
    // Parses GeoJSON; on error returns an empty layer and says what is wrong in `error`.
    static GeoLayer parse(const QByteArray &json, QString *error);
    static GeoLayer load(const QString &path, QString *error);

    static QString worldPath() { return QStringLiteral(":/geo/world-110m.geojson"); }
    static QString usStatesPath() { return QStringLiteral(":/geo/us-states-110m.geojson"); }
};
