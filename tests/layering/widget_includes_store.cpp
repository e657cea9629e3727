// Must not compile: a widget reaches no store header (widgets do not link store/).
#include "store/store.h"
