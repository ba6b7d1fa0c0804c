package jstrace.decode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jstrace.tracer.Tracee;

/**
 * What -y and -yy print inside fd&lt;...&gt;: the fd's path (quoted as strace quotes it), with -yy the
 * device numbers of character and block devices, and sockets by protocol and addresses
 * (TCP:[127.0.0.1:40000->127.0.0.1:80], UNIX-STREAM:[1234,"/run/x"]) from the tracee's /proc/PID/net;
 * with --decode-fds=pidfd,eventfd,signalfd what the fd's /proc/PID/fdinfo tells of those objects.
 */
public final class FdDetails {
    private FdDetails() {}

    /**
     * Appends "&lt;...&gt;" for {@code fd} as -y/-yy/--decode-fds= ask ({@link Decoding#decodeFds}
     * bits, strace's order): a socket's details, a device's numbers, an eventfd's counter, a pidfd's
     * pid, a signalfd's mask, else the path;
     * nothing when its target is unknown or no asked kind applies.
     */
    public static void append(StringBuilder o, Tracee t, int fd, Decoding d) {
        append(o, t, t.pid, fd, d);
    }

    /** The same for an fd of process {@code pid} (strace's printfd_pid), read through tracee {@code t}. */
    public static void append(StringBuilder o, Tracee t, int pid, int fd, Decoding d) {
        byte[] target = t.linkBytesOf(pid, "fd/" + fd);
        if (target == null) return;
        int kinds = d.decodeFds;
        String text = new String(target, StandardCharsets.ISO_8859_1);
        if ((kinds & Decoding.FD_SOCKET) != 0 && text.startsWith("socket:[") && text.endsWith("]")) {
            String sock = socket(pid, fd, text.substring(8, text.length() - 1));
            o.append('<').append(sock != null ? sock : text).append('>');
            return;
        }
        // the kernel's " (deleted)" suffix goes after the brackets, as "(deleted)"; a file whose name
        // ends so and that is there is not deleted (strace compares the two, as here)
        boolean deleted = target.length > DELETED.length() + 1 && text.endsWith(DELETED) && !isThere(pid, fd, text);
        int len = deleted ? target.length - DELETED.length() : target.length;
        if ((kinds & Decoding.FD_DEV) != 0 && text.startsWith("/")) {
            String dev = device(text.substring(0, len));
            if (dev != null) {
                o.append('<');
                Print.quote(o, target, len, d.hexStrings, "<>", false);
                o.append(dev).append('>');
                return;
            }
        }
        if ((kinds & Decoding.FD_EVENTFD) != 0 && text.equals("anon_inode:[eventfd]")) {
            eventfd(o, fdinfo(pid, fd), text);
            return;
        }
        // pidfs (Linux 6.9+) names a pidfd "pidfd:[INODE]"
        if ((kinds & Decoding.FD_PIDFD) != 0 && (text.equals("anon_inode:[pidfd]") || text.startsWith("pidfd:"))) {
            int pidfdTarget = pidfdPid(pid, fd);
            if (pidfdTarget > 0) {
                o.append("<pid:").append(pidfdTarget);
                if (d.decodePids) Print.comm(o, pidfdTarget);
                o.append('>');
            } else {
                o.append('<').append(text).append('>');
            }
            return;
        }
        if ((kinds & Decoding.FD_SIGNALFD) != 0 && text.equals("anon_inode:[signalfd]")) {
            String mask = field(fdinfo(pid, fd), "sigmask:");
            // no mask to show: strace falls through to the path, if asked for
            if (mask != null && signalfd(o, mask, d.xlatStyle)) return;
        }
        if ((kinds & Decoding.FD_PATH) == 0) return;
        o.append('<');
        Print.quote(o, target, len, d.hexStrings, "<>", false);
        o.append('>');
        if (deleted) o.append("(deleted)");
    }

