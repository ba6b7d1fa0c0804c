package jstrace.decode;

import static jstrace.decode.NetlinkStruct.custom;
import static jstrace.decode.NetlinkStruct.flags;
import static jstrace.decode.NetlinkStruct.u;
import static jstrace.decode.NetlinkStruct.x;
import static jstrace.decode.NetlinkStruct.xval;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jstrace.decode.Netlink.Attr;
import jstrace.decode.Netlink.Payload;
import jstrace.table.Xlats;

/**
 * The attributes of struct ifinfomsg (RTM_*LINK): IFLA_* values, and their nested tables (bridge
 * ports, link info by kind, virtual functions, XDP, address family specific ones), each a table of
 * decoders by attribute name. Some depend on the message's ifi_family, so the table is per family.
 */
final class NetlinkLink {
    private NetlinkLink() {}

    private static final int AF_BRIDGE = 7, AF_INET = 2, AF_INET6 = 10;

    // ---- structs ------------------------------------------------------------------------------

    private static final String[] LINK_STATS_NAMES = {"rx_packets", "tx_packets", "rx_bytes", "tx_bytes",
        "rx_errors", "tx_errors", "rx_dropped", "tx_dropped", "multicast", "collisions", "rx_length_errors",
        "rx_over_errors", "rx_crc_errors", "rx_frame_errors", "rx_fifo_errors", "rx_missed_errors",
        "tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors", "tx_heartbeat_errors", "tx_window_errors",
        "rx_compressed", "tx_compressed", "rx_nohandler", "rx_otherhost_dropped"};

    /**
     * struct rtnl_link_stats(64): counters of {@code size} bytes, as many as the value holds of the
     * sizes the struct has had ({@code counts}, fewest first; at least the last one: all of it).
     */
    private static Payload linkStats(int size, int... counts) {
        return (c, addr, len) -> {
            int n = 0;
            int all = counts[counts.length - 1];
            if (len >= all * size) n = all;
            else for (int k : counts) if (len == k * size) n = k;
            if (n == 0) return false;
            ByteBuffer b = Structs.read(c, addr, n * size);
            if (b == null) {
                Print.ptr(c, addr);
                return true;
            }
            c.out.append('{');
            for (int i = 0; i < n; i++) {
                if (i > 0) c.out.append(", ");
                c.out.append(LINK_STATS_NAMES[i]).append('=');
                c.out.append(size == 8 ? Long.toUnsignedString(b.getLong(8 * i)) : Integer.toUnsignedString(b.getInt(4 * i)));
            }
            c.out.append('}');
            return true;
        };
    }

    private static final Payload LINK_STATS = linkStats(4, 23, 24);
    /** struct rtnl_link_stats64 (also IFLA_STATS_LINK_64 of RTM_*STATS). */
    static final Payload LINK_STATS64 = linkStats(8, 23, 24, 25);

    private static final NetlinkStruct IFMAP = new NetlinkStruct(28, null, null, null,
            x("mem_start", 0, 8), x("mem_end", 8, 8), x("base_addr", 16, 8), u("irq", 24, 2), u("dma", 26, 1),
            u("port", 27, 1));

    /** A MAC address field of {@code size} bytes at {@code offset}. */
    private static NetlinkStruct.Field mac(String name, int offset, int size) {
        return custom(name, (c, b) -> {
            byte[] a = new byte[size];
            b.get(offset, a);
            c.out.append(name).append('=');
            Attr.mac(c.out, c.opts().xlatStyle, a, size);
        });
    }

    /** struct ifla_bridge_id: {prio=[N, N], addr=MAC}. */
    private static final NetlinkStruct BRIDGE_ID = new NetlinkStruct(8, null, null, null,
            custom("prio", (c, b) -> c.out.append("prio=[").append(b.get(0) & 0xff).append(", ").append(b.get(1) & 0xff).append(']')),
            mac("addr", 2, 6));

