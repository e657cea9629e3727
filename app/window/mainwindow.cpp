#include "window/mainwindow.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertsettings.h"
#include "alertui/alertnotifier.h"
#include "alertui/alertthresholdsdialog.h"
#include "domain/figureformat.h"
#include "itemmodels/alerttablemodel.h"
#include "itemmodels/sitetablemodel.h"
#include "pages/alertspage.h"
#include "pages/feedspage.h"
#include "pages/forecastpage.h"
#include "pages/mappage.h"
#include "pages/overviewpage.h"
#include "pages/sitepage.h"
#include "pages/sitespage.h"
#include "pages/timelinepage.h"
#include "presentation/deckexporter.h"
#include "presentation/pngexportdialog.h"
#include "presentation/presentationwindow.h"
#include "presentation/slidecontext.h"
#include "query/projectioncontroller.h"
#include "query/snapshotpublisher.h"
#include "widgets/chartrangegroup.h"
#include "widgets/sitetableview.h"
#include "widgets/theme.h"
#include "window/aboutdialog.h"
#include "window/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(SnapshotPublisher *publisher, ProjectionController *projections,
    const QString &databasePath, const QLocale &locale, QWidget *parent)
    : QMainWindow(parent)
    , m_locale(locale)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_siteModel(new SiteTableModel(this))
    , m_overview(new OverviewPage(this))
    , m_sites(new SitesPage(m_siteModel, this))
    , m_forecast(new ForecastPage(locale, this))
    , m_feeds(new FeedsPage(locale, this))
    , m_timeline(new TimelinePage(locale, this))
    , m_alertsPage(new AlertsPage(locale, this))
    , m_notifier(new AlertNotifier(this))
    , m_map(new MapPage(this))
    , m_site(new SitePage(locale, this))
    , m_statusStore(new QLabel(this))
    , m_statusData(new QLabel(this))
    , m_publisher(publisher)
    , m_projections(projections)
    , m_databasePath(databasePath)
    , m_banner(new QLabel(this))
    , m_writeBanner(new QLabel(this))
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
    addPage(QStringLiteral("feeds"), tr("Feeds"), m_feeds);
    addPage(QStringLiteral("timeline"), tr("Timeline"), m_timeline);
    addPage(QStringLiteral("alerts"), tr("Alerts"), m_alertsPage);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row);
    });
    // While a site is open its page is not in the list, and the row it came from stays current
    // without being selected: a click on that row goes back to it.
    connect(m_navigation, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { showNavigationRow(m_navigation->row(item)); });
    // The Site page has no entry of its own in the navigation: it is reached from a site.
    m_siteScroll = scrollFor(m_site);
    m_pages->addWidget(m_siteScroll);
    connect(m_map, &MapPage::siteActivated, this, &MainWindow::openSite);
    connect(m_sites->tableView(), &SiteTableView::siteActivated, this, &MainWindow::openSite);
    connect(
        m_site, &SitePage::backRequested, this, [this] { showNavigationRow(m_pageBeforeSite); });
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
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("SnapshotBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#SnapshotBanner { background: %1; color: %2; font-size: 16px; "
                       "font-weight: 600; padding: 8px 16px; }")
            .arg(Theme::snapshotBannerColor().name(), Theme::onColorTextColor().name()));
    m_banner->hide();
    outer->addWidget(m_banner);
    m_writeBanner->setObjectName(QStringLiteral("StoreWriteBanner"));
    m_writeBanner->setStyleSheet(
        QStringLiteral("QLabel#StoreWriteBanner { background: %1; color: %2; font-size: 14px; "
                       "font-weight: 600; padding: 8px 16px; }")
            .arg(Theme::negativeColor().name(), Theme::onColorTextColor().name()));
    m_writeBanner->setWordWrap(true);
    m_writeBanner->hide();
    outer->addWidget(m_writeBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    m_statusStore->setText(tr("Store: %1").arg(QDir::toNativeSeparators(databasePath)));
    m_statusStore->setToolTip(m_statusStore->text());
    statusBar()->addWidget(m_statusStore, 1);
    statusBar()->addPermanentWidget(m_statusData);
    createActions();

    connect(publisher, &SnapshotPublisher::snapshotChanged, this, &MainWindow::showSnapshot);
    showSnapshot(publisher->snapshot());

    connect(
        projections, &ProjectionController::resultChanged, m_forecast, &ForecastPage::showResult);
    connect(projections, &ProjectionController::resultChanged, this,
        [this](const ProjectionResult &result) { m_overview->setProjection(result, m_locale); });
    connect(
        m_forecast, &ForecastPage::scenarioEdited, projections, &ProjectionController::setScenario);
    connect(m_forecast, &ForecastPage::resetRequested, projections,
        &ProjectionController::resetScenario);
    m_forecast->showResult(projections->result());
    m_overview->setProjection(projections->result(), m_locale);
}

