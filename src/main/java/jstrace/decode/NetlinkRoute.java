package jstrace.decode;

import static jstrace.decode.NetlinkStruct.bits;
import static jstrace.decode.NetlinkStruct.bytes;
import static jstrace.decode.NetlinkStruct.padBytes;
import static jstrace.decode.NetlinkStruct.d;
import static jstrace.decode.NetlinkStruct.flags;
import static jstrace.decode.NetlinkStruct.ifindex;
import static jstrace.decode.NetlinkStruct.pad;
import static jstrace.decode.NetlinkStruct.u;
import static jstrace.decode.NetlinkStruct.x;
import static jstrace.decode.NetlinkStruct.x0;
import static jstrace.decode.NetlinkStruct.xval;

import jstrace.decode.Netlink.Attr;
import jstrace.decode.Netlink.Payload;
import jstrace.table.Xlats;

/** NETLINK_ROUTE payloads: the struct each RTM_* message type starts with, and its attributes. */
final class NetlinkRoute {
    private NetlinkRoute() {}

    private static final Payload[] ADDR_ATTRS = new Payload[12];

    private static final Payload[] TC_ATTRS = new Payload[15];
    private static final Payload[] NEIGHTBL_ATTRS = new Payload[10];
    private static final Payload[] NEIGHTBL_PARMS_ATTRS = {null, Attr::ifindex}; // NDTPA_IFINDEX
    private static final Payload[] ADDR4_ATTRS, ADDR6_ATTRS;

    /** Attribute values that are structs of their own (bytes past them ignored). */
    private static final NetlinkStruct TC_STATS = new NetlinkStruct(36, null, null, null,
            u("bytes", 0, 8), u("packets", 8, 4), u("drops", 12, 4), u("overlimits", 16, 4), u("bps", 20, 4),
            u("pps", 24, 4), u("qlen", 28, 4), u("backlog", 32, 4));
    private static final NetlinkStruct TC_ESTIMATOR = new NetlinkStruct(2, null, null, null,
            d("interval", 0, 1), u("ewma_log", 1, 1));
    private static final NetlinkStruct IFA_CACHEINFO = new NetlinkStruct(16, null, null, null,
            u("ifa_prefered", 0, 4), u("ifa_valid", 4, 4), u("cstamp", 8, 4), u("tstamp", 12, 4));
    private static final NetlinkStruct NDT_CONFIG = new NetlinkStruct(32, null, null, null,
            u("ndtc_key_len", 0, 2), u("ndtc_entry_size", 2, 2), u("ndtc_entries", 4, 4), u("ndtc_last_flush", 8, 4),
            u("ndtc_last_rand", 12, 4), u("ndtc_hash_rnd", 16, 4), x0("ndtc_hash_mask", 20, 4),
            u("ndtc_hash_chain_gc", 24, 4), u("ndtc_proxy_qlen", 28, 4));
    private static final NetlinkStruct NDT_STATS = new NetlinkStruct(88, null, null, null,
            u("ndts_allocs", 0, 8), u("ndts_destroys", 8, 8), u("ndts_hash_grows", 16, 8), u("ndts_res_failed", 24, 8),
            u("ndts_lookups", 32, 8), u("ndts_hits", 40, 8), u("ndts_rcv_probes_mcast", 48, 8),
            u("ndts_rcv_probes_ucast", 56, 8), u("ndts_periodic_gc_runs", 64, 8), u("ndts_forced_gc_runs", 72, 8),
            u("ndts_table_fulls", 80, 8));

    // gnet_stats_basic: its packed size (the kernel's TCA_STATS_BASIC is 12 bytes, sizeof says 16)
    private static final NetlinkStruct GNET_STATS_BASIC = new NetlinkStruct(12, null, null, null,
            u("bytes", 0, 8), u("packets", 8, 4));
    private static final NetlinkStruct GNET_STATS_RATE_EST = new NetlinkStruct(8, null, null, null,
            u("bps", 0, 4), u("pps", 4, 4));
    private static final NetlinkStruct GNET_STATS_RATE_EST64 = new NetlinkStruct(16, null, null, null,
            u("bps", 0, 8), u("pps", 8, 8));
    private static final NetlinkStruct GNET_STATS_QUEUE = new NetlinkStruct(20, null, null, null,
            u("qlen", 0, 4), u("backlog", 4, 4), u("drops", 8, 4), u("requeues", 12, 4), u("overlimits", 16, 4));
    private static final Payload[] TC_STATS_ATTRS = new Payload[9];
    // TCA_ACT_*: the attributes of a traffic control action
    private static final Payload[] TC_ACTION_ATTRS = new Payload[11];

