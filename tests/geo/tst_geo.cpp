// The map's geometry: the two projections against published values and round trips, the
// bundled outlines (and a clear error for broken ones), marker sizes, hit-testing and the
// label placement, and the feed-health classification the markers are ringed by.
#include "domain/feedhealth.h"
#include "geo/geodata.h"
#include "geo/mapmarkers.h"
#include "geo/mapprojection.h"

#include <QTest>
#include <cmath>

class TestGeo : public QObject
{
    Q_OBJECT

private slots:
    void albersKnownPositions_data();
    void albersKnownPositions();
    void equalEarthKnownPositions_data();
    void equalEarthKnownPositions();
    void roundTrip_data();
    void roundTrip();
    void bundledOutlinesLoad_data();
    void bundledOutlinesLoad();
    void brokenOutlinesSayWhy_data();
    void brokenOutlinesSayWhy();
    void markerRadiusIsSqrtOfMw();
    void hitTest_data();
    void hitTest();
    void labelsDoNotOverlap();
    void forcedLabelAlwaysShows();
    void labelsAvoidObstacles();
    void feedHealth_data();
    void feedHealth();
};

namespace {
constexpr double kPositionTolerance = 1e-6;
}

void TestGeo::albersKnownPositions_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    // Snyder (1987), p. 292, numerical example for the sphere with these parallels and origin.
    QTest::newRow("snyder 35N 75W") << -75.0 << 35.0 << 0.2952720 << 0.2416774;
    // The origin maps to (0, 0); the central meridian stays vertical.
    QTest::newRow("origin 23N 96W") << -96.0 << 23.0 << 0.0 << 0.0;
    // Computed by hand from Snyder eqs. 14-1 to 14-4 (sphere, R = 1).
    QTest::newRow("central meridian 45.5N") << -96.0 << 45.5 << 0.0 << 0.393541791;
    QTest::newRow("abilene") << -99.73 << 32.45 << -0.054620264 << 0.165170224;
    QTest::newRow("san francisco") << -122.42 << 37.77 << -0.356324531 << 0.307569077;
}

void TestGeo::albersKnownPositions()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    const QPointF p = MapProjection::albersUsa(lon, lat);
    QVERIFY2(std::abs(p.x() - x) < kPositionTolerance, qPrintable(QString::number(p.x(), 'f', 9)));
    QVERIFY2(std::abs(p.y() - y) < kPositionTolerance, qPrintable(QString::number(p.y(), 'f', 9)));
}

void TestGeo::equalEarthKnownPositions_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
    // Šavrič et al. (2018): the equator is 2 * 2.70663 long, pole line at y = 1.31736.
    QTest::newRow("antimeridian on equator") << 180.0 << 0.0 << 2.706629984 << 0.0;
    QTest::newRow("north pole") << 0.0 << 90.0 << 0.0 << 1.317362759;
    // By hand from the published polynomial.
    QTest::newRow("narvik") << 10.4 << 68.4 << 0.107943046 << 1.190667438;
    QTest::newRow("buenos aires") << -58.4 << -34.6 << -0.802992534 << -0.678050405;
    QTest::newRow("sydney") << 151.2 << -33.9 << 2.086640067 << -0.665255443;
}

void TestGeo::equalEarthKnownPositions()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    const QPointF p = MapProjection::equalEarth(lon, lat);
    QVERIFY2(std::abs(p.x() - x) < kPositionTolerance, qPrintable(QString::number(p.x(), 'f', 9)));
    QVERIFY2(std::abs(p.y() - y) < kPositionTolerance, qPrintable(QString::number(p.y(), 'f', 9)));
}

void TestGeo::roundTrip_data()
{
    QTest::addColumn<bool>("albers");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    const QList<QPointF> usa { { -99.73, 32.45 }, { -124.7, 48.4 }, { -67.0, 44.9 },
        { -80.2, 25.8 }, { -106.8, 32.3 }, { -96.0, 23.0 } };
    for (const QPointF &p : usa)
        QTest::addRow("albers %g,%g", p.x(), p.y()) << true << p.x() << p.y();
    const QList<QPointF> world { { 0, 0 }, { 179.9, 0 }, { -179.9, -60 }, { 10.4, 68.4 },
        { 54.4, 24.5 }, { 151.2, -33.9 }, { -58.4, -89.0 }, { 30, 89.9 } };
    for (const QPointF &p : world)
        QTest::addRow("equal earth %g,%g", p.x(), p.y()) << false << p.x() << p.y();
}

