#include "mainwindow.h"

#include "figureformat.h"
#include "forecastpage.h"
#include "mappage.h"
#include "projectioncontroller.h"
#include "overviewpage.h"
#include "sitepage.h"
#include "sitespage.h"
#include "sitetablemodel.h"
#include "snapshotpublisher.h"
#include "sitetableview.h"
#include "storewriter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(SnapshotPublisher *publisher, ProjectionController *projections, const QString &databasePath,
        const QLocale &locale, QWidget *parent)
    : QMainWindow(parent)
    , m_locale(locale)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_siteModel(new SiteTableModel(this))
    , m_overview(new OverviewPage(this))
    , m_sites(new SitesPage(m_siteModel, this))
    , m_forecast(new ForecastPage(locale, this))
    , m_map(new MapPage(this))
    , m_site(new SitePage(locale, this))
    , m_statusStore(new QLabel(this))
    , m_statusData(new QLabel(this))
{
    setWindowTitle(tr("Stargate Dashboard"));
    m_siteModel->setLocale(locale);
    m_navigation->setObjectName(QStringLiteral("Navigation"));
    m_navigation->setFixedWidth(210);
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    m_pages->setObjectName(QStringLiteral("PageArea"));

    addPage(QStringLiteral("overview"), tr("Overview"), m_overview);
    addPage(QStringLiteral("sites"), tr("Sites"), m_sites);
    addPage(QStringLiteral("map"), tr("Map"), m_map);
    addPage(QStringLiteral("forecast"), tr("Forecast"), m_forecast);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row);
    });
    // The Site page has no entry of its own in the navigation: it is reached from a site.
    m_siteScroll = scrollFor(m_site);
    m_pages->addWidget(m_siteScroll);
    connect(m_map, &MapPage::siteActivated, this, &MainWindow::openSite);
    connect(m_sites->tableView(), &SiteTableView::siteActivated, this, &MainWindow::openSite);
    connect(m_site, &SitePage::backRequested, this, [this] { m_navigation->setCurrentRow(m_pageBeforeSite); });
    m_navigation->setCurrentRow(0);

    auto *side = new QWidget(this);
    side->setFixedWidth(210);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    auto *brand = new QLabel(tr("STARGATE"), side);
    brand->setObjectName(QStringLiteral("Brand"));
    auto *brandSub = new QLabel(tr("AI data-center rollout"), side);
    brandSub->setObjectName(QStringLiteral("BrandSub"));
    sideLayout->addWidget(brand);
    sideLayout->addWidget(brandSub);
    sideLayout->addWidget(m_navigation, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusStore->setText(tr("Store: %1").arg(QDir::toNativeSeparators(databasePath)));
    m_statusStore->setToolTip(m_statusStore->text());
    statusBar()->addWidget(m_statusStore, 1);
    statusBar()->addPermanentWidget(m_statusData);
    createActions();

    connect(publisher, &SnapshotPublisher::snapshotChanged, this, &MainWindow::showSnapshot);
    showSnapshot(publisher->snapshot());

    connect(projections, &ProjectionController::resultChanged, m_forecast, &ForecastPage::showResult);
    connect(projections, &ProjectionController::resultChanged, this,
            [this](const ProjectionResult &result) { m_overview->setProjection(result, m_locale); });
    connect(m_forecast, &ForecastPage::scenarioEdited, projections, &ProjectionController::setScenario);
    connect(m_forecast, &ForecastPage::resetRequested, projections, &ProjectionController::resetScenario);
    m_forecast->showResult(projections->result());
    m_overview->setProjection(projections->result(), m_locale);
}

QStringList MainWindow::pageNames()
{
    return { QStringLiteral("overview"), QStringLiteral("sites"), QStringLiteral("map"), QStringLiteral("forecast") };
}

QString MainWindow::siteIdOfPageName(const QString &name)
{
    static const QLatin1StringView prefix("site:");
    return name.startsWith(prefix) ? name.mid(prefix.size()) : QString();
}

QWidget *MainWindow::scrollFor(QWidget *page)
{
    // A page scrolls when the window is smaller than the page needs, rather than clipping.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("PageArea"));
    page->setObjectName(QStringLiteral("PageArea"));
    return scroll;
}

void MainWindow::addPage(const QString &name, const QString &title, QWidget *page)
{
    m_pageNames.append(name);
    m_pages->addWidget(scrollFor(page));
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_pageNames.size()));
}

bool MainWindow::showPage(const QString &name)
{
    if (const QString siteId = siteIdOfPageName(name); !siteId.isEmpty())
        return openSite(siteId);
    const int index = int(m_pageNames.indexOf(name));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageName() const
{
    if (m_pages->currentWidget() == m_siteScroll)
        return QStringLiteral("site:") + m_site->siteId();
    return m_pageNames.value(m_pages->currentIndex());
}

void MainWindow::setStoreAccess(Store *store, StoreWriter *writer)
{
    m_site->setStoreAccess(store, writer);
    if (writer)
        connect(writer, &StoreWriter::writeFailed, this, &MainWindow::showWriteError);
}

bool MainWindow::openSite(const QString &id)
{
    const auto row = std::find_if(m_snapshot.sites.cbegin(), m_snapshot.sites.cend(), [&](const SiteRow &r) { return r.site.id == id; });
    if (row == m_snapshot.sites.cend())
        return false;
    if (m_pages->currentWidget() != m_siteScroll)
        m_pageBeforeSite = std::max(0, m_navigation->currentRow());
    m_site->showSite(*row);
    {
        // The navigation shows no page as current while a site is open.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(-1);
    }
    m_pages->setCurrentWidget(m_siteScroll);
    return true;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageNames.size(); ++i) {
        QAction *action = view->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("What the &provenances mean"), this, [this] {
        QString text;
        for (Provenance provenance : { Provenance::Measured, Provenance::Reported, Provenance::Planned,
                     Provenance::Projected, Provenance::Simulated, Provenance::Manual })
            text += QStringLiteral("<p><b>%1</b>: %2</p>").arg(provenanceDisplayName(provenance), provenanceExplanation(provenance));
        QMessageBox::information(this, tr("Provenance"), text);
    });
    help->addAction(tr("&About Stargate Dashboard"), this, [this] {
        QMessageBox::about(this, tr("About Stargate Dashboard"),
                tr("<p><b>Stargate Dashboard</b> %1</p><p>GPU counts, power and site status of the Stargate "
                   "AI data-center program, read from a local store that works offline.</p>")
                        .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showSnapshot(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_overview->setSnapshot(snapshot, m_locale);
    m_siteModel->setRows(snapshot.sites);
    m_map->setSnapshot(snapshot, m_locale);
    if (m_pages->currentWidget() == m_siteScroll) {
        for (const SiteRow &row : snapshot.sites) {
            if (row.site.id == m_site->siteId())
                m_site->showSite(row);
        }
    }
    const OverviewSummary &summary = snapshot.summary;
    QString data = tr("%n site(s)", nullptr, int(snapshot.sites.size()));
    if (summary.datasetVersion > 0)
        data += QStringLiteral("  ·  ") + tr("dataset v%1").arg(summary.datasetVersion);
    if (summary.includesSimulated)
        data += QStringLiteral("  ·  ") + tr("SIMULATED data present");
    m_statusData->setText(data);
}

void MainWindow::showWriteError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}
