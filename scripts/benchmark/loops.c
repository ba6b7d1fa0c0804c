/* Loop programs for scripts/bench: each runs one kind of system call N times and prints
 * "LOOP name ops=N ns=T" where T is the loop's own time (CLOCK_MONOTONIC through the vDSO, so a
 * tracer's start-up and exec are not in it). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static long per_thread;
static void *spin(void *arg) {
    (void) arg;
    for (long i = 0; i < per_thread; i++) syscall(SYS_getppid);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: loops sysloop|writeloop|openloop|threads|forkloop N\n");
        return 2;
    }
    const char *mode = argv[1];
    long n = atol(argv[2]), ops = n;
    long long t0 = now();
    if (!strcmp(mode, "sysloop")) {
        for (long i = 0; i < n; i++) syscall(SYS_getppid);
    } else if (!strcmp(mode, "writeloop")) {
        int fd = open("/dev/null", O_WRONLY);
        t0 = now();
        for (long i = 0; i < n; i++) if (write(fd, "x", 1) != 1) return 1;
    } else if (!strcmp(mode, "openloop")) {
        for (long i = 0; i < n; i++) close(open("/etc/hostname", O_RDONLY));
        ops = 2 * n;
    } else if (!strcmp(mode, "threads")) {
        pthread_t t[4];
        per_thread = n / 4;
        for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, spin, NULL);
        for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    } else if (!strcmp(mode, "forkloop")) {
        for (long i = 0; i < n; i++) {
            pid_t p = fork();
            if (p == 0) _exit(0);
            waitpid(p, NULL, 0);
        }
    } else {
        fprintf(stderr, "loops: unknown mode %s\n", mode);
        return 2;
    }
    printf("LOOP %s ops=%ld ns=%lld\n", mode, ops, now() - t0);
    return 0;
}
