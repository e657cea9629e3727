// The Map page: the sites on an offline map (MapView) with a USA / World switch, zoom
// buttons, and beside the map the sites it cannot place: those without coordinates and
// those outside the current view. Shows a DashboardSnapshot; reads nothing itself.
#pragma once

#include "query/dashboardsnapshot.h"
#include "widgets/mapview.h"

#include <QHash>
#include <QLocale>
#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

class MapPage : public QWidget
{
    Q_OBJECT

public:
    explicit MapPage(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot, const QLocale &locale);
    MapView *mapView() const { return m_map; }
    QListWidget *noLocationList() const { return m_noLocation; }
    QListWidget *outsideList() const { return m_outside; }

    // What the map shows for a site row: pure, so that tests can check it.
    // Open alerts per site, shown as badges on the markers.
    void setOpenAlerts(const QHash<QString, int> &openAlerts);
    const QList<MapSite> &sites() const { return m_sites; }
    static MapSite mapSite(const SiteRow &row, const QLocale &locale,
        const QList<SourceHealth> &sources = {}, qint64 nowMs = 0);

signals:
    void siteActivated(const QString &id);

private:
    void updateSideLists();

    MapView *m_map;
    QToolButton *m_usa;
    QToolButton *m_world;
    QListWidget *m_noLocation;
    QListWidget *m_outside;
    QLabel *m_outsideTitle;
    QLabel *m_feedNote;
    QList<MapSite> m_sites;
    QHash<QString, int> m_openAlerts; // site id -> open alerts
};
