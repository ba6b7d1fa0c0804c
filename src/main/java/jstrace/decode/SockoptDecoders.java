package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * getsockopt and setsockopt: the level and option by name, and the option value by what the option
 * is (an int, struct ucred, struct linger, ip_mreq, group_req, packet_mreq, tpacket_req, ...), as
 * strace's net.c prints them; a value of no known shape is [N] when int-sized, else its bytes.
 */
public final class SockoptDecoders {
    private SockoptDecoders() {}

    static final int SOL_IP = 0, SOL_SOCKET = 1, SOL_IPV6 = 41, SOL_RAW = 255, SOL_PACKET = 263, SOL_NETLINK = 270;

    // SOL_SOCKET options with a value of their own shape (asm-generic/socket.h)
    private static final int SO_LINGER = 13, SO_PEERCRED = 17, SO_ATTACH_FILTER = 26, SO_ERROR = 4,
            SO_ATTACH_REUSEPORT_CBPF = 51, SO_TXREHASH = 74;

    /** SOL_SOCKET options whose value is an int (strace's "all known int-like options"). */
    private static final java.util.Set<Integer> INT_OPTIONS = java.util.Set.of(
            1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 27, 29, 30, 32, 33, 34, 35, 36, 37, 40, 41,
            42, 43, 44, 45, 46, 49, 53, 56, 60, 63, 64, 65, 68, 69, 70, 73, 75);

    private static final int IP_ADD_MEMBERSHIP = 35, IP_DROP_MEMBERSHIP = 36, MCAST_JOIN_GROUP = 42,
            MCAST_LEAVE_GROUP = 45, IPV6_ADD_MEMBERSHIP = 20, IPV6_DROP_MEMBERSHIP = 21,
            IPV6_JOIN_ANYCAST = 27, IPV6_LEAVE_ANYCAST = 28, PACKET_ADD_MEMBERSHIP = 1,
            PACKET_DROP_MEMBERSHIP = 2, PACKET_RX_RING = 5, PACKET_STATISTICS = 6, PACKET_TX_RING = 13,
            ICMP_FILTER = 1, NETLINK_LIST_MEMBERSHIPS = 9;

    @Decodes("getsockopt")
    public static int getsockopt(Call c) {
        if (!c.exiting) {
            head(c, true);
            ByteBuffer ulen = c.verbose() ? Structs.read(c, c.args[4], 4) : null;
            if (ulen != null) {
                c.saved = ulen.getInt(0);
                return 0;
            }
            Print.ptr(c, c.args[3]);
            c.sep();
            Print.ptr(c, c.args[4]);
            return Call.DONE;
        }
        int ulen = (int) c.saved;
        ByteBuffer after = c.failed ? null : Structs.read(c, c.args[4], 4);
        if (after == null) {
            Print.ptr(c, c.args[3]);
            c.sep();
            c.out.append('[').append(ulen).append(']');
            return 0;
        }
        int rlen = after.getInt(0);
        getValue(c, (int) c.args[1], (int) c.args[2], c.args[3], ulen, rlen);
        c.sep();
        c.out.append('[');
        if (ulen != rlen) c.out.append(ulen).append(" => ");
        c.out.append(rlen).append(']');
        return 0;
    }

    @Decodes("setsockopt")
    public static int setsockopt(Call c) {
        head(c, false);
        setValue(c, (int) c.args[1], (int) c.args[2], c.args[3], (int) c.args[4]);
        c.sep();
        Print.sint(c, c.args[4]);
        return Call.DONE;
    }

    /** fd, level, option name. */
    private static void head(Call c, boolean get) {
        Print.fd(c, c.args[0]);
        c.sep();
        int level = (int) c.args[1];
        Print.xval(c, Xlats.SOCKETLAYERS(), level, "SOL_??");
        c.sep();
        option(c, level, (int) c.args[2], get);
        c.sep();
    }

