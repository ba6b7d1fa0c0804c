/* msghdr: sendmsg/recvmsg on a unix socket pair (data, an fd passed with SCM_RIGHTS) and on a loopback
 * UDP socket (msg_name), a bad msghdr pointer, a msghdr cut by an unmapped page, a failed recvmsg. */
#include <netinet/in.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

static void *volatile bad = (void *) 1;

int main(void)
{
	int sv[2], u;
	char buf[16], ctl[CMSG_SPACE(sizeof(int))], rctl[64];
	struct iovec iov = {"hi there", 8}, riov = {buf, sizeof buf};
	struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1};
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)}, from;
	socklen_t alen = sizeof a;
	long page = sysconf(_SC_PAGESIZE);
	char *two = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) || two == MAP_FAILED)
		return 1;
	munmap(two + page, page);

	sendmsg(sv[0], &m, 0);
	struct msghdr r = {.msg_iov = &riov, .msg_iovlen = 1};
	recvmsg(sv[1], &r, 0);

	m.msg_control = ctl;
	m.msg_controllen = sizeof ctl;
	struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &sv[0], sizeof(int));
	sendmsg(sv[0], &m, MSG_DONTWAIT);
	r.msg_control = rctl;
	r.msg_controllen = sizeof rctl;
	recvmsg(sv[1], &r, MSG_CMSG_CLOEXEC);

	r.msg_controllen = 0;
	recvmsg(sv[1], &r, MSG_DONTWAIT);
	sendmsg(sv[0], bad, 0);
	recvmsg(sv[1], bad, MSG_DONTWAIT);
	sendmsg(sv[0], (struct msghdr *) (two + page - 24), 0);
	/* control data running into the unmapped page */
	m.msg_control = two + page - 16;
	m.msg_controllen = 32;
	sendmsg(sv[0], &m, 0);

	u = socket(AF_INET, SOCK_DGRAM, 0);
	bind(u, (struct sockaddr *) &a, sizeof a);
	getsockname(u, (struct sockaddr *) &a, &alen);
	struct msghdr d = {.msg_name = &a, .msg_namelen = sizeof a, .msg_iov = &iov, .msg_iovlen = 1};
	sendmsg(u, &d, 0);
	struct msghdr dr = {.msg_name = &from, .msg_namelen = 32, .msg_iov = &riov, .msg_iovlen = 1};
	recvmsg(u, &dr, 0);
	return 0;
}
