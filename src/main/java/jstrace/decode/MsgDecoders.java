package jstrace.decode;

import java.io.BufferedReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import jstrace.table.Xlats;

/** sendmsg/recvmsg: struct msghdr with its iovecs and control messages. */
public final class MsgDecoders {
    private MsgDecoders() {}

    private static final int MSGHDR_SIZE = 56, CMSG_HDR = 16, SCM_RIGHTS = 1, SCM_CREDENTIALS = 2, SCM_SECURITY = 3,
            SO_TIMESTAMP_OLD = 29, SO_TIMESTAMPNS_OLD = 35, SO_TIMESTAMPING_OLD = 37, SO_TIMESTAMP_NEW = 63,
            SO_TIMESTAMPNS_NEW = 64, SO_TIMESTAMPING_NEW = 65, IP_TOS = 1, IP_TTL = 2, IP_RECVOPTS = 6,
            IP_RETOPTS = 7, IP_ORIGDSTADDR = 20, IP_CHECKSUM = 23;

    @Decodes("sendmsg")
    public static int sendmsg(Call c) {
        Print.fd(c, c.args[0]);
        c.sep();
        msghdr(c, c.args[1], false, 0, Iovecs.UNLIMITED);
        c.sep();
        Print.flags(c, Xlats.MSG_FLAGS(), c.args[2]);
        return Call.DONE;
    }