    /** An option's name by its level's table (SOL_SOCKET and SOL_IP/IPV6 with getsockopt's or setsockopt's own names). */
    static void option(Call c, int level, int name, boolean get) {
        Xlat x = switch (level) {
            case SOL_SOCKET -> Xlat.concat("sock_options", Xlats.SOCK_OPTIONS(),
                    get ? Xlats.GETSOCK_OPTIONS() : Xlats.SETSOCK_OPTIONS(), "SO_???");
            case SOL_IP -> Xlats.SOCK_IP_OPTIONS();
            case SOL_IPV6 -> Xlats.SOCK_IPV6_OPTIONS();
            case NetDecoders.SOL_TCP -> Xlats.SOCK_TCP_OPTIONS();
            case 17 -> Xlats.SOCK_UDP_OPTIONS();
            case SOL_RAW -> Xlats.SOCK_RAW_OPTIONS();
            case SOL_PACKET -> Xlats.SOCK_PACKET_OPTIONS();
            case SOL_NETLINK -> Xlats.SOCK_NETLINK_OPTIONS();
            default -> null;
        };
        if (x == null) Print.uint(c, name); // other levels: the number, unsigned
        else Print.xval(c, x, Integer.toUnsignedLong(name));
    }

    /** getsockopt's value: {@code ulen} the length given, {@code rlen} the length returned. */
    static void getValue(Call c, int level, int name, long addr, int ulen, int rlen) {
        if (ulen <= 0 || rlen <= 0) {
            // the kernel neither takes nor returns a negative length: nothing was written
            Print.ptr(c, addr);
            return;
        }
        if (addr != 0 && c.verbose()) {
            switch (level) {
                case SOL_SOCKET -> {
                    switch (name) {
                        case SO_LINGER -> {
                            fields(c, addr, Math.min(rlen, 8), new Field("l_onoff", 0, 4, SockoptDecoders::d),
                                    new Field("l_linger", 4, 4, SockoptDecoders::d));
                            return;
                        }
                        case SO_PEERCRED -> {
                            fields(c, addr, Math.min(rlen, 12),
                                    new Field("pid", 0, 4, (call, b, off) -> Print.pid(call, b.getInt(off))),
                                    new Field("uid", 4, 4, (call, b, off) -> Print.id(call, b.getInt(off))),
                                    new Field("gid", 8, 4, (call, b, off) -> Print.id(call, b.getInt(off))));
                            return;
                        }
                        case SO_ATTACH_FILTER -> { // getsockopt's SO_GET_FILTER
                            // the length is the number of instructions, a struct sock_fprog's unsigned short
                            if ((rlen & 0xffff) == rlen) BpfFilter.program(c, addr, rlen, BpfFilter.SOCKET);
                            else Print.ptr(c, addr);
                            return;
                        }
                        case SO_ERROR -> {
                            soError(c, addr, rlen);
                            return;
                        }
                        case SO_TXREHASH -> {
                            txrehash(c, addr, rlen);
                            return;
                        }
                        default -> {
                            if (INT_OPTIONS.contains(name)) {
                                if (rlen >= 4) intValue(c, addr);
                                else Print.hexBuf(c, addr, rlen);
                                return;
                            }
                        }
                    }
                }
                case SOL_PACKET -> {
                    if (name == PACKET_STATISTICS) {
                        // the kernel may return more (struct tpacket_stats_v3): the first three fields
                        fields(c, addr, Math.min(rlen, 12), new Field("tp_packets", 0, 4, SockoptDecoders::u),
                                new Field("tp_drops", 4, 4, SockoptDecoders::u),
                                new Field("tp_freeze_q_cnt", 8, 4, SockoptDecoders::u));
                        return;
                    }
                }
                case SOL_RAW -> {
                    if (name == ICMP_FILTER) {
                        icmpFilter(c, addr, rlen);
                        return;
                    }
                }
                case SOL_NETLINK -> {
                    if (name == NETLINK_LIST_MEMBERSHIPS) {
                        Structs.array(c, addr, Math.min(ulen, rlen) / 4, 4,
                                (call, b) -> call.out.append(Integer.toUnsignedString(b.getInt(0))));
                    } else {
                        intValue(c, addr);
                    }
                    return;
                }
                default -> { }
            }
        }
        plainValue(c, addr, rlen);
    }

