/* epoll: epoll_ctl ADD/MOD/DEL with known events and data, epoll_wait/epoll_pwait/epoll_pwait2 returning
 * events, a bad event pointer and an event cut by an unmapped page. */
#include <signal.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void *volatile bad = (void *) 1;

int main(void)
{
	int p[2], e = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = {.events = EPOLLIN | EPOLLET, .data.u64 = 0x100000003ULL}, out[4];
	long page = sysconf(_SC_PAGESIZE);
	char *two = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct timespec ts = {0, 1000};
	sigset_t mask;

	if (e < 0 || pipe(p) || two == MAP_FAILED)
		return 1;
	munmap(two + page, page);
	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR1);

	epoll_ctl(e, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = EPOLLOUT;
	ev.data.fd = p[1];
	epoll_ctl(e, EPOLL_CTL_ADD, p[1], &ev);
	epoll_wait(e, out, 4, 0);
	write(p[1], "x", 1);
	epoll_wait(e, out, 4, 0);
	epoll_pwait(e, out, 1, 0, &mask);
	syscall(SYS_epoll_pwait2, e, out, 4, &ts, &mask, 8);
	ev.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;
	epoll_ctl(e, EPOLL_CTL_MOD, p[0], &ev);
	epoll_ctl(e, EPOLL_CTL_DEL, p[1], &ev);
	epoll_ctl(e, EPOLL_CTL_MOD, p[0], bad);
	epoll_ctl(e, EPOLL_CTL_MOD, p[0], (struct epoll_event *) (two + page - 8));
	epoll_wait(e, bad, 4, 0);
	epoll_wait(-1, out, 4, 0);
	return 0;
}
