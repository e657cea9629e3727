// The offline map of the sites: country or state outlines from the bundled geodata in an
// equal-area projection (Albers for the USA, Equal Earth for the world), and one marker per
// site with coordinates: area by planned MW, fill by phase, ring by feed health. Hover
// shows the figures, a click emits siteActivated(); wheel, +/-, drag and the arrow keys
// zoom and pan, 0 or Home resets. It is handed MapSite values and reads nothing itself.
#pragma once

#include "domain/feedhealth.h"
#include "domain/phase.h"
#include "geo/mapmarkers.h"

#include <QPainterPath>
#include <QTransform>
#include <QWidget>
#include <optional>

struct MapSite
{
    QString id;
    QString name;
    std::optional<Phase> phase;
    std::optional<double> latitude;
    std::optional<double> longitude;
    double plannedMw = 0; // 0: not known
    QString plannedMwText; // as shown in the tooltip, e.g. "1,200 MW" or "not reported"
    QString gpusText;
    FeedHealth feed = FeedHealth::NoFeed;
    QString freshnessText;
    int openAlerts = 0; // drawn as a badge on the marker
};

class MapView : public QWidget
{
    Q_OBJECT

public:
    enum class Region
    {
        Usa,
        World
    };

    explicit MapView(QWidget *parent = nullptr);

    void setSites(const QList<MapSite> &sites);
    void setRegion(Region region);
    // Labels, legend and badges at this multiple of their window size (a projector slide: ~1.6).
    void setTextScale(double scale);
    Region region() const { return m_region; }
    double zoom() const { return m_zoom; }
    QPointF pan() const { return m_pan; }

    // The markers as drawn now (widget coordinates, drawing order), and the labels shown.
    QList<MapMarkers::Marker> markers() const;
    QStringList shownLabels() const;
    QList<QRectF> labelRects() const; // of the labels shown, in widget coordinates
    // Where a site's marker is, if it is on the map in this region.
    std::optional<QPointF> markerPosition(const QString &siteId) const;
    // Whether the region's view shows a place (the US view: the contiguous states only).
    static bool isInRegion(double lon, double lat, Region region);
    QString geodataError() const { return m_geoError; }
    QSize sizeHint() const override { return QSize(1000, 620); }
    QSize minimumSizeHint() const override { return QSize(400, 280); }

public slots:
    void zoomIn();
    void zoomOut();
    void resetView();

signals:
    void siteActivated(const QString &id);
    void regionChanged(MapView::Region region);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Layer
    {
        QPainterPath land; // projected outlines (unit sphere)
        QPainterPath context; // neighbouring countries, drawn fainter
        QRectF bounds; // projected area that fits the widget at zoom 1
    };

    QPointF project(double lon, double lat) const;
    void buildLayers();
    void relayout(); // recomputes the transform, the markers and the labels
    void zoomAround(const QPointF &anchor, double factor);
    QString tooltipFor(int marker) const;
    QList<Phase> phasesShown() const;
    QFont legendFont() const;
    QFont labelFont() const;
    QRectF legendRect() const;
    void drawLegend(QPainter &painter);

    Region m_region = Region::Usa;
    Layer m_layers[2];
    QString m_geoError;
    QList<MapSite> m_sites;
    QTransform m_transform; // projected -> widget
    double m_zoom = 1.0;
    double m_textScale = 1.0;
    QPointF m_pan;
    QList<MapMarkers::Marker> m_markers; // in drawing order: large first
    QList<int> m_markerSite; // marker index -> index into m_sites
    QList<QRectF> m_labels; // per marker, null when skipped
    int m_hovered = -1;
    std::optional<QPointF> m_pressPos;
    QPointF m_panAtPress;
    bool m_dragging = false;
};
