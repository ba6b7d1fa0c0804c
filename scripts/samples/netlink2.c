/* netlink2: message types and request flags of the netlink protocols beyond NETLINK_ROUTE: on a
 * NETLINK_NETFILTER socket, one sendto of several bare nfnetlink headers (subsystem messages by
 * name with their NEW/GET/DEL flags, an unknown message of a known subsystem, a subsystem without
 * a table, a batch begin); on NETLINK_AUDIT, AUDIT_GET, a user message and an unknown type; on
 * NETLINK_GENERIC, a request to the controller (nlctrl, the one family with a fixed id). Messages
 * too short for a struct nfgenmsg are dropped by the kernel, so each send returns its length.
 * Then on NETLINK_ROUTE, requests whose attribute values are structs, flags, addresses of the
 * message's family and nested attributes (a struct one byte short stays hex bytes). */
#include <linux/audit.h>
#include <linux/genetlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_acct.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/gen_stats.h>
#include <linux/if_link.h>
#include <linux/if_addr.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int open_bound(int protocol)
{
	struct sockaddr_nl nl = {.nl_family = AF_NETLINK};
	int fd = socket(AF_NETLINK, SOCK_RAW, protocol);
	if (fd < 0 || bind(fd, (struct sockaddr *) &nl, sizeof nl))
		return -1;
	return fd;
}

static struct nlmsghdr bare(unsigned type, unsigned flags, unsigned seq)
{
	struct nlmsghdr h = {sizeof h, type, flags, seq, 0};
	return h;
}

int main(void)
{
	int fd = open_bound(NETLINK_NETFILTER);
	if (fd < 0)
		return 1;
	struct nlmsghdr nf[] = {
		bare(NFNL_SUBSYS_ACCT << 8 | NFNL_MSG_ACCT_NEW, NLM_F_REQUEST | NLM_F_CREATE, 1),
		bare(NFNL_SUBSYS_CTNETLINK << 8 | IPCTNL_MSG_CT_GET_CTRZERO, NLM_F_REQUEST | NLM_F_DUMP, 2),
		bare(NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_DELCHAIN, NLM_F_REQUEST | NLM_F_NONREC, 3),
		bare(NFNL_SUBSYS_IPSET << 8 | 0xff, NLM_F_REQUEST | NLM_F_DUMP, 4),
		bare(NFNL_SUBSYS_NONE << 8 | 0x15, NLM_F_REQUEST, 5),
		bare(NFNL_MSG_BATCH_BEGIN, NLM_F_REQUEST, 6),
	};
	sendto(fd, nf, sizeof nf, MSG_DONTWAIT, NULL, 0);
	close(fd);

	fd = open_bound(NETLINK_AUDIT);
	if (fd < 0)
		return 1;
	struct nlmsghdr audit[] = {
		bare(AUDIT_GET, NLM_F_REQUEST, 1),
		bare(AUDIT_USER_AVC, NLM_F_REQUEST, 2),
		bare(2999, NLM_F_REQUEST, 3),
		bare(3999, NLM_F_REQUEST, 4),
	};
	sendto(fd, audit, sizeof audit, MSG_DONTWAIT, NULL, 0);
	close(fd);

	fd = open_bound(NETLINK_GENERIC);
	if (fd < 0)
		return 1;
	struct {
		struct nlmsghdr h;
		struct genlmsghdr g;
	} ctrl = {{sizeof ctrl, GENL_ID_CTRL, NLM_F_REQUEST | NLM_F_DUMP, 1, 0}, {CTRL_CMD_GETFAMILY, 0, 0}};
	sendto(fd, &ctrl, sizeof ctrl, MSG_DONTWAIT, NULL, 0);
	close(fd);

	fd = open_bound(NETLINK_ROUTE);
	if (fd < 0)
		return 1;
	struct {
		struct nlmsghdr h;
		struct ifaddrmsg a;
		struct nlattr addr_hdr;
		unsigned char addr[16];
		struct nlattr cache_hdr;
		struct ifa_cacheinfo cache;
		struct nlattr flags_hdr;
		unsigned flags;
	} addr6 = {{sizeof addr6, RTM_GETADDR, NLM_F_REQUEST, 1, 0}, {.ifa_family = AF_INET6, .ifa_index = 1},
		   {20, IFA_ADDRESS}, {0xfe, 0x80, [15] = 1}, {20, IFA_CACHEINFO}, {1, 2, 3, 4},
		   {8, IFA_FLAGS}, IFA_F_PERMANENT | IFA_F_NOPREFIXROUTE | 0x8000};
	sendto(fd, &addr6, sizeof addr6, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct ifaddrmsg a;
		struct nlattr addr_hdr;
		unsigned char addr[4];
		struct nlattr cache_hdr;
		unsigned char cache[sizeof(struct ifa_cacheinfo) - 1];
	} addr4 = {{sizeof addr4, RTM_GETADDR, NLM_F_REQUEST, 2, 0}, {.ifa_family = AF_INET},
		   {8, IFA_LOCAL}, {127, 0, 0, 1}, {4 + sizeof addr4.cache, IFA_CACHEINFO}, "abcdefghijklmno"};
	sendto(fd, &addr4, sizeof addr4, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct tcmsg t;
		struct nlattr rate_hdr;
		struct tc_estimator rate;
		char pad[2];
		struct nlattr stats2_hdr;
		struct nlattr queue_hdr;
		struct gnet_stats_queue queue;
		struct nlattr pkt64_hdr;
		unsigned pkt64[2]; /* a u64 at a 4-byte boundary */
	} qdisc = {{sizeof qdisc, RTM_GETQDISC, NLM_F_REQUEST, 3, 0}, {.tcm_family = AF_UNSPEC},
		   {6, TCA_RATE}, {-3, 200}, "", {40, TCA_STATS2}, {24, TCA_STATS_QUEUE}, {1, 2, 3, 4, 5},
		   {12, TCA_STATS_PKT64}, {7, 1}};
	sendto(fd, &qdisc, sizeof qdisc, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct ndtmsg n;
		struct nlattr config_hdr;
		struct ndt_config config;
		struct nlattr parms_hdr;
		struct nlattr ifindex_hdr;
		unsigned ifindex;
	} neightbl = {{sizeof neightbl, RTM_GETNEIGHTBL, NLM_F_REQUEST, 4, 0}, {.ndtm_family = AF_INET},
		      {36, NDTA_CONFIG}, {4, 368, 2, 10, 20, 0xdeadbeef, 0xff, 30, 40},
		      {12, NDTA_PARMS}, {8, NDTPA_IFINDEX}, 1};
	sendto(fd, &neightbl, sizeof neightbl, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct ifinfomsg i;
		struct nlattr port_hdr;
		struct nlattr vf_hdr;
		unsigned vf;
		struct nlattr vsi_hdr;
		struct ifla_port_vsi vsi;
	} link = {{sizeof link, RTM_GETLINK, NLM_F_REQUEST, 5, 0}, {.ifi_family = AF_UNSPEC},
		  {28, IFLA_PORT_SELF}, {8, IFLA_PORT_VF}, 7, {12, IFLA_PORT_VSI_TYPE}, {1, {2, 3, 4}, 5, {0, 6}}};
	sendto(fd, &link, sizeof link, MSG_DONTWAIT, NULL, 0);
	close(fd);
	return 0;
}
