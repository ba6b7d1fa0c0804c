/* Flag sets with no named bit (strace then comments 0x... with X_???), flags strace prints in hex, and
 * small pointed-to values: each call fails harmlessly (bad fds, bad flags) or only reads. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
    syscall(SYS_dup3, -5, 7, 0x1);
    syscall(SYS_faccessat, -1, "/", 0x8);
    syscall(SYS_setns, -1, 0x1);
    syscall(SYS_fsopen, "jstrace-no-fs", 0x2);
    syscall(SYS_inotify_init1, 0x1);
    syscall(SYS_pidfd_open, 1, 0x2);
    syscall(SYS_fsmount, -1, 0, 0x40);
    syscall(SYS_landlock_restrict_self, -1, 0x1);
    syscall(SYS_process_mrelease, -1, 0x5);
    syscall(SYS_process_madvise, -1, 0, 0, MADV_NORMAL, 0x3);
    long long in = 42, out = -7;
    syscall(SYS_splice, -1, &in, -2, &out, 16, 0);
    void *page = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    unsigned char vec[2];
    *(char *) page = 1;
    syscall(SYS_mincore, page, 4097, vec);
    syscall(SYS_mincore, page, 8192, (void *) 1);
    unsigned int action = SECCOMP_RET_LOG;
    syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action);
    struct sock_filter insn = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    struct sock_fprog prog = {1, &insn};
    /* an unknown flag: refused before any filter is installed */
    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x100, &prog);
    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x1000, (void *) 1);
    return 0;
}
