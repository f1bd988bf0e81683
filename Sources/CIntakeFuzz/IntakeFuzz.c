// Declarations only (include/IntakeFuzz.h); SwiftPM needs one source file per C target.
#include "IntakeFuzz.h"
