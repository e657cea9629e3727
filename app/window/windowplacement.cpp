#include "window/windowplacement.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
// The frame in screen coordinates as saved, checked against today's screens before
// restoreGeometry(), which would otherwise squeeze it onto whichever screen is nearest.
const QString kFrameKey = QStringLiteral("window/frame");

// Enough of the title bar on a screen to grab it with the mouse.
constexpr int kMinimumGrabWidth = 120;
constexpr int kTitleStripHeight = 32;

QList<QRect> availableScreenGeometries()
{
    QList<QRect> screens;
    for (const QScreen *screen : QGuiApplication::screens())
        screens.append(screen->availableGeometry());
    return screens;
}

QRect primaryAvailable()
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return screen->availableGeometry();
    return QRect(QPoint(0, 0), WindowPlacement::kComfortableSize);
}

void placeAsFirstStart(QMainWindow &window)
{
    const WindowPlacement::Initial initial = WindowPlacement::firstStart(primaryAvailable());
    window.setGeometry(initial.geometry);
    if (initial.maximized)
        window.setWindowState(window.windowState() | Qt::WindowMaximized);
}

} // namespace

namespace WindowPlacement {

Initial firstStart(const QRect &available)
{
    Initial initial;
    if (available.width() < kComfortableSize.width()
        || available.height() < kComfortableSize.height()) {
        // A laptop or projector: use all of it, as users do with a dashboard.
        initial.geometry = available;
        initial.maximized = true;
        return initial;
    }
    initial.geometry = QRect(QPoint(0, 0), kComfortableSize);
    initial.geometry.moveCenter(available.center());
    return initial;
}

bool isReachable(const QRect &frame, const QList<QRect> &availableScreens)
{
    const QRect titleStrip(frame.topLeft(), QSize(frame.width(), kTitleStripHeight));
    for (const QRect &screen : availableScreens) {
        const QRect overlap = titleStrip.intersected(screen);
        if (overlap.width() >= std::min(kMinimumGrabWidth, frame.width()) && overlap.height() > 0)
            return true;
    }
    return false;
}

QString restore(QMainWindow &window, const QSettings &settings)
{
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    const QRect savedFrame = settings.value(kFrameKey).toRect();
    if (geometry.isEmpty() || !isReachable(savedFrame, availableScreenGeometries())
        || !window.restoreGeometry(geometry)) {
        placeAsFirstStart(window);
    }
    window.restoreState(settings.value(kStateKey).toByteArray());
    return settings.value(kPageKey).toString();
}

void save(const QMainWindow &window, const QString &pageName, QSettings &settings)
{
    settings.setValue(kGeometryKey, window.saveGeometry());
    settings.setValue(kStateKey, window.saveState());
    settings.setValue(kFrameKey, window.frameGeometry());
    settings.setValue(kPageKey, pageName);
}

} // namespace WindowPlacement
