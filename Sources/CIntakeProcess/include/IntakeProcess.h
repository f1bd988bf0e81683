#ifndef INTAKE_PROCESS_H
#define INTAKE_PROCESS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

// Process glue that Swift cannot call directly (macros, variadic or missing declarations):
// an in-memory file, passing a descriptor over a Unix socket, a helper process started
// with a socket as its descriptor 3, malloc_trim. Each returns
// -1 with errno set on failure, as the system calls do.

// memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING): an anonymous in-memory file,
// sealed against shrinking and further seals (F_SEAL_SHRINK, F_SEAL_SEAL) so that
// mappings of it stay valid.
int intake_memfd(const char *name);

// One datagram of `len` bytes carrying `fd` (SCM_RIGHTS), sent with MSG_NOSIGNAL.
ssize_t intake_send_fd(int sock, int fd, const void *buf, size_t len);

// One datagram into `buf`; a descriptor it carries is stored in `*fd` (else -1), opened
// close-on-exec. Returns the bytes received (0: the peer closed the socket).
ssize_t intake_recv_fd(int sock, void *buf, size_t len, int *fd);

// A SOCK_SEQPACKET socket pair, both ends close-on-exec.
int intake_seqpacket_pair(int fds[2]);

// posix_spawn of `path` with `argv` (NULL-terminated) and the environment, with
// `child_fd` as the child's descriptor 3, /dev/null as 0, 1 and 2, no other descriptor,
// an empty signal mask and default signal actions. Returns the child's pid.
pid_t intake_spawn_with_fd(const char *path, char *const argv[], int child_fd);

// The GNU build ID of the running executable (its NT_GNU_BUILD_ID note), copied into
// `out` (at most `cap` bytes). Returns its length; 0 when it has none or it is longer.
size_t intake_build_id(unsigned char *out, size_t cap);

// glibc's malloc_trim(0): gives the heap's free pages back (a helper between checks).
void intake_malloc_trim(void);

// The bytes malloc holds free (glibc's mallinfo2: fordblks, in every arena): what
// malloc_trim could give back.
size_t intake_malloc_free_bytes(void);

// renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE): an atomic rename that fails
// with EEXIST instead of replacing `to` (EINVAL where the file system cannot, ENOSYS on a
// kernel without it).
int intake_rename_noreplace(const char *from, const char *to);

#endif