    // ---- bridge ports -------------------------------------------------------------------------

    /** IFLA_BRPORT_*. */
    static final Payload[] BRPORT = Attr.byName(Xlats.RTNL_IFLA_BRPORT_ATTRS(),
            "IFLA_BRPORT_STATE", (Payload) Attr::u8, "IFLA_BRPORT_PRIORITY", (Payload) Attr::u16,
            "IFLA_BRPORT_COST", (Payload) Attr::u32, "IFLA_BRPORT_MODE", (Payload) Attr::u8,
            "IFLA_BRPORT_GUARD", (Payload) Attr::u8, "IFLA_BRPORT_PROTECT", (Payload) Attr::u8,
            "IFLA_BRPORT_FAST_LEAVE", (Payload) Attr::u8, "IFLA_BRPORT_LEARNING", (Payload) Attr::u8,
            "IFLA_BRPORT_UNICAST_FLOOD", (Payload) Attr::u8, "IFLA_BRPORT_PROXYARP", (Payload) Attr::u8,
            "IFLA_BRPORT_LEARNING_SYNC", (Payload) Attr::u8, "IFLA_BRPORT_PROXYARP_WIFI", (Payload) Attr::u8,
            "IFLA_BRPORT_ROOT_ID", (Payload) BRIDGE_ID::value, "IFLA_BRPORT_BRIDGE_ID", (Payload) BRIDGE_ID::value,
            "IFLA_BRPORT_DESIGNATED_PORT", (Payload) Attr::u16, "IFLA_BRPORT_DESIGNATED_COST", (Payload) Attr::u16,
            "IFLA_BRPORT_ID", (Payload) Attr::u16, "IFLA_BRPORT_NO", (Payload) Attr::u16,
            "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK", (Payload) Attr::u8, "IFLA_BRPORT_CONFIG_PENDING", (Payload) Attr::u8,
            "IFLA_BRPORT_MESSAGE_AGE_TIMER", (Payload) Attr::clock, "IFLA_BRPORT_FORWARD_DELAY_TIMER", (Payload) Attr::clock,
            "IFLA_BRPORT_HOLD_TIMER", (Payload) Attr::clock, "IFLA_BRPORT_MULTICAST_ROUTER", (Payload) Attr::u8,
            "IFLA_BRPORT_MCAST_FLOOD", (Payload) Attr::u8, "IFLA_BRPORT_MCAST_TO_UCAST", (Payload) Attr::u8,
            "IFLA_BRPORT_VLAN_TUNNEL", (Payload) Attr::u8, "IFLA_BRPORT_BCAST_FLOOD", (Payload) Attr::u8,
            "IFLA_BRPORT_GROUP_FWD_MASK", (Payload) Attr::x16, "IFLA_BRPORT_NEIGH_SUPPRESS", (Payload) Attr::u8,
            "IFLA_BRPORT_ISOLATED", (Payload) Attr::u8, "IFLA_BRPORT_BACKUP_PORT", (Payload) Attr::ifindex,
            "IFLA_BRPORT_MRP_RING_OPEN", (Payload) Attr::u8, "IFLA_BRPORT_MRP_IN_OPEN", (Payload) Attr::u8,
            "IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT", (Payload) Attr::u32, "IFLA_BRPORT_MCAST_EHT_HOSTS_CNT", (Payload) Attr::u32,
            "IFLA_BRPORT_LOCKED", (Payload) Attr::u8);
    private static final Payload BRPORT_ATTRS = Attr.nested(Xlats::RTNL_IFLA_BRPORT_ATTRS, "IFLA_BRPORT_???", BRPORT);

    // ---- IPv4 and IPv6 ------------------------------------------------------------------------

    private static final NetlinkStruct INET6_CACHEINFO = new NetlinkStruct(16, null, null, null,
            u("max_reasm_len", 0, 4), u("tstamp", 4, 4), u("reachable_time", 8, 4), u("retrans_time", 12, 4));

