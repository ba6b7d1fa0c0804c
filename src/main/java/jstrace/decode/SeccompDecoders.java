package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** seccomp: the operation decides what the flags and the argument are. */
public final class SeccompDecoders {
    private SeccompDecoders() {}

    static final int SET_MODE_FILTER = 1, GET_ACTION_AVAIL = 2, GET_NOTIF_SIZES = 3;

    @Decodes("seccomp")
    public static int seccomp(Call c) {
        int op = (int) c.args[0];
        long flags = c.args[1] & 0xffffffffL, arg = c.args[2];
        if (c.exiting) {
            // only GET_NOTIF_SIZES gets here: the kernel fills the struct in
            notifSizes(c, arg);
            return 0;
        }
        Print.xval(c, Xlats.SECCOMP_OPS(), op);
        c.sep();
        if (op == SET_MODE_FILTER) {
            Print.flags(c, Xlats.SECCOMP_FILTER_FLAGS(), flags);
        } else {
            Print.hex(c, flags);
        }
        c.sep();
        if (op == GET_NOTIF_SIZES) return 0;
        switch (op) {
            case SET_MODE_FILTER -> BpfFilter.fprog(c, arg, BpfFilter.SECCOMP);
            case GET_ACTION_AVAIL -> {
                ByteBuffer b = Structs.fetch(c, arg, 4);
                if (Structs.readable(c, arg, b)) {
                    c.out.append('[');
                    Print.xval(c, Xlats.SECCOMP_RET_ACTION(), b.getInt(0) & 0xffffffffL);
                    c.out.append(']');
                }
            }
            default -> Print.ptr(c, arg);
        }
        return Call.DONE;
    }

    private static void notifSizes(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 6);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append("{seccomp_notif=").append(b.getShort(0) & 0xffff)
                .append(", seccomp_notif_resp=").append(b.getShort(2) & 0xffff)
                .append(", seccomp_data=").append(b.getShort(4) & 0xffff).append('}');
    }
}
