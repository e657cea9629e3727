// The main window: a navigation column, the pages, and a status bar that says which store is
// open. It is handed the SnapshotPublisher and shows each snapshot it publishes.
#pragma once

#include "query/timerange.h"

#include "presentation/presentationwindow.h"
#include "query/dashboardsnapshot.h"

#include <QDateTime>
#include <QLocale>
#include <QMainWindow>
#include <QPointer>
#include <functional>

class QSettings;
class AboutDialog;
class FeedsPage;
class AlertMonitor;
class AlertNotifier;
class AlertsPage;
class ForecastPage;
class MapPage;
class OverviewPage;
struct SlideContext;
class ProjectionController;
class QLabel;
class QListWidget;
class QMessageBox;
class QStackedWidget;
class SitePage;
class SitesPage;
class SiteTableModel;
class ShortcutsDialog;
class SnapshotPublisher;
class TimelinePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SnapshotPublisher *publisher, ProjectionController *projections,
        const QString &databasePath, const QLocale &locale, QWidget *parent = nullptr);

    // The lower-case names accepted by --page; "site:<id>" opens the page of that site.
    static QStringList pageNames();

    // The time range of the pages with time charts (Overview, Site): one for all, from --range.
    void setTimeRange(const TimeRange &range);
    // Each page's range, kept with the window state ("timeRange/<page>").
    void restoreTimeRanges(const QSettings &settings);
    void saveTimeRanges(QSettings &settings) const;
    // The site id of a "site:<id>" page name, or an empty string.
    static QString siteIdOfPageName(const QString &name);
    bool showPage(const QString &name);
    QString currentPageName() const;

    // Opens the page of a site of the current snapshot; false when there is no such site.
    bool openSite(const QString &id);

    OverviewPage *overviewPage() const { return m_overview; }
    SitesPage *sitesPage() const { return m_sites; }
    ForecastPage *forecastPage() const { return m_forecast; }
    FeedsPage *feedsPage() const { return m_feeds; }
    TimelinePage *timelinePage() const { return m_timeline; }
    AlertsPage *alertsPage() const { return m_alertsPage; }
    AlertNotifier *alertNotifier() const { return m_notifier; }
    // Shows the monitor's alerts on the Alerts page and as a count on its navigation item,
    // and notifies when one is raised while the window is not in front.
    void setAlertMonitor(AlertMonitor *monitor);
    QString navigationText(const QString &pageName) const;
    MapPage *mapPage() const { return m_map; }
    SitePage *sitePage() const { return m_site; }
    SiteTableModel *siteModel() const { return m_siteModel; }

    // A read-only snapshot is open: a banner says so and every change is refused.
    void setSnapshotTakenAt(const QDateTime &takenAt);
    bool isReadOnlySnapshot() const { return m_snapshotTakenAt.isValid(); }
    QString bannerText() const;
    // The store cannot be written (a full disk, another program holding it): a red banner
    // with `message` until it is called with an empty one.
    void showStoreWriteProblem(const QString &message);
    QString storeWriteProblem() const;
    // How File → Export Snapshot… writes a snapshot (the session flushes pending samples first).
    void setSnapshotExporter(
        std::function<QString(const QString &, const std::function<bool(int)> &)> exporter);
    // How File → Open Snapshot… tells a snapshot from any other file.
    void setSnapshotRecognizer(std::function<bool(const QString &path)> isSnapshot)
    {
        m_isSnapshotFile = std::move(isSnapshot);
    }

    // How File → Import Public Data… imports a file (the session reads it off the GUI thread);
    // the outcome comes back through showTableImportResult().
    void setTableImporter(std::function<void(const QString &path)> importer);
    // Imports `path` as File → Import Public Data… does after its file dialog.
    void importPublicTable(const QString &path);
    int pendingTableImports() const { return m_pendingTableImports; }
    // A table was imported or refused: a dialog answers File → Import Public Data…; any other
    // (a polled source, a table read again with a new site mapping) is a status-bar message.
    void showTableImportResult(const QString &summary, bool failed, bool fromFile);

    // What the slides see now.
    SlideContext slideContext() const;
    // Opens the full-screen presentation; empty `slides`: the default deck.
    PresentationWindow *startPresentation(
        const QStringList &slides = {}, int autoAdvanceSeconds = 0);
    PresentationWindow *presentation() const { return m_presentation; }

public slots:
    void showSnapshot(const DashboardSnapshot &snapshot);
    // Opens the Alert Thresholds dialog (window-modal); on OK the thresholds are saved in the
    // settings and the monitor re-evaluates with them at once.
    void editAlertThresholds();
    void showWriteError(const QString &message);
    // Help → About and Help → Keyboard Shortcuts (window-modal; each deletes itself on close).
    AboutDialog *showAbout();
    ShortcutsDialog *showKeyboardShortcuts();

signals:
    // File → Export Slides as PNG… has finished: an empty message on success.
    void pngsExported(const QString &error);

private:
    void createActions();
    void exportPdf();
    void exportPngs();
    void writePngs(const SlideContext &context, const QList<SlideSpec> &slides,
        const QString &folder, const QSize &size);
    void exportSnapshot();
    void openSnapshot();
    void chooseTableToImport();
    void addPage(const QString &name, const QString &title, QWidget *page);
    void showNavigationRow(int row);
    void showAlertCount(int count);
    QWidget *scrollFor(QWidget *page);

    QLocale m_locale;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SiteTableModel *m_siteModel;
    OverviewPage *m_overview;
    SitesPage *m_sites;
    ForecastPage *m_forecast;
    FeedsPage *m_feeds;
    TimelinePage *m_timeline;
    AlertsPage *m_alertsPage;
    AlertNotifier *m_notifier;
    MapPage *m_map;
    SitePage *m_site;
    QWidget *m_siteScroll = nullptr; // the Site page's place in m_pages; not in the navigation
    int m_pageBeforeSite = 0;
    DashboardSnapshot m_snapshot;
    QLabel *m_statusStore;
    QLabel *m_statusData;
    QStringList m_pageNames;
    SnapshotPublisher *m_publisher;
    ProjectionController *m_projections;
    QString m_databasePath;
    QDateTime m_snapshotTakenAt;
    QLabel *m_banner;
    QLabel *m_writeBanner;
    QPointer<PresentationWindow> m_presentation;
    AlertMonitor *m_alertMonitor = nullptr;
    QAction *m_thresholdsAction = nullptr;
    std::function<QString(const QString &, const std::function<bool(int)> &)> m_snapshotExporter;
    std::function<bool(const QString &)> m_isSnapshotFile;
    std::function<void(const QString &)> m_tableImporter;
    QAction *m_importTableAction = nullptr;
    int m_pendingTableImports = 0;
    QPointer<QMessageBox> m_tableImportResult; // the answer to the last File → Import
};
