/* kcmp and pidfd_getfd (issue 14): fds of the process named beside them (-y prints them so). */
#include <fcntl.h>
#include <linux/kcmp.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
    int self = getpid();
    int null = open("/dev/null", O_RDONLY), zero = open("/dev/zero", O_RDONLY), same = dup(null);
    /* the same file (0): kcmp orders other files by kernel addresses, which vary */
    syscall(SYS_kcmp, self, self, KCMP_FILE, null, same);
    syscall(SYS_kcmp, self, self, KCMP_VM, 1, 2);
    syscall(SYS_kcmp, -1, -1, 0xdead, 0xfeedface0001UL, 2);
    struct kcmp_epoll_slot slot = {.efd = null, .tfd = zero, .toff = 3};
    syscall(SYS_kcmp, self, self, KCMP_EPOLL_TFD, null, &slot);
    syscall(SYS_kcmp, self, self, KCMP_EPOLL_TFD, null, (void *) 1);
    int pidfd = syscall(SYS_pidfd_open, self, 0);
    syscall(SYS_pidfd_getfd, pidfd, zero, 0);
    syscall(SYS_pidfd_getfd, -1, zero, 0);
    return 0;
}
