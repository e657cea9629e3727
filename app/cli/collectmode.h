// --collect: poll and store without a window, for a machine that feeds a snapshot to
// presenters. Runs until the duration ends or SIGINT/SIGTERM arrives, then commits what it
// has and exits 0.
#pragma once

class DashboardSession;

namespace CollectMode {
int run(DashboardSession &session, int durationSeconds);
}