void TestGeo::roundTrip()
{
    QFETCH(bool, albers);
    QFETCH(double, lon);
    QFETCH(double, lat);
    const QPointF plane
        = albers ? MapProjection::albersUsa(lon, lat) : MapProjection::equalEarth(lon, lat);
    const QPointF back = albers ? MapProjection::albersUsaInverse(plane.x(), plane.y())
                                : MapProjection::equalEarthInverse(plane.x(), plane.y());
    QVERIFY2(std::abs(back.x() - lon) < 1e-6, qPrintable(QString::number(back.x(), 'f', 9)));
    QVERIFY2(std::abs(back.y() - lat) < 1e-6, qPrintable(QString::number(back.y(), 'f', 9)));
}

void TestGeo::bundledOutlinesLoad_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("features");
    QTest::addColumn<QString>("someName");
    QTest::newRow("world") << GeoData::worldPath() << 177 << QStringLiteral("Norway");
    QTest::newRow("us states") << GeoData::usStatesPath() << 51 << QStringLiteral("Texas");
}

void TestGeo::bundledOutlinesLoad()
{
    QFETCH(QString, path);
    QFETCH(int, features);
    QFETCH(QString, someName);
    QString error;
    const GeoLayer layer = GeoData::load(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(layer.features.size(), features);
    const auto it = std::find_if(layer.features.cbegin(), layer.features.cend(),
        [&](const GeoFeature &f) { return f.name == someName; });
    QVERIFY(it != layer.features.cend());
    QVERIFY(!it->rings.isEmpty());
    QCOMPARE(it->rings.first().first(), it->rings.first().last()); // closed ring
}

void TestGeo::brokenOutlinesSayWhy_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"type\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("not a collection")
        << QByteArray(R"({"type":"Feature"})") << QStringLiteral("not a GeoJSON FeatureCollection");
    QTest::newRow("empty") << QByteArray(R"({"type":"FeatureCollection","features":[]})")
                           << QStringLiteral("no features");
    QTest::newRow("point geometry") << QByteArray(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X"},"geometry":{"type":"Point","coordinates":[1,2]}}]})")
                                    << QStringLiteral(
                                           "feature 1 (X): unsupported geometry type \"Point\"");
    QTest::newRow("short ring") << QByteArray(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Y"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}]})")
                                << QStringLiteral("fewer than 4 positions");
    QTest::newRow("latitude out of range") << QByteArray(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Z"},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,95],[0,0]]]]}}]})")
                                           << QStringLiteral("outside longitude");
    QTest::newRow("string coordinate") << QByteArray(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,"a"],[1,0],[1,1],[0,0]]]}}]})")
                                       << QStringLiteral("feature 1 (unnamed): a position is not "
                                                         "[longitude, latitude]");
}

void TestGeo::brokenOutlinesSayWhy()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const GeoLayer layer = GeoData::parse(json, &error);
    QVERIFY(layer.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestGeo::markerRadiusIsSqrtOfMw()
{
    QCOMPARE(MapMarkers::radiusForMw(0, 1000, 6, 24), 6.0);
    QCOMPARE(MapMarkers::radiusForMw(1000, 1000, 6, 24), 24.0);
    // A quarter of the MW: half the (range of the) radius, so area scales with MW.
    QCOMPARE(MapMarkers::radiusForMw(250, 1000, 0, 20), 10.0);
    QCOMPARE(MapMarkers::radiusForMw(5000, 1000, 6, 24), 24.0); // capped
}

void TestGeo::hitTest_data()
{
    QTest::addColumn<QPointF>("pos");
    QTest::addColumn<int>("expected");
    QTest::newRow("centre of big") << QPointF(100, 100) << 0;
    QTest::newRow("edge of big, within slack") << QPointF(100 + 22, 100) << 0;
    QTest::newRow("outside everything") << QPointF(300, 300) << -1;
    QTest::newRow("small on top of big") << QPointF(112, 100) << 1;
    QTest::newRow("overlap nearer to big centre") << QPointF(104, 100) << 0;
    QTest::newRow("separate marker") << QPointF(205, 52) << 2;
    QTest::newRow("just outside separate marker") << QPointF(200, 50 + 6 + 3.5) << -1;
}

void TestGeo::hitTest()
{
    QFETCH(QPointF, pos);
    QFETCH(int, expected);
    const QList<MapMarkers::Marker> markers {
        { QStringLiteral("big"), QPointF(100, 100), 20 },
        { QStringLiteral("small"), QPointF(112, 100), 5 },
        { QStringLiteral("far"), QPointF(200, 50), 6 },
    };
    QCOMPARE(MapMarkers::hitTest(markers, pos, 3.0), expected);
}

void TestGeo::labelsDoNotOverlap()
{
    // A tight cluster: not every label fits, and those placed never overlap each other
    // or a marker other than their own, and stay inside the bounds.
    QList<MapMarkers::Marker> markers;
    QList<QSizeF> sizes;
    QList<int> priority;
    for (int i = 0; i < 12; ++i) {
        markers.append({ QString::number(i), QPointF(200 + (i % 4) * 18, 200 + (i / 4) * 14), 6 });
        sizes.append(QSizeF(90, 16));
        priority.append(i);
    }
    const QRectF bounds(0, 0, 500, 400);
    const QList<QRectF> labels = MapMarkers::placeLabels(markers, sizes, priority, bounds);
    QCOMPARE(labels.size(), markers.size());
    int shown = 0;
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.at(i).isNull())
            continue;
        ++shown;
        QVERIFY(bounds.contains(labels.at(i)));
        for (int j = 0; j < labels.size(); ++j) {
            if (j != i && !labels.at(j).isNull())
                QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                    qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
            if (j != i) {
                const QRectF marker(markers.at(j).center - QPointF(6, 6), QSizeF(12, 12));
                QVERIFY(!labels.at(i).intersects(marker));
            }
        }
    }
    QVERIFY(shown >= 2);
    QVERIFY(shown < markers.size());
    QVERIFY(!labels.at(0).isNull()); // highest priority goes first
}