    /** At entry only the caller's msg_namelen is kept: the exit shows "user => kernel" when they differ. */
    @Decodes("recvmsg")
    public static int recvmsg(Call c) {
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            ByteBuffer m = Structs.read(c, c.args[1], MSGHDR_SIZE);
            if (m != null) {
                c.saved = m.getInt(8);
                return 0;
            }
            Print.ptr(c, c.args[1]);
            c.sep();
            Print.flags(c, Xlats.MSG_FLAGS(), c.args[2]);
            return Call.DONE;
        }
        if (c.failed) c.out.append("{msg_namelen=").append((int) c.saved).append('}');
        else msghdr(c, c.args[1], true, (int) c.saved, c.rval);
        c.sep();
        Print.flags(c, Xlats.MSG_FLAGS(), c.args[2]);
        return 0;
    }

    /** A msghdr; with {@code recv}, {@code userNamelen} is msg_namelen at entry. {@code dataSize} bounds the iovec data. */
    static void msghdr(Call c, long addr, boolean recv, int userNamelen, long dataSize) {
        ByteBuffer m = Structs.read(c, addr, MSGHDR_SIZE);
        if (m == null) {
            Print.ptr(c, addr);
            return;
        }
        msghdr(c, m, 0, recv, userNamelen, dataSize);
    }

    /** A msghdr already read into {@code m} at {@code off}. */
    static void msghdr(Call c, ByteBuffer m, int off, boolean recv, int userNamelen, long dataSize) {
        StringBuilder o = c.out;
        int namelen = m.getInt(off + 8);
        o.append("{msg_name=");
        NetDecoders.sockaddr(c, m.getLong(off), recv && namelen > userNamelen ? userNamelen : namelen);
        o.append(", msg_namelen=");
        if (recv && userNamelen != namelen) o.append(userNamelen).append(" => ");
        o.append(namelen).append(", msg_iov=");
        long iovlen = m.getLong(off + 24);
        // as strace: the data is netlink messages when msg_name is a netlink address
        Iovecs.print(c, m.getLong(off + 16), iovlen, dataSize, false,
                netlinkName(c, m.getLong(off), namelen) ? (call, a, l) -> Netlink.print(call, call.args[0], a, l) : Print::buf);
        o.append(", msg_iovlen=").append(Long.toUnsignedString(iovlen));
        long controllen = m.getLong(off + 40);
        if (controllen != 0) {
            o.append(", msg_control=");
            control(c, m.getLong(off + 32), controllen);
        }
        o.append(", msg_controllen=").append(Long.toUnsignedString(controllen)).append(", msg_flags=");
        Print.flags(c, Xlats.MSG_FLAGS(), Integer.toUnsignedLong(m.getInt(off + 48)));
        o.append('}');
    }

    /** Whether msg_name is a sockaddr of family AF_NETLINK. */
    private static boolean netlinkName(Call c, long name, int namelen) {
        if (name == 0 || namelen < 2) return false;
        ByteBuffer b = Structs.read(c, name, 2);
        return b != null && b.getShort(0) == NetDecoders.AF_NETLINK;
    }

    // ---- sendmmsg / recvmmsg ------------------------------------------------------------------

    private static final int MMSGHDR_SIZE = 64, IOV_MAX = 1024;

    /** recvmmsg's entry state: each element's msg_namelen as the caller set it, and the timeout's text. */
    private record MmsgEntry(int[] namelens, int count, String timeout) {}

    /** sendmmsg: the array is printed at exit, msg_len for the messages sent. */
    @Decodes("sendmmsg")
    public static int sendmmsg(Call c) {
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            if (c.verbose()) return 0;
            Print.ptr(c, c.args[1]);
            mmsgTail(c, false);
            return Call.DONE;
        }
        mmsgvec(c, c.args[1], c.args[2] & 0xffffffffL, c.failed ? 0 : (int) c.rval, false, null, IOV_MAX);
        mmsgTail(c, false);
        return 0;
    }

    /** recvmmsg: the received messages at exit, the timeout as it was at entry and, after the result, what is left. */
    @Decodes("recvmmsg")
    public static int recvmmsg(Call c) {
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            if (!c.verbose()) {
                Print.ptr(c, c.args[1]);
                mmsgTail(c, false);
                c.sep();
                Print.ptr(c, c.args[4]); // not decoded either: the timeout's address, as strace prints it
                return 0;
            }
            long vlen = c.args[2] & 0xffffffffL;
            int len = (int) Math.min(vlen, IOV_MAX);
            int[] namelens = new int[len];
            int n = 0;
            for (; n < len; n++) {
                ByteBuffer b = Structs.read(c, c.args[1] + (long) MMSGHDR_SIZE * n, MMSGHDR_SIZE);
                if (b == null) break;
                namelens[n] = b.getInt(8);
            }
            c.savedObject = new MmsgEntry(namelens, n, timespecText(c, c.args[4]));
            return 0;
        }
        if (c.verbose()) {
            MmsgEntry e = c.savedObject instanceof MmsgEntry m ? m : new MmsgEntry(new int[0], 0, "");
            if (c.failed) Print.ptr(c, c.args[1]);
            else mmsgvec(c, c.args[1], c.rval & 0xffffffffL, (int) c.rval, true, e.namelens, Math.min(IOV_MAX, e.count));
            mmsgTail(c, true);
            c.out.append(e.timeout);
        }
        if (c.failed) return 0;
        if (c.rval == 0) {
            c.retText = "Timeout";
            return Call.RET_STR;
        }
        if (!c.verbose() || c.args[4] == 0) return 0;
        c.retText = "left " + timespecText(c, c.args[4]);
        return Call.RET_STR;
    }

    /** ", vlen, flags" and with {@code timeoutSep} the separator before recvmmsg's timeout. */
    private static void mmsgTail(Call c, boolean timeoutSep) {
        c.sep();
        Print.uint(c, c.args[2]);
        c.sep();
        Print.flags(c, Xlats.MSG_FLAGS(), c.args[3]);
        if (timeoutSep) c.sep();
    }

    private static String timespecText(Call c, long addr) {
        int mark = c.out.length();
        Structs.timespec(c, addr);
        String t = c.out.substring(mark);
        c.out.setLength(mark);
        return t;
    }

    /**
     * An mmsghdr array as strace's print_array fetches it; msg_len for the first {@code msgLens}
     * elements, at most {@code count} elements before "...". With {@code namelens} (recvmmsg) each
     * msg_name is printed as received and the iovec data is bounded by msg_len.
     */
    private static void mmsgvec(Call c, long addr, long n, int msgLens, boolean recv, int[] namelens, int count) {
        Structs.array(c, addr, n, MMSGHDR_SIZE, count, (call, b, i) -> {
            long msgLen = Integer.toUnsignedLong(b.getInt(56));
            call.out.append("{msg_hdr=");
            msghdr(call, b, 0, namelens != null, namelens != null ? namelens[(int) i] : 0, recv ? msgLen : Iovecs.UNLIMITED);
            if (i < msgLens) call.out.append(", msg_len=").append(msgLen);
            call.out.append('}');
        });
    }

    private static int optmemMax;

    /** The kernel's bound on control data (net.core.optmem_max, rounded up to 8), as strace bounds what it reads. */
    private static synchronized int optmemMax() {
        if (optmemMax == 0) {
            int v = 0;
            // Files.readString gave "1" for this procfs file here: read a line instead
            try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/sys/net/core/optmem_max"))) {
                v = Integer.parseInt(r.readLine().strip());
            } catch (Exception e) {
                // the default below
            }
            optmemMax = v <= 0 ? 8 * (2 * 1024 + 512) : (v + 7) & ~7;
        }
        return optmemMax;
    }

    /** The control messages: [{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}]. */
    static void control(Call c, long addr, long inLen) {
        int controlLen = (int) (Long.compareUnsigned(inLen, optmemMax()) > 0 ? optmemMax() : inLen);
        ByteBuffer b = controlLen < CMSG_HDR ? null : Structs.read(c, addr, controlLen);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        StringBuilder o = c.out;
        o.append('[');
        int off = 0, left = controlLen;
        while (left >= CMSG_HDR) {
            long cmsgLen = b.getLong(off);
            int level = b.getInt(off + 8), type = b.getInt(off + 12);
            if (off > 0) o.append(", ");
            o.append("{cmsg_len=").append(Long.toUnsignedString(cmsgLen)).append(", cmsg_level=");
            Print.xval(o, c.opts().xlatStyle, Xlats.SOCKETLAYERS(), level, "SOL_???");
            o.append(", cmsg_type=");
            long len = Long.compareUnsigned(cmsgLen, left) > 0 ? left : cmsgLen;
            typeAndData(c, addr + off + CMSG_HDR, b, off + CMSG_HDR, level, type, len > CMSG_HDR ? (int) len - CMSG_HDR : 0);
            o.append('}');
            if (len < CMSG_HDR) {
                left -= CMSG_HDR;
                break;
            }
            long next = (cmsgLen + 7) & ~7L;
            if (Long.compareUnsigned(next, left) >= 0 || next == 0) {
                left = 0;
                break;
            }
            off += (int) next;
            left -= (int) next;
        }
        if (left != 0) {
            o.append(", ... /* ");
            Print.ptr(c, addr + (controlLen - left));
            o.append(" */");
        } else if (Long.compareUnsigned(controlLen, inLen) < 0) {
            o.append(", ...");
        }
        o.append(']');
    }

    private static void typeAndData(Call c, long dataAddr, ByteBuffer b, int off, int level, int type, int dataLen) {
        StringBuilder o = c.out;
        int style = c.opts().xlatStyle;
        if (level == NetDecoders.SOL_SOCKET) {
            Print.xval(o, style, Xlats.SCMVALS(), type, "SCM_???");
            switch (type) {
                case SCM_RIGHTS -> {
                    if (dataLen < 4) return;
                    o.append(", cmsg_data=");
                    intArray(c, b, off, dataLen / 4, true);
                }
                case SCM_CREDENTIALS -> {
                    if (dataLen < 12) return;
                    o.append(", cmsg_data={pid=").append(b.getInt(off)).append(", uid=");
                    id(o, b.getInt(off + 4));
                    o.append(", gid=");
                    id(o, b.getInt(off + 8));
                    o.append('}');
                }
                case SCM_SECURITY -> {
                    if (dataLen < 1) return;
                    o.append(", cmsg_data=");
                    byte[] s = new byte[dataLen];
                    b.get(off, s);
                    Print.quote(o, s, dataLen, c.opts().hexStrings);
                }
                case SO_TIMESTAMP_OLD, SO_TIMESTAMP_NEW -> {
                    if (dataLen < 1) return;
                    o.append(", cmsg_data=");
                    if (dataLen < 16) o.append("???");
                    else Structs.timeval(o, b.getLong(off), b.getLong(off + 8));
                }
                case SO_TIMESTAMPNS_OLD, SO_TIMESTAMPNS_NEW -> {
                    if (dataLen < 1) return;
                    o.append(", cmsg_data=");
                    if (dataLen < 16) o.append("???");
                    else Structs.timespec(o, b.getLong(off), b.getLong(off + 8));
                }
                case SO_TIMESTAMPING_OLD, SO_TIMESTAMPING_NEW -> {
                    if (dataLen < 1) return;
                    o.append(", cmsg_data=");
                    if (dataLen < 48) {
                        o.append("???");
                        return;
                    }
                    o.append('[');
                    for (int i = 0; i < 3; i++) {
                        if (i > 0) o.append(", ");
                        Structs.timespec(o, b.getLong(off + 16 * i), b.getLong(off + 16 * i + 8));
                    }
                    o.append(']');
                }
                default -> { }
            }
        } else if (level == NetDecoders.SOL_IP) {
            Print.xval(o, style, Xlats.IP_CMSG_TYPES(), type, "IP_???");
            switch (type) {
                case IP_TTL, IP_CHECKSUM -> {
                    if (dataLen < 4) return;
                    o.append(", cmsg_data=");
                    intArray(c, b, off, dataLen / 4, false);
                }
                case IP_TOS, IP_RECVOPTS, IP_RETOPTS -> {
                    if (dataLen < 1) return;
                    o.append(", cmsg_data=");
                    byteArray(c, b, off, dataLen);
                }
                case SCM_SECURITY -> {
                    o.append(", cmsg_data=");
                    byte[] s = new byte[dataLen];
                    b.get(off, s);
                    Print.quote(o, s, dataLen, c.opts().hexStrings);
                }
                case IP_ORIGDSTADDR -> {
                    if (dataLen < 16) return;
                    o.append(", cmsg_data=");
                    NetDecoders.sockaddr(c, dataAddr, Math.min(dataLen, 128));
                }
                default -> { }
            }
        } else {
            Print.hex(o, Integer.toUnsignedLong(type));
        }
    }

    private static void id(StringBuilder o, int v) {
        if (v == -1) o.append(-1);
        else o.append(Integer.toUnsignedString(v));
    }

    /** Elements beyond -s abbreviated to "...", as strace prints arrays. */
    private static int shown(Call c, int n) {
        return c.abbrev() && c.opts().maxStrlen < n ? c.opts().maxStrlen : n;
    }

    private static void intArray(Call c, ByteBuffer b, int off, int n, boolean fds) {
        int shown = shown(c, n);
        c.out.append('[');
        for (int i = 0; i < shown; i++) {
            if (i > 0) c.out.append(", ");
            if (fds) Print.fd(c, b.getInt(off + 4 * i));
            else c.out.append(Integer.toUnsignedString(b.getInt(off + 4 * i)));
        }
        c.out.append(shown == n ? "]" : shown == 0 ? "...]" : ", ...]");
    }

    private static void byteArray(Call c, ByteBuffer b, int off, int n) {
        int shown = shown(c, n);
        c.out.append('[');
        for (int i = 0; i < shown; i++) {
            if (i > 0) c.out.append(", ");
            Print.hex(c, b.get(off + i) & 0xff);
        }
        c.out.append(shown == n ? "]" : shown == 0 ? "...]" : ", ...]");
    }
}
