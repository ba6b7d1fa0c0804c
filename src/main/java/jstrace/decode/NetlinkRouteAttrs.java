package jstrace.decode;

import static jstrace.decode.NetlinkStruct.custom;
import static jstrace.decode.NetlinkStruct.flags;
import static jstrace.decode.NetlinkStruct.ifindex;
import static jstrace.decode.NetlinkStruct.pad;
import static jstrace.decode.NetlinkStruct.u;
import static jstrace.decode.NetlinkStruct.x;
import static jstrace.decode.NetlinkStruct.xval;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import jstrace.decode.Netlink.Attr;
import jstrace.decode.Netlink.Payload;
import jstrace.table.Xlats;

/**
 * NETLINK_ROUTE attribute tables of routes (RTA_*), neighbours (NDA_*), next hops (NHA_*), bridge
 * multicast database entries (MDBA_*) and multicast cache reports: which decoder each attribute
 * type's value has, the nested ones with tables of their own. Tables whose addresses are of the
 * message's family are built per family.
 */
final class NetlinkRouteAttrs {
    private NetlinkRouteAttrs() {}

    private static final int AF_INET = 2, AF_INET6 = 10;

    /** One table per family: AF_INET, AF_INET6 and every other one (whose addresses are hex bytes). */
    private static Payload[] perFamily(Map<Integer, Payload[]> cache, int family, IntFunction<Payload[]> build) {
        int key = family == AF_INET || family == AF_INET6 ? family : -1;
        return cache.computeIfAbsent(key, build::apply);
    }

    // ---- routes: struct rtmsg -----------------------------------------------------------------

    private static final Map<Integer, Payload[]> ROUTE = new ConcurrentHashMap<>();

    /** RTAX_*: route metrics. */
    private static final Payload[] METRICS = new Payload[17];

    static {
        for (int t = 1; t <= 15; t++) METRICS[t] = Attr::u32; // RTAX_LOCK .. RTAX_QUICKACK
        METRICS[16] = Attr::str; // RTAX_CC_ALGO
    }

    private static final NetlinkStruct RTA_CACHEINFO = new NetlinkStruct(32, null, null, null,
            u("rta_clntref", 0, 4), u("rta_lastuse", 4, 4), u("rta_expires", 8, 4), u("rta_error", 12, 4),
            u("rta_used", 16, 4), x("rta_id", 20, 4), u("rta_ts", 24, 4), u("rta_tsage", 28, 4));
    private static final NetlinkStruct RTA_MFC_STATS = new NetlinkStruct(24, null, null, null,
            u("mfcs_packets", 0, 8), u("mfcs_bytes", 8, 8), u("mfcs_wrong_if", 16, 8));
    private static final NetlinkStruct RTNEXTHOP = new NetlinkStruct(8, null, null, null,
            u("rtnh_len", 0, 2), flags("rtnh_flags", 2, 1, Xlats::ROUTE_NEXTHOP_FLAGS, "RTNH_F_???"),
            u("rtnh_hops", 3, 1), ifindex("rtnh_ifindex", 4));

    static final Payload LWT_ENCAP_TYPE = Attr.named(Xlats::LWTUNNEL_ENCAP_TYPES, "LWTUNNEL_ENCAP_???", 2);

