package jstrace.decode.ioctl;

import java.nio.ByteBuffer;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.Structs;
import jstrace.table.Xlats;

/** Namespace file requests, type 0xb7 (strace's nsfs_ioctl). */
public final class NsfsIoctl {
    private NsfsIoctl() {}

    private static final int GET_USERNS = ArgRules.code("NS_GET_USERNS"), GET_PARENT = ArgRules.code("NS_GET_PARENT"),
            GET_NSTYPE = ArgRules.code("NS_GET_NSTYPE"), GET_OWNER_UID = ArgRules.code("NS_GET_OWNER_UID");

    public static int decode(Call c, int code, long arg) {
        // no argument; the result is a file descriptor
        if (code == GET_USERNS || code == GET_PARENT) return IoctlFamily.PRINTED | Call.RET_FD;
        if (code != GET_NSTYPE && code != GET_OWNER_UID) return IoctlFamily.DEFAULT_ARG;
        if (!c.exiting) return IoctlFamily.AT_EXIT;
        if (code == GET_NSTYPE) {
            if (c.failed) return IoctlFamily.PRINTED;
            c.retText = Xlats.SETNS_TYPES().lookup(c.rval);
            return IoctlFamily.PRINTED | (c.retText != null ? Call.RET_STR : 0);
        }
        c.sep();
        ByteBuffer b = Structs.fetch(c, arg, 4);
        if (b == null) {
            Print.ptr(c, arg);
        } else {
            c.out.append('[');
            Print.id(c, Integer.toUnsignedLong(b.getInt(0)));
            c.out.append(']');
        }
        return IoctlFamily.PRINTED;
    }
}
