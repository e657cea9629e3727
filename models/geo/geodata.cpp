#include "geo/geodata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

// A ring is an array of [lon, lat] positions; anything else is an error.
bool readRing(const QJsonValue &value, GeoRing &ring, QString &why)
{
    if (!value.isArray()) {
        why = GeoData::tr("a ring is not an array of positions");
        return false;
    }
    const QJsonArray positions = value.toArray();
    if (positions.size() < 4) {
        why = GeoData::tr("a ring has fewer than 4 positions");
        return false;
    }
    ring.reserve(positions.size());
    for (const QJsonValue &position : positions) {
        const QJsonArray pair = position.toArray();
        if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
            why = GeoData::tr("a position is not [longitude, latitude]");
            return false;
        }
        const double lon = pair.at(0).toDouble();
        const double lat = pair.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0
            || std::abs(lat) > 90.0) {
            why = GeoData::tr("a position lies outside longitude ±180° and latitude ±90°");
            return false;
        }
        ring.append(QPointF(lon, lat));
    }
    return true;
}

bool readPolygon(const QJsonValue &value, QList<GeoRing> &rings, QString &why)
{
    if (!value.isArray()) {
        why = GeoData::tr("a polygon is not an array of rings");
        return false;
    }
    for (const QJsonValue &ringValue : value.toArray()) {
        GeoRing ring;
        if (!readRing(ringValue, ring, why))
            return false;
        rings.append(ring);
    }
    return true;
}

} // namespace

GeoLayer GeoData::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return GeoLayer();
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")
        || !root.value(QLatin1String("features")).isArray())
        return fail(tr("not a GeoJSON FeatureCollection"));

    GeoLayer layer;
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        GeoFeature out;
        out.name = properties.value(QLatin1String("name")).toString();
        out.code = properties.value(QLatin1String("postal"))
                       .toString(properties.value(QLatin1String("ISO_A3")).toString());
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
        QString why;
        bool ok = false;
        if (type == QLatin1String("Polygon")) {
            ok = readPolygon(coordinates, out.rings, why);
        } else if (type == QLatin1String("MultiPolygon")) {
            ok = coordinates.isArray();
            if (!ok)
                why = tr("a MultiPolygon is not an array of polygons");
            for (const QJsonValue &polygon : coordinates.toArray()) {
                if (!readPolygon(polygon, out.rings, why)) {
                    ok = false;
                    break;
                }
            }
        } else {
            why = tr("unsupported geometry type \"%1\" (expected Polygon or MultiPolygon)")
                      .arg(type);
        }
        if (!ok)
            return fail(tr("feature %1 (%2): %3")
                            .arg(i + 1)
                            .arg(out.name.isEmpty() ? tr("unnamed") : out.name, why));
        layer.features.append(out);
    }
    if (layer.features.isEmpty())
        return fail(tr("the collection holds no features"));
    return layer;
}

GeoLayer GeoData::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the map outlines %1: %2").arg(path, file.errorString());
        return GeoLayer();
    }
    QString why;
    GeoLayer layer = parse(file.readAll(), &why);
    if (layer.isEmpty() && error)
        *error = tr("The map outlines %1 are broken: %2").arg(path, why);
    return layer;
}
