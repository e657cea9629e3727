// Must compile: the control of the probes beside it. A page reads plain values from query/;
// were this one to fail, the failing probes would prove nothing.
// Not a QTest case: its CTest test passes only when this file builds against pages.
#include "query/dashboardsnapshot.h"