    /** Whether {@code path} names the file fd {@code fd} of {@code pid} is open on. */
    private static boolean isThere(int pid, int fd, String path) {
        try {
            return java.nio.file.Files.isSameFile(java.nio.file.Path.of(PidNamespaces.procDir(pid), "fd", Integer.toString(fd)),
                    java.nio.file.Path.of(path));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The pid a pidfd refers to (the "Pid:" line of its fdinfo), or -1. */
    static int pidfdPid(int pid, int fd) {
        String v = field(fdinfo(pid, fd), "Pid:");
        try {
            return v == null ? -1 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1; // not a pidfd after all
        }
    }

    /** The lines of /proc/PID/fdinfo/FD of a tracee (none when it is gone). */
    private static List<String> fdinfo(int pid, int fd) {
        try {
            return Files.readAllLines(Path.of(PidNamespaces.procDir(pid) + "/fdinfo/" + fd), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The value of an fdinfo line "NAME:  value", trimmed; null without that line. */
    private static String field(List<String> fdinfo, String name) {
        for (String line : fdinfo) {
            if (line.startsWith(name)) return line.substring(name.length()).trim();
        }
        return null;
    }

    /**
     * "&lt;{eventfd-count=0x2a, eventfd-id=7, eventfd-semaphore=0}&gt;" from an eventfd's fdinfo (the
     * counter is in hex there; the id needs Linux 5.2, the semaphore flag 6.5); its path when the
     * kernel gives no counter.
     */
    private static void eventfd(StringBuilder o, List<String> fdinfo, String path) {
        String count = field(fdinfo, "eventfd-count:");
        if (count == null || count.isEmpty()) {
            o.append('<').append(path).append('>');
            return;
        }
        o.append("<{eventfd-count=").append(count.charAt(0) == '0' ? "" : "0x").append(count);
        String id = field(fdinfo, "eventfd-id:");
        if (id != null) {
            o.append(", eventfd-id=").append(id);
            String semaphore = field(fdinfo, "eventfd-semaphore:");
            if (semaphore != null) o.append(", eventfd-semaphore=").append(semaphore);
        }
        o.append("}>");
    }

    /** "&lt;signalfd:[USR1 TERM]&gt;" from a signalfd's fdinfo mask (hex, the highest signal first); false if unreadable. */
    private static boolean signalfd(StringBuilder o, String hex, int style) {
        long mask;
        try {
            mask = Long.parseUnsignedLong(hex, 16);
        } catch (NumberFormatException e) {
            return false;
        }
        o.append("<signalfd:");
        SignalDecoders.sigset(o, style, mask, Math.max(1, hex.length() / 2));
        o.append('>');
        return true;
    }

    private static final String DELETED = " (deleted)";

    /** "&lt;char 1:3&gt;" for a character or block device's path, else null. */
    private static String device(String path) {
        try {
            var attrs = Files.readAttributes(Path.of(path), "unix:mode,rdev");
            int mode = (Integer) attrs.get("mode");
            long rdev = (Long) attrs.get("rdev");
            int type = mode & 0170000;
            if (type != 0020000 && type != 0060000) return null;
            long major = ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
            long minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
            return (type == 0020000 ? "<char " : "<block ") + major + ':' + minor + '>';
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null; // not a file we can stat: the path alone
        }
    }

    /** A socket's protocol and addresses by inode, or null if no table lists it. */
    static String socket(int pid, int fd, String inode) {
        String[][] inet = {{"tcp", "TCP"}, {"tcp6", "TCPv6"}, {"udp", "UDP"}, {"udp6", "UDPv6"}};
        for (String[] p : inet) {
            String s = inetSocket(pid, p[0], p[1], inode);
            if (s != null) return s;
        }
        String unix = unixSocket(pid, inode);
        if (unix != null) return unix;
        String netlink = Netlink.details(pid, inode);
        if (netlink != null) return netlink;
        // not in the tables yet (e.g. a socket not yet bound): the kernel names its protocol in an xattr
        String proto = protocolName(pid, fd);
        return proto == null ? null : proto + ":[" + inode + "]";
    }

    private static final int GETXATTR = 191;

    /** getxattr("/proc/PID/fd/N", "system.sockprotoname"): "TCP", "UDP", "UNIX", "NETLINK"... */
    static String protocolName(int pid, int fd) {
        long path = jstrace.nativ.NativeBuffer.cString((PidNamespaces.procDir(pid) + "/fd/" + fd).getBytes(StandardCharsets.US_ASCII));
        long name = jstrace.nativ.NativeBuffer.cString("system.sockprotoname".getBytes(StandardCharsets.US_ASCII));
        // rare (a socket in no /proc table): a buffer of its own rather than one shared by sessions
        jstrace.nativ.NativeBuffer value = new jstrace.nativ.NativeBuffer(64);
        long n = jstrace.nativ.Kernel.syscall(GETXATTR, path, name, value.address, value.size);
        jstrace.nativ.Kernel.MEM.freeMemory(path);
        jstrace.nativ.Kernel.MEM.freeMemory(name);
        byte[] b = new byte[Math.max(0, (int) n)];
        if (n > 0) jstrace.nativ.Kernel.MEM.getByteArray(value.address, b, 0, b.length);
        value.free();
        if (jstrace.nativ.Kernel.failed(n) || n <= 0) return null;
        int len = 0;
        while (len < b.length && b[len] != 0) len++;
        return new String(b, 0, len, StandardCharsets.US_ASCII);
    }

    private static List<String> lines(int pid, String table) {
        try {
            return Files.readAllLines(Path.of(PidNamespaces.procDir(pid) + "/net/" + table));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String inetSocket(int pid, String table, String name, String inode) {
        for (String line : lines(pid, table)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 10 || !f[9].equals(inode)) continue;
            boolean v6 = table.endsWith("6");
            String local = address(f[1], v6), remote = address(f[2], v6);
            boolean connected = !f[2].endsWith(":0000");
            boolean bound = !f[1].endsWith(":0000");
            if (connected) return name + ":[" + local + "->" + remote + "]";
            if (bound) return name + ":[" + local + "]";
            return name + ":[" + inode + "]";
        }
        return null;
    }

    /** /proc/net's hex "0100007F:E2AC" as 127.0.0.1:58028 ([::1]:80 for IPv6). */
    private static String address(String hex, boolean v6) {
        String[] p = hex.split(":");
        int port = Integer.parseInt(p[1], 16);
        byte[] a = new byte[p[0].length() / 2];
        // each 32-bit word is in host (little-endian) order
        for (int w = 0; w < a.length / 4; w++) {
            for (int i = 0; i < 4; i++) {
                a[4 * w + i] = (byte) Integer.parseInt(p[0].substring(8 * w + 2 * (3 - i), 8 * w + 2 * (3 - i) + 2), 16);
            }
        }
        if (!v6) return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff) + ":" + port;
        return "[" + NetDecoders.inet6(a, 0) + "]:" + port;
    }

    private static String unixSocket(int pid, String inode) {
        for (String line : lines(pid, "unix")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 7 || !f[6].equals(inode)) continue;
            String type = switch (f[4]) {
                case "0001" -> "STREAM";
                case "0002" -> "DGRAM";
                case "0005" -> "SEQPACKET";
                default -> null;
            };
            String base = type == null ? "UNIX:[" : "UNIX-" + type + ":[";
            return base + inode + (f.length > 7 ? ",\"" + f[7] + "\"" : "") + "]";
        }
        return null;
    }
}