    /** setsockopt's value of {@code len} bytes. */
    static void setValue(Call c, int level, int name, long addr, int len) {
        if (addr != 0 && c.verbose()) {
            switch (level) {
                case SOL_SOCKET -> {
                    switch (name) {
                        case SO_LINGER -> {
                            ByteBuffer b = len < 8 ? null : Structs.read(c, addr, 8);
                            if (b == null) Print.ptr(c, addr);
                            else c.out.append("{l_onoff=").append(b.getInt(0)).append(", l_linger=").append(b.getInt(4)).append('}');
                            return;
                        }
                        case SO_TXREHASH -> {
                            if (len < 4) Print.ptr(c, addr);
                            else txrehash(c, addr, len);
                            return;
                        }
                        case SO_ATTACH_FILTER, SO_ATTACH_REUSEPORT_CBPF -> {
                            if (BpfFilter.isFprogSize(len)) BpfFilter.fprog(c, addr, BpfFilter.SOCKET);
                            else Print.ptr(c, addr);
                            return;
                        }
                        default -> {
                            if (INT_OPTIONS.contains(name)) {
                                if (len < 4) Print.ptr(c, addr);
                                else intValue(c, addr);
                                return;
                            }
                        }
                    }
                }
                case SOL_IP -> {
                    if (name == IP_ADD_MEMBERSHIP || name == IP_DROP_MEMBERSHIP) {
                        mreq(c, addr, len);
                        return;
                    }
                    if (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP) {
                        groupReq(c, addr, len);
                        return;
                    }
                }
                case SOL_IPV6 -> {
                    if (name == IPV6_ADD_MEMBERSHIP || name == IPV6_DROP_MEMBERSHIP
                            || name == IPV6_JOIN_ANYCAST || name == IPV6_LEAVE_ANYCAST) {
                        mreq6(c, addr, len);
                        return;
                    }
                    if (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP) {
                        groupReq(c, addr, len);
                        return;
                    }
                }
                case SOL_PACKET -> {
                    if (name == PACKET_RX_RING || name == PACKET_TX_RING) {
                        tpacketReq(c, addr, len);
                        return;
                    }
                    if (name == PACKET_ADD_MEMBERSHIP || name == PACKET_DROP_MEMBERSHIP) {
                        packetMreq(c, addr, len);
                        return;
                    }
                }
                case SOL_RAW -> {
                    if (name == ICMP_FILTER) {
                        icmpFilter(c, addr, len);
                        return;
                    }
                }
                case SOL_NETLINK -> {
                    if (len < 4) Print.ptr(c, addr);
                    else intValue(c, addr);
                    return;
                }
                default -> { }
            }
        }
        plainValue(c, addr, len);
    }

    /** A value of no known shape: [N] when int-sized, else the bytes; without -e verbose= the address. */
    private static void plainValue(Call c, long addr, int len) {
        if (!c.verbose()) Print.ptr(c, addr);
        else if (len == 4) intValue(c, addr);
        else Print.buf(c, addr, len);
    }