    /** RTA_*: the attributes of a route of {@code family}. */
    static Payload[] route(int family) {
        return perFamily(ROUTE, family, f -> {
            Payload[] d = new Payload[30];
            Payload address = Attr.inetAddr(f);
            for (int t : new int[] {1, 2, 5, 7, 19}) d[t] = address; // DST, SRC, GATEWAY, PREFSRC, NEWDST
            d[3] = Attr::ifindex; // RTA_IIF
            d[4] = Attr::ifindex; // RTA_OIF
            d[6] = Attr::u32; // RTA_PRIORITY
            d[8] = Attr.nested(Xlats::RTNL_RTA_METRICS_ATTRS, "RTAX_???", METRICS);
            d[9] = multipath(d); // RTA_MULTIPATH: next hops with attributes of this same table
            d[10] = Attr::u32; // RTA_PROTOINFO
            d[11] = Attr::u32; // RTA_FLOW
            d[12] = RTA_CACHEINFO::value;
            d[14] = Attr::u32; // RTA_MP_ALGO
            d[15] = Attr.named(Xlats::ROUTING_TABLE_IDS, null, 4); // RTA_TABLE
            d[16] = Attr::u32; // RTA_MARK
            d[17] = RTA_MFC_STATS::value;
            d[18] = NetlinkRouteAttrs::rtvia; // RTA_VIA
            d[20] = Attr::u8; // RTA_PREF
            d[21] = LWT_ENCAP_TYPE; // RTA_ENCAP_TYPE
            d[23] = Attr::u64; // RTA_EXPIRES
            d[25] = Attr::u32; // RTA_UID
            d[26] = Attr::u8; // RTA_TTL_PROPAGATE
            d[27] = Attr::u8; // RTA_IP_PROTO
            d[28] = Attr::u16; // RTA_SPORT
            d[29] = Attr::u16; // RTA_DPORT
            return d;
        });
    }

    /** struct rtvia: {rtvia_family=AF_INET, rtvia_addr=inet_addr("...")}, the address when there is one. */
    private static boolean rtvia(Call c, long addr, int len) {
        if (len < 2) return false;
        ByteBuffer b = Structs.read(c, addr, 2);
        if (b == null) {
            Print.ptr(c, addr);
            return true;
        }
        int family = Short.toUnsignedInt(b.getShort(0));
        c.out.append("{rtvia_family=");
        Print.xval(c.out, c.opts().xlatStyle, Xlats.ADDRFAMS(), family, "AF_???");
        if (len > 2) {
            c.out.append(", ");
            Attr.inetAddr(c, addr + 2, len - 2, family, "rtvia_addr");
        }
        c.out.append('}');
        return true;
    }

    /**
     * RTA_MULTIPATH: struct rtnexthop elements, each followed (within its rtnh_len) by route
     * attributes: [{rtnh_len=...}, [attributes]]; several in [...].
     */
    private static Payload multipath(Payload[] routeAttrs) {
        return (c, addr, len) -> {
            if (len < 8) return false;
            StringBuilder o = c.out;
            boolean array = false;
            long cur = addr;
            long left = len;
            while (true) {
                ByteBuffer b = Structs.read(c, cur, 8);
                if (b == null) {
                    Print.ptr(c, cur);
                    break;
                }
                int rtnhLen = Short.toUnsignedInt(b.getShort(0));
                int used = (int) Math.min(left, rtnhLen);
                if (cur == addr && rtnhLen < len) {
                    o.append('[');
                    array = true;
                }
                if (cur > addr) o.append(", ");
                if (used > 8) o.append('[');
                RTNEXTHOP.value(c, cur, 8);
                if (used > 8) {
                    o.append(", ");
                    Netlink.attributes(c, cur + 8, used - 8, Xlats.RTNL_ROUTE_ATTRS(), "RTA_???", routeAttrs);
                    o.append(']');
                }
                long aligned = (used + 3) & ~3L;
                if (aligned >= left) break;
                cur += aligned;
                left -= aligned;
            }
            if (array) o.append(']');
            return true;
        };
    }

    // ---- neighbours: struct ndmsg -------------------------------------------------------------

    private static final Map<Integer, Payload[]> NEIGH = new ConcurrentHashMap<>();

    private static final NetlinkStruct NDA_CACHEINFO = new NetlinkStruct(16, null, null, null,
            u("ndm_confirmed", 0, 4), u("ndm_used", 4, 4), u("ndm_updated", 8, 4), u("ndm_refcnt", 12, 4));

    /** NFEA_*: the FDB extension attributes. */
    private static final Payload[] FDB_EXT = {null, Attr.flags(Xlats::FDB_NOTIFY_FLAGS, "FDB_NOTIFY_???", 1)};

