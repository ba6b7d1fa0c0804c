package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** Input event device ioctls (type 'E'): the computed names (EVIOCGBIT(ev, len), ...) and their arguments. */
final class EvdevIoctls {
    private EvdevIoctls() {}

    private static final int T = 'E';
    static final long GVERSION = ioc(IOC_R, T, 0x01, 4), GID = ioc(IOC_R, T, 0x02, 8),
            GREP = ioc(IOC_R, T, 0x03, 8), SREP = ioc(IOC_W, T, 0x03, 8),
            GKEYCODE = ioc(IOC_R, T, 0x04, 8), GKEYCODE_V2 = ioc(IOC_R, T, 0x04, 40),
            SKEYCODE = ioc(IOC_W, T, 0x04, 8), SKEYCODE_V2 = ioc(IOC_W, T, 0x04, 40),
            SFF = ioc(IOC_W, T, 0x80, 48), RMFF = ioc(IOC_W, T, 0x81, 4), GEFFECTS = ioc(IOC_R, T, 0x84, 4),
            GRAB = ioc(IOC_W, T, 0x90, 4), REVOKE = ioc(IOC_W, T, 0x91, 4), SCLOCKID = ioc(IOC_W, T, 0xa0, 4);
    /** Request numbers of the variable-length reads (the length is the request's size). */
    private static final int NR_GNAME = 0x06, NR_GPHYS = 0x07, NR_GUNIQ = 0x08, NR_GPROP = 0x09,
            NR_GMTSLOTS = 0x0a, NR_GKEY = 0x18, NR_GLED = 0x19, NR_GSND = 0x1a, NR_GSW = 0x1b,
            NR_GBIT = 0x20, NR_GABS = 0x40, NR_SABS = 0xc0;
    private static final int EV_MAX = 0x1f, ABS_MAX = 0x3f;
    /** The EV_* types EVIOCGBIT(ev, len) takes. */
    private static final int EV_KEY = 1, EV_REL = 2, EV_ABS = 3, EV_MSC = 4, EV_SW = 5, EV_LED = 0x11,
            EV_SND = 0x12, EV_REP = 0x14, EV_FF = 0x15, EV_PWR = 0x16, EV_FF_STATUS = 0x17;
    /** ff_effect types with a union member strace prints. */
    private static final int FF_RUMBLE = 0x50, FF_PERIODIC = 0x51, FF_CONSTANT = 0x52, FF_RAMP = 0x57;
    /** struct input_absinfo up to flat (the original size), up to resolution. */
    private static final int ABS_ORIG_SIZE = 20, ABS_RES_SIZE = 24;

    /** The name strace computes for a size- or number-taking request, appended to {@code o}; false for none. */
    static boolean name(StringBuilder o, int style, long req) {
        int dir = (int) (req >>> 30), nr = (int) (req & 0xff), size = (int) ((req >> 16) & 0x3fff);
        if (dir == IOC_W && nr >= NR_SABS && nr <= NR_SABS + ABS_MAX) {
            named(o, "EVIOCSABS(", style, Xlats.EVDEV_ABS(), nr - NR_SABS).append(')');
            return true;
        }
        if (dir != IOC_R) return false;
        if (nr >= NR_GBIT && nr <= NR_GBIT + EV_MAX) {
            o.append("EVIOCGBIT(");
            if (nr == NR_GBIT) o.append('0');
            else named(o, "", style, Xlats.EVDEV_EV(), nr - NR_GBIT);
            o.append(", ").append(size).append(')');
            return true;
        }
        if (nr >= NR_GABS && nr <= NR_GABS + ABS_MAX) {
            named(o, "EVIOCGABS(", style, Xlats.EVDEV_ABS(), nr - NR_GABS).append(')');
            return true;
        }
        String sized = switch (nr) {
            case NR_GNAME -> "EVIOCGNAME";
            case NR_GPHYS -> "EVIOCGPHYS";
            case NR_GUNIQ -> "EVIOCGUNIQ";
            case NR_GPROP -> "EVIOCGPROP";
            case NR_GMTSLOTS -> "EVIOCGMTSLOTS";
            case NR_GKEY -> "EVIOCGKEY";
            case NR_GLED -> "EVIOCGLED";
            case NR_GSND -> "EVIOCGSND";
            case NR_GSW -> "EVIOCGSW";
            default -> null;
        };
        if (sized == null) return false;
        o.append(sized).append('(').append(size).append(')');
        return true;
    }

