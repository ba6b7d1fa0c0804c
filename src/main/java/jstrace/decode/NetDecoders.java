package jstrace.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jstrace.table.Xlats;

/** Sockets: socket, connect/bind, name queries, send/recv, socket options; the sockaddr printer. */
public final class NetDecoders {
    private NetDecoders() {}

    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, AF_NETLINK = 16, SOCK_TYPE_MASK = 0xf,
            SOL_SOCKET = 1, SOL_IP = 0, SOL_TCP = 6, SOL_IPV6 = 41;

    @Decodes("socket")
    public static int socket(Call c) {
        int family = (int) c.args[0];
        Print.xval(c, Xlats.ADDRFAMS(), family);
        c.sep();
        socketType(c, c.args[1]);
        c.sep();
        if (family == AF_INET || family == AF_INET6) Print.xval(c, Xlats.INET_PROTOCOLS(), (int) c.args[2]);
        else if (family == AF_NETLINK) Print.xval(c, Xlats.NETLINK_PROTOCOLS(), (int) c.args[2]);
        else Print.ulong(c, c.args[2]); // strace prints the whole register
        return Call.DONE | Call.RET_FD;
    }

    /** SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK: the type by name, then its flags. */
    static void socketType(Call c, long v) {
        Print.typeAndFlags(c, Xlats.SOCKTYPES(), SOCK_TYPE_MASK, Xlats.SOCK_TYPE_FLAGS(), v & 0xffffffffL, "SOCK_???");
    }

    @Decodes({"connect", "bind"})
    public static int connect(Call c) {
        Print.fd(c, c.args[0]);
        c.sep();
        sockaddr(c, c.args[1], (int) c.args[2]);
        c.sep();
        Print.sint(c, c.args[2]);
        return Call.DONE;
    }

