package jstrace.decode;

import java.nio.ByteBuffer;

/** select and pselect6: fd sets at entry; after the result, which fds are ready and the time left. */
public final class SelectDecoders {
    private SelectDecoders() {}

    @Decodes({"select", "pselect6"})
    public static int select(Call c) {
        boolean pselect = "pselect6".equals(Print.syscallName(c.nr));
        int nfds = (int) c.args[0];
        if (!c.exiting) {
            Print.sint(c, nfds);
            for (int i = 1; i <= 3; i++) {
                c.sep();
                fdset(c, c.args[i], nfds);
            }
            c.sep();
            if (pselect) {
                Structs.timespec(c, c.args[4]);
                c.sep();
                sigmaskPair(c, c.args[5]);
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
        StringBuilder t = new StringBuilder();
        String[] names = {"in", "out", "except"};
        for (int i = 1; i <= 3; i++) {
            if (c.args[i] == 0) continue;
            long[] set = readSet(c, c.args[i], nfds);
            if (set == null) continue;
            StringBuilder one = new StringBuilder();
            listSet(one, set, nfds);
            if (one.length() == 2) continue; // "[]"
            if (t.length() > 0) t.append(", ");
            t.append(names[i - 1]).append(' ').append(one);
        }
        if (c.args[4] != 0) {
            ByteBuffer b = Structs.read(c, c.args[4], 16);
            if (b != null) {
                if (t.length() > 0) t.append(", ");
                t.append("left ");
                if (pselect) Structs.timespec(t, b.getLong(0), b.getLong(8));
                else t.append("{tv_sec=").append(b.getLong(0)).append(", tv_usec=").append(b.getLong(8)).append('}');
            }
        }
        c.retText = t.toString();
        return Call.RET_STR;
    }

    private static long[] readSet(Call c, long addr, int nfds) {
        int words = Math.max(0, Math.min((nfds + 63) / 64, 1024 / 64));
        if (words == 0) return new long[0];
        ByteBuffer b = Structs.read(c, addr, 8 * words);
        if (b == null) return null;
        long[] set = new long[words];
        for (int i = 0; i < words; i++) set[i] = b.getLong(8 * i);
        return set;
    }

    private static void fdset(Call c, long addr, int nfds) {
        if (addr == 0) {
            c.out.append("NULL");
            return;
        }
        long[] set = readSet(c, addr, nfds);
        if (set == null) Print.ptr(c, addr);
        else listSet(c.out, set, nfds);
    }

    private static void listSet(StringBuilder o, long[] set, int nfds) {
        o.append('[');
        boolean first = true;
        for (int fd = 0; fd < Math.min(nfds, set.length * 64); fd++) {
            if ((set[fd / 64] >>> (fd % 64) & 1) == 0) continue;
            if (!first) o.append(' ');
            first = false;
            o.append(fd);
        }
        o.append(']');
    }

    /** pselect6's sixth argument: {const sigset_t *ss; size_t ss_len}. */
    private static void sigmaskPair(Call c, long addr) {
        if (addr == 0) {
            c.out.append("NULL");
            return;
        }
        ByteBuffer b = Structs.read(c, addr, 16);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append('{');
        SignalDecoders.sigsetAt(c, b.getLong(0), b.getLong(8));
        c.out.append(", ").append(b.getLong(8)).append('}');
    }
}
