/* Small structures: times, utime/utimes/futimesat, sched params, timer_create's sigevent, POSIX
 * message queue attributes, get_robust_list, openat2's open_how, personality. Each with a bad
 * pointer and a structure that runs into an unmapped page. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/openat2.h>
#include <mqueue.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/personality.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#define BAD ((void *) 1)

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(map + page, page);
    char *end = map + page; /* the unmapped page starts here */

    struct tms t;
    syscall(SYS_times, &t);
    syscall(SYS_times, BAD);

    /* a fixed name in a private directory, so traces of two runs compare equal */
    char dir[] = "/tmp/jstrace-misc-XXXXXX";
    if (!mkdtemp(dir) || chdir(dir) != 0) return 1;
    const char *path = "f";
    int fd = open(path, O_RDWR | O_CREAT, 0600);
    struct utimbuf ub = {.actime = 1000000000, .modtime = 1700000000};
    syscall(SYS_utime, path, &ub);
    syscall(SYS_utime, path, NULL);
    syscall(SYS_utime, path, BAD);
    syscall(SYS_utime, path, end - 8);
    struct timeval tv[2] = {{1000000000, 5}, {1700000000, 0}};
    syscall(SYS_utimes, path, tv);
    syscall(SYS_utimes, path, end - 16);
    syscall(SYS_futimesat, AT_FDCWD, path, tv);
    syscall(SYS_futimesat, AT_FDCWD, path, BAD);

    struct sched_param sp = {0};
    syscall(SYS_sched_getparam, 0, &sp);
    syscall(SYS_sched_setparam, 0, &sp);
    syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
    syscall(SYS_sched_getparam, 0, BAD);
    syscall(SYS_sched_setparam, 0, end - 2);

    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR1;
    sev.sigev_value.sival_int = 42;
    int timer = -1;
    syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &timer);
    sev.sigev_notify = SIGEV_NONE;
    sev.sigev_value.sival_ptr = NULL;
    syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &timer);
    syscall(SYS_timer_create, CLOCK_REALTIME, NULL, &timer);
    syscall(SYS_timer_create, CLOCK_REALTIME, BAD, &timer);
    syscall(SYS_timer_create, CLOCK_REALTIME, end - 16, &timer);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGALRM;
    sev._sigev_un._tid = getpid();
    syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, BAD);

    struct mq_attr attr = {.mq_flags = 0, .mq_maxmsg = 4, .mq_msgsize = 16};
    mq_unlink("jstrace-misc");
    int mq = syscall(SYS_mq_open, "jstrace-misc", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
    syscall(SYS_mq_unlink, "jstrace-misc");
    syscall(SYS_mq_open, "jstrace-missing", O_RDONLY, 0, NULL);
    syscall(SYS_mq_open, "jstrace-misc2", O_RDWR | O_CREAT, 0600, BAD);
    struct mq_attr nattr = {.mq_flags = O_NONBLOCK}, oattr;
    syscall(SYS_mq_getsetattr, mq, &nattr, &oattr);
    syscall(SYS_mq_getsetattr, mq, NULL, &oattr);
    syscall(SYS_mq_getsetattr, mq, BAD, &oattr);
    syscall(SYS_mq_getsetattr, mq, NULL, end - 8);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR2;
    syscall(SYS_mq_notify, mq, &sev);
    syscall(SYS_mq_notify, mq, NULL);
    syscall(SYS_mq_notify, mq, BAD);

    void *head;
    size_t len;
    syscall(SYS_get_robust_list, 0, &head, &len);
    syscall(SYS_get_robust_list, 0, BAD, &len);
    syscall(SYS_get_robust_list, 0, &head, BAD);

    struct open_how how = {.flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_NO_SYMLINKS};
    int o = syscall(SYS_openat2, AT_FDCWD, path, &how, sizeof how);
    if (o >= 0) close(o);
    struct open_how how2 = {.flags = O_WRONLY | O_CREAT, .mode = 0640, .resolve = RESOLVE_BENEATH | RESOLVE_IN_ROOT};
    syscall(SYS_openat2, AT_FDCWD, "nonexistent/x", &how2, sizeof how2);
    syscall(SYS_openat2, AT_FDCWD, path, &how, 8);
    syscall(SYS_openat2, AT_FDCWD, path, BAD, sizeof how);
    syscall(SYS_openat2, AT_FDCWD, path, end - 16, sizeof how);

    int pers = syscall(SYS_personality, 0xffffffff);
    syscall(SYS_personality, pers | ADDR_NO_RANDOMIZE);
    syscall(SYS_personality, pers);

    unlink(path);
    close(fd);
    chdir("/");
    rmdir(dir);
    return 0;
}
