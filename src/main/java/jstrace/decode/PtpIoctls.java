package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * PTP clock requests, type '=' (linux/ptp_clock.h), decoded only with -e verbose= as strace does: the
 * capabilities, the timestamp and periodic output requests, the pin functions and the clock offsets.
 * Reserved words are printed only when not all zero.
 */
final class PtpIoctls {
    private PtpIoctls() {}

    private static final int T = '=';
    private static final long GETCAPS = ioc(IOC_R, T, 1, 80), GETCAPS2 = ioc(IOC_R, T, 10, 80),
            EXTTS = ioc(IOC_W, T, 2, 16), EXTTS2 = ioc(IOC_W, T, 11, 16),
            PEROUT = ioc(IOC_W, T, 3, 56), PEROUT2 = ioc(IOC_W, T, 12, 56),
            ENABLE_PPS = ioc(IOC_W, T, 4, 4), ENABLE_PPS2 = ioc(IOC_W, T, 13, 4),
            SYS_OFFSET = ioc(IOC_W, T, 5, 832), SYS_OFFSET2 = ioc(IOC_W, T, 14, 832),
            PIN_GETFUNC = ioc(IOC_RW, T, 6, 96), PIN_GETFUNC2 = ioc(IOC_RW, T, 15, 96),
            PIN_SETFUNC = ioc(IOC_W, T, 7, 96), PIN_SETFUNC2 = ioc(IOC_W, T, 16, 96),
            PRECISE = ioc(IOC_RW, T, 8, 64), PRECISE2 = ioc(IOC_RW, T, 17, 64),
            EXTENDED = ioc(IOC_RW, T, 9, 1216), EXTENDED2 = ioc(IOC_RW, T, 18, 1216);
    private static final int MAX_SAMPLES = 25, PEROUT_DUTY_CYCLE = 2, PEROUT_PHASE = 4;