QStringList MainWindow::pageNames()
{
    return { QStringLiteral("overview"), QStringLiteral("sites"), QStringLiteral("map"),
        QStringLiteral("forecast"), QStringLiteral("feeds"), QStringLiteral("timeline"),
        QStringLiteral("alerts") };
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
    showNavigationRow(index);
    return true;
}

void MainWindow::showNavigationRow(int row)
{
    m_navigation->setCurrentRow(row); // selects it too
    m_pages->setCurrentIndex(row); // also when it was current already (a site was open)
}

QString MainWindow::currentPageName() const
{
    if (m_pages->currentWidget() == m_siteScroll)
        return QStringLiteral("site:") + m_site->siteId();
    return m_pageNames.value(m_pages->currentIndex());
}

bool MainWindow::openSite(const QString &id)
{
    const auto row = std::find_if(m_snapshot.sites.cbegin(), m_snapshot.sites.cend(),
        [&](const SiteRow &r) { return r.site.id == id; });
    if (row == m_snapshot.sites.cend())
        return false;
    if (m_pages->currentWidget() != m_siteScroll)
        m_pageBeforeSite = std::max(0, m_navigation->currentRow());
    m_site->showSite(*row);
    // Each site opens at its header, not where the previous one was left scrolled.
    if (auto *scroll = qobject_cast<QScrollArea *>(m_siteScroll))
        scroll->verticalScrollBar()->setValue(0);
    {
        // The navigation shows no page as selected while a site is open. Its current row stays
        // valid: a list without one makes its first row current when it takes focus, and that
        // left the Site page for the Overview.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(m_pageBeforeSite, QItemSelectionModel::Clear);
    }
    m_pages->setCurrentWidget(m_siteScroll);
    return true;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Export PDF &Briefing…"), this, &MainWindow::exportPdf);
    file->addAction(tr("Export Slides as P&NG…"), this, &MainWindow::exportPngs);
    file->addSeparator();
    file->addAction(tr("Export &Snapshot…"), this, &MainWindow::exportSnapshot);
    file->addAction(tr("&Open Snapshot…"), this, &MainWindow::openSnapshot);
    file->addSeparator();
    m_importTableAction
        = file->addAction(tr("&Import Public Data…"), this, &MainWindow::chooseTableToImport);
    m_importTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importTableAction->setStatusTip(
        tr("Import an analyst's CSV table, such as Epoch AI's data-center timelines"));
    m_importTableAction->setEnabled(false); // until there is a session to import into
    file->addSeparator();
    m_thresholdsAction
        = file->addAction(tr("Alert &Thresholds…"), this, &MainWindow::editAlertThresholds);
    m_thresholdsAction->setEnabled(false); // until there is a monitor to apply them to
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageNames.size(); ++i) {
        QAction *action = view->addAction(
            m_navigation->item(i)->text(), this, [this, i] { showNavigationRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *present = view->addAction(tr("&Present"), this, [this] { startPresentation(); });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setShortcutContext(Qt::ApplicationShortcut);
    present->setToolTip(tr("Show the slides full screen (F5); Esc leaves"));
    QAction *loop
        = view->addAction(tr("Present as a &Loop"), this, [this] { startPresentation({}, 15); });
    loop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    loop->setToolTip(
        tr("The slides full screen, advancing every 15 s and starting again after the last (for a "
           "lobby screen). "
           "In the presentation, A turns the loop on or off; a number and A sets its seconds."));
    QAction *fullScreen = view->addAction(
        tr("&Full Screen"), this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("What the &provenances mean"), this, [this] {
        QString text;
        for (Provenance provenance :
            { Provenance::Measured, Provenance::Reported, Provenance::Estimate, Provenance::Planned,
                Provenance::Projected, Provenance::Simulated, Provenance::Manual })
            text += QStringLiteral("<p><b>%1</b>: %2</p>")
                        .arg(provenanceDisplayName(provenance), provenanceExplanation(provenance));
        QMessageBox::information(this, tr("Provenance"), text);
    });
    QAction *shortcuts
        = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    shortcuts->setShortcuts({ QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash) });
    help->addAction(tr("&About Stargate Dashboard"), this, &MainWindow::showAbout);
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_snapshot, m_databasePath, m_locale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ShortcutsDialog *MainWindow::showKeyboardShortcuts()
{
    auto *dialog = new ShortcutsDialog(ShortcutsDialog::actionsWithShortcuts(this), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

namespace {
// The pages whose charts follow a time range, by the name their range is saved under.
QList<std::pair<QString, ChartRangeGroup *>> rangedPages(OverviewPage *overview, SitePage *site)
{
    return { { QStringLiteral("overview"), overview->chartRange() },
        { QStringLiteral("site"), site->chartRange() } };
}
} // namespace

void MainWindow::setTimeRange(const TimeRange &range)
{
    for (const auto &[name, group] : rangedPages(m_overview, m_site))
        group->setRange(range);
}

void MainWindow::restoreTimeRanges(const QSettings &settings)
{
    for (const auto &[name, group] : rangedPages(m_overview, m_site)) {
        const std::optional<TimeRange> saved = TimeRange::fromSetting(
            settings.value(QStringLiteral("timeRange/") + name).toString());
        if (saved)
            group->setRange(*saved);
    }
}

void MainWindow::saveTimeRanges(QSettings &settings) const
{
    for (const auto &[name, group] : rangedPages(m_overview, m_site))
        settings.setValue(QStringLiteral("timeRange/") + name, group->range().toSetting());
}

void MainWindow::showSnapshot(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_overview->setSnapshot(snapshot, m_locale);
    if (snapshot.builtAt.isValid())
        m_siteModel->setToday(snapshot.builtAt.toUTC().date());
    m_siteModel->setRows(snapshot.sites);
    m_feeds->showSnapshot(snapshot);
    m_forecast->showOperationalCapacity(snapshot.summary.capacityOnlineMw);
    m_timeline->setData(snapshot.timeline);
    QList<QPair<QString, QString>> sites;
    for (const SiteRow &row : snapshot.sites)
        sites.append({ row.site.id, row.site.name });
    m_alertsPage->setSites(sites);
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

void MainWindow::showStoreWriteProblem(const QString &message)
{
    m_writeBanner->setText(message);
    m_writeBanner->setVisible(!message.isEmpty());
}

QString MainWindow::storeWriteProblem() const
{
    return m_writeBanner->isHidden() ? QString() : m_writeBanner->text();
}

void MainWindow::setSnapshotTakenAt(const QDateTime &takenAt)
{
    m_snapshotTakenAt = takenAt;
    m_banner->setText(bannerText());
    m_banner->setVisible(takenAt.isValid());
    if (takenAt.isValid())
        setWindowTitle(tr("Stargate Dashboard — snapshot (read-only)"));
}

QString MainWindow::bannerText() const
{
    if (!m_snapshotTakenAt.isValid())
        return QString();
    return tr("Snapshot of %1 — read-only")
        .arg(FigureFormat::dateTime(m_snapshotTakenAt, m_locale));
}

void MainWindow::setSnapshotExporter(
    std::function<QString(const QString &, const std::function<bool(int)> &)> exporter)
{
    m_snapshotExporter = std::move(exporter);
}

SlideContext MainWindow::slideContext() const
{
    SlideContext context;
    context.snapshot = m_publisher->snapshot();
    context.projection = m_projections->result();
    context.locale = m_locale;
    context.snapshotTakenAt = m_snapshotTakenAt;
    return context;
}

PresentationWindow *MainWindow::startPresentation(const QStringList &slides, int autoAdvanceSeconds)
{
    if (m_presentation) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return m_presentation;
    }
    // A top-level window of its own, so that it can cover another screen (the projector).
    m_presentation = new PresentationWindow(slides);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    if (QScreen *screen = this->screen())
        m_presentation->resize(screen->size());
    m_presentation->setContext(slideContext());
    m_presentation->setAutoAdvance(autoAdvanceSeconds);
    connect(m_publisher, &SnapshotPublisher::snapshotChanged, m_presentation,
        [this] { m_presentation->setContext(slideContext()); });
    connect(m_projections, &ProjectionController::resultChanged, m_presentation,
        [this] { m_presentation->setContext(slideContext()); });
    connect(this, &QObject::destroyed, m_presentation, &QWidget::close);
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    return m_presentation;
}

void MainWindow::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF Briefing"),
        QDir::home().filePath(QStringLiteral("stargate-briefing.pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const SlideContext context = slideContext();
    QString error;
    const QList<SlideSpec> slides = SlideRegistry::instance().resolve(
        SlideRegistry::instance().defaultDeck(), context, &error);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (error.isEmpty())
        error = DeckExporter(context, slides).exportPdf(path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export PDF Briefing"), error);
    else
        statusBar()->showMessage(
            tr("PDF briefing written to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::exportPngs()
{
    const SlideContext context = slideContext();
    QString error;
    const QList<SlideSpec> deck = SlideRegistry::instance().resolve(
        SlideRegistry::instance().defaultDeck(), context, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Slides as PNG"), error);
        return;
    }
    auto *dialog
        = new PngExportDialog(deck, QDir::home().filePath(QStringLiteral("stargate-slides")), this);
    connect(dialog, &QDialog::finished, this, [this, dialog, context](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted)
            return;
        // Queued: the export shows a progress dialog, which runs events; the finishing dialog
        // must be out of its own signal first.
        QMetaObject::invokeMethod(
            this,
            [this, context, slides = dialog->chosenSlides(), folder = dialog->folder(),
                size = dialog->chosenSize()] { writePngs(context, slides, folder, size); },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void MainWindow::writePngs(const SlideContext &context, const QList<SlideSpec> &slides,
    const QString &folder, const QSize &size)
{
    QProgressDialog progress(tr("Writing the slides…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const QString error
        = DeckExporter(context, slides).exportPngs(folder, size, nullptr, [&progress](int percent) {
              progress.setValue(percent);
              return !progress.wasCanceled();
          });
    progress.reset();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Slides as PNG"), error);
    else
        statusBar()->showMessage(tr("%n slide(s) written to %1", nullptr, int(slides.size()))
                                     .arg(QDir::toNativeSeparators(folder)),
            10000);
    emit pngsExported(error);
}

void MainWindow::exportSnapshot()
{
    if (!m_snapshotExporter) // no session behind the window: nothing to write from
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Snapshot"),
        QDir::home().filePath(QStringLiteral("stargate-snapshot-%1.sqlite")
                                  .arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("Stargate snapshots (*.sqlite)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Writing the snapshot…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    const QString error = m_snapshotExporter(path, [&progress](int percent) {
        progress.setValue(percent);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Snapshot"), error);
    else
        statusBar()->showMessage(
            tr("Snapshot written to %1; it opens read-only.").arg(QDir::toNativeSeparators(path)),
            10000);
}

void MainWindow::openSnapshot()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Snapshot"), QDir::homePath(),
        tr("Stargate snapshots (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!m_isSnapshotFile || !m_isSnapshotFile(path)) {
        QMessageBox::warning(this, tr("Open Snapshot"),
            tr("%1 is not a Stargate Dashboard snapshot.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // A second window of its own process: this one keeps its store, feed and writer.
    if (!QProcess::startDetached(
            QCoreApplication::applicationFilePath(), { QStringLiteral("--db"), path }))
        QMessageBox::warning(this, tr("Open Snapshot"),
            tr("Cannot start a window for %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::setTableImporter(std::function<void(const QString &)> importer)
{
    m_tableImporter = std::move(importer);
    m_importTableAction->setEnabled(m_tableImporter && !isReadOnlySnapshot());
}

void MainWindow::chooseTableToImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Public Data"),
        QDir::homePath(), tr("Public tables (*.csv *.zip);;All files (*)"));
    if (!path.isEmpty())
        importPublicTable(path);
}

void MainWindow::importPublicTable(const QString &path)
{
    if (!m_tableImporter || isReadOnlySnapshot())
        return;
    ++m_pendingTableImports;
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_tableImporter(path);
}

void MainWindow::showTableImportResult(const QString &summary, bool failed, bool fromFile)
{
    // The further tables of a ZIP archive join the answer that is still open.
    if (fromFile && m_pendingTableImports == 0 && m_tableImportResult) {
        m_tableImportResult->setText(
            m_tableImportResult->text() + QStringLiteral("\n\n") + summary);
        if (failed)
            m_tableImportResult->setIcon(QMessageBox::Warning);
        return;
    }
    if (!fromFile || m_pendingTableImports == 0) {
        statusBar()->showMessage(summary, failed ? 30000 : 15000);
        return;
    }
    --m_pendingTableImports;
    statusBar()->clearMessage();
    auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information,
        tr("Import Public Data"), summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("tableImportResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_tableImportResult = box;
    box->open();
}

void MainWindow::editAlertThresholds()
{
    if (!m_alertMonitor)
        return;
    auto *dialog = new AlertThresholdsDialog(m_alertMonitor->thresholds(), this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted)
            return;
        const AlertThresholds thresholds = dialog->thresholds();
        AlertSettings::save(thresholds);
        m_alertMonitor->setThresholds(thresholds);
        // Queued: an evaluation may wait for the writer; the dialog finishes first.
        QMetaObject::invokeMethod(m_alertMonitor, &AlertMonitor::evaluateNow, Qt::QueuedConnection);
    });
    dialog->open();
}

void MainWindow::setAlertMonitor(AlertMonitor *monitor)
{
    m_alertMonitor = monitor;
    m_thresholdsAction->setEnabled(monitor != nullptr);
    connect(m_alertsPage, &AlertsPage::thresholdsRequested, this, &MainWindow::editAlertThresholds,
        Qt::UniqueConnection);
    const auto showAlerts = [this, monitor](const QList<AlertRecord> &alerts) {
        m_alertsPage->model()->setSourceNames(monitor->sourceNames());
        m_alertsPage->setAlerts(alerts);
    };
    connect(monitor, &AlertMonitor::alertsChanged, this, showAlerts);
    connect(monitor, &AlertMonitor::alertsChanged, this,
        [this, monitor] { showAlertCount(monitor->attentionCount()); });
    connect(monitor, &AlertMonitor::alertsRaised, m_notifier, &AlertNotifier::notify);
    // Badges on the map's markers and the site page: open alerts per site.
    const auto showSiteBadges = [this](const QList<AlertRecord> &alerts) {
        QHash<QString, int> open;
        for (const AlertRecord &alert : alerts) {
            if (alert.isOpen() && !alert.key.siteId.isEmpty())
                ++open[alert.key.siteId];
        }
        m_map->setOpenAlerts(open);
        m_site->setOpenAlerts(open);
    };
    connect(monitor, &AlertMonitor::alertsChanged, this, showSiteBadges);
    showSiteBadges(monitor->alerts());
    connect(m_alertsPage, &AlertsPage::acknowledgeRequested, monitor, &AlertMonitor::acknowledge);
    connect(
        m_alertsPage, &AlertsPage::unacknowledgeRequested, monitor, &AlertMonitor::unacknowledge);
    connect(m_alertsPage, &AlertsPage::commentRequested, monitor, &AlertMonitor::setComment);
    showAlerts(monitor->alerts());
    showAlertCount(monitor->attentionCount());
}

void MainWindow::showAlertCount(int count)
{
    const int index = int(m_pageNames.indexOf(QStringLiteral("alerts")));
    if (QListWidgetItem *item = m_navigation->item(index)) {
        item->setText(count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
        item->setToolTip(tr("%n alert(s) need attention", nullptr, count));
    }
}

QString MainWindow::navigationText(const QString &pageName) const
{
    const QListWidgetItem *item = m_navigation->item(int(m_pageNames.indexOf(pageName)));
    return item ? item->text() : QString();
}
