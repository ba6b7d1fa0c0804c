/* Issue 14's printers: extensible structs longer than known (clone3's clone_args, openat2's
 * open_how: nonzero tail bytes, an unreadable tail), arguments named by another argument (waitid's
 * id, ioprio's who, reboot's command string), 64-bit arguments (pkey_alloc, mbind's mode,
 * kexec_load's flags) and flag tables with their unknown names. Every call fails harmlessly. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/openat2.h>
#include <linux/reboot.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(map + page, page);
    char *end = map + page; /* the unmapped page starts here */

    /* open_how: 8 zero bytes past the known 24, then nonzero ones, then a tail running off the page */
    uint64_t how[4] = {O_RDONLY, 0, RESOLVE_NO_XDEV, 0};
    syscall(SYS_openat2, -1, "jstrace-ext", how, sizeof how);
    how[3] = 0x8786858483828180ull;
    syscall(SYS_openat2, -1, "jstrace-ext", how, sizeof how);
    memcpy(end - 24, how, 24);
    syscall(SYS_openat2, -1, "jstrace-ext", end - 24, 32);
    how[1] = 0x40;
    how[2] = 0x80;
    syscall(SYS_openat2, -1, "jstrace-ext", how, 24);

    /* clone_args (88 bytes known): a bad exit signal, a tail, set_tid, cgroup without the flag */
    uint64_t args[12] = {0};
    args[4] = 0xdeadbeefcafef00dull;
    args[11] = 0xfacefeeddecaffedull;
    syscall(SYS_clone3, args, sizeof args);
    args[4] = 0;
    args[11] = 0;
    int tids[2] = {-1, 12345};
    args[8] = (uintptr_t) tids;
    args[9] = 2;
    syscall(SYS_clone3, args, 88);
    args[8] = 0;
    args[9] = 0;
    args[10] = 7;
    args[0] = 0x200000000ull | 0x80 | 0x1000 /* CLONE_PIDFD */;
    args[1] = 0;
    syscall(SYS_clone3, args, 88);
    memset(end - 64, 0, 64);
    syscall(SYS_clone3, end - 64, 72);

    /* arguments named by another one */
    syscall(SYS_waitid, P_PID, getpid(), NULL, WNOHANG | WEXITED | WSTOPPED, NULL);
    syscall(SYS_waitid, 0x1234, -5, NULL, WEXITED, NULL);
    syscall(SYS_wait4, -1, NULL, WNOHANG | WSTOPPED | __WALL, NULL);
    syscall(SYS_ioprio_get, 1, getpid());
    syscall(SYS_ioprio_get, 0xfa57beef, 1);
    syscall(SYS_ioprio_set, 2, 0, 0x1fff);
    syscall(SYS_ioprio_set, 0xfa57beef, -1, 0xfacefeedfacefeedull);
    syscall(SYS_reboot, 0, 0, LINUX_REBOOT_CMD_CAD_OFF, "ignored");
    syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, 0x13111992, LINUX_REBOOT_CMD_RESTART2, "now");
    syscall(SYS_reboot, 0xffffffffu, LINUX_REBOOT_MAGIC2, 0x9caffee1, NULL);

    /* full-width arguments and unknown names */
    syscall(SYS_pkey_alloc, 0xbadc0ded00000000ull, 0xbadc0ded00000002ull);
    syscall(SYS_pkey_alloc, 0, 0xbadc0de8);
    syscall(SYS_mbind, map, page, 0xffff1fffull, NULL, 0, 0);
    syscall(SYS_mbind, map, page, 0xffffffff00000000ull, NULL, 0, 0);
    syscall(SYS_kexec_load, 0, 0, NULL, 0xbadc0dedda7a1054ull);
    syscall(SYS_kexec_load, 0, 17, NULL, (42 << 16) | 3);
    uint64_t segs[8] = {0, 10, 0x1000, 20, (uintptr_t) map, 30, 0x2000, 40};
    syscall(SYS_kexec_load, 0x1000, 2, segs, 0xdead0000ull);
    syscall(SYS_kexec_load, 0x1000, 17, segs, 0);
    int fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
    close(fd);
    return 0;
}
