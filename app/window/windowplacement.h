// Where the main window opens, and what it remembers between runs: its frame, its state
// and its last page. The first start fits the screen it opens on; a frame saved on a screen
// that no longer exists (a projector unplugged, a laptop undocked) falls back to the primary
// screen instead of opening out of reach.
#pragma once

#include <QList>
#include <QRect>
#include <QString>

class QMainWindow;
class QSettings;

namespace WindowPlacement {

// Below this the window is maximised rather than given a frame that does not fit.
inline constexpr QSize kComfortableSize { 1600, 960 };

struct Initial
{
    QRect geometry; // the frame's client geometry when not maximised
    bool maximized = false;
};

// The first start on a screen with this available geometry (without panels and docks).
Initial firstStart(const QRect &available);

// Whether a window at `frame` can be reached on these screens: a strip along its top (the
// title bar, where a user grabs it) must overlap one of them by a usable amount.
bool isReachable(const QRect &frame, const QList<QRect> &availableScreens);

// Restores the saved frame and state, or places the window as on a first start. Returns the
// saved page name (empty when none), for the caller to open when no page was asked for.
QString restore(QMainWindow &window, const QSettings &settings);

// Saves frame, state and page; called when the window closes.
void save(const QMainWindow &window, const QString &pageName, QSettings &settings);

} // namespace WindowPlacement
