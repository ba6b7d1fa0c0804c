/* clone(CLONE_PIDFD) (issue 14): without CLONE_PARENT_SETTID the kernel stores the new process's
 * pidfd where parent_tid points, and strace prints it as an fd, [3] (with -y its anon_inode). */
#define _GNU_SOURCE
#include <linux/sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    int pidfd = -1;
    long pid = syscall(SYS_clone, CLONE_PIDFD | SIGCHLD, 0, &pidfd, 0, 0);
    if (pid == 0) _exit(0);
    waitpid((pid_t) pid, 0, 0);
    close(pidfd);
    return 0;
}