    /** A constant inside a request name: in -X verbose's comment the bare name (or hex), else as usual. */
    private static StringBuilder named(StringBuilder o, String prefix, int style, Xlat x, long v) {
        o.append(prefix);
        if (style != Decoding.XLAT_VERBOSE) {
            Print.xval(o, Decoding.XLAT_ABBREV, x, v, null);
        } else {
            String n = x.lookup(v);
            if (n != null) o.append(n);
            else Print.hex(o, v);
        }
        return o;
    }

    static int decode(Call c, long req) {
        int dir = (int) (req >>> 30);
        if (dir == IOC_R) {
            if (!c.exiting) return 0;
            c.sep();
            read(c, req, c.args[2]);
            return Call.DONE;
        }
        if (dir == IOC_W) {
            c.sep();
            write(c, req, c.args[2]);
            return Call.DONE;
        }
        return NOT_MINE;
    }

    private static void read(Call c, long req, long addr) {
        if (req == GVERSION) {
            uintAt(c, addr, true);
            return;
        }
        if (req == GEFFECTS) {
            uintAt(c, addr, false);
            return;
        }
        if (req == GID) {
            ByteBuffer b = fetch(c, addr, 8);
            if (b == null) return;
            c.out.append("{bustype=").append(Short.toUnsignedInt(b.getShort(0)))
                    .append(", vendor=").append(Short.toUnsignedInt(b.getShort(2)))
                    .append(", product=").append(Short.toUnsignedInt(b.getShort(4)))
                    .append(", version=").append(Short.toUnsignedInt(b.getShort(6))).append('}');
            return;
        }
        if (req == GREP) {
            pair(c, addr);
            return;
        }
        if (req == GKEYCODE) {
            keycode(c, addr);
            return;
        }
        if (req == GKEYCODE_V2) {
            keycodeV2(c, addr);
            return;
        }
        int nr = (int) (req & 0xff), size = (int) ((req >> 16) & 0x3fff);
        switch (nr) {
            case NR_GMTSLOTS -> mtslots(c, addr, size / 4);
            case NR_GNAME, NR_GPHYS, NR_GUNIQ -> {
                if (c.failed) Print.ptr(c, addr);
                else Print.buf(c, addr, c.rval);
            }
            case NR_GPROP -> bitset(c, addr, Xlats.EVDEV_PROP(), 0x1f, "PROP_???");
            case NR_GSND -> bitset(c, addr, Xlats.EVDEV_SND(), 0x07, "SND_???");
            case NR_GSW -> bitset(c, addr, Xlats.EVDEV_SWITCH(), 0x10, "SW_???");
            case NR_GKEY -> bitset(c, addr, Xlats.EVDEV_KEYCODE(), 0x2ff, "KEY_???");
            case NR_GLED -> bitset(c, addr, Xlats.EVDEV_LEDS(), 0x0f, "LED_???");
            default -> {
                if (nr >= NR_GABS && nr <= NR_GABS + ABS_MAX) absinfo(c, addr, size);
                else if (nr >= NR_GBIT && nr <= NR_GBIT + EV_MAX) bits(c, addr, nr - NR_GBIT);
                else Print.ptr(c, addr);
            }
        }
    }

    private static void bits(Call c, long addr, int ev) {
        switch (ev) {
            case 0 -> bitset(c, addr, Xlats.EVDEV_EV(), EV_MAX, "EV_???");
            case EV_KEY -> bitset(c, addr, Xlats.EVDEV_KEYCODE(), 0x2ff, "KEY_???");
            case EV_REL -> bitset(c, addr, Xlats.EVDEV_RELATIVE_AXES(), 0x0f, "REL_???");
            case EV_ABS -> bitset(c, addr, Xlats.EVDEV_ABS(), ABS_MAX, "ABS_???");
            case EV_MSC -> bitset(c, addr, Xlats.EVDEV_MISC(), 0x07, "MSC_???");
            case EV_SW -> bitset(c, addr, Xlats.EVDEV_SWITCH(), 0x10, "SW_???");
            case EV_LED -> bitset(c, addr, Xlats.EVDEV_LEDS(), 0x0f, "LED_???");
            case EV_SND -> bitset(c, addr, Xlats.EVDEV_SND(), 0x07, "SND_???");
            case EV_REP -> bitset(c, addr, Xlats.EVDEV_AUTOREPEAT(), 0x01, "REP_???");
            case EV_FF -> bitset(c, addr, Xlats.EVDEV_FF_TYPES(), 0x7f, "FF_???");
            case EV_PWR -> intAt(c, addr);
            case EV_FF_STATUS -> bitset(c, addr, Xlats.EVDEV_FF_STATUS(), 0x01, "FF_STATUS_???");
            default -> Print.ptr(c, addr);
        }
    }