    static int decode(Call c, long req) {
        if (!c.verbose()) return NOT_MINE; // strace: the argument in hex then
        long arg = c.args[2];
        if (req == GETCAPS || req == GETCAPS2) {
            if (!c.exiting) return entry(c);
            ByteBuffer b = fetch(c, arg, 80);
            if (b == null) return Call.DONE;
            String[] names = {"max_adj", "n_alarm", "n_ext_ts", "n_per_out", "pps", "n_pins", "cross_timestamping",
                    "adjust_phase"};
            for (int i = 0; i < names.length; i++) {
                c.out.append(i == 0 ? "{" : ", ").append(names[i]).append('=').append(b.getInt(4 * i));
            }
            rsv(c, b, 32, 12);
            c.out.append('}');
        } else if (req == EXTTS || req == EXTTS2) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 16);
            if (b == null) return Call.DONE;
            c.out.append("{index=").append(u32(b, 0)).append(", flags=");
            Print.flags(c, Xlats.PTP_EXTTS_FLAGS(), u32(b, 4));
            if (req == EXTTS2) rsv(c, b, 8, 2);
            c.out.append('}');
        } else if (req == PEROUT || req == PEROUT2) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 56);
            if (b == null) return Call.DONE;
            long flags = u32(b, 36);
            boolean phase = (flags & PEROUT_PHASE) != 0;
            c.out.append(phase ? "{phase=" : "{start=");
            clockTime(c, b, 0, !phase);
            c.out.append(", period=");
            clockTime(c, b, 16, false);
            c.out.append(", index=").append(u32(b, 32)).append(", flags=");
            Print.flags(c, Xlats.PTP_PEROUT_FLAGS(), flags);
            if ((flags & PEROUT_DUTY_CYCLE) != 0) {
                c.out.append(", on=");
                clockTime(c, b, 40, false);
            } else if (req == PEROUT2) {
                rsv(c, b, 40, 4);
            }
            c.out.append('}');
        } else if (req == ENABLE_PPS || req == ENABLE_PPS2) {
            c.sep();
            Print.hex(c, arg);
        } else if (req == SYS_OFFSET || req == SYS_OFFSET2) {
            return samples(c, arg, 832, 2 * MAX_SAMPLES + 1, false);
        } else if (req == EXTENDED || req == EXTENDED2) {
            return samples(c, arg, 1216, MAX_SAMPLES, true);
        } else if (req == PIN_GETFUNC || req == PIN_GETFUNC2 || req == PIN_SETFUNC || req == PIN_SETFUNC2) {
            return pin(c, req, arg);
        } else if (req == PRECISE || req == PRECISE2) {
            if (!c.exiting) return entry(c);
            ByteBuffer b = fetch(c, arg, 64);
            if (b == null) return Call.DONE;
            c.out.append("{device=");
            clockTime(c, b, 0, true);
            c.out.append(", sys_realtime=");
            clockTime(c, b, 16, true);
            c.out.append(", sys_monoraw=");
            clockTime(c, b, 32, false);
            rsv(c, b, 48, 4);
            c.out.append('}');
        } else {
            return NOT_MINE;
        }
        return Call.DONE;
    }

    private static int entry(Call c) {
        c.sep();
        return 0;
    }

    /**
     * struct ptp_sys_offset (single times) or ptp_sys_offset_extended (triples): the sample count at
     * entry, the times the call wrote at exit (2n+1 of them, or n triples).
     */
    private static int samples(Call c, long arg, int size, int max, boolean triples) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, size); // strace reads the whole struct at entry too
            if (b == null) return Call.DONE;
            c.out.append("{n_samples=").append(u32(b, 0));
            rsv(c, b, 4, 3);
            return 0;
        }
        if (!c.failed) {
            ByteBuffer b = Structs.read(c, arg, size);
            if (b == null) {
                c.out.append(", ???");
            } else {
                int n = (int) Math.min(u32(b, 0), MAX_SAMPLES);
                int count = triples ? n : 2 * n + 1;
                c.out.append(", ts=[");
                long limit = c.abbrev() ? Math.min(count, c.opts().maxStrlen) : count;
                for (int i = 0; i < count; i++) {
                    if (i > 0) c.out.append(", ");
                    if (i >= limit) {
                        c.out.append("...");
                        break;
                    }
                    if (!triples) {
                        clockTime(c, b, 16 + 16 * i, true);
                        continue;
                    }
                    for (int j = 0; j < 3; j++) {
                        c.out.append(j == 0 ? "[" : ", ");
                        clockTime(c, b, 16 + 48 * i + 16 * j, true);
                    }
                    c.out.append(']');
                }
                c.out.append(']');
            }
        }
        c.out.append('}');
        return Call.DONE;
    }

    /** struct ptp_pin_desc: the index at entry; the name (a getter's, at exit), function and channel. */
    private static int pin(Call c, long req, long arg) {
        boolean getter = req == PIN_GETFUNC || req == PIN_GETFUNC2;
        ByteBuffer b;
        if (!c.exiting) {
            c.sep();
            b = fetch(c, arg, 96);
            if (b == null) return Call.DONE;
            c.out.append("{index=").append(u32(b, 64));
            if (req == PIN_GETFUNC2) rsv(c, b, 76, 5);
            if (getter) return 0;
        } else {
            if (c.failed) {
                c.out.append('}');
                return Call.DONE;
            }
            b = Structs.read(c, arg, 96);
            if (b == null) {
                c.out.append(", ???}");
                return Call.DONE;
            }
            c.out.append(", name=");
            nameField(c, b, 0, 64);
        }
        c.out.append(", func=");
        Print.xval(c, Xlats.PTP_PIN_FUNCS(), u32(b, 68));
        c.out.append(", chan=").append(u32(b, 72));
        if (req == PIN_SETFUNC2) rsv(c, b, 76, 5);
        c.out.append('}');
        return Call.DONE;
    }

    /** A char array: quoted up to its NUL, or its first size - 1 bytes and "..." without one (whatever -s). */
    private static void nameField(Call c, ByteBuffer b, int off, int size) {
        byte[] s = new byte[size];
        b.get(off, s);
        int len = 0;
        while (len < size && s[len] != 0) len++;
        Print.quote(c.out, s, Math.min(len, size - 1), c.opts().hexStrings);
        if (len == size) c.out.append("...");
    }

    /** struct ptp_clock_time {sec, nsec[, reserved]}, with the date when it is a wall clock time. */
    private static void clockTime(Call c, ByteBuffer b, int off, boolean date) {
        long sec = b.getLong(off), nsec = u32(b, off + 8), reserved = u32(b, off + 12);
        c.out.append("{sec=").append(sec).append(", nsec=").append(nsec);
        if (reserved != 0) {
            c.out.append(", reserved=");
            Print.hex(c, reserved);
        }
        c.out.append('}');
        // strace's sprinttime_nsec: no date for a zero time or nanoseconds out of range
        if (date && c.opts().xlatStyle != Decoding.XLAT_RAW && (sec != 0 || nsec != 0) && nsec < 1_000_000_000L) {
            StatStructs.dateComment(c.out, sec, nsec);
        }
    }

    /** ", rsv=[0x.., ...]" of {@code n} 32-bit words at {@code off} (-s of them), unless all are zero. */
    private static void rsv(Call c, ByteBuffer b, int off, int n) {
        if (zero(b, off, 4 * n)) return;
        int shown = c.abbrev() ? Math.min(n, c.opts().maxStrlen) : n;
        c.out.append(", rsv=");
        hexes(c.out, b, off, shown);
        if (shown < n) c.out.insert(c.out.length() - 1, shown == 0 ? "..." : ", ...");
    }
}
