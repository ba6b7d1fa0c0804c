package jstrace.filter;

import java.util.BitSet;
import java.util.function.ToIntFunction;
import jstrace.cli.UsageError;

/**
 * A set of small non-negative numbers given as strace's token lists: "none", "all", "!" (each one
 * inverts the rest), or comma-separated tokens each turned into a number (fds for -e read=, quiet
 * message kinds, statuses...). An inverted set contains every number not listed.
 */
public final class NumberSet {
    private final BitSet listed = new BitSet();
    private boolean inverted;

    /** The empty set. */
    public static NumberSet none() {
        return new NumberSet();
    }

    /** Exactly {@code numbers}. */
    public static NumberSet of(int... numbers) {
        NumberSet set = new NumberSet();
        for (int n : numbers) set.listed.set(n);
        return set;
    }

    /** Every number. */
    public static NumberSet all() {
        NumberSet set = new NumberSet();
        set.inverted = true;
        return set;
    }

    public boolean contains(int n) {
        return n >= 0 && listed.get(n) != inverted;
    }

    /** Parses {@code spec}; {@code number} returns -1 for a bad token ("invalid NAME 'token'"). */
    public static NumberSet parse(String spec, ToIntFunction<String> number, String name) {
        NumberSet set = new NumberSet();
        String s = spec;
        while (s.startsWith("!")) {
            set.inverted = !set.inverted;
            s = s.substring(1);
        }
        if (s.equals("none")) return set;
        if (s.equals("all")) {
            set.inverted = !set.inverted;
            return set;
        }
        boolean any = false;
        for (String token : s.split(",")) {
            if (token.isEmpty()) continue; // strtok: empty tokens do not exist
            int n = number.applyAsInt(token);
            if (n < 0) throw new UsageError("invalid " + name + " '" + token + "'", false);
            set.listed.set(n);
            any = true;
        }
        if (!any) throw new UsageError("invalid " + name + " '" + spec + "'", false);
        return set;
    }

    /** A non-negative decimal int (strace's string_to_uint), or -1. */
    public static int uint(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) && s.charAt(0) != '+') return -1;
        try {
            long v = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            return v <= Integer.MAX_VALUE ? (int) v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
