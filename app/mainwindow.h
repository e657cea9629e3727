// The main window: a navigation column, the pages, and a status bar that says which store is
// open. It is handed the SnapshotPublisher and shows each snapshot it publishes.
#pragma once

#include "dashboardsnapshot.h"

#include <QLocale>
#include <QMainWindow>

class AlertMonitor;
class AlertNotifier;
class AlertsPage;
class ForecastPage;
class OverviewPage;
class ProjectionController;
class QLabel;
class QListWidget;
class QStackedWidget;
class SitesPage;
class SiteTableModel;
class SnapshotPublisher;
class TimelinePage;

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
    TimelinePage *timelinePage() const { return m_timeline; }
    AlertsPage *alertsPage() const { return m_alertsPage; }
    AlertNotifier *alertNotifier() const { return m_notifier; }
    // Shows the monitor's alerts on the Alerts page and as a count on its navigation item,
    // and notifies when one is raised while the window is not in front.
    void setAlertMonitor(AlertMonitor *monitor);
    QString navigationText(const QString &pageName) const;
    SiteTableModel *siteModel() const { return m_siteModel; }

public slots:
    void showSnapshot(const DashboardSnapshot &snapshot);
    void showWriteError(const QString &message);

private:
    void createActions();
    void addPage(const QString &name, const QString &title, QWidget *page);
    void showAlertCount(int count);

    QLocale m_locale;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SiteTableModel *m_siteModel;
    OverviewPage *m_overview;
    SitesPage *m_sites;
    ForecastPage *m_forecast;
    TimelinePage *m_timeline;
    AlertsPage *m_alertsPage;
    AlertNotifier *m_notifier;
    QLabel *m_statusStore;
    QLabel *m_statusData;
    QStringList m_pageNames;
};
