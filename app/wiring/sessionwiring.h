// Connects a window to the session that owns the store: the Site page's reads and writes,
// the writer's answers and errors, and the snapshot files of the File menu. The one place
// where the window and the store's owner meet, so that neither the pages nor the window
// include anything of the store.
#pragma once

class DashboardSession;
class MainWindow;
class SitePage;

namespace SessionWiring {

// Everything below, for the window of a running dashboard.
void connectWindow(DashboardSession &session, MainWindow &window);
// The Site page's detail comes from the session; its writes go to the session, which carries
// them to the writer; the writer's answers come back to the page.
void connectSitePage(DashboardSession &session, SitePage &page);
// While the store cannot be written, the window shows a red banner saying so (and standard
// error a line when it starts and when it ends).
void connectWriteState(DashboardSession &session, MainWindow &window);

} // namespace SessionWiring
