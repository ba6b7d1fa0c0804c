package jstrace.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jstrace.table.Xlats;

/**
 * capget/capset (the capability header and the one or two data words it announces),
 * sched_setattr/sched_getattr (struct sched_attr, whose size field says how much of it there is) and
 * ioprio_get/ioprio_set (a who named by which, and IOPRIO_PRIO_VALUE(class, data)).
 */
public final class CapSchedDecoders {
    private CapSchedDecoders() {}

    private static final int CAP_V2 = 0x20071026, CAP_V3 = 0x20080522, CAP_DATA_SIZE = 12;

    /** The header, when it is to be decoded and can be read: 8 bytes, version then pid. */
    private static ByteBuffer capHeader(Call c, long addr) {
        if (addr == 0 || !c.verbose()) return null;
        return Structs.read(c, addr, 8);
    }

    private static void printCapHeader(Call c, long addr, ByteBuffer h) {
        if (h == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append("{version=");
        Print.xval(c.out, c.opts().xlatStyle, Xlats.CAP_VERSION(), Integer.toUnsignedLong(h.getInt(0)),
                "_LINUX_CAPABILITY_VERSION_???");
        c.out.append(", pid=");
        Print.pid(c, h.getInt(4));
        c.out.append('}');
    }

    /** The data: two words (64 capabilities) for versions 2 and 3, one for version 1 and unknown versions. */
    private static void printCapData(Call c, long addr, ByteBuffer h) {
        if (addr == 0 || h == null) {
            Print.ptr(c, addr);
            return;
        }
        int version = h.getInt(0);
        int len = version == CAP_V2 || version == CAP_V3 ? 2 : 1;
        ByteBuffer d = Structs.read(c, addr, len * CAP_DATA_SIZE);
        if (!Structs.readable(c, addr, d)) return;
        String[] names = {"effective", "permitted", "inheritable"};
        c.out.append('{');
        for (int i = 0; i < 3; i++) {
            if (i > 0) c.out.append(", ");
            c.out.append(names[i]).append('=');
            capBits(c, d.getInt(4 * i), len > 1 ? d.getInt(CAP_DATA_SIZE + 4 * i) : 0);
        }
        c.out.append('}');
    }

    /** Capabilities 0..31 from the low word, 32.. from the high word, joined by '|'. */
    private static void capBits(Call c, int lo, int hi) {
        if (lo != 0 || hi == 0) Print.flags(c, Xlats.CAP_MASK0(), Integer.toUnsignedLong(lo), "CAP_???");
        if (hi != 0) {
            if (lo != 0) c.out.append('|');
            Print.flags(c, Xlats.CAP_MASK1(), Integer.toUnsignedLong(hi), "CAP_???");
        }
    }

    /** capget: the header at entry, the data at exit, read again with the header as the kernel left it. */
    @Decodes("capget")
    public static int capget(Call c) {
        if (!c.exiting) {
            printCapHeader(c, c.args[0], capHeader(c, c.args[0]));
            c.sep();
            return 0;
        }
        printCapData(c, c.args[1], c.failed ? null : capHeader(c, c.args[0]));
        return 0;
    }

    @Decodes("capset")
    public static int capset(Call c) {
        ByteBuffer h = capHeader(c, c.args[0]);
        printCapHeader(c, c.args[0], h);
        c.sep();
        printCapData(c, c.args[1], h);
        return Call.DONE;
    }

    // ---- sched_attr -------------------------------------------------------------------------

    private static final int SCHED_ATTR_SIZE = 56, SCHED_ATTR_MIN_SIZE = 48, SCHED_ATTR_SIZE_VER1 = 56,
            SCHED_FLAG_KEEP_POLICY = 0x08, SCHED_FLAG_KEEP_PARAMS = 0x10, E2BIG = 7;

    /**
     * struct sched_attr. {@code usize} 0: sched_setattr's, as much as its size field announces (48 for
     * 0); otherwise sched_getattr's buffer of {@code usize} bytes, as much as the kernel wrote.
     */
    private static void schedAttr(Call c, long addr, long usize) {
        if (addr == 0 || !c.verbose() || (c.exiting && c.failed)) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer attr = ByteBuffer.allocate(SCHED_ATTR_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        long size;
        boolean isSet = usize == 0;
        if (!isSet) {
            size = Math.min(usize, SCHED_ATTR_SIZE);
            ByteBuffer b = Structs.read(c, addr, (int) size);
            if (!Structs.readable(c, addr, b)) return;
            attr.put(b.array());
            size = Integer.toUnsignedLong(attr.getInt(0));
        } else {
            ByteBuffer b = Structs.read(c, addr, 4);
            if (!Structs.readable(c, addr, b)) return;
            usize = Integer.toUnsignedLong(b.getInt(0));
            if (usize == 0) usize = SCHED_ATTR_MIN_SIZE;
            size = Math.min(usize, SCHED_ATTR_SIZE);
            if (size >= SCHED_ATTR_MIN_SIZE) {
                b = Structs.read(c, addr, (int) size);
                if (!Structs.readable(c, addr, b)) return;
                attr.put(b.array());
            } else {
                attr.putInt(0, (int) usize);
            }
        }
        StringBuilder o = c.out;
        long attrSize = Integer.toUnsignedLong(attr.getInt(0));
        o.append("{size=").append(attrSize);
        if (size >= SCHED_ATTR_MIN_SIZE) {
            int policy = attr.getInt(4);
            long flags = attr.getLong(8);
            if (!isSet || policy < 0 || (flags & (SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS)) == 0) {
                o.append(", sched_policy=");
                Print.xval(o, c.opts().xlatStyle, Xlats.SCHEDULERS(), Integer.toUnsignedLong(policy), "SCHED_???");
            }
            o.append(", sched_flags=");
            Print.flags(o, c.opts().xlatStyle, Xlats.SCHED_FLAGS(), flags);
            if (!isSet || (flags & SCHED_FLAG_KEEP_PARAMS) == 0) {
                o.append(", sched_nice=").append(attr.getInt(16))
                        .append(", sched_priority=").append(Integer.toUnsignedString(attr.getInt(20)))
                        .append(", sched_runtime=").append(Long.toUnsignedString(attr.getLong(24)))
                        .append(", sched_deadline=").append(Long.toUnsignedString(attr.getLong(32)))
                        .append(", sched_period=").append(Long.toUnsignedString(attr.getLong(40)));
            }
            if (size >= SCHED_ATTR_SIZE_VER1) {
                o.append(", sched_util_min=").append(Integer.toUnsignedString(attr.getInt(48)))
                        .append(", sched_util_max=").append(Integer.toUnsignedString(attr.getInt(52)));
            }
        }
        if ((isSet ? usize : attrSize) > size) o.append(", ...");
        o.append('}');
    }

    /** sched_setattr: on E2BIG the size the kernel wrote back, " => {size=N}". */
    @Decodes("sched_setattr")
    public static int schedSetattr(Call c) {
        if (!c.exiting) {
            Print.pid(c, c.args[0]);
            c.sep();
            schedAttr(c, c.args[1], 0);
            return 0;
        }
        if (c.verbose() && c.failed && c.rval == -E2BIG) {
            ByteBuffer b = Structs.read(c, c.args[1], 4);
            if (b != null) c.out.append(" => {size=").append(Integer.toUnsignedString(b.getInt(0))).append('}');
        }
        c.sep();
        Print.uint(c, c.args[2]);
        return 0;
    }

    @Decodes("sched_getattr")
    public static int schedGetattr(Call c) {
        if (!c.exiting) {
            Print.pid(c, c.args[0]);
            c.sep();
            return 0;
        }
        long size = c.args[2] & 0xffffffffL;
        if (size != 0) schedAttr(c, c.args[1], size);
        else Print.ptr(c, c.args[1]);
        c.sep();
        Print.uint(c, size);
        c.sep();
        Print.uint(c, c.args[3]);
        return 0;
    }

    private static final int IOPRIO_WHO_PROCESS = 1, IOPRIO_WHO_PGRP = 2, IOPRIO_CLASS_SHIFT = 13;

    /** which, then who: a process id or a process group id as which says, else a number. */
    private static void ioprioTarget(Call c) {
        Print.xval(c, Xlats.IOPRIO_WHO(), c.args[0] & 0xffffffffL);
        c.sep();
        switch ((int) c.args[0]) {
            case IOPRIO_WHO_PROCESS -> Print.pid(c, c.args[1]);
            case IOPRIO_WHO_PGRP -> Print.pid(c, c.args[1], PidNamespaces.Kind.PGID);
            default -> Print.sint(c, c.args[1]);
        }
    }

    /** IOPRIO_PRIO_VALUE(CLASS, data) of an I/O priority, the class in -X style. */
    static String ioprioText(Call c, long ioprio) {
        long v = ioprio & 0xffffffffL;
        StringBuilder t = new StringBuilder("IOPRIO_PRIO_VALUE(");
        Print.xval(t, c.opts().xlatStyle == Decoding.XLAT_RAW ? Decoding.XLAT_ABBREV : c.opts().xlatStyle,
                Xlats.IOPRIO_CLASS(), v >>> IOPRIO_CLASS_SHIFT, "IOPRIO_CLASS_???");
        return t.append(", ").append(v & ((1 << IOPRIO_CLASS_SHIFT) - 1)).append(')').toString();
    }

    @Decodes("ioprio_get")
    public static int ioprioGet(Call c) {
        if (!c.exiting) {
            ioprioTarget(c);
            return 0;
        }
        if (c.failed || c.opts().xlatStyle == Decoding.XLAT_RAW) return 0;
        c.retText = ioprioText(c, c.rval);
        return Call.RET_STR;
    }

    /** The priority as a number (-X raw), its IOPRIO_PRIO_VALUE (abbreviated) or both (-X verbose). */
    @Decodes("ioprio_set")
    public static int ioprioSet(Call c) {
        ioprioTarget(c);
        c.sep();
        int style = c.opts().xlatStyle;
        int s = c.out.length();
        if (style != Decoding.XLAT_ABBREV) c.out.append((int) c.args[2]);
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" /* ").append(ioprioText(c, c.args[2])).append(" */");
        else if (style == Decoding.XLAT_ABBREV) c.out.append(ioprioText(c, c.args[2]));
        c.described(Description.PLAIN, s, c.args[2], null);
        return Call.DONE;
    }
}
