/* timers: itimerspec (timerfd_settime/gettime, timer_settime/gettime), itimerval (setitimer/getitimer),
 * sigaltstack, waitid's siginfo and rusage, getrusage; bad pointers and structs cut by an unmapped page. */
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void *volatile bad = (void *) 1;

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *two = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC), p[2];
	struct itimerspec its = {{1, 500}, {100, 0}}, old;
	struct itimerval itv = {{0, 250000}, {100, 0}}, oldv;
	struct sigevent sev = {.sigev_notify = SIGEV_NONE};
	timer_t t;
	static char stack[8192];
	stack_t ss = {.ss_sp = stack, .ss_size = sizeof stack}, oss;
	siginfo_t si = {0};
	sigset_t chld;
	struct rusage ru;
	pid_t pid;

	if (two == MAP_FAILED || tfd < 0 || pipe(p))
		return 1;
	munmap(two + page, page);
	void *edge = two + page - 16;

	timerfd_settime(tfd, 0, &its, &old);
	timerfd_settime(tfd, 0, &its, NULL);
	timerfd_gettime(tfd, &old);
	timerfd_gettime(tfd, bad);
	timerfd_settime(tfd, 0, edge, NULL);
	timer_create(CLOCK_MONOTONIC, &sev, &t);
	timer_settime(t, TIMER_ABSTIME, &its, &old);
	timer_gettime(t, &old);
	timer_settime(t, 0, bad, NULL);

	setitimer(ITIMER_VIRTUAL, &itv, &oldv);
	getitimer(ITIMER_VIRTUAL, &oldv);
	itv.it_value.tv_sec = 0;
	setitimer(ITIMER_VIRTUAL, &itv, NULL);
	getitimer(ITIMER_REAL, bad);
	setitimer(ITIMER_PROF, edge, NULL);

	sigaltstack(&ss, &oss);
	sigaltstack(NULL, &oss);
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, NULL);
	sigaltstack(bad, NULL);
	sigaltstack(edge, NULL);

	/* no SIGCHLD line: whether it comes before or after waitid returns varies */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid = fork();
	if (pid == 0) {
		char c;
		close(p[1]);
		read(p[0], &c, 1);
		_exit(3);
	}
	syscall(SYS_waitid, P_PID, pid, &si, WEXITED | WNOHANG, NULL);
	close(p[1]);
	syscall(SYS_waitid, P_PID, pid, &si, WEXITED, &ru);
	syscall(SYS_waitid, P_ALL, 0, &si, WEXITED, NULL);
	syscall(SYS_waitid, P_ALL, 0, bad, WEXITED, bad);
	getrusage(RUSAGE_SELF, &ru);
	getrusage(RUSAGE_SELF, edge);
	return 0;
}