    private static void write(Call c, long req, long addr) {
        if (req == SREP) pair(c, addr);
        else if (req == SKEYCODE) keycode(c, addr);
        else if (req == SKEYCODE_V2) keycodeV2(c, addr);
        else if (req == RMFF) Print.sint(c, (int) addr);
        else if (req == GRAB || req == REVOKE) c.out.append(Long.toUnsignedString(addr));
        else if (req == SCLOCKID) uintAt(c, addr, false);
        else if (req == SFF) ffEffect(c, addr);
        else if ((req & 0xff) >= NR_SABS) absinfo(c, addr, (int) ((req >> 16) & 0x3fff));
        else Print.ptr(c, addr);
    }

    /** [N] of an unsigned int: %#x or %u. */
    private static void uintAt(Call c, long addr, boolean hex) {
        ByteBuffer b = fetch(c, addr, 4);
        if (b == null) return;
        c.out.append('[');
        if (hex) Print.hex(c, u32(b, 0));
        else c.out.append(u32(b, 0));
        c.out.append(']');
    }

    private static void pair(Call c, long addr) {
        ByteBuffer b = fetch(c, addr, 8);
        if (b != null) c.out.append('[').append(u32(b, 0)).append(", ").append(u32(b, 4)).append(']');
    }

    private static void keycode(Call c, long addr) {
        ByteBuffer b = fetch(c, addr, 8);
        if (b == null) return;
        c.out.append('[').append(u32(b, 0)).append(", ");
        Print.xval(c.out, c.opts().xlatStyle, Xlats.EVDEV_KEYCODE(), u32(b, 4), "KEY_???");
        c.out.append(']');
    }

    /** struct input_keymap_entry. */
    private static void keycodeV2(Call c, long addr) {
        ByteBuffer b = fetch(c, addr, 40);
        if (b == null) return;
        c.out.append("{flags=").append(Byte.toUnsignedInt(b.get(0))).append(", len=").append(Byte.toUnsignedInt(b.get(1)));
        if (c.abbrev()) {
            c.out.append(", ...}");
            return;
        }
        c.out.append(", index=").append(Short.toUnsignedInt(b.getShort(2))).append(", keycode=");
        Print.xval(c.out, c.opts().xlatStyle, Xlats.EVDEV_KEYCODE(), u32(b, 4), "KEY_???");
        c.out.append(", scancode=");
        hexes(c.out, b, 8, 1, 32);
        c.out.append('}');
    }

    /** struct input_absinfo of the request's size: fields up to flat, resolution when there, "..." for more. */
    private static void absinfo(Call c, long addr, int size) {
        if (size < ABS_ORIG_SIZE) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = fetch(c, addr, Math.min(size, ABS_RES_SIZE));
        if (b == null) return;
        c.out.append("{value=").append(u32(b, 0)).append(", minimum=").append(u32(b, 4));
        if (c.abbrev()) {
            c.out.append(", ...}");
            return;
        }
        c.out.append(", maximum=").append(u32(b, 8)).append(", fuzz=").append(u32(b, 12))
                .append(", flat=").append(u32(b, 16));
        if (size >= ABS_RES_SIZE) c.out.append(", resolution=").append(u32(b, 20));
        if (size > ABS_ORIG_SIZE && size != ABS_RES_SIZE) c.out.append(", ...");
        c.out.append('}');
    }