    @Decodes({"getsockname", "getpeername", "accept", "accept4"})
    public static int sockname(Call c) {
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            ByteBuffer len = c.args[2] == 0 ? null : Structs.read(c, c.args[2], 4);
            c.saved = len == null ? -1 : len.getInt(0);
            return 0;
        }
        ByteBuffer after = c.args[2] == 0 ? null : Structs.read(c, c.args[2], 4);
        if (c.failed || c.args[1] == 0) Print.ptr(c, c.args[1]);
        else sockaddr(c, c.args[1], after == null ? 0 : Math.min(after.getInt(0), (int) c.saved));
        c.sep();
        if (c.args[2] == 0) Print.ptr(c, 0);
        else if (after == null || c.saved < 0) Print.ptr(c, c.args[2]);
        else if (c.failed || after.getInt(0) == c.saved) c.out.append('[').append(c.saved).append(']');
        else c.out.append('[').append(c.saved).append(" => ").append(after.getInt(0)).append(']');
        String name = c.name();
        if ("accept4".equals(name)) {
            c.sep();
            Print.flags(c, Xlats.SOCK_TYPE_FLAGS(), c.args[3]);
        }
        return name.startsWith("accept") ? Call.RET_FD : 0;
    }

    @Decodes("sendto")
    public static int sendto(Call c) {
        Print.fd(c, c.args[0]);
        c.sep();
        socketData(c, c.args[1], c.args[2]);
        c.sep();
        Print.ulong(c, c.args[2]);
        c.sep();
        Print.flags(c, Xlats.MSG_FLAGS(), c.args[3]);
        c.sep();
        if (c.args[4] == 0) Print.ptr(c, 0);
        else sockaddr(c, c.args[4], (int) c.args[5]);
        c.sep();
        Print.sint(c, c.args[5]);
        return Call.DONE;
    }

    /** The data sent or received on socket args[0]: netlink messages on a netlink socket, else the bytes. */
    static void socketData(Call c, long addr, long len) {
        if (Netlink.applies(c, c.args[0])) Netlink.print(c, c.args[0], addr, len);
        else Print.buf(c, addr, len);
    }

    @Decodes("recvfrom")
    public static int recvfrom(Call c) {
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            return 0;
        }
        if (c.failed) Print.ptr(c, c.args[1]);
        else socketData(c, c.args[1], c.rval);
        c.sep();
        Print.ulong(c, c.args[2]);
        c.sep();
        Print.flags(c, Xlats.MSG_FLAGS(), c.args[3]);
        c.sep();
        ByteBuffer len = c.args[5] == 0 ? null : Structs.read(c, c.args[5], 4);
        if (c.args[4] == 0 || c.failed) Print.ptr(c, c.args[4]);
        else sockaddr(c, c.args[4], len == null ? 0 : len.getInt(0));
        c.sep();
        if (c.args[5] == 0) Print.ptr(c, 0);
        else if (len == null) Print.ptr(c, c.args[5]);
        else c.out.append('[').append(len.getInt(0)).append(']');
        return 0;
    }

    /** struct sockaddr of {@code len} bytes, by family. */
    public static void sockaddr(Call c, long addr, int len) {
        if (addr == 0) {
            Print.ptr(c, 0);
            return;
        }
        if (len < 2) {
            Print.ptr(c, addr);
            return;
        }
        byte[] raw = new byte[Math.min(len, 128)];
        if (c.mem().read(addr, raw, raw.length) != raw.length) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int family = Short.toUnsignedInt(b.getShort(0));
        StringBuilder o = c.out;
        o.append("{sa_family=");
        Print.xval(o, c.opts().xlatStyle, Xlats.ADDRFAMS(), family, "AF_???");
        switch (family) {
            case AF_UNIX -> {
                if (raw.length > 2) {
                    boolean abstractName = raw[2] == 0;
                    int start = abstractName ? 3 : 2, end = start;
                    while (end < raw.length && (abstractName || raw[end] != 0)) end++;
                    if (!abstractName || raw.length > 3) {
                        o.append(", sun_path=").append(abstractName ? "@" : "");
                        byte[] p = java.util.Arrays.copyOfRange(raw, start, end);
                        Print.quote(o, p, p.length, c.opts().hexStrings);
                    }
                }
            }
            case AF_INET -> {
                if (raw.length >= 8) {
                    netPort(c, "sin_port", raw, 2);
                    o.append(", ");
                    String a = (raw[4] & 0xff) + "." + (raw[5] & 0xff) + "." + (raw[6] & 0xff) + "." + (raw[7] & 0xff);
                    inetAddr(c, "sin_addr", raw, 4, 4, "inet_addr(", a, ")");
                }
            }
            case AF_INET6 -> {
                if (raw.length >= 24) {
                    int style = c.opts().xlatStyle;
                    netPort(c, "sin6_port", raw, 2);
                    o.append(", sin6_flowinfo=");
                    if (style != Decoding.XLAT_ABBREV) Print.quote(o, java.util.Arrays.copyOfRange(raw, 4, 8), 4, 2);
                    if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
                    if (style != Decoding.XLAT_RAW) {
                        o.append("htonl(").append(Integer.toUnsignedString(ByteBuffer.wrap(raw, 4, 4).getInt())).append(')');
                    }
                    if (style == Decoding.XLAT_VERBOSE) o.append(" */");
                    o.append(", ");
                    inetField(c, "sin6_addr", AF_INET6, raw, 8, 16);
                    if (raw.length >= 28) o.append(", sin6_scope_id=").append(Integer.toUnsignedString(b.getInt(24)));
                }
            }
            case AF_NETLINK -> {
                if (raw.length >= 12) {
                    o.append(", nl_pid=").append(b.getInt(4)).append(", nl_groups=")
                            .append(String.format("%08x", b.getInt(8)));
                }
            }
            default -> {
                o.append(", sa_data=");
                Print.quote(o, java.util.Arrays.copyOfRange(raw, 2, raw.length), raw.length - 2, c.opts().hexStrings);
            }
        }
        o.append('}');
    }

    /** A port in network order: htons(N); -X raw: its bytes in hex; -X verbose: both. */
    private static void netPort(Call c, String field, byte[] raw, int off) {
        c.out.append(", ").append(field).append('=');
        netPortValue(c, raw, off);
    }

    /** The value part of {@link #netPort}. */
    static void netPortValue(Call c, byte[] raw, int off) {
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (style != Decoding.XLAT_ABBREV) Print.quote(o, java.util.Arrays.copyOfRange(raw, off, off + 2), 2, 2);
        if (style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
        o.append("htons(").append(port(raw, off)).append(')');
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
    }

    /**
     * An IPv4/IPv6 address: inet_addr("a.b.c.d") / inet_pton(AF_INET6, "::1", &sin6_addr), the text
     * quoted as any string (so hex under -xx); -X raw: the address bytes in hex; -X verbose: both.
     */
    private static void inetAddr(Call c, String field, byte[] raw, int off, int len, String open, String text, String close) {
        c.out.append(field).append('=');
        inetValue(c, raw, off, len, open, text, close);
    }

    /**
     * strace's print_inet_addr: field {@code field} holding an address of {@code family} in the
     * {@code len} bytes at {@code off}: NAME=inet_addr("a.b.c.d"), inet_pton(AF_INET6, "::1", &NAME)
     * (the name inside, unless -X raw/verbose print the bytes first), else NAME="\x.." of all the bytes.
     */
    static void inetField(Call c, String field, int family, byte[] raw, int off, int len) {
        int style = c.opts().xlatStyle;
        if (family == AF_INET && len >= 4) {
            String a = (raw[off] & 0xff) + "." + (raw[off + 1] & 0xff) + "." + (raw[off + 2] & 0xff) + "." + (raw[off + 3] & 0xff);
            c.out.append(field).append('=');
            inetValue(c, raw, off, len, "inet_addr(", a, ")");
        } else if (family == AF_INET6 && len >= 16) {
            if (style != Decoding.XLAT_ABBREV) c.out.append(field).append('=');
            inetValue(c, raw, off, len, "inet_pton(AF_INET6, ", inet6(raw, off), style == Decoding.XLAT_ABBREV ? ", &" + field + ")" : ")");
        } else {
            c.out.append(field).append('=');
            Print.quote(c.out, java.util.Arrays.copyOfRange(raw, off, off + len), len, Decoding.HEX_ALL);
        }
    }

    /** The value part of {@link #inetAddr}: the address bytes and/or OPEN"text"CLOSE by -X style. */
    static void inetValue(Call c, byte[] raw, int off, int len, String open, String text, String close) {
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (style != Decoding.XLAT_ABBREV) Print.quote(o, java.util.Arrays.copyOfRange(raw, off, off + len), len, 2);
        if (style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
        o.append(open);
        byte[] t = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Print.quote(o, t, t.length, c.opts().hexStrings);
        o.append(close);
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
    }

    private static int port(byte[] raw, int off) {
        return (raw[off] & 0xff) << 8 | raw[off + 1] & 0xff;
    }

    /** inet_ntop(AF_INET6): the longest run of two or more zero groups as "::", IPv4-mapped as ::ffff:a.b.c.d. */
    static String inet6(byte[] raw, int off) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = (raw[off + 2 * i] & 0xff) << 8 | raw[off + 2 * i + 1] & 0xff;
        if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff) {
            return "::ffff:" + (raw[off + 12] & 0xff) + "." + (raw[off + 13] & 0xff) + "." + (raw[off + 14] & 0xff) + "." + (raw[off + 15] & 0xff);
        }
        int best = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) {
                best = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) best = -1;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == best) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') s.append(':');
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }
}