    /** IFLA_INET6_*. */
    private static final Payload[] INET6 = Attr.byName(Xlats.RTNL_IFLA_AF_SPEC_INET6_ATTRS(),
            "IFLA_INET6_FLAGS", Attr.flags(Xlats::INET6_IF_FLAGS, "IF_???", 4),
            "IFLA_INET6_CONF", Attr.indexedArray(4, true, Xlats::INET6_DEVCONF_INDICES, "DEVCONF_???"),
            "IFLA_INET6_STATS", Attr.indexedArray(8, false, Xlats::SNMP_IP_STATS, "IPSTATS_MIB_???"),
            "IFLA_INET6_CACHEINFO", (Payload) INET6_CACHEINFO::value,
            "IFLA_INET6_ICMP6STATS", Attr.indexedArray(8, false, Xlats::SNMP_ICMP6_STATS, "ICMP6_MIB_???"),
            "IFLA_INET6_TOKEN", (Payload) Attr::inet6,
            "IFLA_INET6_ADDR_GEN_MODE", Attr.xval(Xlats::IN6_ADDR_GEN_MODE, "IN6_ADDR_GEN_MODE_???", 1),
            "IFLA_INET6_RA_MTU", (Payload) Attr::u32);
    private static final Payload INET6_ATTRS = Attr.nested(Xlats::RTNL_IFLA_AF_SPEC_INET6_ATTRS, "IFLA_INET6_???", INET6);

    private static final Payload INET_ATTRS = Attr.nested(Xlats::RTNL_IFLA_AF_SPEC_INET_ATTRS, "IFLA_INET_???",
            Attr.byName(Xlats.RTNL_IFLA_AF_SPEC_INET_ATTRS(),
                    "IFLA_INET_CONF", Attr.indexedArray(4, true, Xlats::INET_DEVCONF_INDICES, "IPV4_DEVCONF_???")));
    private static final Payload MCTP_ATTRS = Attr.nested(Xlats::RTNL_IFLA_AF_SPEC_MCTP_ATTRS, "IFLA_MCTP_???",
            Attr.byName(Xlats.RTNL_IFLA_AF_SPEC_MCTP_ATTRS(), "IFLA_MCTP_NET", (Payload) Attr::u32));

    /** IFLA_PROTINFO: bridge port attributes (AF_BRIDGE), IPv6 ones (AF_INET6), else hex bytes. */
    private static Payload protinfo(int family) {
        return family == AF_BRIDGE ? BRPORT_ATTRS : family == AF_INET6 ? INET6_ATTRS : null;
    }

    // ---- IFLA_AF_SPEC -------------------------------------------------------------------------

    private static final NetlinkStruct BRIDGE_VLAN_INFO = new NetlinkStruct(4, null, null, null,
            flags("flags", 0, 2, Xlats::NL_BRIDGE_VLAN_FLAGS, "BRIDGE_VLAN_INFO_???"), u("vid", 2, 2));

    /** struct bridge_vlan_info, then any bytes after it in hex. */
    private static boolean bridgeVlanInfo(Call c, long addr, int len) {
        if (!BRIDGE_VLAN_INFO.value(c, addr, len)) return false;
        if (len > 4) {
            c.out.append(", ");
            Print.hexBuf(c, addr + 4, len - 4);
        }
        return true;
    }

