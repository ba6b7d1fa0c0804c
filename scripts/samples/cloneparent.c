/* clone(CLONE_PARENT): the child is a sibling of this process, a child of the tracer, which reaps it
 * without tracing it (strace: "Exit of unknown pid N ignored"). Prints the child's pid, then waits until
 * it is gone, so the tracer has seen its exit before this process ends. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static char stack[64 * 1024] __attribute__((aligned(16)));

static int child(void *arg) {
    (void) arg;
    return 42;
}

int main(void) {
    pid_t pid = clone(child, stack + sizeof stack, CLONE_PARENT | SIGCHLD, NULL);
    if (pid < 0) {
        perror("clone");
        return 1;
    }
    while (kill(pid, 0) == 0)
        ;
    if (errno != ESRCH) return 1;
    printf("%d\n", pid);
    return 0;
}