    /** NDA_*: the attributes of a neighbour of {@code family}. */
    static Payload[] neigh(int family) {
        return perFamily(NEIGH, family, f -> {
            Payload[] d = new Payload[18];
            d[1] = Attr.inetAddr(f); // NDA_DST
            d[2] = Attr.hwaddr(-1); // NDA_LLADDR
            d[3] = NDA_CACHEINFO::value;
            d[4] = Attr::u32; // NDA_PROBES
            d[5] = Attr::u16; // NDA_VLAN
            d[6] = Attr::be16; // NDA_PORT
            d[7] = Attr::u32; // NDA_VNI
            d[8] = Attr::ifindex; // NDA_IFINDEX
            d[9] = Attr::ifindex; // NDA_MASTER
            d[10] = Attr::u32; // NDA_LINK_NETNSID
            d[11] = Attr::u32; // NDA_SRC_VNI
            d[12] = Attr.xval(Xlats::INET_PROTOCOLS, "IPPROTO_???", 0); // NDA_PROTOCOL
            d[13] = Attr::u32; // NDA_NH_ID
            d[14] = Attr.nested(Xlats::RTNL_NEIGH_FDB_EXT_ATTRS, "NFEA_???", FDB_EXT);
            d[15] = Attr.flags(Xlats::NEIGHBOR_CACHE_ENTRY_EXT_FLAGS, "NTF_EXT_???", 4); // NDA_FLAGS_EXT
            d[16] = Attr.flags(Xlats::NEIGHBOR_CACHE_ENTRY_STATES, "NUD_???", 2); // NDA_NDM_STATE_MASK
            d[17] = Attr.flags(Xlats::NEIGHBOR_CACHE_ENTRY_FLAGS, "NTF_???", 1); // NDA_NDM_FLAGS_MASK
            return d;
        });
    }

    // ---- next hops: struct nhmsg --------------------------------------------------------------

    private static final Map<Integer, Payload[]> NEXTHOP = new ConcurrentHashMap<>();

    /** struct nexthop_grp: reserved fields only when not zero. */
    private static final NetlinkStruct NEXTHOP_GRP = new NetlinkStruct(8, null, null, null,
            u("id", 0, 4), u("weight", 4, 1), pad("resvd1", 5, 1), pad("resvd2", 6, 2));

    private static final Payload[] RES_GROUP = {null, Attr::u16, Attr::clock, Attr::clock, Attr::clock};
    private static final Payload[] RES_BUCKET = {null, Attr::u16, Attr::clock, Attr::u32};

    /** NHA_*: the attributes of a next hop of {@code family}. */
    static Payload[] nexthop(int family) {
        return perFamily(NEXTHOP, family, f -> {
            Payload[] d = new Payload[14];
            d[1] = Attr::u32; // NHA_ID
            d[2] = Attr.array(8, NEXTHOP_GRP::printRead); // NHA_GROUP
            d[3] = Attr.xval(Xlats::RTNL_NEXTHOP_GRP_TYPES, "NEXTHOP_GRP_TYPE_???", 2); // NHA_GROUP_TYPE
            d[4] = Attr::u32; // NHA_BLACKHOLE
            d[5] = Attr::ifindex; // NHA_OIF
            d[6] = Attr.inetAddr(f); // NHA_GATEWAY
            d[7] = LWT_ENCAP_TYPE; // NHA_ENCAP_TYPE
            d[9] = Attr::u32; // NHA_GROUPS
            d[10] = Attr::ifindex; // NHA_MASTER
            d[11] = Attr::u32; // NHA_FDB
            d[12] = Attr.nested(Xlats::RTNL_NHA_RES_GROUP_ATTRS, "NHA_RES_GROUP_???", RES_GROUP);
            d[13] = Attr.nested(Xlats::RTNL_NHA_RES_BUCKET_ATTRS, "NHA_RES_BUCKET_???", RES_BUCKET);
            return d;
        });
    }

    // ---- the bridge multicast database: struct br_port_msg ------------------------------------

    /** struct br_mdb_entry; its address is of the family in its (big-endian) proto field. */
    private static final NetlinkStruct BR_MDB_ENTRY = new NetlinkStruct(28, null, null, null,
            ifindex("ifindex", 0),
            xval("state", 4, 1, Xlats::MDB_STATES, "MDB_???"),
            flags("flags", 5, 1, Xlats::MDB_FLAGS, "MDB_FLAGS_???"),
            u("vid", 6, 2),
            custom("addr", NetlinkRouteAttrs::mdbAddress));

