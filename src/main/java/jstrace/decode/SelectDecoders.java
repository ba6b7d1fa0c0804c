package jstrace.decode;

import java.nio.ByteBuffer;

/** select and pselect6: fd sets at entry; after the result, which fds are ready and the time left. */
public final class SelectDecoders {
    private SelectDecoders() {}

    /** strace reads at most this many fds of a set (select(2^31-1, ...) and the like). */
    private static final int MAX_FDS = 1024 * 1024;

    @Decodes({"select", "pselect6"})
    public static int select(Call c) {
        boolean pselect = "pselect6".equals(c.name());
        // the kernel reads nfds as an int and refuses negative ones: strace reads nothing then
        int nfds = Math.min(Math.max((int) c.args[0], 0), MAX_FDS);
        int size = ((nfds + 7) / 8 + 7) & -8;
        if (!c.exiting) {
            Print.sint(c, (int) c.args[0]);
            for (int i = 1; i <= 3; i++) {
                c.sep();
                long addr = c.args[i];
                ByteBuffer b = size > 0 && c.verbose() ? Structs.read(c, addr, size) : null;
                if (b == null) {
                    Print.ptr(c, addr);
                    continue;
                }
                c.out.append('[');
                boolean next = false;
                for (int fd = 0; fd < nfds; fd++) {
                    if ((b.get(fd >>> 3) >>> (fd & 7) & 1) == 0) continue;
                    if (next) c.out.append(' ');
                    next = true;
                    Print.fd(c, fd);
                }
                c.out.append(']');
            }
            c.sep();
            if (pselect) {
                Structs.timespec(c, c.args[4]);
                c.sep();
                SignalDecoders.kernelSigset(c, c.args[5]);
            } else {
                Structs.timeval(c, c.args[4]);
            }
            return 0;
        }
        if (c.failed) return 0;
        if (c.rval == 0) {
            c.retText = "Timeout";
            return Call.RET_STR;
        }
        // strace's auxstr: the ready fds of each set, as many as the call counted
        StringBuilder t = new StringBuilder();
        long ready = c.rval;
        String sep = "";
        String[] names = {"in", "out", "except"};
        for (int i = 0; i < 3 && ready > 0; i++) {
            long addr = c.args[i + 1];
            ByteBuffer b = addr == 0 || size == 0 ? null : Structs.read(c, addr, size);
            if (b == null) continue;
            boolean first = true;
            for (int fd = 0; fd < nfds; fd++) {
                if ((b.get(fd >>> 3) >>> (fd & 7) & 1) == 0) continue;
                if (first) {
                    t.append(sep).append(names[i]).append(" [").append(fd);
                    first = false;
                    sep = ", ";
                } else {
                    t.append(' ').append(fd);
                }
                if (--ready == 0) break;
            }
            if (t.length() > 0) t.append(']');
        }
        if (c.args[4] != 0) {
            t.append(sep).append("left ");
            ByteBuffer b = c.verbose() ? Structs.read(c, c.args[4], 16) : null;
            if (b == null) Print.hex(t, c.args[4]);
            else if (pselect) Structs.timespec(t, b.getLong(0), b.getLong(8));
            else Structs.timeval(t, b.getLong(0), b.getLong(8));
        }
        c.retText = t.toString();
        return Call.RET_STR;
    }
}
