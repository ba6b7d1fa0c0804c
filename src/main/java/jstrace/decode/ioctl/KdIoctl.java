package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.ADDR;

import java.nio.ByteBuffer;
import jstrace.decode.Call;
import jstrace.decode.Decoding;
import jstrace.decode.Print;
import jstrace.decode.Signals;
import jstrace.decode.Structs;
import jstrace.decode.Xlat;
import jstrace.table.Xlats;

/**
 * Console requests, type 'K' (strace's kd_ioctl): the ones with a value, a mode or no argument;
 * the screen map's bytes; the keyboard, font and colour map structures are not decoded yet.
 */
public final class KdIoctl {
    private KdIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "KDGKBTYPE",
                    "GIO_UNISCRNMAP", "PIO_UNISCRNMAP", "KDGKBENT", "KDSKBENT", "KDGKBSENT", "KDSKBSENT", "KDGKBDIACR",
                    "KDSKBDIACR", "KDGKBDIACRUC", "KDSKBDIACRUC", "KDGETKEYCODE", "KDSETKEYCODE", "KDKBDREP", "GIO_FONT",
                    "PIO_FONT", "KDGKBMETA", "KDSKBMETA", "PIO_UNIMAPCLR", "GIO_CMAP", "PIO_CMAP", "GIO_UNIMAP", "PIO_UNIMAP",
                    "GIO_FONTX", "PIO_FONTX", "KDFONTOP")
            .none("KDENABIO", "KDDISABIO", "KDMAPDISP", "KDUNMAPDISP", "PIO_FONTRESET");
    private static final int KIOCSOUND = ArgRules.code("KIOCSOUND"), KDMKTONE = ArgRules.code("KDMKTONE"),
            KDADDIO = ArgRules.code("KDADDIO"), KDDELIO = ArgRules.code("KDDELIO"),
            KDSETMODE = ArgRules.code("KDSETMODE"), KDGETMODE = ArgRules.code("KDGETMODE"),
            KDSKBMODE = ArgRules.code("KDSKBMODE"), KDGKBMODE = ArgRules.code("KDGKBMODE"),
            KDSIGACCEPT = ArgRules.code("KDSIGACCEPT"),
            KDGETLED = ArgRules.code("KDGETLED"), KDSETLED = ArgRules.code("KDSETLED"),
            KDGKBLED = ArgRules.code("KDGKBLED"), KDSKBLED = ArgRules.code("KDSKBLED"),
            GIO_SCRNMAP = ArgRules.code("GIO_SCRNMAP"), PIO_SCRNMAP = ArgRules.code("PIO_SCRNMAP");
    /** E_TABSZ (linux/kd.h): the bytes of a screen map. */
    private static final int E_TABSZ = 256;
    /** The PC speaker's timer frequency, which KIOCSOUND and KDMKTONE divide. */
    private static final long PIT_TICK_RATE = 1193182;
    /** The first and last game port addresses, which KDADDIO comments on. */
    private static final long GPFIRST = 0x3b4, GPLAST = 0x3df;

    public static int decode(Call c, int code, long arg) {
        if (RULES.has(code)) return RULES.decode(c, code, arg);
        boolean raw = c.opts().xlatStyle == Decoding.XLAT_RAW;
        if (code == KDGETMODE || code == KDGKBMODE) {
            if (!c.exiting) return IoctlFamily.AT_EXIT;
            c.sep();
            ByteBuffer b = Structs.fetch(c, arg, 4);
            if (b == null) {
                Print.ptr(c, arg);
            } else {
                c.out.append('[');
                mode(c, code == KDGETMODE, Integer.toUnsignedLong(b.getInt(0)));
                c.out.append(']');
            }
            return IoctlFamily.PRINTED;
        }
        if (code == GIO_SCRNMAP || code == PIO_SCRNMAP) {
            // the map's bytes, always in hex; a failed getter's address
            if (code == GIO_SCRNMAP && !c.exiting) return IoctlFamily.AT_EXIT;
            c.sep();
            if (code == GIO_SCRNMAP && c.failed) Print.ptr(c, arg);
            else Print.hexBuf(c, arg, E_TABSZ);
            return IoctlFamily.PRINTED;
        }
        if (code == KDGETLED || code == KDGKBLED || code == KDSETLED || code == KDSKBLED) {
            return leds(c, code, arg);
        }
        if (code == KIOCSOUND) {
            c.sep();
            Print.ulong(c, arg);
            if (!raw) comment(c, arg != 0 && PIT_TICK_RATE / arg != 0 ? (PIT_TICK_RATE / arg) + " Hz" : "off");
        } else if (code == KDMKTONE) {
            long ticks = (arg >> 16) & 0xffff, count = arg & 0xffff;
            c.sep();
            if (ticks != 0) c.out.append(ticks).append("<<16|");
            c.out.append(count);
            if (!raw) comment(c, ticks != 0 && count != 0 ? (PIT_TICK_RATE / count) + " Hz, " + ticks + " ms" : "off");
        } else if (code == KDADDIO || code == KDDELIO) {
            c.sep();
            Print.hex(c, arg);
            if (arg >= GPFIRST && arg <= GPLAST && !raw) comment(c, "GPFIRST + " + (arg - GPFIRST));
        } else if (code == KDSETMODE || code == KDSKBMODE) {
            c.sep();
            mode(c, code == KDSETMODE, arg & 0xffffffffL); // an unsigned int
        } else if (code == KDSIGACCEPT) {
            c.sep();
            if (arg >= 0 && arg < Integer.MAX_VALUE) Signals.print(c, arg);
            else Print.ulong(c, arg);
        } else {
            return IoctlFamily.DEFAULT_ARG;
        }
        return IoctlFamily.PRINTED;
    }

    /** The leds (a byte) KDSETLED/KDSKBLED take and KDGETLED/KDGKBLED return; the KB ones with their defaults. */
    private static int leds(Call c, int code, long arg) {
        boolean get = code == KDGETLED || code == KDGKBLED;
        if (get && !c.exiting) return IoctlFamily.AT_EXIT;
        Xlat x = code == KDGKBLED || code == KDSKBLED ? Xlats.KD_DEFAULT_LED_FLAGS() : Xlats.KD_LED_FLAGS();
        c.sep();
        if (!get) {
            Print.flags(c, x, arg & 0xff, "LED_???");
            return IoctlFamily.PRINTED;
        }
        ByteBuffer b = Structs.fetch(c, arg, 1);
        if (b == null) {
            Print.ptr(c, arg);
        } else {
            c.out.append('[');
            Print.flags(c, x, b.get(0) & 0xff, "LED_???");
            c.out.append(']');
        }
        return IoctlFamily.PRINTED;
    }

    /** A console mode (KD_*, in hex when unknown) or a keyboard mode (K_*, in decimal as printxval_d does). */
    private static void mode(Call c, boolean console, long v) {
        if (console) {
            Print.xval(c, Xlats.KD_MODES(), v, "KD_???");
            return;
        }
        Xlat x = Xlats.KD_KBD_MODES();
        String n = x.lookup(v);
        int style = c.opts().xlatStyle;
        if (n != null && style == Decoding.XLAT_ABBREV) {
            c.out.append(n);
            return;
        }
        c.out.append((int) v); // printxval_d: %d
        if (style != Decoding.XLAT_RAW) comment(c, n != null ? n : "K_???");
    }

    private static void comment(Call c, String text) {
        c.out.append(" /* ").append(text).append(" */");
    }
}
