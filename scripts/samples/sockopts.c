/* sockopts: getsockopt and setsockopt values by level and option: SOL_SOCKET ints, struct linger,
 * struct ucred (SO_PEERCRED on a socketpair, whole and cut short), SO_ERROR, SO_TXREHASH, an
 * unknown option; IP and IPv6 multicast requests (ip_mreq, ipv6_mreq, group_req), ICMP_FILTER on
 * a raw socket, PACKET membership, ring and statistics requests, NETLINK int options; short and
 * unreadable values. The results depend on privileges (raw and packet sockets need CAP_NET_RAW):
 * a failed socket() leaves fd -1 and the calls fail with EBADF, printed the same way. */
#define _GNU_SOURCE
#include <linux/icmp.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SO_TXREHASH
#define SO_TXREHASH 74
#endif

int main(void)
{
	int sv[2];
	int v = 1;
	socklen_t len;
	struct linger lg = {1, 5};
	struct ucred cr;

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	setsockopt(sv[0], SOL_SOCKET, SO_KEEPALIVE, &v, sizeof v);
	setsockopt(sv[0], SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	setsockopt(sv[0], SOL_SOCKET, SO_LINGER, &lg, 4);
	setsockopt(sv[0], SOL_SOCKET, SO_DEBUG, (void *) 8, sizeof v);
	len = sizeof v;
	getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, &len);
	len = sizeof lg;
	getsockopt(sv[0], SOL_SOCKET, SO_LINGER, &lg, &len);
	len = sizeof cr;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 6;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = sizeof v;
	getsockopt(sv[0], SOL_SOCKET, SO_ERROR, &v, &len);
	len = 2;
	getsockopt(sv[0], SOL_SOCKET, SO_RCVBUF, &v, &len);
	len = sizeof v;
	getsockopt(sv[0], SOL_SOCKET, SO_TXREHASH, &v, &len);
	v = 255;
	setsockopt(sv[0], SOL_SOCKET, SO_TXREHASH, &v, sizeof v);
	setsockopt(sv[0], SOL_SOCKET, 0x7fff, &v, sizeof v);
	getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, (socklen_t *) 8);

	int u = socket(AF_INET, SOCK_DGRAM, 0);
	struct ip_mreq m = {{inet_addr("224.0.0.3")}, {inet_addr("127.0.0.1")}};
	setsockopt(u, SOL_IP, IP_ADD_MEMBERSHIP, &m, sizeof m);
	setsockopt(u, SOL_IP, IP_DROP_MEMBERSHIP, &m, 4);
	struct group_req gr = {.gr_interface = 1};
	struct sockaddr_in *gin = (struct sockaddr_in *) &gr.gr_group;
	gin->sin_family = AF_INET;
	gin->sin_addr.s_addr = inet_addr("224.0.0.4");
	setsockopt(u, SOL_IP, MCAST_JOIN_GROUP, &gr, sizeof gr);
	setsockopt(u, SOL_IP, IP_TTL, &v, sizeof v);
	setsockopt(u, IPPROTO_UDP, 1, &v, sizeof v);

	int u6 = socket(AF_INET6, SOCK_DGRAM, 0);
	struct ipv6_mreq m6 = {.ipv6mr_ifindex = 1};
	inet_pton(AF_INET6, "ff01::c", &m6.ipv6mr_multiaddr);
	setsockopt(u6, SOL_IPV6, IPV6_ADD_MEMBERSHIP, &m6, sizeof m6);
	setsockopt(u6, SOL_IPV6, IPV6_LEAVE_ANYCAST, &m6, sizeof m6);

	int r = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	struct icmp_filter f = {~(1U << ICMP_ECHOREPLY | 1U << ICMP_TIME_EXCEEDED)};
	setsockopt(r, SOL_RAW, ICMP_FILTER, &f, sizeof f);
	f.data = 1U << ICMP_ECHO | 1U << 20;
	setsockopt(r, SOL_RAW, ICMP_FILTER, &f, 2);
	len = sizeof f;
	getsockopt(r, SOL_RAW, ICMP_FILTER, &f, &len);

	int p = socket(AF_PACKET, SOCK_RAW, 0);
	struct packet_mreq pm = {1, PACKET_MR_PROMISC, 6, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff}};
	setsockopt(p, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &pm, sizeof pm);
	pm.mr_type = 9;
	setsockopt(p, SOL_PACKET, PACKET_DROP_MEMBERSHIP, &pm, sizeof pm);
	struct tpacket_req tr = {4096, 0, 2048, 0};
	setsockopt(p, SOL_PACKET, PACKET_RX_RING, &tr, sizeof tr);
	setsockopt(p, SOL_PACKET, PACKET_TX_RING, &tr, 8);
	struct tpacket_stats st;
	len = sizeof st;
	getsockopt(p, SOL_PACKET, PACKET_STATISTICS, &st, &len);
	len = 5;
	getsockopt(p, SOL_PACKET, PACKET_STATISTICS, &st, &len);

	int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	v = 1;
	setsockopt(n, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &v, sizeof v);
	unsigned groups[4];
	len = sizeof groups;
	getsockopt(n, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, groups, &len);
	len = sizeof v;
	getsockopt(n, SOL_NETLINK, NETLINK_CAP_ACK, &v, &len);
	return 0;
}