    private static final NetlinkStruct IFLA_PORT_VSI = new NetlinkStruct(8, null, null, null,
            u("vsi_mgr_id", 0, 1), bytes("vsi_type_id", 1, 3), u("vsi_type_version", 4, 1), padBytes("pad", 5, 3));
    // IFLA_PORT_*: strace names unknown ones IFLA_VF_PORT_???
    private static final Payload[] PORT_ATTRS = {null, Attr::u32, Attr::str, IFLA_PORT_VSI::value, null, null, Attr::u8, Attr::u16};
    private static final Payload PORT = Attr.nested(Xlats::RTNL_IFLA_PORT_ATTRS, "IFLA_VF_PORT_???", PORT_ATTRS);
    private static final Payload VF_PORTS = Attr.nested(Xlats::RTNL_IFLA_VF_PORT_ATTRS, "IFLA_VF_PORT_???", new Payload[] {null, PORT});

    /** IFLA_PORT_SELF: one port's attributes. */
    static Payload port() {
        return PORT;
    }

    /** IFLA_VF_PORTS: IFLA_VF_PORT attributes, each a port's. */
    static Payload vfPorts() {
        return VF_PORTS;
    }

    static {
        TC_STATS_ATTRS[1] = GNET_STATS_BASIC::value;
        TC_STATS_ATTRS[2] = GNET_STATS_RATE_EST::value;
        TC_STATS_ATTRS[3] = GNET_STATS_QUEUE::value;
        TC_STATS_ATTRS[5] = GNET_STATS_RATE_EST64::value;
        TC_STATS_ATTRS[7] = GNET_STATS_BASIC::value; // TCA_STATS_BASIC_HW
        TC_STATS_ATTRS[8] = Attr::u64; // TCA_STATS_PKT64
        TC_ATTRS[1] = Attr::str; // TCA_KIND
        TC_ATTRS[7] = Attr.nested(Xlats::RTNL_TC_STATS_ATTRS, "TCA_STATS_???", TC_STATS_ATTRS); // TCA_STATS2
        TC_ATTRS[3] = TC_STATS::value;
        TC_ACTION_ATTRS[1] = Attr::str; // TCA_ACT_KIND
        TC_ACTION_ATTRS[3] = Attr::u32; // TCA_ACT_INDEX
        TC_ACTION_ATTRS[4] = TC_ATTRS[7]; // TCA_ACT_STATS: as TCA_STATS2
        TC_ACTION_ATTRS[7] = Attr.flags(Xlats::RTNL_TCA_ACT_FLAGS, "TCA_ACT_FLAGS_???", 4);
        TC_ACTION_ATTRS[8] = Attr.flags(Xlats::RTNL_TCA_ACT_HW_STATS, "TCA_ACT_HW_STATS_???", 4); // TCA_ACT_HW_STATS
        TC_ACTION_ATTRS[9] = TC_ACTION_ATTRS[8]; // TCA_ACT_USED_HW_STATS
        TC_ACTION_ATTRS[10] = Attr::u32; // TCA_ACT_IN_HW_COUNT
        TC_ATTRS[5] = TC_ESTIMATOR::value; // TCA_RATE
        TC_ATTRS[6] = Attr::u32; // TCA_FCNT
        TC_ATTRS[11] = Attr::u32; // TCA_CHAIN
        TC_ATTRS[12] = Attr::u8; // TCA_HW_OFFLOAD
        TC_ATTRS[13] = Attr::u32; // TCA_INGRESS_BLOCK
        TC_ATTRS[14] = Attr::u32; // TCA_EGRESS_BLOCK
        NEIGHTBL_ATTRS[1] = Attr::str; // NDTA_NAME
        for (int t : new int[] {2, 3, 4}) NEIGHTBL_ATTRS[t] = Attr::u32; // NDTA_THRESH1..3
        NEIGHTBL_ATTRS[5] = NDT_CONFIG::value;
        NEIGHTBL_ATTRS[6] = Attr.nested(Xlats::RTNL_NEIGHTBL_PARMS_ATTRS, "NDTPA_???", NEIGHTBL_PARMS_ATTRS); // NDTA_PARMS
        NEIGHTBL_ATTRS[7] = NDT_STATS::value;
        NEIGHTBL_ATTRS[8] = Attr::u64; // NDTA_GC_INTERVAL
        ADDR_ATTRS[3] = Attr::str; // IFA_LABEL
        ADDR_ATTRS[6] = IFA_CACHEINFO::value;
        ADDR_ATTRS[8] = Attr.flags32(Xlats::IFADDRFLAGS, "IFA_F_???"); // IFA_FLAGS
        ADDR_ATTRS[9] = Attr::u32; // IFA_RT_PRIORITY
        ADDR_ATTRS[10] = Attr::s32; // IFA_TARGET_NETNSID
        // IFA_ADDRESS, IFA_LOCAL, IFA_BROADCAST, IFA_ANYCAST, IFA_MULTICAST: addresses of the message's family
        ADDR4_ATTRS = ADDR_ATTRS.clone();
        ADDR6_ATTRS = ADDR_ATTRS.clone();
        for (int t : new int[] {1, 2, 4, 5, 7}) {
            ADDR4_ATTRS[t] = Attr::inet4;
            ADDR6_ATTRS[t] = Attr::inet6;
        }
    }

