package jstrace.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jstrace.table.Xlats;

/**
 * Netlink messages as strace prints them: the data a tracee sends to or receives from an AF_NETLINK
 * socket is a sequence of struct nlmsghdr, each followed by a payload decoded by the socket's
 * protocol (NETLINK_ROUTE, NETLINK_SOCK_DIAG, ...) and message type, payloads often ending in
 * attributes (struct nlattr) named and decoded through per-message tables.
 */
public final class Netlink {
    private Netlink() {}

    static final int NLMSG_HDRLEN = 16, NLA_HDRLEN = 4, NLMSG_ERROR = 2, NLMSG_DONE = 3, NLMSG_MIN_TYPE = 0x10,
            NLM_F_CAPPED = 0x100, NLA_F_NESTED = 0x8000, NLA_F_NET_BYTEORDER = 0x4000, NLA_TYPE_MASK = 0x3fff;
    static final int NETLINK_ROUTE = 0, NETLINK_SOCK_DIAG = 4, NETLINK_XFRM = 6, NETLINK_SELINUX = 7,
            NETLINK_AUDIT = 9, NETLINK_NETFILTER = 12, NETLINK_KOBJECT_UEVENT = 15, NETLINK_GENERIC = 16,
            NETLINK_CRYPTO = 21;

    /** Decodes one payload of {@code len} bytes at {@code addr}; false: not understood, printed as hex bytes. */
    interface Payload {
        boolean decode(Call c, long addr, int len);
    }

    // ---- which sockets -------------------------------------------------------------------------

    /** Whether the data of {@code fd} is decoded as netlink messages (strace: with -e verbose= for the call). */
    static boolean applies(Call c, long fd) {
        return c.verbose() && (int) fd >= 0 && inode(c, (int) fd) != null
                && "NETLINK".equals(FdDetails.protocolName(c.tracee.pid, (int) fd));
    }

    /** The socket inode of {@code fd}, or null if it is no socket. */
    private static String inode(Call c, int fd) {
        byte[] target = c.tracee.fdPathBytes(fd);
        if (target == null) return null;
        String t = new String(target, StandardCharsets.ISO_8859_1);
        return t.startsWith("socket:[") && t.endsWith("]") ? t.substring(8, t.length() - 1) : null;
    }

    /** The netlink protocol of socket {@code fd} from the tracee's /proc/PID/net/netlink (bound sockets only), or -1. */
    static int protocol(Call c, int fd) {
        String inode = inode(c, fd);
        long[] e = inode == null ? null : tableEntry(c.tracee.pid, inode);
        return e == null ? -1 : (int) e[0];
    }

