package jstrace.decode;

import static jstrace.decode.NetlinkStruct.custom;
import static jstrace.decode.NetlinkStruct.flags;
import static jstrace.decode.NetlinkStruct.pad;
import static jstrace.decode.NetlinkStruct.u;

import jstrace.decode.Netlink.Attr;
import jstrace.decode.Netlink.Payload;
import jstrace.table.Xlats;

/**
 * The attributes of struct if_stats_msg (RTM_*STATS): IFLA_STATS_* values and their nested tables
 * (extended link statistics by device type, offload statistics, address family specific ones),
 * each a table of decoders by attribute name, as strace 6.1 decodes them.
 */
final class NetlinkStats {
    private NetlinkStats() {}

    // ---- structs ------------------------------------------------------------------------------

    /** struct bridge_vlan_xstats. */
    private static final NetlinkStruct BRIDGE_VLAN_XSTATS = new NetlinkStruct(40, null, null, null,
            u("rx_bytes", 0, 8), u("rx_packets", 8, 8), u("tx_bytes", 16, 8), u("tx_packets", 24, 8), u("vid", 32, 2),
            flags("flags", 34, 2, Xlats::NL_BRIDGE_VLAN_FLAGS, "BRIDGE_VLAN_INFO_???"), pad("pad2", 36, 4));

    /** A u64 array field of {@code count} elements at {@code offset}, indexed by the multicast directions. */
    private static NetlinkStruct.Field mcastArray(String name, int offset) {
        return custom(name, (c, b) -> {
            c.out.append(name).append("=[");
            for (int i = 0; i < 2; i++) {
                if (i > 0) c.out.append(", ");
                Attr.index(c, i, Xlats.IFSTATS_XSTATS_BRIDGE_MCAST_INDICES(), null);
                c.out.append(Long.toUnsignedString(b.getLong(offset + 8 * i)));
            }
            c.out.append(']');
        });
    }

    /** struct br_mcast_stats: counters per direction (receive, transmit) and parse errors. */
    private static final NetlinkStruct BR_MCAST_STATS = new NetlinkStruct(240, null, null, null,
            mcastArray("igmp_v1queries", 0), mcastArray("igmp_v2queries", 16), mcastArray("igmp_v3queries", 32),
            mcastArray("igmp_leaves", 48), mcastArray("igmp_v1reports", 64), mcastArray("igmp_v2reports", 80),
            mcastArray("igmp_v3reports", 96), u("igmp_parse_errors", 112, 8),
            mcastArray("mld_v1queries", 120), mcastArray("mld_v2queries", 136), mcastArray("mld_leaves", 152),
            mcastArray("mld_v1reports", 168), mcastArray("mld_v2reports", 184), u("mld_parse_errors", 200, 8),
            mcastArray("mcast_bytes", 208), mcastArray("mcast_packets", 224));

    /** struct bridge_stp_xstats. */
    private static final NetlinkStruct BRIDGE_STP_XSTATS = new NetlinkStruct(48, null, null, null,
            u("transition_blk", 0, 8), u("transition_fwd", 8, 8), u("rx_bpdu", 16, 8), u("tx_bpdu", 24, 8),
            u("rx_tcn", 32, 8), u("tx_tcn", 40, 8));

    /** struct mpls_link_stats. */
    private static final NetlinkStruct MPLS_LINK_STATS = new NetlinkStruct(72, null, null, null,
            u("rx_packets", 0, 8), u("tx_packets", 8, 8), u("rx_bytes", 16, 8), u("tx_bytes", 24, 8),
            u("rx_errors", 32, 8), u("tx_errors", 40, 8), u("rx_dropped", 48, 8), u("tx_dropped", 56, 8),
            u("rx_noroute", 64, 8));

    // ---- IFLA_STATS_LINK_XSTATS ---------------------------------------------------------------

