// libFuzzer's driver entry point (compiler-rt, FuzzerInterface.h), for an executable that
// has its own main. Linked only into the fuzz build (-sanitize=fuzzer); the normal build
// never references it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
