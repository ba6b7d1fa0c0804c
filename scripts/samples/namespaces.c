/*
 * Calls that enter new namespaces (for -e namespace=new): clone and clone3 of a child in a new user
 * namespace, unshare of a user and a UTS namespace, setns into that UTS namespace by fd and by 0.
 * Each child waits on a pipe until its clone has returned, so its /proc/PID/ns is there to read.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void child_waits(int in) {
    char c;
    read(in, &c, 1);
    _exit(0);
}

static int spawned(long pid, int p[2]) {
    if (pid == 0) child_waits(p[0]);
    if (pid < 0) return 1;
    write(p[1], "x", 1);
    waitpid((pid_t) pid, NULL, 0);
    return 0;
}

int main(void) {
    int p[2];
    if (pipe(p) != 0) return 1;
    int failed = spawned(syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0), p);
    struct clone_args args;
    memset(&args, 0, sizeof args);
    args.flags = CLONE_NEWUSER;
    args.exit_signal = SIGCHLD;
    failed |= spawned(syscall(SYS_clone3, &args, sizeof args), p);
    if (unshare(CLONE_NEWUSER | CLONE_NEWUTS) != 0) return 1;
    int uts = open("/proc/self/ns/uts", O_RDONLY);
    failed |= setns(uts, CLONE_NEWUTS) != 0;
    failed |= setns(uts, 0) != 0;
    return failed;
}
