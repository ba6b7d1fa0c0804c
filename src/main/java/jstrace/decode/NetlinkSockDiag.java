package jstrace.decode;

import static jstrace.decode.NetlinkStruct.custom;
import static jstrace.decode.NetlinkStruct.flags;
import static jstrace.decode.NetlinkStruct.ifindex;
import static jstrace.decode.NetlinkStruct.u;
import static jstrace.decode.NetlinkStruct.x;
import static jstrace.decode.NetlinkStruct.x0;
import static jstrace.decode.NetlinkStruct.xval;

import java.nio.ByteBuffer;
import java.util.function.Supplier;
import jstrace.decode.Netlink.Attr;
import jstrace.decode.Netlink.Payload;
import jstrace.decode.NetlinkStruct.FieldPrinter;
import jstrace.table.Xlats;

/**
 * NETLINK_SOCK_DIAG payloads: a request (NLM_F_REQUEST) or reply by the address family in its first
 * byte (unix_diag, inet_diag, netlink_diag, smc_diag), each a struct and, for replies and inet
 * requests, attributes after it; other families as {family=AF_..., data="\x.."}.
 */
final class NetlinkSockDiag {
    private NetlinkSockDiag() {}

    private static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, AF_NETLINK = 16, AF_SMC = 43;
    private static final int NLM_F_REQUEST = 1, TCPDIAG_GETSOCK = 0x12, DCCPDIAG_GETSOCK = 0x13;
    /** NDIAG_PROTO_ALL: a netlink_diag request for every protocol. */
    private static final int NDIAG_PROTO_ALL = 0xff;

    /** The payload of a sock_diag message; false for NLMSG_DONE (the caller's default). */
    static boolean decode(Call c, int type, int flags, long addr, int len) {
        if (type == Netlink.NLMSG_DONE) return false;
        byte[] b = new byte[1];
        if (c.mem().read(addr, b, 1) != 1) {
            Print.ptr(c, addr);
            return true;
        }
        int family = b[0] & 0xff;
        NetlinkStruct s = len > 1 ? struct(family, type, (flags & NLM_F_REQUEST) != 0) : null;
        if (s != null) s.print(c, addr, len);
        else Netlink.family(c, addr, len);
        return true;
    }

    private static NetlinkStruct struct(int family, int type, boolean request) {
        return switch (family) {
            case AF_UNIX -> request ? UNIX_DIAG_REQ : UNIX_DIAG_MSG;
            case AF_INET, AF_INET6 -> !request ? INET_DIAG_MSG
                    : type == TCPDIAG_GETSOCK || type == DCCPDIAG_GETSOCK ? INET_DIAG_REQ : INET_DIAG_REQ_V2;
            case AF_NETLINK -> request ? NETLINK_DIAG_REQ : NETLINK_DIAG_MSG;
            case AF_SMC -> request ? SMC_DIAG_REQ : SMC_DIAG_MSG;
            default -> null;
        };
    }

    // ---- field printers --------------------------------------------------------------------------

    /** A socket cookie, two u32: [N, N]. */
    private static final FieldPrinter COOKIE = (c, b, f) -> c.out.append('[').append(Integer.toUnsignedString(b.getInt(f.offset())))
            .append(", ").append(Integer.toUnsignedString(b.getInt(f.offset() + 4))).append(']');

    /** A port in network byte order: htons(N). */
    private static final FieldPrinter NET_PORT = (c, b, f) -> NetDecoders.netPortValue(c, bytes(b, f.offset(), 2), 0);

    /** A 32-bit dev_t: makedev(0x.., 0x..). */
    private static final FieldPrinter DEV = (c, b, f) -> StatStructs.makedev(c.out, Integer.toUnsignedLong(b.getInt(f.offset())));

    private static byte[] bytes(ByteBuffer b, int off, int len) {
        byte[] a = new byte[len];
        b.get(off, a);
        return a;
    }

