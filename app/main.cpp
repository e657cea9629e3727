// stargate-dashboard: the window, or with --report / --screenshot a command-line tool.
#include "cli/collectmode.h"
#include "cli/commandline.h"
#include "cli/exportcommand.h"
#include "cli/quitonsignal.h"
#include "pages/feedspage.h"
#include "presentation/presentationwindow.h"
#include "presentation/slideregistry.h"
#include "query/executivereport.h"
#include "query/projectioncontroller.h"
#include "query/snapshotpublisher.h"
#include "session/dashboardsession.h"
#include "widgets/theme.h"
#include "window/mainwindow.h"
#include "window/windowplacement.h"
#include "wiring/sessionwiring.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "stargate-dashboard: %s\n", qPrintable(message));
}

QLocale installTranslation(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty()
        ? QLocale::system()
        : QLocale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
            language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    const bool german = locale.language() == QLocale::German;
    // English needs a catalogue too: it holds the plural forms ("1 site", "2 sites").
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(german ? QStringLiteral(":/i18n/stargate_de.qm")
                                   : QStringLiteral(":/i18n/stargate_en.qm")))
        QCoreApplication::installTranslator(appTranslator);
    if (german) {
        auto *qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QStringLiteral("/usr/share/qt6/translations")))
            QCoreApplication::installTranslator(qtTranslator);
    }
    return locale;
}

