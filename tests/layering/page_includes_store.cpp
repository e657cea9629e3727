// Must not compile: a page reaches no store header (pages do not link store/).
// Not a QTest case: the assertion is the CTest test of the same name (tests/layering/
// CMakeLists.txt), which passes only on the compiler's "store/store.h: No such file" error.
#include "store/store.h"
