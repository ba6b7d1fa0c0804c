package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** poll/ppoll: the fds with their events at entry; the returned events after the result. */
public final class PollDecoders {
    private PollDecoders() {}

    @Decodes({"poll", "ppoll"})
    public static int poll(Call c) {
        boolean ppoll = "ppoll".equals(Print.syscallName(c.nr));
        int n = (int) Math.min(c.args[1], 1024);
        if (!c.exiting) {
            ByteBuffer b = n == 0 ? ByteBuffer.allocate(0) : Structs.read(c, c.args[0], 8 * n);
            if (b == null) {
                Print.ptr(c, c.args[0]);
            } else {
                c.out.append('[');
                for (int i = 0; i < n; i++) {
                    if (i > 0) c.out.append(", ");
                    c.out.append("{fd=");
                    Print.fd(c, b.getInt(8 * i));
                    c.out.append(", events=");
                    Print.flags(c, Xlats.POLLFLAGS(), Short.toUnsignedInt(b.getShort(8 * i + 4)));
                    c.out.append('}');
                }
                c.out.append(']');
            }
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
        ByteBuffer b = Structs.read(c, c.args[0], 8 * n);
        if (b == null) return 0;
        StringBuilder t = new StringBuilder("[");
        boolean first = true;
        for (int i = 0; i < n; i++) {
            int revents = Short.toUnsignedInt(b.getShort(8 * i + 6));
            if (revents == 0) continue;
            if (!first) t.append(", ");
            first = false;
            t.append("{fd=").append(b.getInt(8 * i)).append(", revents=");
            Print.flags(t, c.opts().xlatStyle, Xlats.POLLFLAGS(), revents);
            t.append('}');
        }
        c.retText = t.append(']').toString();
        return Call.RET_STR;
    }
}
