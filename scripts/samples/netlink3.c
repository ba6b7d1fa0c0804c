/*
 * NETLINK_ROUTE attributes with nested and family-dependent values: a route's destination
 * (an IPv4 address as the message's family says) and output interface, a link's extended
 * filter mask and link info by kind, a next hop group, a bridge's extended statistics of a vlan.
 */
#include <linux/if_bridge.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/nexthop.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
	int fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	struct {
		struct nlmsghdr h;
		struct rtmsg r;
		struct nlattr dst_hdr;
		unsigned char dst[4];
		struct nlattr oif_hdr;
		unsigned oif;
	} route = {{sizeof route, RTM_GETROUTE, NLM_F_REQUEST, 1, 0}, {.rtm_family = AF_INET},
		   {8, RTA_DST}, {10, 1, 2, 3}, {8, RTA_OIF}, 1};
	sendto(fd, &route, sizeof route, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct ifinfomsg i;
		struct nlattr mask_hdr;
		unsigned mask;
		struct nlattr info_hdr;
		struct nlattr kind_hdr;
		char kind[8];
		struct nlattr data_hdr;
		struct nlattr stp_hdr;
		unsigned stp;
	} link = {{sizeof link, RTM_GETLINK, NLM_F_REQUEST, 2, 0}, {.ifi_family = AF_UNSPEC},
		  {8, IFLA_EXT_MASK}, RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS,
		  {32, IFLA_LINKINFO}, {11, IFLA_INFO_KIND}, "bridge", {12, IFLA_INFO_DATA}, {8, IFLA_BR_STP_STATE}, 1};
	sendto(fd, &link, sizeof link, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct nhmsg n;
		struct nlattr grp_hdr;
		struct nexthop_grp grp[2];
	} nh = {{sizeof nh, RTM_GETNEXTHOP, NLM_F_REQUEST, 3, 0}, {.nh_family = AF_INET},
		{20, NHA_GROUP}, {{1, 2, 0, 0}, {3, 4, 5, 0}}};
	sendto(fd, &nh, sizeof nh, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct if_stats_msg s;
		struct nlattr xstats_hdr;
		struct nlattr bridge_hdr;
		struct nlattr vlan_hdr;
		struct bridge_vlan_xstats vlan;
	} st = {{sizeof st, RTM_GETSTATS, NLM_F_REQUEST, 4, 0}, {.filter_mask = 1 << IFLA_STATS_LINK_XSTATS},
		{52, IFLA_STATS_LINK_XSTATS}, {48, LINK_XSTATS_TYPE_BRIDGE}, {44, BRIDGE_XSTATS_VLAN},
		{1, 2, 3, 4, 5, BRIDGE_VLAN_INFO_PVID, 0}};
	sendto(fd, &st, sizeof st, MSG_DONTWAIT, NULL, 0);
	close(fd);
	return 0;
}