    /** {protocol, port id} of the netlink socket {@code inode} in /proc/PID/net/netlink, or null if not listed. */
    static long[] tableEntry(int pid, String inode) {
        try {
            for (String line : Files.readAllLines(Path.of(PidNamespaces.procDir(pid) + "/net/netlink"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 10 && f[9].equals(inode)) return new long[] {Integer.parseInt(f[1]), Long.parseLong(f[2])};
            }
        } catch (IOException | NumberFormatException e) {
            return null; // no table to ask: messages decoded without their protocol, as strace does
        }
        return null;
    }

    /** -yy's "NETLINK:[ROUTE:1234]" (protocol without NETLINK_, port id) of a listed socket, else null. */
    static String details(int pid, String inode) {
        long[] e = tableEntry(pid, inode);
        if (e == null) return null;
        String name = Xlats.NETLINK_PROTOCOLS().lookup(e[0]);
        return "NETLINK:[" + (name != null ? name.substring("NETLINK_".length()) : Long.toString(e[0])) + ":" + e[1] + "]";
    }

    // ---- messages ------------------------------------------------------------------------------

    /** The {@code len} bytes at {@code addr} written to or read from netlink socket {@code fd}. */
    public static void print(Call c, long fd, long addr, long len) {
        int family = protocol(c, (int) fd);
        if (family == NETLINK_KOBJECT_UEVENT) {
            kobjectUevent(c, addr, len);
            return;
        }
        sequence(c, addr, len, NLMSG_HDRLEN, (call, a, l, hdr) -> message(call, family, a, l, hdr));
    }

    /** libudev's struct udev_monitor_netlink_header: char prefix[8], then 8 unsigned ints. */
    private static final int UDEV_HEADER_SIZE = 40;

    private static final String[] UDEV_FIELDS = {"magic", "header_size", "properties_off", "properties_len",
            "filter_subsystem_hash", "filter_devtype_hash", "filter_tag_bloom_hi", "filter_tag_bloom_lo"};

    /**
     * NETLINK_KOBJECT_UEVENT data: a libudev monitor message (prefix "libudev") as its header, with
     * the properties after it as a string in [...]; anything else (the kernel's "ACTION@DEVPATH"
     * events, a failed call's, an unreadable header) as a string of {@code len} bytes.
     */
    private static void kobjectUevent(Call c, long addr, long len) {
        ByteBuffer b = !c.verbose() || (c.exiting && c.failed) || addr == 0 || Long.compareUnsigned(len, UDEV_HEADER_SIZE) < 0
                ? null : Structs.read(c, addr, UDEV_HEADER_SIZE);
        byte[] prefix = new byte[8];
        if (b != null) b.get(0, prefix);
        if (b == null || !new String(prefix, StandardCharsets.ISO_8859_1).equals("libudev\0")) {
            Print.buf(c, addr, len);
            return;
        }
        StringBuilder o = c.out;
        boolean tail = len != UDEV_HEADER_SIZE;
        if (tail) o.append('[');
        o.append("{prefix=");
        Print.quote(o, prefix, 7, c.opts().hexStrings);
        for (int i = 0; i < UDEV_FIELDS.length; i++) {
            int v = b.getInt(8 + 4 * i);
            o.append(", ").append(UDEV_FIELDS[i]).append('=');
            // magic and the filter hashes are in network byte order, the sizes and offsets in the host's
            if (i == 0 || i >= 4) {
                o.append("htonl(");
                Print.hex(o, Integer.toUnsignedLong(Integer.reverseBytes(v)));
                o.append(')');
            } else {
                o.append(Integer.toUnsignedString(v));
            }
        }
        o.append('}');
        if (tail) {
            o.append(", ");
            Print.buf(c, addr + UDEV_HEADER_SIZE, len - UDEV_HEADER_SIZE);
            o.append(']');
        }
    }

    /** One element of a sequence: its header {@code hdr} (already read), {@code len} bytes left from {@code addr}. */
    interface Element {
        void print(Call c, long addr, long len, ByteBuffer hdr);
    }

    /**
     * A sequence of netlink messages or attributes, each a header whose first field is its length,
     * aligned to 4 bytes: one element alone, several in [...]; a tail too short for a header in hex,
     * an unreadable header as its address; with abbreviation at most -s elements.
     */
    static void sequence(Call c, long addr, long len, int hdrSize, Element element) {
        boolean array = false;
        StringBuilder o = c.out;
        for (int elt = 0; ; elt++) {
            if (Long.compareUnsigned(len, hdrSize) < 0) {
                Print.hexBuf(c, addr, len);
                break;
            }
            ByteBuffer hdr = Structs.read(c, addr, hdrSize);
            if (hdr == null) {
                if (array) {
                    o.append("... /* ");
                    Print.ptr(o, addr);
                    o.append(" */");
                } else {
                    Print.ptr(c, addr);
                }
                break;
            }
            if (c.abbrev() && elt == c.opts().maxStrlen) {
                o.append("...");
                break;
            }
            long elementLen = hdrSize == NLMSG_HDRLEN ? Integer.toUnsignedLong(hdr.getInt(0)) : Short.toUnsignedInt(hdr.getShort(0));
            long aligned = (elementLen + 3) & ~3L;
            long nextAddr = 0, nextLen = 0;
            if (elementLen >= hdrSize) {
                nextLen = Long.compareUnsigned(len, aligned) >= 0 ? len - aligned : 0;
                if (nextLen != 0 && Long.compareUnsigned(addr + aligned, addr) > 0) nextAddr = addr + aligned;
            }
            if (!array && nextAddr != 0) {
                o.append('[');
                array = true;
            }
            element.print(c, addr, len, hdr);
            if (nextAddr == 0) break;
            o.append(", ");
            addr = nextAddr;
            len = nextLen;
        }
        if (array) o.append(']');
    }

    /** One message: its header, and after it its payload when nlmsg_len leaves room for one. */
    private static void message(Call c, int family, long addr, long len, ByteBuffer hdr) {
        long msgLen = Math.min(Integer.toUnsignedLong(hdr.getInt(0)), len);
        boolean payload = msgLen > NLMSG_HDRLEN;
        if (payload) c.out.append('[');
        header(c, family, hdr);
        if (payload) {
            c.out.append(", ");
            payload(c, family, hdr, addr + NLMSG_HDRLEN, (int) (msgLen - NLMSG_HDRLEN));
            c.out.append(']');
        }
    }

    /** {nlmsg_len=, nlmsg_type=, nlmsg_flags=, nlmsg_seq=, nlmsg_pid=}, whatever its nlmsg_len says. */
    private static void header(Call c, int family, ByteBuffer hdr) {
        StringBuilder o = c.out;
        int type = Short.toUnsignedInt(hdr.getShort(4)), flags = Short.toUnsignedInt(hdr.getShort(6));
        o.append("{nlmsg_len=").append(Integer.toUnsignedString(hdr.getInt(0))).append(", nlmsg_type=");
        type(c, family, type);
        o.append(", nlmsg_flags=");
        Print.flags(c, flagTable(family, type), flags, "NLM_F_???");
        o.append(", nlmsg_seq=").append(Integer.toUnsignedString(hdr.getInt(8))).append(", nlmsg_pid=");
        Print.pid(c, hdr.getInt(12));
        o.append('}');
    }

    /** nlmsg_type: control messages by name, others by the protocol's table. */
    private static void type(Call c, int family, int type) {
        if (type < NLMSG_MIN_TYPE) {
            Print.xval(c.out, c.opts().xlatStyle, Xlats.NETLINK_TYPES(), type, "NLMSG_???");
            return;
        }
        switch (family) {
            case NETLINK_ROUTE -> Print.xval(c.out, c.opts().xlatStyle, Xlats.NL_ROUTE_TYPES(), type, "RTM_???");
            case NETLINK_SOCK_DIAG -> Print.xval(c.out, c.opts().xlatStyle, Xlats.NL_SOCK_DIAG_TYPES(), type, "SOCK_DIAG_???");
            case NETLINK_XFRM -> Print.xval(c.out, c.opts().xlatStyle, Xlats.NL_XFRM_TYPES(), type, "XFRM_MSG_???");
            case NETLINK_SELINUX -> Print.xval(c.out, c.opts().xlatStyle, Xlats.NL_SELINUX_TYPES(), type, "SELNL_MSG_???");
            case NETLINK_CRYPTO -> Print.xval(c.out, c.opts().xlatStyle, Xlats.NL_CRYPTO_TYPES(), type, "CRYPTO_MSG_???");
            case NETLINK_NETFILTER -> netfilterType(c, type);
            case NETLINK_AUDIT -> Print.xval(c.out, c.opts().xlatStyle, Xlats.NL_AUDIT_TYPES(), type, "AUDIT_???");
            case NETLINK_GENERIC -> Print.xval(c.out, c.opts().xlatStyle, GENL_FAMILIES, type, "GENERIC_FAMILY_???");
            default -> Print.xval(c.out, c.opts().xlatStyle, Xlats.NETLINK_TYPES(), type, "NLMSG_???");
        }
    }

    /**
     * Generic netlink families by id: only the controller's id is fixed (GENL_ID_CTRL); the others
     * are assigned at run time (strace asks the kernel, which a JVM cannot: no netlink sockets).
     */
    private static final Xlat GENL_FAMILIES = new Xlat("genl_families", false, new String[] {"nlctrl"}, new long[] {0x10}, null);

    /** nfnetlink: a batch message by name, else SUBSYS<<8|TYPE, TYPE by the subsystem's table. */
    private static void netfilterType(Call c, int type) {
        int style = c.opts().xlatStyle;
        if (Xlats.NL_NETFILTER_MSG_TYPES().lookup(type) != null) {
            Print.xval(c.out, style, Xlats.NL_NETFILTER_MSG_TYPES(), type, null);
            return;
        }
        Print.xval(c.out, style, Xlats.NL_NETFILTER_SUBSYS_IDS(), type >> 8, "NFNL_SUBSYS_???");
        c.out.append("<<8|");
        NetfilterSubsys s = NetfilterSubsys.of(type >> 8);
        if (s == null) Print.hex(c.out, type & 0xff);
        else Print.xval(c.out, style, s.types.get(), type & 0xff, s.prefix + "???");
    }

    /**
     * An nfnetlink subsystem's message types (the low byte of nlmsg_type), named PREFIX...; with
     * {@code requestFlags} its NEW/GET/DEL(ETE) messages have the request-specific flags.
     */
    private enum NetfilterSubsys {
        CTNETLINK(1, Xlats::NF_CTNETLINK_MSG_TYPES, "IPCTNL_MSG_CT_", true),
        CTNETLINK_EXP(2, Xlats::NF_CTNETLINK_EXP_MSG_TYPES, "IPCTNL_MSG_EXP_", true),
        QUEUE(3, Xlats::NF_QUEUE_MSG_TYPES, "NFQNL_MSG_", false),
        ULOG(4, Xlats::NF_ULOG_MSG_TYPES, "NFULNL_MSG_", false),
        OSF(5, Xlats::NF_OSF_MSG_TYPES, "OSF_MSG_", false),
        IPSET(6, Xlats::NF_IPSET_MSG_TYPES, "IPSET_CMD_", false),
        ACCT(7, Xlats::NF_ACCT_MSG_TYPES, "NFNL_MSG_ACCT_", true),
        CTNETLINK_TIMEOUT(8, Xlats::NF_CTTIMEOUT_MSG_TYPES, "IPCTNL_MSG_TIMEOUT_", true),
        CTHELPER(9, Xlats::NF_CTHELPER_MSG_TYPES, "NFNL_MSG_CTHELPER_", true),
        NFTABLES(10, Xlats::NF_NFTABLES_MSG_TYPES, "NFT_MSG_", true),
        NFT_COMPAT(11, Xlats::NF_NFT_COMPAT_MSG_TYPES, "NFNL_MSG_COMPAT_", true),
        HOOK(12, Xlats::NF_HOOK_MSG_TYPES, "NFNL_MSG_HOOK_", true);

        final int id;
        final java.util.function.Supplier<Xlat> types;
        final String prefix;
        final boolean requestFlags;

        NetfilterSubsys(int id, java.util.function.Supplier<Xlat> types, String prefix, boolean requestFlags) {
            this.id = id;
            this.types = types;
            this.prefix = prefix;
            this.requestFlags = requestFlags;
        }

        static NetfilterSubsys of(int id) {
            for (NetfilterSubsys s : values()) if (s.id == id) return s;
            return null;
        }

        /**
         * The request-specific flags of message {@code msg}: by its name after the prefix, NEW...,
         * GET... or DEL... (NFT_MSG_NEWTABLE, IPCTNL_MSG_CT_GET_CTRZERO, IPCTNL_MSG_CT_DELETE).
         */
        Xlat flags(int msg) {
            String name = requestFlags ? types.get().lookup(msg) : null;
            if (name == null || !name.startsWith(prefix)) return null;
            String rest = name.substring(prefix.length());
            return rest.startsWith("NEW") ? Xlats.NETLINK_NEW_FLAGS()
                    : rest.startsWith("GET") ? Xlats.NETLINK_GET_FLAGS()
                    : rest.startsWith("DEL") ? Xlats.NETLINK_DELETE_FLAGS() : null;
        }
    }

    /** The flags every message may have, and the request-specific ones its protocol and type imply. */
    private static Xlat flagTable(int family, int type) {
        Xlat specific = null;
        if (type < NLMSG_MIN_TYPE) {
            if (type == NLMSG_ERROR) specific = Xlats.NETLINK_ACK_FLAGS();
        } else if (family == NETLINK_ROUTE) {
            specific = type == 0x31 /* RTM_DELACTION: NLM_F_ROOT */ ? Xlats.NETLINK_GET_FLAGS() : switch (type & 3) {
                case 0 -> Xlats.NETLINK_NEW_FLAGS();
                case 1 -> Xlats.NETLINK_DELETE_FLAGS();
                case 2 -> Xlats.NETLINK_GET_FLAGS();
                default -> null;
            };
        } else if (family == NETLINK_SOCK_DIAG) {
            specific = Xlats.NETLINK_GET_FLAGS();
        } else if (family == NETLINK_XFRM) {
            specific = xfrmFlags(type);
        } else if (family == NETLINK_NETFILTER) {
            NetfilterSubsys s = NetfilterSubsys.of(type >> 8);
            specific = s == null ? null : s.flags(type & 0xff);
        } else if (family == NETLINK_CRYPTO) {
            specific = switch (type) {
                case 0x10 -> Xlats.NETLINK_NEW_FLAGS();
                case 0x11, 0x14 -> Xlats.NETLINK_DELETE_FLAGS();
                case 0x13 -> Xlats.NETLINK_GET_FLAGS();
                default -> null;
            };
        }
        return specific == null ? Xlats.NETLINK_FLAGS() : FLAG_TABLES.with(specific);
    }

    /** XFRM_MSG_NEWSA.. by their number (linux/xfrm.h). */
    private static Xlat xfrmFlags(int type) {
        return switch (type) {
            case 0x10, 0x13, 0x1e, 0x22, 0x24 -> Xlats.NETLINK_NEW_FLAGS();
            case 0x11, 0x14 -> Xlats.NETLINK_DELETE_FLAGS();
            case 0x12, 0x15, 0x1f, 0x23, 0x25 -> Xlats.NETLINK_GET_FLAGS();
            default -> null;
        };
    }

    /** netlink_flags followed by one request-specific table, built once per table. */
    private static final class FLAG_TABLES {
        private static final java.util.Map<Xlat, Xlat> JOINED = new java.util.concurrent.ConcurrentHashMap<>();

        static Xlat with(Xlat specific) {
            return JOINED.computeIfAbsent(specific, s -> join(Xlats.NETLINK_FLAGS(), s));
        }
    }

    /** Two tables as one, the first's entries first. */
    static Xlat join(Xlat a, Xlat b) {
        String[] names = new String[a.names.length + b.names.length];
        long[] values = new long[names.length];
        System.arraycopy(a.names, 0, names, 0, a.names.length);
        System.arraycopy(b.names, 0, names, a.names.length, b.names.length);
        System.arraycopy(a.values, 0, values, 0, a.values.length);
        System.arraycopy(b.values, 0, values, a.values.length, b.values.length);
        return new Xlat(a.name + "+" + b.name, a.flags, names, values, null);
    }

    /** The payload: an error, else the protocol's decoder (NLMSG_DONE too: some carry more than an int), else hex. */
    private static void payload(Call c, int family, ByteBuffer hdr, long addr, int len) {
        int type = Short.toUnsignedInt(hdr.getShort(4));
        if (type == NLMSG_ERROR) {
            error(c, family, addr, len, (hdr.getShort(6) & NLM_F_CAPPED) != 0);
            return;
        }
        if ((type >= NLMSG_MIN_TYPE || type == NLMSG_DONE) && protocolPayload(c, family, hdr, addr, len)) return;
        if (type == NLMSG_DONE && len == 4) {
            ByteBuffer b = Structs.read(c, addr, 4);
            if (b == null) Print.ptr(c, addr);
            else c.out.append(b.getInt(0));
            return;
        }
        Print.hexBuf(c, addr, len);
    }

    private static boolean protocolPayload(Call c, int family, ByteBuffer hdr, long addr, int len) {
        int type = Short.toUnsignedInt(hdr.getShort(4));
        return switch (family) {
            case NETLINK_ROUTE -> NetlinkRoute.decode(c, type, addr, len);
            case NETLINK_SOCK_DIAG -> NetlinkSockDiag.decode(c, type, Short.toUnsignedInt(hdr.getShort(6)), addr, len);
            default -> false;
        };
    }

    /** A message type without a decoder of its own: {family=AF_..., data="\x.."}. */
    static void family(Call c, long addr, int len) {
        byte[] b = new byte[1];
        if (c.mem().read(addr, b, 1) != 1) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append("{family=");
        Print.xval(c.out, c.opts().xlatStyle, Xlats.ADDRFAMS(), b[0] & 0xff, "AF_???");
        if (len > 1) {
            c.out.append(", data=");
            Print.hexBuf(c, addr + 1, len - 1);
        }
        c.out.append('}');
    }

    /** struct nlmsgerr: {error=-EACCES, msg=the request it answers}, then extended-ack attributes. */
    private static void error(Call c, int family, long addr, int len, boolean capped) {
        if (len < 4 + NLMSG_HDRLEN) {
            Print.hexBuf(c, addr, len);
            return;
        }
        ByteBuffer err = Structs.read(c, addr, 4 + NLMSG_HDRLEN);
        if (err == null) {
            Print.ptr(c, addr);
            return;
        }
        long msgAddr = addr + 4;
        int left = len - 4;
        long msgLen = Math.max(NLMSG_HDRLEN, Integer.toUnsignedLong(err.getInt(4)));
        int payload = (int) Math.min(left, capped ? NLMSG_HDRLEN : msgLen);
        StringBuilder o = c.out;
        if (left > payload) o.append('[');
        o.append("{error=");
        errnoValue(c, err.getInt(0));
        o.append(", msg=");
        ByteBuffer inner = err.slice(4, NLMSG_HDRLEN).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        message(c, family, msgAddr, payload, inner);
        o.append('}');
        if (left > payload) {
            o.append(", ");
            attributes(c, msgAddr + payload, left - payload, Xlats.NLMSGERR_ATTRS(), "NLMSGERR_ATTR_???", NLMSGERR_DECODERS);
            o.append(']');
        }
    }

    /** A negated errno: -EACCES (raw: -13; verbose: -13 /* -EACCES *&#47;). */
    static void errnoValue(Call c, int v) {
        String name = v < 0 ? Errno.name(-v) : null;
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (name == null || style == Decoding.XLAT_RAW) {
            o.append(v);
        } else if (style == Decoding.XLAT_VERBOSE) {
            o.append(v).append(" /* -").append(name).append(" */");
        } else {
            o.append('-').append(name);
        }
    }

    private static final Payload[] NLMSGERR_DECODERS = {null, Attr::str, Attr::u32, Attr::u8Array};

    // ---- attributes ----------------------------------------------------------------------------

    /**
     * A sequence of attributes: {nla_len=, nla_type=NAME}, and when there is data after the header
     * [header, value], the value by {@code decoders[type]} (hex bytes when none or it declines).
     */
    static void attributes(Call c, long addr, long len, Xlat names, String dflt, Payload[] decoders) {
        sequence(c, addr, len, NLA_HDRLEN, (call, a, l, hdr) -> attribute(call, a, l, hdr, names, dflt, decoders));
    }

    private static void attribute(Call c, long addr, long len, ByteBuffer hdr, Xlat names, String dflt, Payload[] decoders) {
        int nlaLen = (int) Math.min(Short.toUnsignedInt(hdr.getShort(0)), len);
        int type = Short.toUnsignedInt(hdr.getShort(2));
        boolean value = nlaLen > NLA_HDRLEN;
        StringBuilder o = c.out;
        if (value) o.append('[');
        o.append("{nla_len=").append(Short.toUnsignedInt(hdr.getShort(0))).append(", nla_type=");
        int style = c.opts().xlatStyle;
        if ((type & NLA_F_NESTED) != 0) o.append(style == Decoding.XLAT_RAW ? "0x8000" : style == Decoding.XLAT_VERBOSE ? "0x8000 /* NLA_F_NESTED */" : "NLA_F_NESTED").append('|');
        if ((type & NLA_F_NET_BYTEORDER) != 0) o.append(style == Decoding.XLAT_RAW ? "0x4000" : style == Decoding.XLAT_VERBOSE ? "0x4000 /* NLA_F_NET_BYTEORDER */" : "NLA_F_NET_BYTEORDER").append('|');
        Print.xval(o, style, names, type & NLA_TYPE_MASK, dflt);
        o.append('}');
        if (value) {
            o.append(", ");
            int t = type & NLA_TYPE_MASK;
            Payload d = decoders != null && t < decoders.length ? decoders[t] : null;
            if (d == null || !d.decode(c, addr + NLA_HDRLEN, nlaLen - NLA_HDRLEN)) Print.hexBuf(c, addr + NLA_HDRLEN, nlaLen - NLA_HDRLEN);
            o.append(']');
        }
    }

    /** Value decoders shared by attribute tables. */
    static final class Attr {
        private Attr() {}

        /** A NUL-terminated string, the NUL not shown. */
        static boolean str(Call c, long addr, int len) {
            byte[] b = new byte[len];
            if (c.mem().read(addr, b, len) != len) {
                Print.ptr(c, addr);
                return true;
            }
            int n = len > 0 && b[len - 1] == 0 ? len - 1 : len;
            int max = c.opts().maxStrlen;
            Print.quote(c.out, b, Math.min(n, max), c.opts().hexStrings);
            if (n > max || (n == len && len > 0 && b[len - 1] != 0)) c.out.append("...");
            return true;
        }

        /** A string up to its NUL (strace's QUOTE_0_TERMINATED): "..." after it when no NUL ends it within the value. */
        static boolean cstr(Call c, long addr, int len) {
            byte[] b = new byte[len];
            if (c.mem().read(addr, b, len) != len) {
                Print.ptr(c, addr);
                return true;
            }
            int n = 0;
            while (n < len && b[n] != 0) n++;
            int max = c.opts().maxStrlen;
            Print.quote(c.out, b, Math.min(n, max), c.opts().hexStrings);
            if (n == len || n > max) c.out.append("...");
            return true;
        }

        /** A user or group id: -1 for (uid_t) -1, else unsigned. */
        static boolean uid(Call c, long addr, int len) {
            if (len < 4) return false;
            ByteBuffer b = Structs.read(c, addr, 4);
            if (b == null) Print.ptr(c, addr);
            else c.out.append(b.getInt(0) == -1 ? "-1" : Integer.toUnsignedString(b.getInt(0)));
            return true;
        }

        /** An ethernet protocol in network order: htons(ETH_P_IP) (strace's decode_nla_ether_proto). */
        static boolean etherProto(Call c, long addr, int len) {
            if (len > 8 || len < 2) return false;
            ByteBuffer b = Structs.read(c, addr, 2);
            if (b == null) {
                Print.ptr(c, addr);
                return true;
            }
            c.out.append("htons(");
            Print.xval(c.out, c.opts().xlatStyle, Xlats.ETHERNET_PROTOCOLS(), Short.toUnsignedInt(Short.reverseBytes(b.getShort(0))), "ETH_P_???");
            c.out.append(')');
            return true;
        }

        /**
         * A table of value decoders by attribute name: {@code pairs} is NAME, decoder, NAME, decoder...;
         * the table is as long as {@code names} needs, a name it lacks is left out.
         */
        static Payload[] byName(Xlat names, Object... pairs) {
            long max = 0;
            for (long v : names.values) max = Math.max(max, v);
            Payload[] d = new Payload[(int) Math.min(max + 1, 0x4000)];
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                int at = names.indexOfName((String) pairs[i]);
                if (at >= 0 && names.values[at] < d.length) d[(int) names.values[at]] = (Payload) pairs[i + 1];
            }
            return d;
        }

        static boolean u8(Call c, long addr, int len) {
            return number(c, addr, len, 1, false);
        }

        static boolean u16(Call c, long addr, int len) {
            return number(c, addr, len, 2, false);
        }

        static boolean u32(Call c, long addr, int len) {
            return number(c, addr, len, 4, false);
        }

        static boolean u64(Call c, long addr, int len) {
            return number(c, addr, len, 8, false);
        }

        static boolean s32(Call c, long addr, int len) {
            return number(c, addr, len, 4, true);
        }

        static boolean x32(Call c, long addr, int len) {
            if (len < 4) return false;
            ByteBuffer b = Structs.read(c, addr, 4);
            if (b == null) Print.ptr(c, addr);
            else Print.hex(c.out, Integer.toUnsignedLong(b.getInt(0)));
            return true;
        }

        /** An integer of {@code size} bytes (more are ignored); fewer: not this decoder's. */
        private static boolean number(Call c, long addr, int len, int size, boolean signed) {
            if (len < size) return false;
            ByteBuffer b = Structs.read(c, addr, size);
            if (b == null) {
                Print.ptr(c, addr);
                return true;
            }
            long v = switch (size) {
                case 1 -> b.get(0) & 0xff;
                case 2 -> b.getShort(0) & 0xffff;
                case 4 -> signed ? b.getInt(0) : Integer.toUnsignedLong(b.getInt(0));
                default -> b.getLong(0);
            };
            c.out.append(size == 8 ? Long.toUnsignedString(v) : Long.toString(v));
            return true;
        }

        /** An interface index: if_nametoindex("lo"). */
        static boolean ifindex(Call c, long addr, int len) {
            if (len < 4) return false;
            ByteBuffer b = Structs.read(c, addr, 4);
            if (b == null) Print.ptr(c, addr);
            else NetlinkStruct.ifindex(c, c.out, b.getInt(0));
            return true;
        }

        /** A 32-bit set of flags named by {@code table}. */
        static Payload flags32(java.util.function.Supplier<Xlat> table, String dflt) {
            return (c, addr, len) -> {
                if (len < 4) return false;
                ByteBuffer b = Structs.read(c, addr, 4);
                if (b == null) Print.ptr(c, addr);
                else Print.flags(c.out, c.opts().xlatStyle, table.get(), Integer.toUnsignedLong(b.getInt(0)), dflt);
                return true;
            };
        }

        /** Nested attributes named by {@code names}, their values by {@code decoders}. */
        static Payload nested(java.util.function.Supplier<Xlat> names, String dflt, Payload[] decoders) {
            return (c, addr, len) -> {
                attributes(c, addr, len, names.get(), dflt, decoders);
                return true;
            };
        }

        /** An IPv4 address: inet_addr("a.b.c.d"); shorter: not this decoder's. */
        static boolean inet4(Call c, long addr, int len) {
            return address(c, addr, len, 4);
        }

        /** An IPv6 address: inet_pton(AF_INET6, "::1"); shorter: not this decoder's. */
        static boolean inet6(Call c, long addr, int len) {
            return address(c, addr, len, 16);
        }

        private static boolean address(Call c, long addr, int len, int size) {
            if (len < size) return false;
            byte[] b = new byte[size];
            if (c.mem().read(addr, b, size) != size) {
                Print.ptr(c, addr);
                return true;
            }
            if (size == 4) {
                String text = (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
                NetDecoders.inetValue(c, b, 0, 4, "inet_addr(", text, ")");
            } else {
                NetDecoders.inetValue(c, b, 0, 16, "inet_pton(AF_INET6, ", NetDecoders.inet6(b, 0), ")");
            }
            return true;
        }

        static boolean x8(Call c, long addr, int len) {
            return hexNumber(c, addr, len, 1);
        }

        static boolean x16(Call c, long addr, int len) {
            return hexNumber(c, addr, len, 2);
        }

        static boolean x64(Call c, long addr, int len) {
            return hexNumber(c, addr, len, 8);
        }

        static boolean s8(Call c, long addr, int len) {
            if (len < 1) return false;
            ByteBuffer b = Structs.read(c, addr, 1);
            if (b == null) Print.ptr(c, addr);
            else c.out.append(b.get(0));
            return true;
        }

        static boolean s16(Call c, long addr, int len) {
            if (len < 2) return false;
            ByteBuffer b = Structs.read(c, addr, 2);
            if (b == null) Print.ptr(c, addr);
            else c.out.append(b.getShort(0));
            return true;
        }

        static boolean s64(Call c, long addr, int len) {
            if (len < 8) return false;
            ByteBuffer b = Structs.read(c, addr, 8);
            if (b == null) Print.ptr(c, addr);
            else c.out.append(b.getLong(0));
            return true;
        }

        /** An integer of {@code size} bytes in hex (more bytes are ignored). */
        private static boolean hexNumber(Call c, long addr, int len, int size) {
            if (len < size) return false;
            ByteBuffer b = Structs.read(c, addr, size);
            if (b == null) Print.ptr(c, addr);
            else Print.hex(c.out, le(b, size));
            return true;
        }

        /** An integer in hex by its exact size (1, 2, 4 or 8 bytes); other sizes: not this decoder's. */
        static boolean xint(Call c, long addr, int len) {
            return (len == 1 || len == 2 || len == 4 || len == 8) && hexNumber(c, addr, len, len);
        }

        /** The little-endian unsigned integer of the first {@code size} bytes of {@code b}. */
        private static long le(ByteBuffer b, int size) {
            long v = 0;
            for (int i = size - 1; i >= 0; i--) v = v << 8 | (b.get(i) & 0xff);
            return v;
        }

        /** A big-endian 16-bit number: htons(N). */
        static boolean be16(Call c, long addr, int len) {
            if (len < 2) return false;
            ByteBuffer b = Structs.read(c, addr, 2);
            if (b == null) Print.ptr(c, addr);
            else c.out.append("htons(").append(Short.toUnsignedInt(Short.reverseBytes(b.getShort(0)))).append(')');
            return true;
        }

        /** A big-endian 64-bit number: htobe64(N). */
        static boolean be64(Call c, long addr, int len) {
            if (len < 8) return false;
            ByteBuffer b = Structs.read(c, addr, 8);
            if (b == null) Print.ptr(c, addr);
            else c.out.append("htobe64(").append(Long.toUnsignedString(Long.reverseBytes(b.getLong(0)))).append(')');
            return true;
        }

        /** clock_t ticks of up to 8 bytes (any size up to that): N /* S.FF s *&#47;. */
        static boolean clock(Call c, long addr, int len) {
            if (len > 8) return false;
            ByteBuffer b = Structs.read(c, addr, len);
            if (b == null) Print.ptr(c, addr);
            else SigInfo.clock(c.out, le(b, len), c.opts().xlatStyle);
            return true;
        }

        /** A file descriptor, with -y its path. */
        static boolean fd(Call c, long addr, int len) {
            if (len < 4) return false;
            ByteBuffer b = Structs.read(c, addr, 4);
            if (b == null) Print.ptr(c, addr);
            else Print.fd(c, b.getInt(0));
            return true;
        }

        /**
         * One value named by {@code table} (strace's decode_nla_xval): at most 8 bytes and at least
         * {@code size} (0: any), of which the first {@code size} are the value; no {@code dflt}: an
         * unknown value is the bare number.
         */
        static Payload xval(java.util.function.Supplier<Xlat> table, String dflt, int size) {
            return (c, addr, len) -> {
                if (len > 8 || len < size) return false;
                int n = size != 0 ? Math.min(len, size) : len;
                ByteBuffer b = Structs.read(c, addr, n);
                if (b == null) {
                    Print.ptr(c, addr);
                    return true;
                }
                long v = le(b, n);
                Xlat x = table.get();
                if (dflt == null && x.lookup(v) == null) Print.hex(c.out, v);
                else Print.xval(c.out, c.opts().xlatStyle, x, v, dflt);
                return true;
            };
        }

        /**
         * An integer of {@code size} bytes named by {@code table} (more bytes ignored, fewer: not this
         * decoder's); no {@code dflt}: an unknown value is the bare number.
         */
        static Payload named(java.util.function.Supplier<Xlat> table, String dflt, int size) {
            return (c, addr, len) -> {
                if (len < size) return false;
                ByteBuffer b = Structs.read(c, addr, size);
                if (b == null) {
                    Print.ptr(c, addr);
                    return true;
                }
                long v = le(b, size);
                Xlat x = table.get();
                if (dflt == null && x.lookup(v) == null) Print.hex(c.out, v);
                else Print.xval(c.out, c.opts().xlatStyle, x, v, dflt);
                return true;
            };
        }

        /** A set of flags named by {@code table} (strace's decode_nla_flags), sized as {@link #xval}. */
        static Payload flags(java.util.function.Supplier<Xlat> table, String dflt, int size) {
            return (c, addr, len) -> {
                if (len > 8 || len < size) return false;
                int n = size != 0 ? Math.min(len, size) : len;
                ByteBuffer b = Structs.read(c, addr, n);
                if (b == null) Print.ptr(c, addr);
                else Print.flags(c.out, c.opts().xlatStyle, table.get(), le(b, n), dflt);
                return true;
            };
        }

        /**
         * An address of {@code family} (strace's decode_inet_addr): inet_addr(...) or inet_pton(...),
         * hex bytes when the family has no address or the value is too short.
         */
        static Payload inetAddr(int family) {
            return (c, addr, len) -> {
                inetAddr(c, addr, len, family, null);
                return true;
            };
        }

        /** decode_inet_addr: the address of {@code family} at {@code addr}, named {@code var} (or null). */
        static void inetAddr(Call c, long addr, int len, int family, String var) {
            int size = family == 2 ? 4 : family == 10 ? 16 : 0;
            if (size == 0 || len < size) {
                if (var != null) c.out.append(var).append('=');
                Print.hexBuf(c, addr, len);
                return;
            }
            byte[] b = new byte[size];
            if (c.mem().read(addr, b, size) != size) {
                if (var != null) c.out.append(var).append('=');
                Print.ptr(c, addr);
                return;
            }
            inetAddress(c, family, b, size, var);
        }

        /**
         * print_inet_addr: the {@code len} bytes {@code a} as an address of {@code family}, named
         * {@code var} (or null): var=inet_addr("a.b.c.d"), inet_pton(AF_INET6, "::1", &var) (with -X
         * raw/verbose the bytes in hex first); other families: var="\x..".
         */
        static void inetAddress(Call c, int family, byte[] a, int len, String var) {
            StringBuilder o = c.out;
            int style = c.opts().xlatStyle;
            if (family == 2 && len >= 4) {
                if (var != null) o.append(var).append('=');
                NetDecoders.inetValue(c, a, 0, len, "inet_addr(",
                        (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff), ")");
            } else if (family == 10 && len >= 16) {
                if (var != null && style != Decoding.XLAT_ABBREV) o.append(var).append('=');
                NetDecoders.inetValue(c, a, 0, len, "inet_pton(AF_INET6, ", NetDecoders.inet6(a, 0),
                        var != null && style == Decoding.XLAT_ABBREV ? ", &" + var + ")" : ")");
            } else {
                if (var != null) o.append(var).append('=');
                Print.quote(o, a, len, Decoding.HEX_ALL);
            }
        }

        /**
         * A hardware address (strace's decode_nla_hwaddr) of at most 32 bytes: hex bytes, and but for
         * -X raw the colon-separated form (-X verbose: in a comment), cut to the length of device
         * type {@code arphrd}'s addresses (-1: any length).
         */
        static Payload hwaddr(int arphrd) {
            return (c, addr, len) -> {
                if (len > 32) return false;
                byte[] b = new byte[len];
                if (c.mem().read(addr, b, len) != len) {
                    Print.ptr(c, addr);
                    return true;
                }
                mac(c.out, c.opts().xlatStyle, b, Math.min(len, hwaddrSize(arphrd)));
                return true;
            };
        }

        /** The address length of each device type (ARPHRD_*) whose addresses Linux sizes; others: any length. */
        private static final String[] HWADDR_LENGTHS = {
            "ARPHRD_NETROM 7", "ARPHRD_ETHER 6", "ARPHRD_AX25 7", "ARPHRD_IEEE802 6", "ARPHRD_ARCNET 1",
            "ARPHRD_DLCI 2", "ARPHRD_IEEE1394 16", "ARPHRD_EUI64 8", "ARPHRD_INFINIBAND 20", "ARPHRD_SLIP 0",
            "ARPHRD_ROSE 5", "ARPHRD_X25 0", "ARPHRD_CAN 0", "ARPHRD_MCTP 1", "ARPHRD_PPP 0", "ARPHRD_RAWHDLC 0",
            "ARPHRD_RAWIP 0", "ARPHRD_TUNNEL 4", "ARPHRD_TUNNEL6 16", "ARPHRD_LOOPBACK 6", "ARPHRD_LOCALTLK 1",
            "ARPHRD_FDDI 6", "ARPHRD_SIT 4", "ARPHRD_IPDDP 0", "ARPHRD_IPGRE 4", "ARPHRD_PIMREG 0", "ARPHRD_HIPPI 6",
            "ARPHRD_IRDA 4", "ARPHRD_IEEE80211 6", "ARPHRD_IEEE80211_PRISM 6", "ARPHRD_IEEE80211_RADIOTAP 6",
            "ARPHRD_IEEE802154 8", "ARPHRD_IEEE802154_MONITOR 8", "ARPHRD_PHONET 1", "ARPHRD_PHONET_PIPE 1",
            "ARPHRD_CAIF 0", "ARPHRD_IP6GRE 16", "ARPHRD_NETLINK 0", "ARPHRD_6LOWPAN 8", "ARPHRD_VSOCKMON 0",
        };

        /** How many bytes of a device type's hardware address are shown (-1: unknown type, all). */
        static int hwaddrSize(int arphrd) {
            if (arphrd < 0) return Integer.MAX_VALUE;
            Xlat types = Xlats.ARP_HARDWARE_TYPES();
            for (String e : HWADDR_LENGTHS) {
                int sp = e.indexOf(' ');
                int i = types.indexOfName(e.substring(0, sp));
                if (i >= 0 && types.values[i] == arphrd) return Integer.parseInt(e.substring(sp + 1));
            }
            return Integer.MAX_VALUE;
        }

        /** A hardware address of {@code shown} of the bytes {@code b}, as strace's print_hwaddr. */
        static void mac(StringBuilder o, int style, byte[] b, int shown) {
            if (style != Decoding.XLAT_ABBREV) Print.quote(o, b, b.length, Decoding.HEX_ALL);
            if (style == Decoding.XLAT_RAW) return;
            StringBuilder m = new StringBuilder();
            for (int i = 0; i < shown; i++) {
                if (i > 0) m.append(':');
                m.append(String.format("%02x", b[i] & 0xff));
            }
            if (style == Decoding.XLAT_VERBOSE) o.append(" /* ").append(m).append(" */");
            else o.append(m);
        }

        /**
         * A struct, then (when the value is longer than its 4-aligned size) what follows it by
         * {@code rest}: {struct}, [attributes]; shorter than the struct: not this decoder's.
         */
        static Payload structThen(NetlinkStruct s, Payload rest) {
            return (c, addr, len) -> {
                if (len < s.size) return false;
                s.value(c, addr, len);
                int aligned = (s.size + 3) & ~3;
                if (len > aligned) {
                    c.out.append(", ");
                    if (!rest.decode(c, addr + aligned, len - aligned)) Print.hexBuf(c, addr + aligned, len - aligned);
                }
                return true;
            };
        }

        /**
         * As many elements of {@code size} bytes as fit (strace's print_array over the value), each
         * printed by {@code element}; none fits: not this decoder's.
         */
        static Payload array(int size, Structs.Element element) {
            return (c, addr, len) -> {
                if (len / size == 0) return false;
                Structs.array(c, addr, len / size, size, element);
                return true;
            };
        }

        /**
         * An array of integers of {@code size} bytes with their indices named by {@code indices}:
         * [[NAME] = N, ...] (strace's print_array_ex with PAF_PRINT_INDICES); {@code signed}: %d.
         */
        static Payload indexedArray(int size, boolean signed, java.util.function.Supplier<Xlat> indices, String dflt) {
            return (c, addr, len) -> {
                if (len / size == 0) return false;
                Structs.array(c, addr, len / size, size, len / size, (call, b, i) -> {
                    index(call, i, indices.get(), dflt);
                    long v = size == 8 ? b.getLong(0) : signed ? b.getInt(0) : Integer.toUnsignedLong(b.getInt(0));
                    call.out.append(size == 8 && !signed ? Long.toUnsignedString(v) : Long.toString(v));
                });
                return true;
            };
        }

        /**
         * An array element's index named by {@code x}: [NAME]=, the number as -X says; an unknown
         * one with {@code dflt} in a comment (none when null).
         */
        static void index(Call c, long i, Xlat x, String dflt) {
            c.out.append('[');
            String n = x.lookup(i);
            int style = c.opts().xlatStyle;
            if (n == null || style == Decoding.XLAT_RAW) {
                c.out.append(i);
                if (n == null && dflt != null && style != Decoding.XLAT_RAW) c.out.append(" /* ").append(dflt).append(" */");
            } else if (style == Decoding.XLAT_VERBOSE) {
                c.out.append(i).append(" /* ").append(n).append(" */");
            } else {
                c.out.append(n);
            }
            c.out.append("]=");
        }

        /** Bytes as [N, N, ...]. */
        static boolean u8Array(Call c, long addr, int len) {
            byte[] b = new byte[len];
            if (c.mem().read(addr, b, len) != len) {
                Print.ptr(c, addr);
                return true;
            }
            c.out.append('[');
            for (int i = 0; i < len; i++) {
                if (i > 0) c.out.append(", ");
                if (c.abbrev() && i == c.opts().maxStrlen) {
                    c.out.append("...");
                    break;
                }
                c.out.append(b[i] & 0xff);
            }
            c.out.append(']');
            return true;
        }
    }
}