    /** addr={u=ADDRESS, proto=htons(AF_...)}. */
    private static void mdbAddress(Call c, ByteBuffer b) {
        int proto = Short.toUnsignedInt(Short.reverseBytes(b.getShort(24)));
        byte[] u = new byte[16];
        b.get(8, u);
        StringBuilder o = c.out;
        o.append("addr={");
        Attr.inetAddress(c, proto, u, 16, "u");
        o.append(", proto=htons(");
        Print.xval(o, c.opts().xlatStyle, Xlats.ADDRFAMS(), proto, "AF_???");
        o.append(")}");
    }

    private static final Payload[] MDB_EATTR = {null, Attr::clock}; // MDBA_MDB_EATTR_TIMER
    private static final Payload MDB_ENTRY_INFO = Attr.structThen(BR_MDB_ENTRY,
            Attr.nested(Xlats::RTNL_MDBA_MDB_EATTR_ATTRS, "MDBA_MDB_EATTR_???", MDB_EATTR));
    private static final Payload MDB_ENTRY = Attr.nested(Xlats::RTNL_MDBA_MDB_ENTRY_ATTRS, "MDBA_MDB_ENTRY_???",
            new Payload[] {null, MDB_ENTRY_INFO});

    private static final Payload[] ROUTER_PATTR = {null, Attr::clock,
            Attr.named(Xlats::MULTICAST_ROUTER_TYPES, "MDB_RTR_TYPE_???", 1), Attr::clock, Attr::clock};

    /** MDBA_ROUTER_PORT: an interface index, then the port's attributes. */
    private static boolean routerPort(Call c, long addr, int len) {
        if (!Attr.ifindex(c, addr, len)) return false;
        if (len > 4) {
            c.out.append(", ");
            Netlink.attributes(c, addr + 4, len - 4, Xlats.RTNL_MDBA_ROUTER_PATTR_ATTRS(), "MDBA_ROUTER_PATTR_???", ROUTER_PATTR);
        }
        return true;
    }

    /** MDBA_*: the attributes of an RTM_*MDB message. */
    static final Payload[] MDB = {null,
            Attr.nested(Xlats::RTNL_MDBA_MDB_ATTRS, "MDBA_MDB_???", new Payload[] {null, MDB_ENTRY}),
            Attr.nested(Xlats::RTNL_MDBA_ROUTER_ATTRS, "MDBA_ROUTER_???",
                    new Payload[] {null, NetlinkRouteAttrs::routerPort})};

    // ---- multicast cache reports: struct rtgenmsg ---------------------------------------------

    private static final Xlat RTNL_FAMILIES = Netlink.join(Xlats.RTNL_FAMILY(), Xlats.ADDRFAMS());

    /** RTNL_FAMILY_* before the AF_* names. */
    static Xlat rtnlFamilies() {
        return RTNL_FAMILIES;
    }

    private static final Payload[] IPMRA_CREPORT = {null,
            Attr.xval(Xlats::RTNL_IPMRA_MSG_TYPES, "IGMPMSG_???", 1), Attr::u32, Attr::inet4, Attr::inet4, null, Attr::u32};
    private static final Payload[] IP6MRA_CREPORT = {null,
            Attr.xval(Xlats::RTNL_IP6MRA_MSG_TYPES, "MRT6MSG_???", 1), Attr::u32, Attr::inet6, Attr::inet6, null};

    /** The attributes of a cache report of {@code family} (RTNL_FAMILY_IPMR, _IP6MR), else null: hex bytes. */
    static Payload cacheReport(int family) {
        return switch (family) {
            case 0x80 -> Attr.nested(Xlats::RTNL_IPMRA_CREPORT_ATTR, "IPMRA_CREPORT_???", IPMRA_CREPORT);
            case 0x81 -> Attr.nested(Xlats::RTNL_IP6MRA_CREPORT_ATTR, "IP6MRA_CREPORT_???", IP6MRA_CREPORT);
            default -> null;
        };
    }
}