    private static final Payload[] AF_SPEC_BRIDGE = Attr.byName(Xlats.RTNL_IFLA_AF_SPEC_BRIDGE_ATTRS(),
            "IFLA_BRIDGE_FLAGS", Attr.flags(Xlats::RTNL_IFLA_BRIDGE_FLAGS, "BRIDGE_FLAGS_???", 2),
            "IFLA_BRIDGE_MODE", Attr.xval(Xlats::RTNL_IFLA_BRIDGE_MODES, "BRIDGE_MODE_???", 2),
            "IFLA_BRIDGE_VLAN_INFO", (Payload) NetlinkLink::bridgeVlanInfo,
            "IFLA_BRIDGE_VLAN_TUNNEL_INFO", Attr.nested(Xlats::RTNL_IFLA_AF_SPEC_BRIDGE_VLAN_TUNNEL_INFO_ATTRS,
                    "IFLA_BRIDGE_VLAN_TUNNEL_???", Attr.byName(Xlats.RTNL_IFLA_AF_SPEC_BRIDGE_VLAN_TUNNEL_INFO_ATTRS(),
                            "IFLA_BRIDGE_VLAN_TUNNEL_ID", (Payload) Attr::u32,
                            "IFLA_BRIDGE_VLAN_TUNNEL_VID", (Payload) Attr::u16,
                            "IFLA_BRIDGE_VLAN_TUNNEL_FLAGS", Attr.flags(Xlats::NL_BRIDGE_VLAN_FLAGS, "BRIDGE_VLAN_INFO_???", 2))));

    /** Per address family (the attribute's type): its own attributes, unknown families in hex. */
    private static final Payload[] AF_SPEC_FAMILIES = Attr.byName(Xlats.ADDRFAMS(),
            "AF_INET", INET_ATTRS, "AF_INET6", INET6_ATTRS, "AF_MCTP", MCTP_ATTRS);

    /** IFLA_AF_SPEC: bridge attributes (AF_BRIDGE), else one attribute per address family. */
    private static Payload afSpec(int family) {
        return family == AF_BRIDGE ? Attr.nested(Xlats::RTNL_IFLA_AF_SPEC_BRIDGE_ATTRS, "IFLA_BRIDGE_???", AF_SPEC_BRIDGE)
                : Attr.nested(Xlats::ADDRFAMS, "AF_???", AF_SPEC_FAMILIES);
    }

    // ---- IFLA_LINKINFO ------------------------------------------------------------------------

    private static final NetlinkStruct BR_BOOLOPT_MULTI = new NetlinkStruct(8, null, null, null,
            flags("optval", 0, 4, Xlats::RTNL_IFLA_BR_BOOLOPT_FLAGS, "1<<BR_BOOLOPT_???"),
            flags("optmask", 4, 4, Xlats::RTNL_IFLA_BR_BOOLOPT_FLAGS, "1<<BR_BOOLOPT_???"));

    private static final Payload BR_MCAST_QUERIER = Attr.nested(Xlats::RTNL_IFLA_BR_MCAST_QUERIER_ATTRS, "BRIDGE_QUERIER_???",
            Attr.byName(Xlats.RTNL_IFLA_BR_MCAST_QUERIER_ATTRS(),
                    "BRIDGE_QUERIER_IP_ADDRESS", (Payload) Attr::inet4, "BRIDGE_QUERIER_IP_PORT", (Payload) Attr::ifindex,
                    "BRIDGE_QUERIER_IP_OTHER_TIMER", (Payload) Attr::clock,
                    "BRIDGE_QUERIER_IPV6_ADDRESS", (Payload) Attr::inet6, "BRIDGE_QUERIER_IPV6_PORT", (Payload) Attr::ifindex,
                    "BRIDGE_QUERIER_IPV6_OTHER_TIMER", (Payload) Attr::clock));

    static Object[] pairs(String prefix, Payload d, String... names) {
        Object[] o = new Object[2 * names.length];
        for (int i = 0; i < names.length; i++) {
            o[2 * i] = prefix + names[i];
            o[2 * i + 1] = d;
        }
        return o;
    }