    /** BRIDGE_XSTATS_*. */
    private static final Payload XSTATS_BRIDGE = Attr.nested(Xlats::IFSTATS_XSTATS_BRIDGE_ATTRS, "BRIDGE_XSTATS_???",
            Attr.byName(Xlats.IFSTATS_XSTATS_BRIDGE_ATTRS(),
                    "BRIDGE_XSTATS_VLAN", (Payload) BRIDGE_VLAN_XSTATS::valueThenHex,
                    "BRIDGE_XSTATS_MCAST", (Payload) BR_MCAST_STATS::valueThenHex,
                    "BRIDGE_XSTATS_STP", (Payload) BRIDGE_STP_XSTATS::valueThenHex));

    /** BOND_3AD_STAT_*: u64 counters (strace names an unknown one BOND_XSTATS_???). */
    private static final Payload XSTATS_BOND_3AD = Attr.nested(Xlats::IFSTATS_XSTATS_BOND_3AD_ATTRS, "BOND_XSTATS_???",
            Attr.byName(Xlats.IFSTATS_XSTATS_BOND_3AD_ATTRS(), NetlinkLink.pairs("BOND_3AD_STAT_", Attr::u64,
                    "LACPDU_RX", "LACPDU_TX", "LACPDU_UNKNOWN_RX", "LACPDU_ILLEGAL_RX", "MARKER_RX", "MARKER_TX",
                    "MARKER_RESP_RX", "MARKER_RESP_TX", "MARKER_UNKNOWN_RX")));

    /** BOND_XSTATS_*. */
    private static final Payload XSTATS_BOND = Attr.nested(Xlats::IFSTATS_XSTATS_BOND_ATTRS, "BOND_XSTATS_???",
            Attr.byName(Xlats.IFSTATS_XSTATS_BOND_ATTRS(), "BOND_XSTATS_3AD", XSTATS_BOND_3AD));

    /** LINK_XSTATS_TYPE_*: the extended statistics of a device type. */
    private static final Payload XSTATS = Attr.nested(Xlats::IFSTATS_XSTATS_TYPE_ATTRS, "LINK_XSTATS_TYPE_???",
            Attr.byName(Xlats.IFSTATS_XSTATS_TYPE_ATTRS(),
                    "LINK_XSTATS_TYPE_BRIDGE", XSTATS_BRIDGE, "LINK_XSTATS_TYPE_BOND", XSTATS_BOND));

    // ---- offload and address family statistics ------------------------------------------------

    /** IFLA_OFFLOAD_XSTATS_*. */
    private static final Payload OFFLOAD_XSTATS = Attr.nested(Xlats::IFSTATS_OFFLOAD_ATTRS, "IFLA_OFFLOAD_XSTATS_???",
            Attr.byName(Xlats.IFSTATS_OFFLOAD_ATTRS(), "IFLA_OFFLOAD_XSTATS_CPU_HIT", NetlinkLink.LINK_STATS64));

    private static final Payload MPLS_STATS = Attr.nested(Xlats::IFSTATS_AF_SPEC_MPLS_ATTRS, "MPLS_STATS_???",
            Attr.byName(Xlats.IFSTATS_AF_SPEC_MPLS_ATTRS(), "MPLS_STATS_LINK", (Payload) MPLS_LINK_STATS::valueThenHex));

    /** IFLA_STATS_AF_SPEC: one attribute per address family (the attribute's type), unknown families in hex. */
    private static final Payload AF_SPEC = Attr.nested(Xlats::ADDRFAMS, "AF_???",
            Attr.byName(Xlats.ADDRFAMS(), "AF_MPLS", MPLS_STATS));

    /** IFLA_STATS_*. */
    static final Payload[] STATS = Attr.byName(Xlats.RTNL_IFLA_STATS_ATTRS(),
            "IFLA_STATS_LINK_64", NetlinkLink.LINK_STATS64,
            "IFLA_STATS_LINK_XSTATS", XSTATS, "IFLA_STATS_LINK_XSTATS_SLAVE", XSTATS,
            "IFLA_STATS_LINK_OFFLOAD_XSTATS", OFFLOAD_XSTATS,
            "IFLA_STATS_AF_SPEC", AF_SPEC);
}
