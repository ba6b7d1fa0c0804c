package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** poll/ppoll: the fds with their events at entry; the returned events (and ppoll's time left) after the result. */
public final class PollDecoders {
    private PollDecoders() {}

    @Decodes({"poll", "ppoll"})
    public static int poll(Call c) {
        boolean ppoll = "ppoll".equals(c.name());
        if (!c.exiting) {
            Structs.array(c, c.args[0], c.args[1] & 0xffffffffL, 8, PollDecoders::pollfd);
            c.sep();
            Print.uint(c, c.args[1]);
            c.sep();
            if (ppoll) {
                Structs.timespec(c, c.args[2]);
                c.sep();
                SignalDecoders.sigsetAt(c, c.args[3], c.args[4]);
                c.sep();
                Print.ulong(c, c.args[4]);
            } else {
                Print.sint(c, c.args[2]);
            }
            return 0;
        }
        if (c.failed) return 0;
        if (c.rval == 0) {
            c.retText = "Timeout";
            return Call.RET_STR;
        }
        StringBuilder t = new StringBuilder();
        long nfds = c.args[1] & 0xffffffffL, start = c.args[0], end = start + 8 * nfds;
        if (c.verbose() && start != 0 && nfds != 0 && Long.compareUnsigned(end, start) >= 0) {
            long max = c.abbrev() ? c.opts().maxStrlen : Long.MAX_VALUE;
            int printed = 0;
            for (long cur = start; Long.compareUnsigned(cur, end) < 0; cur += 8) {
                ByteBuffer b = Structs.read(c, cur, 8);
                if (b == null) {
                    t.append(t.length() == 0 ? "[" : ", ");
                    Print.hex(t, cur);
                    break;
                }
                int revents = Short.toUnsignedInt(b.getShort(6));
                if (revents == 0) continue;
                t.append(t.length() == 0 ? "[" : ", ");
                if (printed >= max) {
                    t.append("...");
                    break;
                }
                t.append("{fd=").append(b.getInt(0)).append(", revents=");
                Print.flags(t, c.opts().xlatStyle, Xlats.POLLFLAGS(), revents);
                t.append('}');
                printed++;
            }
            if (t.length() > 0) t.append(']');
        }
        if (ppoll && c.args[2] != 0) {
            t.append(t.length() == 0 ? "left " : ", left ");
            ByteBuffer b = c.verbose() ? Structs.read(c, c.args[2], 16) : null;
            if (b == null) Print.hex(t, c.args[2]);
            else Structs.timespec(t, b.getLong(0), b.getLong(8));
        }
        if (t.length() == 0) return 0;
        c.retText = t.toString();
        return Call.RET_STR;
    }

    /** {fd=N, events=...}; a negative fd has no events printed (the kernel ignores them). */
    private static void pollfd(Call c, ByteBuffer b) {
        int fd = b.getInt(0);
        c.out.append("{fd=");
        Print.fd(c, fd);
        if (fd >= 0) {
            c.out.append(", events=");
            Print.flags(c, Xlats.POLLFLAGS(), Short.toUnsignedInt(b.getShort(4)), "POLL???");
        }
        c.out.append('}');
    }
}
