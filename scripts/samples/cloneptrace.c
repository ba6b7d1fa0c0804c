/* clone(CLONE_PTRACE): the child is traced by whoever traces the parent, even without -f. The
 * parent stops the child with SIGTERM and waits for it; a tracer that kept the child stopped would
 * make this wait forever. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static char stack[64 * 1024] __attribute__((aligned(16)));

static int child(void *arg) {
    (void) arg;
    for (;;) pause();
    return 0;
}

int main(void) {
    pid_t pid = clone(child, stack + sizeof stack, CLONE_PTRACE | SIGCHLD, NULL);
    if (pid < 0) {
        perror("clone");
        return 1;
    }
    kill(pid, SIGTERM);
    int status;
    if (waitpid(pid, &status, 0) != pid) {
        perror("waitpid");
        return 1;
    }
    printf("child %s\n", WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM ? "terminated" : "ended otherwise");
    return 0;
}