    /** An address field of the family in the struct's first byte (or of {@code fixed} when not -1), its name printed by it. */
    private static FieldPrinter inetAddr(String name, int fixed) {
        return (c, b, f) -> NetDecoders.inetField(c, name, fixed >= 0 ? fixed : b.get(0) & 0xff, bytes(b, f.offset(), f.size()), 0, f.size());
    }

    /** struct inet_diag_sockid, its addresses of the family of the struct it is in (or {@code fixed}). */
    private static FieldPrinter sockid(int fixed) {
        return (c, b, f) -> {
            int family = fixed >= 0 ? fixed : b.get(0) & 0xff;
            ByteBuffer id = b.slice(f.offset(), 48).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            ByteBuffer withFamily = ByteBuffer.allocate(49).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            withFamily.put(0, (byte) family).put(1, id, 0, 48);
            SOCKID.nested(c, withFamily, 0);
        };
    }

    /** struct inet_diag_sockid after a byte holding its family (so that its address fields find it at offset 0). */
    private static final NetlinkStruct SOCKID = new NetlinkStruct(49, null, null, null,
            custom("idiag_sport", 1, 2, NET_PORT), custom("idiag_dport", 3, 2, NET_PORT),
            custom(null, 5, 16, inetAddr("idiag_src", -1)), custom(null, 21, 16, inetAddr("idiag_dst", -1)),
            ifindex("idiag_if", 37), custom("idiag_cookie", 41, 8, COOKIE));

    private static FieldPrinter nested(NetlinkStruct s) {
        return (c, b, f) -> s.nested(c, b, f.offset());
    }

    // ---- attribute value decoders ----------------------------------------------------------------

    /** strace's decode_nla_xval/decode_nla_flags: an integer of up to 8 bytes ({@code size} of them when not 0). */
    private static Payload integer(Supplier<Xlat> table, String dflt, int size, boolean flags, boolean verbose) {
        return (c, addr, len) -> {
            if (len > 8 || len < size) return false;
            int n = size != 0 ? Math.min(len, size) : len;
            byte[] raw = new byte[n];
            if (c.mem().read(addr, raw, n) != n) {
                Print.ptr(c, addr);
                return true;
            }
            long v = 0;
            for (int i = n - 1; i >= 0; i--) v = v << 8 | (raw[i] & 0xff);
            int style = c.opts().xlatStyle;
            if (verbose && style != Decoding.XLAT_RAW) style = Decoding.XLAT_VERBOSE;
            if (flags) Print.flags(c.out, style, table.get(), v, dflt);
            else Print.xval(c.out, style, table.get(), v, dflt);
            return true;
        };
    }

    private static final Payload IP_PROTO = integer(Xlats::INET_PROTOCOLS, "IPPROTO_???", 0, false, false);

    /** An integer in hex, as wide as the value (1, 2, 4 or 8 bytes), else not this decoder's. */
    private static boolean xint(Call c, long addr, int len) {
        if (len != 1 && len != 2 && len != 4 && len != 8) return false;
        ByteBuffer b = Structs.read(c, addr, len);
        if (b == null) {
            Print.ptr(c, addr);
            return true;
        }
        long v = switch (len) {
            case 1 -> b.get(0) & 0xff;
            case 2 -> b.getShort(0) & 0xffff;
            case 4 -> Integer.toUnsignedLong(b.getInt(0));
            default -> b.getLong(0);
        };
        Print.hex(c.out, v);
        return true;
    }

    /** A uid: -1 as -1. */
    private static boolean uid(Call c, long addr, int len) {
        if (len < 4) return false;
        ByteBuffer b = Structs.read(c, addr, 4);
        if (b == null) Print.ptr(c, addr);
        else Print.id(c, b.getInt(0));
        return true;
    }

    /** An array of {@code size}-byte elements filling the value; none: not this decoder's. */
    private static Payload array(int size, Structs.IndexedElement element) {
        return (c, addr, len) -> {
            int n = len / size;
            if (n == 0) return false;
            Structs.array(c, addr, n, size, n, element);
            return true;
        };
    }