    /** {code=ABS_MT_..., values=[...]}: the code and {@code n} - 1 ints after it. */
    private static void mtslots(Call c, long addr, int n) {
        if (n == 0) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = fetch(c, addr, 4);
        if (b == null) return;
        c.out.append("{code=");
        Print.xval(c.out, c.opts().xlatStyle, Xlats.EVDEV_MTSLOTS(), u32(b, 0), "ABS_MT_???");
        c.out.append(", values=");
        Structs.array(c, addr + 4, n - 1, 4, (call, e) -> call.out.append(e.getInt(0)));
        c.out.append('}');
    }

    /**
     * The bits the call returned (its result is their byte count, at most {@code maxNr} bits), read in
     * whole longs: the set bits by name, the first four unless -v; with -X raw/verbose the longs in hex.
     */
    private static void bitset(Call c, long addr, Xlat x, int maxNr, String dflt) {
        long bits = Long.compareUnsigned(c.rval, maxNr / 8) > 0 ? maxNr : c.rval * 8;
        int size = (int) ((bits + 7) / 8 + 7) / 8 * 8;
        if (c.failed || size == 0) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = fetch(c, addr, size);
        if (b == null) return;
        int style = c.opts().xlatStyle;
        if (style != Decoding.XLAT_RAW) {
            c.out.append('[');
            int shown = 0;
            for (int i = 0; i < bits; i++) {
                if ((b.get(i / 8) & (1 << (i % 8))) == 0) continue;
                if (shown > 0) {
                    c.out.append(' ');
                    if (c.abbrev() && shown > 3) {
                        c.out.append("...");
                        break;
                    }
                }
                Print.xval(c.out, style, x, i, dflt);
                shown++;
            }
            c.out.append(']');
        }
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" /* ");
        if (style != Decoding.XLAT_ABBREV) hexes(c.out, b, 0, 8, size / 8);
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" */");
    }

    /** struct ff_effect (EVIOCSFF): type, id, direction; with -v its trigger, replay and type's union member. */
    private static void ffEffect(Call c, long addr) {
        ByteBuffer b = fetch(c, addr, 48);
        if (b == null) return;
        int type = Short.toUnsignedInt(b.getShort(0));
        c.out.append("{type=");
        Print.xval(c.out, c.opts().xlatStyle, Xlats.EVDEV_FF_TYPES(), type, "FF_???");
        c.out.append(", id=").append(b.getShort(2)).append(", direction=").append(u16(b, 4));
        if (c.abbrev()) {
            c.out.append(", ...}");
            return;
        }
        c.out.append(", trigger={button=").append(u16(b, 6)).append(", interval=").append(u16(b, 8))
                .append("}, replay={length=").append(u16(b, 10)).append(", delay=").append(u16(b, 12)).append('}');
        int u = 16;
        switch (type) {
            case FF_CONSTANT -> {
                c.out.append(", constant={level=").append(b.getShort(u)).append(", envelope=");
                envelope(c.out, b, u + 2);
                c.out.append('}');
            }
            case FF_RAMP -> {
                c.out.append(", ramp={start_level=").append(b.getShort(u)).append(", end_level=")
                        .append(b.getShort(u + 2)).append(", envelope=");
                envelope(c.out, b, u + 4);
                c.out.append('}');
            }
            case FF_PERIODIC -> {
                c.out.append(", periodic={waveform=").append(u16(b, u)).append(", period=").append(u16(b, u + 2))
                        .append(", magnitude=").append(b.getShort(u + 4)).append(", offset=").append(b.getShort(u + 6))
                        .append(", phase=").append(u16(b, u + 8)).append(", envelope=");
                envelope(c.out, b, u + 10);
                c.out.append(", custom_len=").append(u32(b, u + 20)).append(", custom_data=");
                Print.ptr(c, b.getLong(u + 24));
                c.out.append('}');
            }
            case FF_RUMBLE -> c.out.append(", rumble={strong_magnitude=").append(u16(b, u))
                    .append(", weak_magnitude=").append(u16(b, u + 2)).append('}');
            default -> { }
        }
        c.out.append('}');
    }

    private static void envelope(StringBuilder o, ByteBuffer b, int off) {
        o.append("{attack_length=").append(u16(b, off)).append(", attack_level=").append(u16(b, off + 2))
                .append(", fade_length=").append(u16(b, off + 4)).append(", fade_level=");
        Print.hex(o, u16(b, off + 6));
        o.append('}');
    }

    private static int u16(ByteBuffer b, int off) {
        return Short.toUnsignedInt(b.getShort(off));
    }
}
