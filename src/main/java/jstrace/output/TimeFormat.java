package jstrace.output;

import java.util.Locale;

/**
 * strace's time stamps: -t/--absolute-timestamps (wall clock as HH:MM:SS or UNIX seconds),
 * -r/--relative-timestamps (time since the previous line), -T/--syscall-times (time in the call),
 * each with a precision of s, ms, us or ns (0, 3, 6 or 9 fraction digits).
 */
public final class TimeFormat {
    private TimeFormat() {}

    /** Nanoseconds in the last printed digit, by fraction digits 0..9 (one stamp per line: no Math.pow). */
    private static final long[] NANOS_PER_UNIT = {1_000_000_000L, 100_000_000L, 10_000_000L, 1_000_000L, 100_000L,
            10_000L, 1_000L, 100L, 10L, 1L};

    /** --absolute-timestamps formats. */
    public static final int NONE = 0, TIME = 1, UNIX = 2;

    /** Fraction digits for a precision word (s, ms, us, ns, any case), or -1. */
    public static int digits(String precision) {
        return switch (precision.toLowerCase(Locale.ROOT)) {
            case "s" -> 0;
            case "ms" -> 3;
            case "us" -> 6;
            case "ns" -> 9;
            default -> -1;
        };
    }

    /** Nanoseconds in one unit of a precision word (s, ms, us, ns), or -1. */
    public static long unitNanos(String unit) {
        int d = digits(unit);
        return d < 0 ? -1 : NANOS_PER_UNIT[d];
    }

    /** The leading absolute time stamp, without the trailing space. */
    public static void absolute(StringBuilder out, long epochSec, long nanos, int format, int digits) {
        if (format == UNIX) {
            out.append(epochSec);
        } else {
            jstrace.decode.CivilTime.appendTimeOfDay(out, epochSec);
        }
        fraction(out, nanos, digits);
    }

    /** A -r time stamp: seconds right-aligned in 6 columns, then the fraction. */
    public static void relative(StringBuilder out, long deltaNs, int digits) {
        String s = Long.toString(deltaNs / 1_000_000_000L);
        for (int i = s.length(); i < 6; i++) out.append(' ');
        out.append(s);
        fraction(out, deltaNs % 1_000_000_000L, digits);
    }

    /** A -T duration: seconds and the fraction, inside the caller's angle brackets. */
    public static void duration(StringBuilder out, long ns, int digits) {
        out.append(ns / 1_000_000_000L);
        fraction(out, ns % 1_000_000_000L, digits);
    }

    private static void fraction(StringBuilder out, long nanos, int digits) {
        if (digits == 0) return;
        out.append('.');
        jstrace.decode.CivilTime.padded(out, nanos / NANOS_PER_UNIT[digits], digits);
    }
}
