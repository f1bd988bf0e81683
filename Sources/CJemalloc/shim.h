// jemalloc (Debian's libjemalloc, unprefixed: linked in, it serves the whole process'
// malloc). Only its control interface is declared here: <jemalloc/jemalloc.h> would
// declare malloc and free a second time beside the C library's.
#include <stddef.h>
int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
