// --collect: poll and store without a window, for a machine that feeds a snapshot to
// presenters. Runs until the duration ends or SIGINT/SIGTERM arrives, then commits what it
// has and exits 0; 1 when the store could not be written and samples were lost (standard
// error names the store and the count). While the store cannot be written, standard error
// says so when it starts and when it ends. Its last line counts the samples the feed handed
// over and how many were written (the rest: already stored, refused, not written).
#pragma once

class DashboardSession;

namespace CollectMode {
int run(DashboardSession &session, int durationSeconds);
}
