// Must not compile: a page reaches no store header (pages do not link store/).
#include "store/store.h"