    static final NetlinkStruct IFINFOMSG = new NetlinkStruct(16, Xlats::RTNL_LINK_ATTRS, "IFLA_???", null,
            xval("ifi_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            xval("ifi_type", 2, 2, Xlats::ARP_HARDWARE_TYPES, "ARPHRD_???"),
            ifindex("ifi_index", 4),
            flags("ifi_flags", 8, 4, Xlats::IFFFLAGS, "IFF_???"),
            x("ifi_change", 12, 4))
            .withDecodersOf(b -> NetlinkLink.link(b.get(0) & 0xff));

    static final NetlinkStruct IFADDRMSG = new NetlinkStruct(8, Xlats::RTNL_ADDR_ATTRS, "IFA_???", ADDR_ATTRS,
            xval("ifa_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            u("ifa_prefixlen", 1, 1),
            flags("ifa_flags", 2, 1, Xlats::IFADDRFLAGS, "IFA_F_???"),
            xval("ifa_scope", 3, 1, Xlats::ROUTING_SCOPES, null),
            ifindex("ifa_index", 4));

    static final NetlinkStruct RTMSG = new NetlinkStruct(12, Xlats::RTNL_ROUTE_ATTRS, "RTA_???", null,
            xval("rtm_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            u("rtm_dst_len", 1, 1),
            u("rtm_src_len", 2, 1),
            flags("rtm_tos", 3, 1, Xlats::IP_TYPE_OF_SERVICES, "IPTOS_TOS_???"),
            xval("rtm_table", 4, 1, Xlats::ROUTING_TABLE_IDS, null),
            xval("rtm_protocol", 5, 1, Xlats::ROUTING_PROTOCOLS, "RTPROT_???"),
            xval("rtm_scope", 6, 1, Xlats::ROUTING_SCOPES, null),
            xval("rtm_type", 7, 1, Xlats::ROUTING_TYPES, "RTN_???"),
            flags("rtm_flags", 8, 4, Xlats::ROUTE_FLAGS, "RTM_F_???"))
            .withDecodersOf(b -> NetlinkRouteAttrs.route(b.get(0) & 0xff));

    static final NetlinkStruct NDMSG = new NetlinkStruct(12, Xlats::RTNL_NEIGH_ATTRS, "NDA_???", null,
            xval("ndm_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            ifindex("ndm_ifindex", 4),
            flags("ndm_state", 8, 2, Xlats::NEIGHBOR_CACHE_ENTRY_STATES, "NUD_???"),
            flags("ndm_flags", 10, 1, Xlats::NEIGHBOR_CACHE_ENTRY_FLAGS, "NTF_???"),
            xval("ndm_type", 11, 1, Xlats::ROUTING_TYPES, "RTN_???"))
            .withDecodersOf(b -> NetlinkRouteAttrs.neigh(b.get(0) & 0xff));

    static final NetlinkStruct FIB_RULE_HDR = new NetlinkStruct(12, Xlats::RTNL_RULE_ATTRS, "FRA_???", null,
            xval("family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            u("dst_len", 1, 1),
            u("src_len", 2, 1),
            flags("tos", 3, 1, Xlats::IP_TYPE_OF_SERVICES, "IPTOS_TOS_???"),
            xval("table", 4, 1, Xlats::ROUTING_TABLE_IDS, null),
            xval("action", 7, 1, Xlats::FIB_RULE_ACTIONS, "FR_ACT_???"),
            flags("flags", 8, 4, Xlats::FIB_RULE_FLAGS, "FIB_RULE_???"));

    static final NetlinkStruct TCMSG = new NetlinkStruct(20, Xlats::RTNL_TC_ATTRS, "TCA_???", TC_ATTRS,
            xval("tcm_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            ifindex("tcm_ifindex", 4),
            u("tcm_handle", 8, 4),
            u("tcm_parent", 12, 4),
            u("tcm_info", 16, 4));

    static final NetlinkStruct TCAMSG = new NetlinkStruct(4, Xlats::RTNL_TC_ACTION_ATTRS, "TCA_ACT_???", TC_ACTION_ATTRS,
            xval("tca_family", 0, 1, Xlats::ADDRFAMS, "AF_???"));

    static final NetlinkStruct NDTMSG = new NetlinkStruct(4, Xlats::RTNL_NEIGHTBL_ATTRS, "NDTA_???", NEIGHTBL_ATTRS,
            xval("ndtm_family", 0, 1, Xlats::ADDRFAMS, "AF_???"));

    static final NetlinkStruct IFADDRLBLMSG = new NetlinkStruct(12, Xlats::RTNL_ADDRLABEL_ATTRS, "IFAL_???", null,
            xval("ifal_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            u("ifal_prefixlen", 2, 1),
            u("ifal_flags", 3, 1),
            ifindex("ifal_index", 4),
            u("ifal_seq", 8, 4));

    static final NetlinkStruct DCBMSG = new NetlinkStruct(4, Xlats::RTNL_DCB_ATTRS, "DCB_ATTR_???", null,
            xval("dcb_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            xval("cmd", 1, 1, Xlats::DCB_COMMANDS, "DCB_CMD_???"));

    static final NetlinkStruct NETCONFMSG = new NetlinkStruct(1, Xlats::RTNL_NETCONF_ATTRS, "NETCONFA_???", null,
            xval("ncm_family", 0, 1, Xlats::ADDRFAMS, "AF_???"));

    static final NetlinkStruct BR_PORT_MSG = new NetlinkStruct(8, Xlats::RTNL_MDB_ATTRS, "MDBA_???", NetlinkRouteAttrs.MDB,
            xval("family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            ifindex("ifindex", 4));

    static final NetlinkStruct RTGENMSG_NSID = new NetlinkStruct(1, Xlats::RTNL_NSID_ATTRS, "NETNSA_???", null,
            xval("rtgen_family", 0, 1, Xlats::ADDRFAMS, "AF_???"));

    static final NetlinkStruct RTGENMSG = new NetlinkStruct(1, null, null, null,
            xval("rtgen_family", 0, 1, Xlats::ADDRFAMS, "AF_???"));

    /** RTM_NEWCACHEREPORT: the family is one of the multicast routing ones, which names its attributes. */
    static final NetlinkStruct CACHEREPORT = new NetlinkStruct(1, null, null, null,
            xval("rtgen_family", 0, 1, NetlinkRouteAttrs::rtnlFamilies, "RTNL_FAMILY_???"))
            .withTail(b -> NetlinkRouteAttrs.cacheReport(b.get(0) & 0xff));

    static final NetlinkStruct IF_STATS_MSG = new NetlinkStruct(12, Xlats::RTNL_IFLA_STATS_ATTRS, "IFLA_STATS_???", NetlinkStats.STATS,
            xval("family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            pad("pad1", 1, 1),
            pad("pad2", 2, 2),
            ifindex("ifindex", 4),
            bits("filter_mask", 8, 4, Xlats::RTNL_IFLA_STATS_ATTRS, "IFLA_STATS_???"));

    static final NetlinkStruct NHMSG = new NetlinkStruct(8, Xlats::RTNL_NEXTHOP_ATTRS, "NHA_???", null,
            xval("nh_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            xval("nh_scope", 1, 1, Xlats::ROUTING_SCOPES, null),
            xval("nh_protocol", 2, 1, Xlats::ROUTING_PROTOCOLS, "RTPROT_???"),
            pad("resvd", 3, 1),
            flags("nh_flags", 4, 4, Xlats::ROUTE_NEXTHOP_FLAGS, "RTNH_F_???"))
            .withDecodersOf(b -> NetlinkRouteAttrs.nexthop(b.get(0) & 0xff));

    private static final NetlinkStruct IFADDRMSG4 = IFADDRMSG.withDecoders(ADDR4_ATTRS);
    private static final NetlinkStruct IFADDRMSG6 = IFADDRMSG.withDecoders(ADDR6_ATTRS);

    private static final int AF_INET = 2, AF_INET6 = 10, AF_BRIDGE = 7;

    /** The payload of an RTM_* message; false for NLMSG_DONE (the caller's default). */
    static boolean decode(Call c, int type, long addr, int len) {
        if (type == Netlink.NLMSG_DONE) return false;
        NetlinkStruct s = switch (type) {
            case 0x10, 0x11, 0x12, 0x13 -> IFINFOMSG;
            case 0x14, 0x15, 0x16, 0x3a, 0x3e -> switch (family(c, addr)) { // and RTM_GETMULTICAST, RTM_GETANYCAST
                case AF_INET -> IFADDRMSG4;
                case AF_INET6 -> IFADDRMSG6;
                default -> IFADDRMSG;
            };
            case 0x18, 0x19, 0x1a -> RTMSG;
            case 0x1c, 0x1d -> NDMSG;
            case 0x1e -> family(c, addr) == AF_BRIDGE ? IFINFOMSG : NDMSG; // RTM_GETNEIGH
            case 0x20, 0x21, 0x22 -> FIB_RULE_HDR;
            case 0x24, 0x25, 0x26, 0x28, 0x29, 0x2a, 0x2c, 0x2d, 0x2e, 0x64, 0x65, 0x66 -> TCMSG; // qdisc, class, filter, chain
            case 0x30, 0x31, 0x32 -> TCAMSG;
            case 0x40, 0x42, 0x43 -> NDTMSG;
            case 0x48, 0x49, 0x4a -> IFADDRLBLMSG;
            case 0x4e, 0x4f -> DCBMSG;
            case 0x50, 0x51, 0x52 -> NETCONFMSG;
            case 0x54, 0x55, 0x56 -> BR_PORT_MSG;
            case 0x58, 0x59, 0x5a -> RTGENMSG_NSID;
            case 0x5c, 0x5e -> IF_STATS_MSG;
            case 0x60 -> CACHEREPORT; // RTM_NEWCACHEREPORT
            case 0x68, 0x69, 0x6a -> NHMSG;
            default -> null;
        };
        if (s != null) {
            s.print(c, addr, len);
            return true;
        }
        Netlink.family(c, addr, len);
        return true;
    }

    /** The first byte of the payload, or -1. */
    private static int family(Call c, long addr) {
        byte[] b = new byte[1];
        return c.mem().read(addr, b, 1) == 1 ? b[0] & 0xff : -1;
    }

}
