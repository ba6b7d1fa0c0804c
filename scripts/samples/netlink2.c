/* netlink2: message types and request flags of the netlink protocols beyond NETLINK_ROUTE: on a
 * NETLINK_NETFILTER socket, one sendto of several bare nfnetlink headers (subsystem messages by
 * name with their NEW/GET/DEL flags, an unknown message of a known subsystem, a subsystem without
 * a table, a batch begin); on NETLINK_AUDIT, AUDIT_GET, a user message and an unknown type; on
 * NETLINK_GENERIC, a request to the controller (nlctrl, the one family with a fixed id). Messages
 * too short for a struct nfgenmsg are dropped by the kernel, so each send returns its length. */
#include <linux/audit.h>
#include <linux/genetlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_acct.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netlink.h>
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
	return 0;
}
