// Must compile: the control of the probes beside it. A page reads plain values from query/;
// were this one to fail, the failing probes would prove nothing.
#include "query/dashboardsnapshot.h"