    private static Object[] concat(Object[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
    }

    /** IFLA_BR_*: a bridge's link data. */
    private static final Payload BRIDGE_DATA = Attr.nested(Xlats::RTNL_IFLA_INFO_DATA_BRIDGE_ATTRS, "IFLA_BR_???",
            Attr.byName(Xlats.RTNL_IFLA_INFO_DATA_BRIDGE_ATTRS(), concat(
                    pairs("IFLA_BR_", Attr::clock, "FORWARD_DELAY", "HELLO_TIME", "MAX_AGE", "AGEING_TIME", "HELLO_TIMER",
                            "TCN_TIMER", "TOPOLOGY_CHANGE_TIMER", "GC_TIMER", "MCAST_LAST_MEMBER_INTVL",
                            "MCAST_MEMBERSHIP_INTVL", "MCAST_QUERIER_INTVL", "MCAST_QUERY_INTVL",
                            "MCAST_QUERY_RESPONSE_INTVL", "MCAST_STARTUP_QUERY_INTVL"),
                    pairs("IFLA_BR_", Attr::u32, "STP_STATE", "ROOT_PATH_COST", "MCAST_HASH_ELASTICITY", "MCAST_HASH_MAX",
                            "MCAST_LAST_MEMBER_CNT", "MCAST_STARTUP_QUERY_CNT"),
                    pairs("IFLA_BR_", Attr::u16, "PRIORITY", "ROOT_PORT", "VLAN_DEFAULT_PVID"),
                    pairs("IFLA_BR_", Attr::u8, "VLAN_FILTERING", "TOPOLOGY_CHANGE", "TOPOLOGY_CHANGE_DETECTED",
                            "MCAST_ROUTER", "MCAST_SNOOPING", "MCAST_QUERY_USE_IFADDR", "MCAST_QUERIER",
                            "NF_CALL_IPTABLES", "NF_CALL_IP6TABLES", "NF_CALL_ARPTABLES", "VLAN_STATS_ENABLED",
                            "MCAST_STATS_ENABLED", "MCAST_IGMP_VERSION", "MCAST_MLD_VERSION", "VLAN_STATS_PER_PORT"),
                    new Object[] {"IFLA_BR_VLAN_PROTOCOL", (Payload) Attr::etherProto,
                        "IFLA_BR_GROUP_FWD_MASK", (Payload) Attr::x16,
                        "IFLA_BR_ROOT_ID", (Payload) BRIDGE_ID::value, "IFLA_BR_BRIDGE_ID", (Payload) BRIDGE_ID::value,
                        "IFLA_BR_GROUP_ADDR", Attr.hwaddr(-1),
                        "IFLA_BR_MULTI_BOOLOPT", (Payload) BR_BOOLOPT_MULTI::value,
                        "IFLA_BR_MCAST_QUERIER_STATE", BR_MCAST_QUERIER})));

    /** IFLA_TUN_*: a tun device's link data. */
    private static final Payload TUN_DATA = Attr.nested(Xlats::RTNL_IFLA_INFO_DATA_TUN_ATTRS, "IFLA_TUN_???",
            Attr.byName(Xlats.RTNL_IFLA_INFO_DATA_TUN_ATTRS(), concat(
                    new Object[] {"IFLA_TUN_OWNER", (Payload) Attr::uid, "IFLA_TUN_GROUP", (Payload) Attr::uid,
                        "IFLA_TUN_TYPE", Attr.xval(Xlats::TUN_DEVICE_TYPES, "IFF_???", 1)},
                    pairs("IFLA_TUN_", Attr::u8, "PI", "VNET_HDR", "PERSIST", "MULTI_QUEUE"),
                    pairs("IFLA_TUN_", Attr::u32, "NUM_QUEUES", "NUM_DISABLED_QUEUES"))));

    /** struct can_device_stats. */
    private static final NetlinkStruct CAN_DEVICE_STATS = new NetlinkStruct(24, null, null, null,
            u("bus_error", 0, 4), u("error_warning", 4, 4), u("error_passive", 8, 4), u("bus_off", 12, 4),
            u("arbitration_lost", 16, 4), u("restarts", 20, 4));

    /** The kind strings IFLA_INFO_KIND and IFLA_INFO_SLAVE_KIND set, read by the data attributes after them. */
    private static final class LinkInfoContext {
        String kind = "", slaveKind = "";
    }

    /** A kind: shorter than 16 bytes, up to its NUL; else none. */
    private static String kindOf(Call c, long addr, int len) {
        if (len >= 16) return "";
        byte[] b = new byte[len];
        if (c.mem().read(addr, b, len) != len) return "";
        int n = 0;
        while (n < len && b[n] != 0) n++;
        return new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** IFLA_LINKINFO: IFLA_INFO_*, the data attributes by the kind named before them. */
    private static boolean linkInfo(Call c, long addr, int len) {
        LinkInfoContext ctx = new LinkInfoContext();
        Payload[] d = Attr.byName(Xlats.RTNL_IFLA_INFO_ATTRS(),
                "IFLA_INFO_KIND", (Payload) (call, a, l) -> {
                    ctx.kind = kindOf(call, a, l);
                    return Attr.cstr(call, a, l);
                },
                "IFLA_INFO_DATA", (Payload) (call, a, l) -> switch (ctx.kind) {
                    case "bridge" -> BRIDGE_DATA.decode(call, a, l);
                    case "tun" -> TUN_DATA.decode(call, a, l);
                    default -> false;
                },
                "IFLA_INFO_XSTATS", (Payload) (call, a, l) -> ctx.kind.equals("can") && CAN_DEVICE_STATS.value(call, a, l),
                "IFLA_INFO_SLAVE_KIND", (Payload) (call, a, l) -> {
                    ctx.slaveKind = kindOf(call, a, l);
                    return Attr.cstr(call, a, l);
                },
                "IFLA_INFO_SLAVE_DATA", (Payload) (call, a, l) -> ctx.slaveKind.equals("bridge") && BRPORT_ATTRS.decode(call, a, l));
        Netlink.attributes(c, addr, len, Xlats.RTNL_IFLA_INFO_ATTRS(), "IFLA_INFO_???", d);
        return true;
    }

    // ---- virtual functions --------------------------------------------------------------------

    private static NetlinkStruct vfAnd(int size, NetlinkStruct.Field... rest) {
        NetlinkStruct.Field[] f = new NetlinkStruct.Field[rest.length + 1];
        f[0] = u("vf", 0, 4);
        System.arraycopy(rest, 0, f, 1, rest.length);
        return new NetlinkStruct(size, null, null, null, f);
    }

    private static final NetlinkStruct VF_MAC = vfAnd(36, mac("mac", 4, 32));
    private static final NetlinkStruct VF_VLAN = vfAnd(12, u("vlan", 4, 4), u("qos", 8, 4));
    private static final NetlinkStruct VF_TX_RATE = vfAnd(8, u("rate", 4, 4));
    private static final NetlinkStruct VF_SETTING = vfAnd(8, u("setting", 4, 4));
    private static final NetlinkStruct VF_LINK_STATE = vfAnd(8,
            xval("link_state", 4, 4, Xlats::RTNL_IFLA_VF_LINK_STATES, "IFLA_VF_LINK_STATE_???"));
    private static final NetlinkStruct VF_RATE = vfAnd(12, u("min_tx_rate", 4, 4), u("max_tx_rate", 8, 4));
    private static final NetlinkStruct VF_VLAN_INFO = vfAnd(16, u("vlan", 4, 4), u("qos", 8, 4),
            custom("vlan_proto", (c, b) -> {
                c.out.append("vlan_proto=htons(");
                Print.xval(c.out, c.opts().xlatStyle, Xlats.ETHERNET_PROTOCOLS(),
                        Short.toUnsignedInt(Short.reverseBytes(b.getShort(12))), "ETH_P_???");
                c.out.append(')');
            }));
    private static final NetlinkStruct VF_BROADCAST = new NetlinkStruct(32, null, null, null, mac("broadcast", 0, 32));

    /** struct ifla_vf_guid, 12 bytes (packed) or 16 (the guid 8-aligned). */
    private static boolean vfGuid(Call c, long addr, int len) {
        if (len != 12 && len != 16) return false;
        ByteBuffer b = Structs.read(c, addr, len);
        if (b == null) {
            Print.ptr(c, addr);
            return true;
        }
        c.out.append("{vf=").append(Integer.toUnsignedString(b.getInt(0))).append(", guid=");
        Print.hex(c.out, b.getLong(len == 12 ? 4 : 8));
        c.out.append('}');
        return true;
    }

    private static final Payload[] VF_INFO = Attr.byName(Xlats.RTNL_IFLA_VF_INFO_ATTRS(),
            "IFLA_VF_MAC", (Payload) VF_MAC::value, "IFLA_VF_VLAN", (Payload) VF_VLAN::value,
            "IFLA_VF_TX_RATE", (Payload) VF_TX_RATE::value, "IFLA_VF_SPOOFCHK", (Payload) VF_SETTING::value,
            "IFLA_VF_LINK_STATE", (Payload) VF_LINK_STATE::value, "IFLA_VF_RATE", (Payload) VF_RATE::value,
            "IFLA_VF_RSS_QUERY_EN", (Payload) VF_SETTING::value,
            "IFLA_VF_STATS", Attr.nested(Xlats::RTNL_IFLA_VF_STATS_ATTRS, "IFLA_VF_STATS_???",
                    Attr.byName(Xlats.RTNL_IFLA_VF_STATS_ATTRS(), pairs("IFLA_VF_STATS_", Attr::u64, "RX_PACKETS",
                            "TX_PACKETS", "RX_BYTES", "TX_BYTES", "BROADCAST", "MULTICAST", "RX_DROPPED", "TX_DROPPED"))),
            "IFLA_VF_TRUST", (Payload) VF_SETTING::value,
            "IFLA_VF_IB_NODE_GUID", (Payload) NetlinkLink::vfGuid, "IFLA_VF_IB_PORT_GUID", (Payload) NetlinkLink::vfGuid,
            "IFLA_VF_VLAN_LIST", Attr.nested(Xlats::RTNL_IFLA_VF_VLAN_LIST_ATTRS, "IFLA_VF_VLAN_INFO_???",
                    Attr.byName(Xlats.RTNL_IFLA_VF_VLAN_LIST_ATTRS(), "IFLA_VF_VLAN_INFO", (Payload) VF_VLAN_INFO::value)),
            "IFLA_VF_BROADCAST", (Payload) VF_BROADCAST::value);

    private static final Payload VFINFO_LIST = Attr.nested(Xlats::RTNL_IFLA_VFINFO_LIST_ATTRS, "IFLA_VF_INFO_???",
            Attr.byName(Xlats.RTNL_IFLA_VFINFO_LIST_ATTRS(), "IFLA_VF_INFO",
                    Attr.nested(Xlats::RTNL_IFLA_VF_INFO_ATTRS, "IFLA_VF_???", VF_INFO)));

    // ---- XDP and the rest ---------------------------------------------------------------------

    private static final Payload XDP = Attr.nested(Xlats::RTNL_IFLA_XDP_ATTRS, "IFLA_XDP_???",
            Attr.byName(Xlats.RTNL_IFLA_XDP_ATTRS(), concat(
                    new Object[] {"IFLA_XDP_FD", (Payload) Attr::fd, "IFLA_XDP_EXPECTED_FD", (Payload) Attr::fd,
                        "IFLA_XDP_ATTACHED", Attr.xval(Xlats::RTNL_IFLA_XDP_ATTACHED_MODE, "XDP_ATTACHED_???", 1),
                        "IFLA_XDP_FLAGS", Attr.flags32(Xlats::XDP_FLAGS, "XDP_FLAGS_???")},
                    pairs("IFLA_XDP_", Attr::u32, "PROG_ID", "DRV_PROG_ID", "SKB_PROG_ID", "HW_PROG_ID"))));

    private static final Payload PROP_LIST = Attr.nested(Xlats::RTNL_LINK_ATTRS, "IFLA_???",
            Attr.byName(Xlats.RTNL_LINK_ATTRS(), "IFLA_ALT_IFNAME", (Payload) Attr::str));

    private static final Payload PROTO_DOWN_REASON = Attr.nested(Xlats::RTNL_IFLA_PROTO_DOWN_REASON_ATTRS,
            "IFLA_PROTO_DOWN_REASON_???", Attr.byName(Xlats.RTNL_IFLA_PROTO_DOWN_REASON_ATTRS(),
                    "IFLA_PROTO_DOWN_REASON_MASK", (Payload) Attr::x32, "IFLA_PROTO_DOWN_REASON_VALUE", (Payload) Attr::x32));

    private static final Map<Integer, Payload[]> LINK = new ConcurrentHashMap<>();

    /** IFLA_*: the attributes of a link message of {@code family}. */
    static Payload[] link(int family) {
        return LINK.computeIfAbsent(family, f -> {
            Payload hwaddr = Attr.hwaddr(f); // strace takes the message's family for the device type
            Payload port = NetlinkRoute.port();
            return Attr.byName(Xlats.RTNL_LINK_ATTRS(), concat(
                    new Object[] {"IFLA_ADDRESS", hwaddr, "IFLA_BROADCAST", hwaddr, "IFLA_PERM_ADDRESS", hwaddr,
                        "IFLA_STATS", LINK_STATS, "IFLA_STATS64", LINK_STATS64, "IFLA_MAP", (Payload) IFMAP::value,
                        "IFLA_PROTINFO", protinfo(f), "IFLA_LINKINFO", (Payload) NetlinkLink::linkInfo,
                        "IFLA_VFINFO_LIST", VFINFO_LIST, "IFLA_VF_PORTS", NetlinkRoute.vfPorts(), "IFLA_PORT_SELF", port,
                        "IFLA_AF_SPEC", afSpec(f), "IFLA_NET_NS_FD", (Payload) Attr::fd,
                        "IFLA_EXT_MASK", Attr.flags(Xlats::RTNL_IFLA_EXT_FILTER_FLAGS, "RTEXT_FILTER_???", 4),
                        "IFLA_XDP", XDP, "IFLA_EVENT", Attr.named(Xlats::RTNL_IFLA_EVENTS, "IFLA_EVENT_???", 4),
                        "IFLA_NEW_IFINDEX", (Payload) Attr::ifindex, "IFLA_PROP_LIST", PROP_LIST,
                        "IFLA_PROTO_DOWN_REASON", PROTO_DOWN_REASON},
                    pairs("IFLA_", Attr::str, "IFNAME", "QDISC", "IFALIAS", "PHYS_PORT_NAME", "ALT_IFNAME",
                            "PARENT_DEV_NAME", "PARENT_DEV_BUS_NAME"),
                    pairs("IFLA_", Attr::u32, "MTU", "LINK", "MASTER", "TXQLEN", "WEIGHT", "NET_NS_PID", "NUM_VF", "GROUP",
                            "PROMISCUITY", "NUM_TX_QUEUES", "NUM_RX_QUEUES", "CARRIER_CHANGES", "GSO_MAX_SEGS",
                            "GSO_MAX_SIZE", "CARRIER_UP_COUNT", "CARRIER_DOWN_COUNT", "MIN_MTU", "MAX_MTU",
                            "GRO_MAX_SIZE", "TSO_MAX_SIZE", "TSO_MAX_SEGS", "ALLMULTI"),
                    pairs("IFLA_", Attr::u8, "OPERSTATE", "LINKMODE", "CARRIER", "PROTO_DOWN"),
                    pairs("IFLA_", Attr::s32, "LINK_NETNSID", "NEW_NETNSID", "IF_NETNSID")));
        });
    }
}
