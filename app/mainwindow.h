// The main window: a navigation column, the pages, and a status bar that says which store is
// open. It is handed the SnapshotPublisher and shows each snapshot it publishes.
#pragma once

#include "dashboardsnapshot.h"

#include <QLocale>
#include <QMainWindow>

class FeedsPage;
class ForecastPage;
class OverviewPage;
class ProjectionController;
class QLabel;
class QListWidget;
class QStackedWidget;
class SitesPage;
class SiteTableModel;
class SnapshotPublisher;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SnapshotPublisher *publisher, ProjectionController *projections, const QString &databasePath,
            const QLocale &locale, QWidget *parent = nullptr);

    // The lower-case names accepted by --page.
    static QStringList pageNames();
    bool showPage(const QString &name);
    QString currentPageName() const;

    OverviewPage *overviewPage() const { return m_overview; }
    SitesPage *sitesPage() const { return m_sites; }
    ForecastPage *forecastPage() const { return m_forecast; }
    FeedsPage *feedsPage() const { return m_feeds; }
    SiteTableModel *siteModel() const { return m_siteModel; }

public slots:
    void showSnapshot(const DashboardSnapshot &snapshot);
    void showWriteError(const QString &message);

private:
    void createActions();
    void addPage(const QString &name, const QString &title, QWidget *page);

    QLocale m_locale;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SiteTableModel *m_siteModel;
    OverviewPage *m_overview;
    SitesPage *m_sites;
    ForecastPage *m_forecast;
    FeedsPage *m_feeds;
    QLabel *m_statusStore;
    QLabel *m_statusData;
    QStringList m_pageNames;
};