void TestGeo::forcedLabelAlwaysShows()
{
    QList<MapMarkers::Marker> markers;
    QList<QSizeF> sizes;
    for (int i = 0; i < 9; ++i) {
        markers.append({ QString::number(i), QPointF(100 + (i % 3) * 10, 100 + (i / 3) * 10), 5 });
        sizes.append(QSizeF(80, 16));
    }
    const QList<QRectF> labels = MapMarkers::placeLabels(
        markers, sizes, { 0, 1, 2, 3, 4, 5, 6, 7, 8 }, QRectF(0, 0, 400, 300), 4);
    QVERIFY(!labels.at(4).isNull()); // the middle one, hemmed in on all sides
}

void TestGeo::labelsAvoidObstacles()
{
    // A legend box right of the marker: the label goes to the left instead.
    const QList<MapMarkers::Marker> markers { { QStringLiteral("a"), QPointF(200, 100), 8 } };
    const QRectF legend(210, 60, 200, 80);
    const QList<QRectF> free
        = MapMarkers::placeLabels(markers, { QSizeF(60, 16) }, { 0 }, QRectF(0, 0, 500, 300));
    QVERIFY(free.at(0).left() > 200); // right of the marker by default
    const QList<QRectF> labels = MapMarkers::placeLabels(
        markers, { QSizeF(60, 16) }, { 0 }, QRectF(0, 0, 500, 300), -1, 4.0, { legend });
    QVERIFY(!labels.at(0).isNull());
    QVERIFY(!labels.at(0).intersects(legend));
    QVERIFY(labels.at(0).right() < 200);
}

void TestGeo::feedHealth_data()
{
    QTest::addColumn<qint64>("lastSuccessAgoMs");
    QTest::addColumn<qint64>("lastAttemptAgoMs");
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("expected");
    QTest::newRow("fresh") << qint64(5'000) << qint64(5'000) << 0 << true << int(FeedHealth::Fresh);
    QTest::newRow("stale after three intervals")
        << qint64(31'000) << qint64(31'000) << 0 << true << int(FeedHealth::Stale);
    QTest::newRow("failing") << qint64(20'000) << qint64(1'000) << 2 << true
                             << int(FeedHealth::Failing);
    QTest::newRow("never succeeded")
        << qint64(-1) << qint64(1'000) << 1 << true << int(FeedHealth::Failing);
    QTest::newRow("disabled") << qint64(1'000) << qint64(1'000) << 0 << false
                              << int(FeedHealth::NoFeed);
}

void TestGeo::feedHealth()
{
    QFETCH(qint64, lastSuccessAgoMs);
    QFETCH(qint64, lastAttemptAgoMs);
    QFETCH(int, failures);
    QFETCH(bool, enabled);
    QFETCH(int, expected);
    const qint64 now = 1'800'000'000'000;
    SourceHealth health;
    health.sourceId = QStringLiteral("s");
    health.intervalMs = 10'000;
    health.lastSuccessMs = lastSuccessAgoMs < 0 ? 0 : now - lastSuccessAgoMs;
    health.lastAttemptMs = now - lastAttemptAgoMs;
    health.consecutiveFailures = failures;
    health.enabled = enabled;
    QCOMPARE(int(classifyFeed(health, now)), expected);
    // A site sees its sources' worst health, and no feed when none is mapped to it.
    QCOMPARE(int(siteFeedHealth(QStringLiteral("a"), { health },
                 { { QStringLiteral("s"), { QStringLiteral("a") } } }, now)),
        expected);
    QCOMPARE(siteFeedHealth(QStringLiteral("b"), { health },
                 { { QStringLiteral("s"), { QStringLiteral("a") } } }, now),
        FeedHealth::NoFeed);
    QCOMPARE(worstFeed({ FeedHealth::Fresh, FeedHealth::Failing, FeedHealth::Stale }),
        FeedHealth::Failing);
}

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