// Saves a grab of the window under a temporary name first, so that a failed write leaves
// no half file under the final name.
bool saveScreenshot(QWidget *window, const QString &path)
{
    const QPixmap pixmap = window->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(QCoreApplication::translate("main", "Cannot write the screenshot %1: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (!pixmap.save(&file, "PNG") || !file.commit()) {
        printError(QCoreApplication::translate("main", "Cannot write the screenshot %1: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

// The program's name and version, set before any application object exists: --help and
// --version print them without one.
void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Stargate Dashboard"));
    QCoreApplication::setApplicationName(QStringLiteral("stargate-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARGATE_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// QApplication for the window, screenshots and exports; QCoreApplication for the modes
// without a window, which therefore run without a display or a platform plugin.
std::unique_ptr<QCoreApplication> createApplication(
    int &argc, char **argv, const CommandLineOptions &options)
{
    if (options.collect || !options.reportFormat.isEmpty())
        return std::make_unique<QCoreApplication>(argc, argv);
    // Screenshots and exports render offscreen: they need no display.
    if ((!options.screenshotPath.isEmpty() || options.exports())
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

// "site:<id>" in --page names a site of the open store; false (after saying so) otherwise.
bool knowsSitePage(DashboardSession &session, const QString &page)
{
    const QString siteId = MainWindow::siteIdOfPageName(page);
    if (siteId.isEmpty())
        return true;
    QStringList known;
    for (const Site &site : session.store().sites())
        known.append(site.id);
    if (known.contains(siteId))
        return true;
    printError(
        QCoreApplication::translate("main", "Unknown site \"%1\" in --page; known sites: %2.")
            .arg(siteId, known.join(QStringLiteral(", "))));
    return false;
}

// Starts what the options poll (nothing for a snapshot); false when that failed.
bool startFeed(DashboardSession &session, const CommandLineOptions &options)
{
    QString feedError;
    const bool explicitFeed = options.demo || !options.sourcesPath.isEmpty();
    if (session.isSnapshot() && explicitFeed)
        printError(QCoreApplication::translate(
            "main", "This is a read-only snapshot: polling stays off."));
    switch (session.isSnapshot() ? CommandLineOptions::Feed::None : options.feed()) {
    case CommandLineOptions::Feed::Demo:
        feedError = session.startDemoFeed();
        break;
    case CommandLineOptions::Feed::Sources:
        feedError = session.startFeed(options.sourcesPath);
        break;
    case CommandLineOptions::Feed::None:
        break;
    }
    if (!feedError.isEmpty())
        printError(feedError);
    return feedError.isEmpty();
}

void applyTheme()
{
    qApp->setStyleSheet(Theme::styleSheet());
    QFont font = QApplication::font();
    font.setPointSizeF(std::max<qreal>(font.pointSizeF(), 10.5));
    QApplication::setFont(font);
}

// --screenshot: shows the window (or with --present its presentation) offscreen, grabs it
// once laid out and exits with the status of the write.
int takeScreenshot(MainWindow &window, const CommandLineOptions &options)
{
    window.resize(options.size);
    window.setAttribute(Qt::WA_DontShowOnScreen, qgetenv("QT_QPA_PLATFORM") != "offscreen");
    window.show();
    // --present --screenshot grabs the presentation (its first slide, with the counter).
    QWidget *grabbed = &window;
    if (options.present) {
        PresentationWindow *presentation = window.startPresentation(options.slides, 0);
        presentation->setAttribute(
            Qt::WA_DontShowOnScreen, qgetenv("QT_QPA_PLATFORM") != "offscreen");
        presentation->showNormal();
        presentation->resize(options.size);
        grabbed = presentation;
    }
    int status = 1;
    // Once the event loop has laid out and polished the window, grab it.
    QTimer::singleShot(0, &window, [&] {
        status = saveScreenshot(grabbed, options.screenshotPath) ? 0 : 1;
        QCoreApplication::exit(status);
    });
    QCoreApplication::exec();
    return status;
}

// The window on the session, until it closes (or the screenshot is written).
int runWindow(DashboardSession &session, const CommandLineOptions &options,
    const QString &databasePath, const QLocale &locale)
{
    applyTheme();
    MainWindow window(session.publisher(), session.projections(), databasePath, locale);
    SessionWiring::connectWindow(session, window);
    window.setAlertMonitor(session.alerts());
    window.feedsPage()->setPollingControllable(session.feedRunning());
    QObject::connect(window.feedsPage(), &FeedsPage::sourceEnabledRequested, &session,
        &DashboardSession::setSourceEnabled);
    if (!options.screenshotPath.isEmpty()) {
        if (options.timeRange)
            window.setTimeRange(*options.timeRange);
        window.showPage(options.page);
        return takeScreenshot(window, options);
    }
    QSettings settings;
    const QString lastPage = WindowPlacement::restore(window, settings);
    window.restoreTimeRanges(settings);
    if (options.timeRange)
        window.setTimeRange(*options.timeRange);
    // A page that no longer exists (a site removed since) falls back to the default.
    if (options.pageGiven || !window.showPage(lastPage))
        window.showPage(options.page);
    window.show();
    // What --import stored, also for a user who did not start from a terminal.
    if (const QStringList imports = session.importSummaries(); !imports.isEmpty())
        window.showTableImportResult(imports.join(QLatin1Char(' ')), false, false);
    if (options.present)
        window.startPresentation(options.slides, options.autoAdvanceSeconds);
    // A session ending (SIGTERM at logout, Ctrl+C in a terminal) closes the window as the
    // close button does, so its place and page are remembered either way.
    QuitOnSignal quitOnSignal;
    const int status = QCoreApplication::exec();
    WindowPlacement::save(window, window.currentPageName(), settings);
    window.saveTimeRanges(settings);
    return status;
}

// The one-shot modes and the window, on an open session.
int runMode(DashboardSession &session, const CommandLineOptions &options,
    const QString &databasePath, const QLocale &locale)
{
    if (options.collect)
        return CollectMode::run(session, options.durationSeconds);
    if (!options.reportFormat.isEmpty()) {
        const QJsonDocument report(ExecutiveReport::toJson(
            session.publisher()->snapshot(), &session.projections()->result()));
        std::fputs(report.toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    if (options.exports())
        return ExportCommand::run(session, options, locale);
    return runWindow(session, options, databasePath, locale);
}

} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any application object exists, so that --help,
    // --version and the errors need no display (QApplication aborts without one), and so
    // that it decides which application object the mode needs.
    setApplicationIdentity();
    const CommandLine::Result parsed
        = CommandLine::parse(argumentsOf(argc, argv), MainWindow::pageNames());
    if (parsed.exitNow) {
        std::fputs(qPrintable(parsed.output), stdout);
        return 0;
    }
    if (!parsed.error.isEmpty()) {
        printError(parsed.error);
        return 2;
    }
    const CommandLineOptions &options = parsed.options;
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv, options);
    const QLocale locale = installTranslation(*app, options.language);
    const bool commandLineMode = options.collect || !options.reportFormat.isEmpty()
        || !options.screenshotPath.isEmpty() || options.exports();
    const QString slideError = SlideRegistry::instance().validate(options.slides);
    if (!slideError.isEmpty()) {
        printError(slideError);
        return 2;
    }
    // Polled data must not be mistaken for reported data; the feed starts after the store opened.

    DashboardSession session;
    const QString databasePath = options.databasePath.isEmpty()
        ? Store::defaultPath()
        : QFileInfo(options.databasePath).absoluteFilePath();
    session.setStartupImports(options.importPaths);
    if (!options.sourcesPath.isEmpty())
        session.loadTableMappings(options.sourcesPath); // its errors: when the feed starts
    const QString error = session.open(databasePath);
    if (!error.isEmpty()) {
        printError(error);
        if (!commandLineMode)
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Stargate Dashboard"), error);
        return 1;
    }
    for (const QString &warning : session.warnings())
        printError(warning);
    for (const QString &summary : session.importSummaries())
        printError(summary);
    if (!knowsSitePage(session, options.page))
        return 2;
    if (!startFeed(session, options) && commandLineMode)
        return 1;
    return runMode(session, options, databasePath, locale);
}
