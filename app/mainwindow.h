// The main window: a navigation column, the pages, and a status bar that says which store is
// open. It is handed the SnapshotPublisher and shows each snapshot it publishes.
#pragma once

#include "dashboardsnapshot.h"

#include <QLocale>
#include <QMainWindow>

class ForecastPage;
class MapPage;
class OverviewPage;
class ProjectionController;
class QLabel;
class QListWidget;
class QStackedWidget;
class SitePage;
class SitesPage;
class Store;
class StoreWriter;
class SiteTableModel;
class SnapshotPublisher;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SnapshotPublisher *publisher, ProjectionController *projections, const QString &databasePath,
            const QLocale &locale, QWidget *parent = nullptr);

    // The lower-case names accepted by --page; "site:<id>" opens the page of that site.
    static QStringList pageNames();
    // The site id of a "site:<id>" page name, or an empty string.
    static QString siteIdOfPageName(const QString &name);
    bool showPage(const QString &name);
    QString currentPageName() const;

    // Gives the Site page its reads (the GUI thread's Store) and where notes are written.
    void setStoreAccess(Store *store, StoreWriter *writer);
    // Opens the page of a site of the current snapshot; false when there is no such site.
    bool openSite(const QString &id);

    OverviewPage *overviewPage() const { return m_overview; }
    SitesPage *sitesPage() const { return m_sites; }
    ForecastPage *forecastPage() const { return m_forecast; }
    MapPage *mapPage() const { return m_map; }
    SitePage *sitePage() const { return m_site; }
    SiteTableModel *siteModel() const { return m_siteModel; }

public slots:
    void showSnapshot(const DashboardSnapshot &snapshot);
    void showWriteError(const QString &message);

private:
    void createActions();
    void addPage(const QString &name, const QString &title, QWidget *page);
    QWidget *scrollFor(QWidget *page);

    QLocale m_locale;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SiteTableModel *m_siteModel;
    OverviewPage *m_overview;
    SitesPage *m_sites;
    ForecastPage *m_forecast;
    MapPage *m_map;
    SitePage *m_site;
    QWidget *m_siteScroll = nullptr; // the Site page's place in m_pages; not in the navigation
    int m_pageBeforeSite = 0;
    DashboardSnapshot m_snapshot;
    QLabel *m_statusStore;
    QLabel *m_statusData;
    QStringList m_pageNames;
};
