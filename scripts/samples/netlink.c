/* netlink: on a NETLINK_ROUTE socket, an RTM_GETLINK dump request whose first reply is read into a
 * buffer that holds only its header and ifinfomsg (the loopback interface, first in every network
 * namespace), then a malformed buffer (a message with nlmsg_len below the header size followed by
 * bytes too few for a header), a request of an unknown type asking for an ack, and the NLMSG_ERROR
 * that answers it; a send from an unmapped address. */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void receive(int fd, void *buf, size_t len)
{
	struct sockaddr_nl from;
	struct iovec iov = {buf, len};
	struct msghdr m = {.msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &iov, .msg_iovlen = 1};
	recvmsg(fd, &m, 0);
}

static int open_route(void)
{
	struct sockaddr_nl nl = {.nl_family = AF_NETLINK};
	int fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	if (fd < 0 || bind(fd, (struct sockaddr *) &nl, sizeof nl))
		return -1;
	return fd;
}

int main(void)
{
	struct {
		struct nlmsghdr h;
		struct ifinfomsg i;
	} dump = {{sizeof dump, RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 1, 0}, {.ifi_family = AF_UNSPEC}};
	char reply[sizeof dump], ack[64];
	int fd = open_route();
	if (fd < 0)
		return 1;
	sendto(fd, &dump, sizeof dump, 0, NULL, 0);
	receive(fd, reply, sizeof reply);
	close(fd);

	fd = open_route();
	if (fd < 0)
		return 1;
	struct {
		struct nlmsghdr bad;
		char tail[6];
	} malformed = {{8, RTM_NEWLINK, NLM_F_REQUEST, 2, 0}, "abcde"};
	sendto(fd, &malformed, sizeof malformed, MSG_DONTWAIT, NULL, 0);
	struct nlmsghdr unknown = {sizeof unknown, 0x3ff, NLM_F_REQUEST | NLM_F_ACK, 3, 0};
	sendto(fd, &unknown, sizeof unknown, 0, NULL, 0);
	receive(fd, ack, sizeof ack);
	sendto(fd, (void *) 16, sizeof unknown, MSG_DONTWAIT, NULL, 0);
	close(fd);
	return 0;
}