    /** [N], or the address when unreadable. */
    private static void intValue(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 4);
        if (b == null) Print.ptr(c, addr);
        else c.out.append('[').append(b.getInt(0)).append(']');
    }

    /** Prints one field's value from {@code b} at {@code off}. */
    @FunctionalInterface
    interface Value {
        void print(Call c, ByteBuffer b, int off);
    }

    record Field(String name, int offset, int size, Value value) {}

    private static void d(Call c, ByteBuffer b, int off) {
        c.out.append(b.getInt(off));
    }

    private static void u(Call c, ByteBuffer b, int off) {
        c.out.append(Integer.toUnsignedString(b.getInt(off)));
    }

    /**
     * The first {@code len} bytes of a struct (len > 0): the fields wholly inside them, then a field
     * cut by the end as its bytes in hex ({pid=1, uid="\x00\x00"}); the address when unreadable.
     */
    private static void fields(Call c, long addr, int len, Field... fields) {
        ByteBuffer b = Structs.read(c, addr, len);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        StringBuilder o = c.out;
        o.append('{');
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            if (len <= f.offset) break;
            if (i > 0) o.append(", ");
            o.append(f.name).append('=');
            if (len < f.offset + f.size) {
                byte[] part = new byte[len - f.offset];
                b.get(f.offset, part);
                Print.quote(o, part, part.length, Decoding.HEX_ALL);
                break;
            }
            f.value.print(c, b, f.offset);
        }
        o.append('}');
    }

    /** SO_ERROR: [ECONNREFUSED] (-X raw: the number; verbose: both); shorter than an int: the bytes in hex. */
    private static void soError(Call c, long addr, int len) {
        if (len < 4) {
            Print.hexBuf(c, addr, len);
            return;
        }
        ByteBuffer b = Structs.read(c, addr, 4);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        int err = b.getInt(0);
        String name = Errno.name(err);
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out.append('[');
        if (name == null || style != Decoding.XLAT_ABBREV) o.append(Integer.toUnsignedString(err));
        if (name != null && style == Decoding.XLAT_VERBOSE) o.append(" /* ").append(name).append(" */");
        else if (name != null && style == Decoding.XLAT_ABBREV) o.append(name);
        o.append(']');
    }

    /** SO_TXREHASH: [SOCK_TXREHASH_x], unknown values in decimal; shorter than an int: the bytes in hex at exit. */
    private static void txrehash(Call c, long addr, int len) {
        if (len < 4) {
            if (c.exiting) Print.hexBuf(c, addr, len);
            else Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = Structs.read(c, addr, 4);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append('[');
        xvalDecimal(c.out, c.opts().xlatStyle, Xlats.SOCKOPT_TXREHASH_VALS(), b.getInt(0), "SOCK_TXREHASH_???");
        c.out.append(']');
    }

    /** strace's printxval_d: a name, or the number in decimal with {@code dflt} in a comment. */
    static void xvalDecimal(StringBuilder o, int style, Xlat x, int v, String dflt) {
        String n = x.lookup(v);
        if (style == Decoding.XLAT_RAW) {
            o.append(v);
        } else if (n == null) {
            o.append(v).append(" /* ").append(dflt).append(" */");
        } else if (style == Decoding.XLAT_VERBOSE) {
            o.append(v).append(" /* ").append(n).append(" */");
        } else {
            o.append(n);
        }
    }

    /** struct ip_mreq: {imr_multiaddr=inet_addr("224.0.0.3"), imr_interface=inet_addr("127.0.0.1")}. */
    private static void mreq(Call c, long addr, int len) {
        ByteBuffer b = len < 8 ? null : Structs.read(c, addr, 8);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append('{');
        NetDecoders.inetField(c, "imr_multiaddr", NetDecoders.AF_INET, b.array(), 0, 4);
        c.out.append(", ");
        NetDecoders.inetField(c, "imr_interface", NetDecoders.AF_INET, b.array(), 4, 4);
        c.out.append('}');
    }

    /** struct ipv6_mreq: {inet_pton(AF_INET6, "ff01::c", &ipv6mr_multiaddr), ipv6mr_interface=if_nametoindex("lo")}. */
    private static void mreq6(Call c, long addr, int len) {
        ByteBuffer b = len < 20 ? null : Structs.read(c, addr, 20);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append('{');
        NetDecoders.inetField(c, "ipv6mr_multiaddr", NetDecoders.AF_INET6, b.array(), 0, 16);
        c.out.append(", ipv6mr_interface=");
        NetlinkStruct.ifindex(c, c.out, b.getInt(16));
        c.out.append('}');
    }

    /** struct group_req (136 bytes): {gr_interface=if_nametoindex("lo"), gr_group={sa_family=AF_INET, ...}}. */
    private static void groupReq(Call c, long addr, int len) {
        ByteBuffer b = len < 136 ? null : Structs.read(c, addr, 136);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append("{gr_interface=");
        NetlinkStruct.ifindex(c, c.out, b.getInt(0));
        c.out.append(", gr_group=");
        NetDecoders.sockaddr(c, addr + 8, 128);
        c.out.append('}');
    }

    /** struct tpacket_req, exactly 16 bytes: {tp_block_size=N, tp_block_nr=N, tp_frame_size=N, tp_frame_nr=N}. */
    private static void tpacketReq(Call c, long addr, int len) {
        ByteBuffer b = len != 16 ? null : Structs.read(c, addr, 16);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        String[] names = {"tp_block_size", "tp_block_nr", "tp_frame_size", "tp_frame_nr"};
        c.out.append('{');
        for (int i = 0; i < 4; i++) {
            if (i > 0) c.out.append(", ");
            c.out.append(names[i]).append('=').append(Integer.toUnsignedString(b.getInt(4 * i)));
        }
        c.out.append('}');
    }

    /** struct packet_mreq, exactly 16 bytes: {mr_ifindex=N, mr_type=PACKET_MR_x, mr_alen=N, mr_address=MAC}. */
    private static void packetMreq(Call c, long addr, int len) {
        ByteBuffer b = len != 16 ? null : Structs.read(c, addr, 16);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        o.append("{mr_ifindex=");
        NetlinkStruct.ifindex(c, o, b.getInt(0));
        o.append(", mr_type=");
        Print.xval(o, style, Xlats.PACKET_MREQ_TYPE(), Short.toUnsignedInt(b.getShort(4)), "PACKET_MR_???");
        int alen = Short.toUnsignedInt(b.getShort(6));
        o.append(", mr_alen=").append(alen).append(", mr_address=");
        macAddress(o, style, b.array(), 8, Math.min(alen, 8));
        o.append('}');
    }

    /** A hardware address: ff:ff:ff:ff:ff:ff (-X raw: its bytes in hex; verbose: both). */
    static void macAddress(StringBuilder o, int style, byte[] raw, int off, int size) {
        if (style != Decoding.XLAT_ABBREV) Print.quote(o, java.util.Arrays.copyOfRange(raw, off, off + size), size, Decoding.HEX_ALL);
        if (style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
        for (int i = 0; i < size; i++) {
            if (i > 0) o.append(':');
            o.append(String.format("%02x", raw[off + i] & 0xff));
        }
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
    }

    /**
     * struct icmp_filter (a 32-bit mask of ICMP types, fewer bytes read as given): the types set, or
     * ~[the types not set] when more than half are.
     */
    private static void icmpFilter(Call c, long addr, int len) {
        if (len <= 0) {
            Print.ptr(c, addr);
            return;
        }
        int n = Math.min(len, 4);
        ByteBuffer b = Structs.read(c, addr, n);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        int data = ~0;
        for (int i = 0; i < n; i++) {
            data &= ~(0xff << (8 * i));
            data |= (b.get(i) & 0xff) << (8 * i);
        }
        StringBuilder o = c.out;
        if (Integer.bitCount(data) > 16) {
            data = ~data;
            o.append('~');
        }
        o.append('[');
        boolean first = true;
        for (int i = 0; i < 32; i++) {
            if ((data >>> i & 1) == 0) continue;
            if (!first) o.append(' ');
            first = false;
            Print.xval(o, c.opts().xlatStyle, Xlats.ICMP_FILTER_FLAGS(), i, "ICMP_???");
        }
        o.append(']');
    }
}