    /** struct sk_meminfo: [[SK_MEMINFO_RMEM_ALLOC]=N, ...], the index named. */
    private static final Payload MEMINFO = array(4, (c, b, i) -> {
        c.out.append('[');
        // the index in decimal, as print_array_ex's XLAT_STYLE_FMT_U
        String name = Xlats.NETLINK_SK_MEMINFO_INDICES().lookup(i);
        int style = c.opts().xlatStyle;
        if (name != null && style == Decoding.XLAT_ABBREV) c.out.append(name);
        else if (style == Decoding.XLAT_RAW) c.out.append(i);
        else c.out.append(i).append(" /* ").append(name != null ? name : "SK_MEMINFO_???").append(" */");
        c.out.append("]=").append(Integer.toUnsignedString(b.getInt(0)));
    });

    private static final Payload U32_ARRAY = array(4, (c, b, i) -> c.out.append(Integer.toUnsignedString(b.getInt(0))));

    /** netlink group masks: unsigned longs, zero-padded hex. */
    private static final Payload GROUPS = array(8, (c, b, i) -> c.out.append(String.format("0x%016x", b.getLong(0))));

    /** The sockaddrs of an inet socket (struct sockaddr_storage each). */
    private static Payload sockaddrs() {
        return (c, addr, len) -> {
            int n = len / 128;
            if (n == 0) return false;
            Structs.array(c, addr, n, 128, n, (call, b, i) -> NetDecoders.sockaddr(call, addr + 128 * i, 128));
            return true;
        };
    }

    // ---- unix_diag --------------------------------------------------------------------------------

    private static final NetlinkStruct UNIX_DIAG_VFS = new NetlinkStruct(8, null, null, null,
            custom("udiag_vfs_dev", 4, 4, DEV), u("udiag_vfs_ino", 0, 4)); // printed dev first
    private static final NetlinkStruct UNIX_DIAG_RQLEN = new NetlinkStruct(8, null, null, null,
            u("udiag_rqueue", 0, 4), u("udiag_wqueue", 4, 4));

    private static final Payload[] UNIX_DIAG_ATTRS = {Attr::str, UNIX_DIAG_VFS::value, Attr::u32, U32_ARRAY,
        UNIX_DIAG_RQLEN::value, MEMINFO, Attr::u8, NetlinkSockDiag::uid};

    static final NetlinkStruct UNIX_DIAG_REQ = new NetlinkStruct(24, null, null, null,
            xval("sdiag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            u("sdiag_protocol", 1, 1),
            flags("udiag_states", 4, 4, Xlats::TCP_STATE_FLAGS, "1<<TCP_???"),
            u("udiag_ino", 8, 4),
            flags("udiag_show", 12, 4, Xlats::UNIX_DIAG_SHOW, "UDIAG_SHOW_???"),
            custom("udiag_cookie", 16, 8, COOKIE));

    static final NetlinkStruct UNIX_DIAG_MSG = new NetlinkStruct(16, Xlats::UNIX_DIAG_ATTRS, "UNIX_DIAG_???", UNIX_DIAG_ATTRS,
            xval("udiag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            xval("udiag_type", 1, 1, Xlats::SOCKTYPES, "SOCK_???"),
            xval("udiag_state", 2, 1, Xlats::TCP_STATES, "TCP_???"),
            u("udiag_ino", 4, 4),
            custom("udiag_cookie", 8, 8, COOKIE));

    // ---- netlink_diag -----------------------------------------------------------------------------

    private static final NetlinkStruct NETLINK_DIAG_RING = new NetlinkStruct(16, null, null, null,
            u("ndr_block_size", 0, 4), u("ndr_block_nr", 4, 4), u("ndr_frame_size", 8, 4), u("ndr_frame_nr", 12, 4));

    private static final Payload[] NETLINK_DIAG_ATTRS = {MEMINFO, GROUPS, NETLINK_DIAG_RING::value, NETLINK_DIAG_RING::value,
        Attr.flags32(Xlats::NETLINK_SOCKET_FLAGS, "NDIAG_FLAG_???")};

    /** sdiag_protocol: NDIAG_PROTO_ALL, else a netlink protocol. */
    private static final FieldPrinter NDIAG_PROTOCOL = (c, b, f) -> {
        int p = b.get(f.offset()) & 0xff;
        if (p == NDIAG_PROTO_ALL) {
            int style = c.opts().xlatStyle;
            if (style == Decoding.XLAT_RAW) c.out.append("0xff");
            else if (style == Decoding.XLAT_VERBOSE) c.out.append("0xff /* NDIAG_PROTO_ALL */");
            else c.out.append("NDIAG_PROTO_ALL");
        } else {
            Print.xval(c.out, c.opts().xlatStyle, Xlats.NETLINK_PROTOCOLS(), p, "NETLINK_???");
        }
    };

    static final NetlinkStruct NETLINK_DIAG_REQ = new NetlinkStruct(20, null, null, null,
            xval("sdiag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            custom("sdiag_protocol", 1, 1, NDIAG_PROTOCOL),
            u("ndiag_ino", 4, 4),
            flags("ndiag_show", 8, 4, Xlats::NETLINK_DIAG_SHOW, "NDIAG_SHOW_???"),
            custom("ndiag_cookie", 12, 8, COOKIE));

    static final NetlinkStruct NETLINK_DIAG_MSG = new NetlinkStruct(28, Xlats::NETLINK_DIAG_ATTRS, "NETLINK_DIAG_???", NETLINK_DIAG_ATTRS,
            xval("ndiag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            xval("ndiag_type", 1, 1, Xlats::SOCKTYPES, "SOCK_???"),
            xval("ndiag_protocol", 2, 1, Xlats::NETLINK_PROTOCOLS, "NETLINK_???"),
            xval("ndiag_state", 3, 1, Xlats::NETLINK_STATES, "NETLINK_???"),
            u("ndiag_portid", 4, 4),
            u("ndiag_dst_portid", 8, 4),
            u("ndiag_dst_group", 12, 4),
            u("ndiag_ino", 16, 4),
            custom("ndiag_cookie", 20, 8, COOKIE));

    // ---- inet_diag --------------------------------------------------------------------------------

    private static final int INET_DIAG_BC_S_GE = 2, INET_DIAG_BC_S_LE = 3, INET_DIAG_BC_D_GE = 4, INET_DIAG_BC_D_LE = 5,
            INET_DIAG_BC_S_COND = 7, INET_DIAG_BC_D_COND = 8, INET_DIAG_BC_DEV_COND = 9, INET_DIAG_BC_MARK_COND = 10;

    private static final NetlinkStruct BC_OP = new NetlinkStruct(4, null, null, null,
            xval("code", 0, 1, Xlats::INET_DIAG_BYTECODES, "INET_DIAG_BC_???"), u("yes", 1, 1), u("no", 2, 2));
    private static final NetlinkStruct MARKCOND = new NetlinkStruct(8, null, null, null, u("mark", 0, 4), u("mask", 4, 4));

    /** struct inet_diag_bc_op, then the data its code implies. */
    private static boolean bytecode(Call c, long addr, int len) {
        if (len < 4) return false;
        ByteBuffer op = Structs.read(c, addr, 4);
        if (op == null) {
            Print.ptr(c, addr);
            return true;
        }
        BC_OP.nested(c, op, 0);
        if (len > 4) {
            c.out.append(", ");
            long a = addr + 4;
            int l = len - 4;
            boolean done = switch (op.get(0) & 0xff) {
                case INET_DIAG_BC_S_COND, INET_DIAG_BC_D_COND -> hostcond(c, a, l);
                case INET_DIAG_BC_DEV_COND -> Attr.ifindex(c, a, l);
                case INET_DIAG_BC_S_GE, INET_DIAG_BC_S_LE, INET_DIAG_BC_D_GE, INET_DIAG_BC_D_LE -> BC_OP.value(c, a, l);
                case INET_DIAG_BC_MARK_COND -> MARKCOND.value(c, a, l);
                default -> false;
            };
            if (!done) Print.hexBuf(c, a, l);
        }
        return true;
    }

    /** struct inet_diag_hostcond and the address after it. */
    private static boolean hostcond(Call c, long addr, int len) {
        if (len < 8) return false;
        ByteBuffer b = Structs.read(c, addr, 8);
        if (b == null) {
            Print.ptr(c, addr);
            return true;
        }
        StringBuilder o = c.out;
        int family = b.get(0) & 0xff;
        o.append("{family=");
        Print.xval(o, c.opts().xlatStyle, Xlats.ADDRFAMS(), family, "AF_???");
        o.append(", prefix_len=").append(b.get(1) & 0xff).append(", port=").append(Integer.toUnsignedString(b.getInt(4)));
        if (len > 8) {
            o.append(", ");
            int size = family == AF_INET ? 4 : family == AF_INET6 ? 16 : 0;
            if (size == 0 || len - 8 < size) {
                o.append("addr=");
                Print.hexBuf(c, addr + 8, len - 8);
            } else {
                byte[] a = new byte[size];
                if (c.mem().read(addr + 8, a, size) != size) {
                    o.append("addr=");
                    Print.ptr(c, addr + 8);
                } else {
                    NetDecoders.inetField(c, "addr", family, a, 0, size);
                }
            }
        }
        o.append('}');
        return true;
    }

    private static final Payload[] INET_DIAG_REQ_ATTRS = {null, NetlinkSockDiag::bytecode, null, IP_PROTO};

    static final NetlinkStruct INET_DIAG_REQ = new NetlinkStruct(60, Xlats::INET_DIAG_REQ_ATTRS, "INET_DIAG_REQ_???", INET_DIAG_REQ_ATTRS,
            xval("idiag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            u("idiag_src_len", 1, 1),
            u("idiag_dst_len", 2, 1),
            flags("idiag_ext", 3, 1, Xlats::INET_DIAG_EXTENDED_FLAGS, "1<<INET_DIAG_???-1"),
            custom("id", 4, 48, sockid(-1)),
            flags("idiag_states", 52, 4, Xlats::TCP_STATE_FLAGS, "1<<TCP_???"),
            u("idiag_dbs", 56, 4));

    static final NetlinkStruct INET_DIAG_REQ_V2 = new NetlinkStruct(56, Xlats::INET_DIAG_REQ_ATTRS, "INET_DIAG_REQ_???", INET_DIAG_REQ_ATTRS,
            xval("sdiag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            xval("sdiag_protocol", 1, 1, Xlats::INET_PROTOCOLS, "IPPROTO_???"),
            flags("idiag_ext", 2, 1, Xlats::INET_DIAG_EXTENDED_FLAGS, "1<<INET_DIAG_???-1"),
            flags("idiag_states", 4, 4, Xlats::TCP_STATE_FLAGS, "1<<TCP_???"),
            custom("id", 8, 48, sockid(-1)));

    private static final NetlinkStruct INET_DIAG_MEMINFO = new NetlinkStruct(16, null, null, null,
            u("idiag_rmem", 0, 4), u("idiag_wmem", 4, 4), u("idiag_fmem", 8, 4), u("idiag_tmem", 12, 4));
    private static final NetlinkStruct TCPVEGAS_INFO = new NetlinkStruct(16, null, null, null,
            u("tcpv_enabled", 0, 4), u("tcpv_rttcnt", 4, 4), u("tcpv_rtt", 8, 4), u("tcpv_minrtt", 12, 4));
    private static final NetlinkStruct TCP_DCTCP_INFO = new NetlinkStruct(16, null, null, null,
            u("dctcp_enabled", 0, 2), u("dctcp_ce_state", 2, 2), u("dctcp_alpha", 4, 4), u("dctcp_ab_ecn", 8, 4),
            u("dctcp_ab_tot", 12, 4));
    private static final NetlinkStruct TCP_BBR_INFO = new NetlinkStruct(20, null, null, null,
            x("bbr_bw_lo", 0, 4), x("bbr_bw_hi", 4, 4), u("bbr_min_rtt", 8, 4), u("bbr_pacing_gain", 12, 4),
            u("bbr_cwnd_gain", 16, 4));

    /** struct tcp_diag_md5sig: the address of its family, the key up to its length. */
    private static final Payload MD5SIG = array(100, (c, b, i) -> {
        StringBuilder o = c.out;
        int family = b.get(0) & 0xff, keylen = b.getShort(2) & 0xffff;
        o.append("{tcpm_family=");
        Print.xval(o, c.opts().xlatStyle, Xlats.ADDRFAMS(), family, "AF_???");
        o.append(", tcpm_prefixlen=").append(b.get(1) & 0xff).append(", tcpm_keylen=").append(keylen).append(", ");
        NetDecoders.inetField(c, "tcpm_addr", family, bytes(b, 4, 16), 0, 16);
        o.append(", tcpm_key=");
        int n = Math.min(80, keylen);
        Print.quote(o, bytes(b, 20, n), n, Decoding.HEX_ALL);
        o.append('}');
    });

    private static final Payload[] TLS_ATTRS = {null,
        integer(Xlats::TLS_INFO_VERSIONS, "TLS_???_VERSION", 2, false, false),
        integer(Xlats::TLS_INFO_CIPHERS, "TLS_CIPHER_???", 2, false, false),
        integer(Xlats::TLS_INFO_CONFIGS, "TLS_CONF_???", 2, false, false),
        integer(Xlats::TLS_INFO_CONFIGS, "TLS_CONF_???", 2, false, false)};
    private static final Payload[] MPTCP_ATTRS = {null, Attr::x32, Attr::x32, Attr::u32, Attr::u64, Attr::u32, Attr::u32,
        Attr::u16, integer(Xlats::MPTCP_SUBFLOW_FLAGS, "MPTCP_SUBFLOW_FLAG_???", 4, true, false), Attr::u8, Attr::u8};
    private static final Payload[] ULP_INFO_ATTRS = {null, Attr::str,
        Attr.nested(Xlats::INET_DIAG_ULP_INFO_TLS_ATTRS, "TLS_INFO_???", TLS_ATTRS),
        Attr.nested(Xlats::INET_DIAG_ULP_INFO_MPTCP_ATTRS, "MPTCP_SUBFLOW_ATTR_???", MPTCP_ATTRS)};
    private static final Payload[] BPF_STORAGE_ATTRS = {null, null, Attr::u32, NetlinkSockDiag::xint};
    private static final Payload[] BPF_STORAGES_ATTRS = {null,
        Attr.nested(Xlats::INET_DIAG_BPF_STORAGE_ATTRS, "SK_DIAG_BPF_STORAGE_???", BPF_STORAGE_ATTRS)};

    private static final String[] SOCKOPT_BITS = {"recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent",
        "mc_all", "nodefrag", "bind_address_no_port", "recverr_rfc4884", "defer_connect"};

    /**
     * struct inet_diag_sockopt: 16 bits, the set ones (all with -v) by name, the 5 unused ones as
     * "unused=0x.. /* bits 3..8 *&#47;"; bytes after it when not zero.
     */
    private static boolean sockopt(Call c, long addr, int len) {
        if (len < 2) return false;
        ByteBuffer b = Structs.read(c, addr, 2);
        if (b == null) {
            Print.ptr(c, addr);
            return true;
        }
        int v = b.getShort(0) & 0xffff;
        StringBuilder o = c.out;
        o.append('{');
        boolean any = false;
        for (int i = 0; i < SOCKOPT_BITS.length; i++) {
            int bit = v >> i & 1;
            if (c.abbrev() && bit == 0) continue;
            if (any) o.append(", ");
            o.append(SOCKOPT_BITS[i]).append('=').append(bit);
            any = true;
        }
        int unused = v >> 11;
        if (!c.abbrev() || unused != 0) {
            if (any) o.append(", ");
            o.append("unused=");
            Print.hex(o, unused);
            o.append(" /* bits 3..8 */");
        }
        o.append('}');
        Structs.nonzeroTail(c, addr, 2, len, ", ");
        return true;
    }

    private static final Payload[] INET_DIAG_ATTRS = new Payload[23];

    static {
        INET_DIAG_ATTRS[1] = INET_DIAG_MEMINFO::value;
        INET_DIAG_ATTRS[3] = TCPVEGAS_INFO::value;
        INET_DIAG_ATTRS[4] = Attr::str; // INET_DIAG_CONG
        INET_DIAG_ATTRS[5] = Attr::u8; // INET_DIAG_TOS
        INET_DIAG_ATTRS[6] = Attr::u8; // INET_DIAG_TCLASS
        INET_DIAG_ATTRS[7] = MEMINFO; // INET_DIAG_SKMEMINFO
        // RCV_SHUTDOWN and SEND_SHUTDOWN are no UAPI names: strace prints them in comments
        INET_DIAG_ATTRS[8] = integer(Xlats::SOCK_SHUTDOWN_FLAGS, "???_SHUTDOWN", 1, true, true);
        INET_DIAG_ATTRS[9] = TCP_DCTCP_INFO::value;
        INET_DIAG_ATTRS[10] = IP_PROTO; // INET_DIAG_PROTOCOL
        INET_DIAG_ATTRS[11] = Attr::u8; // INET_DIAG_SKV6ONLY
        INET_DIAG_ATTRS[12] = sockaddrs(); // INET_DIAG_LOCALS
        INET_DIAG_ATTRS[13] = sockaddrs(); // INET_DIAG_PEERS
        INET_DIAG_ATTRS[15] = Attr::u32; // INET_DIAG_MARK
        INET_DIAG_ATTRS[16] = TCP_BBR_INFO::value;
        INET_DIAG_ATTRS[17] = Attr::u32; // INET_DIAG_CLASS_ID
        INET_DIAG_ATTRS[18] = MD5SIG;
        INET_DIAG_ATTRS[19] = Attr.nested(Xlats::INET_DIAG_ULP_INFO_ATTRS, "INET_ULP_INFO_???", ULP_INFO_ATTRS);
        INET_DIAG_ATTRS[20] = Attr.nested(Xlats::INET_DIAG_BPF_STORAGES_ATTRS, "SK_DIAG_BPF_STORAGE_???", BPF_STORAGES_ATTRS);
        INET_DIAG_ATTRS[21] = Attr::u64; // INET_DIAG_CGROUP_ID
        INET_DIAG_ATTRS[22] = NetlinkSockDiag::sockopt;
    }

    static final NetlinkStruct INET_DIAG_MSG = new NetlinkStruct(72, Xlats::INET_DIAG_ATTRS, "INET_DIAG_???", INET_DIAG_ATTRS,
            xval("idiag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            xval("idiag_state", 1, 1, Xlats::TCP_STATES, "TCP_???"),
            u("idiag_timer", 2, 1),
            u("idiag_retrans", 3, 1),
            custom("id", 4, 48, sockid(-1)),
            u("idiag_expires", 52, 4),
            u("idiag_rqueue", 56, 4),
            u("idiag_wqueue", 60, 4),
            u("idiag_uid", 64, 4),
            u("idiag_inode", 68, 4));

    // ---- smc_diag: AF_SMC sockets keep AF_INET addresses ------------------------------------------

    private static final NetlinkStruct SMC_CURSOR = new NetlinkStruct(8, null, null, null,
            u("reserved", 0, 2), u("wrap", 2, 2), u("count", 4, 4));
    private static final NetlinkStruct SMC_CONNINFO = new NetlinkStruct(76, null, null, null,
            u("token", 0, 4), u("sndbuf_size", 4, 4), u("rmbe_size", 8, 4), u("peer_rmbe_size", 12, 4),
            custom("rx_prod", 16, 8, nested(SMC_CURSOR)), custom("rx_cons", 24, 8, nested(SMC_CURSOR)),
            custom("tx_prod", 32, 8, nested(SMC_CURSOR)), custom("tx_cons", 40, 8, nested(SMC_CURSOR)),
            x0("rx_prod_flags", 48, 1), x0("rx_conn_state_flags", 49, 1), x0("tx_prod_flags", 50, 1),
            x0("tx_conn_state_flags", 51, 1),
            custom("tx_prep", 52, 8, nested(SMC_CURSOR)), custom("tx_sent", 60, 8, nested(SMC_CURSOR)),
            custom("tx_fin", 68, 8, nested(SMC_CURSOR)));

    /** A char array holding a NUL-terminated string. */
    private static final FieldPrinter CSTRING = (c, b, f) -> {
        byte[] a = bytes(b, f.offset(), f.size());
        int n = 0;
        while (n < a.length && a[n] != 0) n++;
        Print.quote(c.out, a, n, c.opts().hexStrings);
        if (n == a.length) c.out.append("...");
    };

    private static final NetlinkStruct SMC_LINKINFO = new NetlinkStruct(146, null, null, null,
            u("link_id", 0, 1), custom("ibname", 1, 64, CSTRING), u("ibport", 65, 1), custom("gid", 66, 40, CSTRING),
            custom("peer_gid", 106, 40, CSTRING));
    private static final NetlinkStruct SMC_LGRINFO = new NetlinkStruct(147, null, null, null,
            custom("lnk", 0, 146, (c, b, f) -> {
                c.out.append('[');
                SMC_LINKINFO.nested(c, b, 0);
                c.out.append(']');
            }),
            xval("role", 146, 1, Xlats::SMC_LINK_GROUP_ROLES, "SMC_???"));
    private static final NetlinkStruct SMCD_DMBINFO = new NetlinkStruct(40, null, null, null,
            u("linkid", 0, 4), x("peer_gid", 8, 8), x("my_gid", 16, 8), x("token", 24, 8), x("peer_token", 32, 8));

    /** A decline code of net/smc/smc_clc.h (no UAPI name): always number and name. */
    private static final FieldPrinter DECL_CODE = (c, b, f) -> {
        int style = c.opts().xlatStyle == Decoding.XLAT_RAW ? Decoding.XLAT_RAW : Decoding.XLAT_VERBOSE;
        Print.xval(c.out, style, Xlats.SMC_DECL_CODES(), Integer.toUnsignedLong(b.getInt(f.offset())), "SMC_CLC_DECL_???");
    };
    private static final NetlinkStruct SMC_FALLBACK = new NetlinkStruct(8, null, null, null,
            custom("reason", 0, 4, DECL_CODE), custom("peer_diagnosis", 4, 4, DECL_CODE));

    private static final Payload[] SMC_DIAG_ATTRS = {null, SMC_CONNINFO::value, SMC_LGRINFO::value,
        integer(Xlats::SOCK_SHUTDOWN_FLAGS, "???_SHUTDOWN", 1, true, false), SMCD_DMBINFO::value, SMC_FALLBACK::value};

    static final NetlinkStruct SMC_DIAG_REQ = new NetlinkStruct(52, null, null, null,
            xval("diag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            flags("diag_ext", 3, 1, Xlats::SMC_DIAG_EXTENDED_FLAGS, "1<<SMC_DIAG_???-1"),
            custom("id", 4, 48, sockid(AF_INET)));

    static final NetlinkStruct SMC_DIAG_MSG = new NetlinkStruct(64, Xlats::SMC_DIAG_ATTRS, "SMC_DIAG_???", SMC_DIAG_ATTRS,
            xval("diag_family", 0, 1, Xlats::ADDRFAMS, "AF_???"),
            xval("diag_state", 1, 1, Xlats::SMC_STATES, "SMC_???"),
            xval("diag_fallback", 2, 1, Xlats::SMC_DIAG_MODE, "SMC_DIAG_MODE_???"),
            u("diag_shutdown", 3, 1),
            custom("id", 4, 48, sockid(AF_INET)),
            u("diag_uid", 52, 4),
            u("diag_inode", 56, 8));
}
