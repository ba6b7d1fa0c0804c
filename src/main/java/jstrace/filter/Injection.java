package jstrace.filter;

import java.math.BigInteger;
import java.util.function.Consumer;
import jstrace.cli.UsageError;
import jstrace.decode.SyscallClass;
import jstrace.table.SyscallTable;
import jstrace.table.Xlats;

/**
 * One -e inject= / -e fault= expression: SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=NAME]
 * [:delay_enter=DELAY][:delay_exit=DELAY][:poke_enter=@argN=DATA,...][:poke_exit=@argN=DATA,...][:when=WHEN],
 * with strace 6.1's rules and messages.
 *
 * <p>WHEN counting is strace's: FIRST, LAST and STEP are counters kept per tracee and per syscall
 * (see {@link #fires}); LAST {@value #LAST_INF} means no last.
 */
public final class Injection {
    /** strace's INJECT_LAST_INF: "no LAST". */
    public static final int LAST_INF = 0xffff;
    private static final int MAX_ERRNO = 4095;

    /** when=: the first call injected, the last one (LAST_INF: none), and the step (0: only FIRST). */
    public int first = 1, last = LAST_INF, step = 1;
    /** error=ERRNO (error > 0) or retval=VALUE (hasRetval). */
    public int error;
    public boolean hasRetval;
    public long retval;
    /** signal=SIG (0: none), delivered as the call returns. */
    public int signal;
    /** syscall=NAME: the call the kernel runs instead (-1: none, the call is skipped). */
    public int syscall = -1;
    /** delay_enter= / delay_exit= in nanoseconds (-1: none). */
    public long delayEnterNs = -1, delayExitNs = -1;

    /** poke_enter= / poke_exit= given (possibly naming no argument: "poke_enter=," is valid). */
    public boolean pokesAtEntry, pokesAtExit;
    /** What poke_enter= and poke_exit= write, in the order strace writes them (the last given first). */
    public final java.util.List<Poke> pokes = new java.util.ArrayList<>();

    /** One @argN=DATA: {@code data} is written at the address in argument {@code arg} (1-based). */
    public record Poke(boolean atEntry, int arg, byte[] data) {}

    /** poke_*=: at most this many hex digits per argument. */
    private static final int MAX_POKE_HEX = 2048;

    /** Whether the call's result is replaced (error= or retval=). */
    public boolean tampersResult() {
        return error > 0 || hasRetval;
    }

    /**
     * Parses one expression (what follows "inject=" or "fault="), adding it to {@code table} (per
     * syscall number; a later expression replaces an earlier one for the calls it names). Warnings
     * strace prints while parsing go to {@code warn} (without the "jstrace: " prefix).
     */
    public static void parse(String str, boolean fault, Injection[] table, Consumer<String> warn) {
        String what = fault ? "fault argument" : "inject argument";
        Injection in = new Injection();
        String name;
        if (str.isEmpty() || str.charAt(0) == ':') {
            name = "";
        } else {
            String[] parts = str.split(":", -1);
            name = parts[0];
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].isEmpty()) continue; // strtok skips empty tokens
                if (!in.token(parts[i], fault, warn)) throw new UsageError("invalid " + what + " '" + str + "'", false);
            }
        }
        boolean[] set = Qualifiers.syscallSet(name);
        if (!in.tampersResult() && in.signal == 0 && in.delayEnterNs < 0 && in.delayExitNs < 0 && !in.pokesAtEntry
                && !in.pokesAtExit) {
            if (!fault) throw new UsageError("invalid " + what + " '" + str + "'", false);
            in.error = 38; // ENOSYS, fault='s default
        }
        for (int i = 0; i < set.length && i < table.length; i++) {
            if (set[i]) table[i] = in;
        }
    }

    private boolean token(String token, boolean faultOnly, Consumer<String> warn) {
        if (token.startsWith("when=")) return when(token.substring(5));
        if (token.startsWith("syscall=")) {
            if (syscall >= 0) return false;
            String v = token.substring(8);
            for (int i = 0; i <= SyscallTable.MAX; i++) {
                if (v.equals(SyscallTable.NAMES[i])) {
                    // only calls without side effects may be run instead
                    if ((SyscallTable.CLASSES[i] & SyscallClass.PURE) == 0) return false;
                    syscall = i;
                    return true;
                }
            }
            return false;
        }
        if (token.startsWith("error=")) {
            if (tampersResult()) return false;
            String v = token.substring(6);
            long n = uint(v, 0, MAX_ERRNO);
            if (n < 0) n = errnoByName(v);
            if (n < 1) return false;
            error = (int) n;
            return true;
        }
        if (faultOnly) return false;
        if (token.startsWith("retval=")) {
            if (tampersResult()) return false;
            BigInteger v = strtoull(token.substring(7));
            if (v == null) return false;
            retval = v.longValue();
            hasRetval = true;
            inadvertent(retval, warn);
            return true;
        }
        if (token.startsWith("signal=")) {
            if (signal != 0) return false;
            String v = token.substring(7);
            int sig = !v.isEmpty() && v.charAt(0) >= '0' && v.charAt(0) <= '9' ? (int) uint(v, 0, 255) : Qualifiers.signalByName(v);
            if (sig < 1 || sig > 64) return false;
            signal = sig;
            return true;
        }
        if (token.startsWith("delay_enter=") || token.startsWith("delay_exit=")) {
            boolean enter = token.startsWith("delay_enter=");
            if ((enter ? delayEnterNs : delayExitNs) >= 0) return false;
            long ns = jstrace.cli.CommandLineParser.duration(token.substring(enter ? 12 : 11));
            if (ns < 0) return false;
            if (enter) delayEnterNs = ns;
            else delayExitNs = ns;
            return true;
        }
        if (token.startsWith("poke_enter=")) return poke(token.substring(11), true);
        if (token.startsWith("poke_exit=")) return poke(token.substring(10), false);
        return false;
    }

    /** poke_enter= / poke_exit=: comma-separated @argN=DATA, N 1..7, DATA an even number of hex digits. */
    private boolean poke(String v, boolean atEntry) {
        if (atEntry ? pokesAtEntry : pokesAtExit) return false;
        if (v.isEmpty()) return false;
        for (String item : v.split(",")) {
            if (item.isEmpty()) continue; // strtok skips empty tokens
            if (!item.startsWith("@arg") || item.length() < 6 || item.charAt(4) < '1' || item.charAt(4) > '7'
                    || item.charAt(5) != '=') {
                return false;
            }
            int arg = item.charAt(4) - '0';
            String hex = item.substring(6);
            // strace counts bytes: a non-ASCII character takes two or more, one of them always where a
            // byte's digits must start, so none is ever valid (and the rest count as chars = bytes)
            if (hex.isEmpty() || hex.length() % 2 != 0 || hex.length() > MAX_POKE_HEX || !hex.chars().allMatch(ch -> ch < 0x80)) {
                return false;
            }
            byte[] data = new byte[hex.length() / 2];
            for (int i = 0; i < data.length; i++) {
                int b = scanHexByte(hex, 2 * i);
                if (b < 0) return false;
                data[i] = (byte) b;
            }
            for (Poke p : pokes) {
                if (p.atEntry == atEntry && p.arg == arg) return false; // the same argument twice
            }
            pokes.add(0, new Poke(atEntry, arg, data));
        }
        if (atEntry) pokesAtEntry = true;
        else pokesAtExit = true;
        return true;
    }

    /**
     * sscanf(s + from, "%2hhx"), which strace reads each byte of DATA with: blanks skipped, then at most
     * two characters of an optional sign, an optional 0x and hex digits ("1g" is 1, "-1" is 0xff, "0x"
     * is 0); -1 where nothing converts.
     */
    static int scanHexByte(String s, int from) {
        int i = from, n = s.length();
        while (i < n && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) i++;
        int end = Math.min(n, i + 2);
        boolean neg = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        int v = 0, digits = 0;
        if (i + 1 < end && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
            digits = 1; // the 0 counts
        }
        for (; i < end && hexDigit(s.charAt(i)) >= 0; i++, digits++) v = v * 16 + hexDigit(s.charAt(i));
        if (digits == 0) return -1;
        return (neg ? -v : v) & 0xff;
    }

    private static int hexDigit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** WHEN = FIRST[..LAST][+[STEP]]. */
    private boolean when(String v) {
        int[] end = new int[1];
        long f = uint(v, 0, 0xffff, "+.", end);
        if (f < 1) return false;
        first = (int) f;
        int p = end[0];
        if (p < v.length() && v.charAt(p) == '.') {
            if (p + 1 >= v.length() || v.charAt(p + 1) != '.') return false;
            long l = uint(v, p + 2, 0xffff, "+", end);
            if (l < first || l == LAST_INF) return false;
            last = (int) l;
            p = end[0];
        } else {
            last = LAST_INF;
        }
        if (p < v.length()) {
            // '+', optionally followed by STEP
            if (p + 1 < v.length()) {
                long s = uint(v, p + 1, 0xffff);
                if (s < 1) return false;
                step = (int) s;
            } else {
                step = 1;
            }
        } else {
            step = last == LAST_INF ? 0 : 1;
        }
        return true;
    }

    /**
     * Counts one call of syscall {@code nr} by one tracee ({@code counters}: that tracee's FIRST and
     * LAST counters, at 2*nr and 2*nr+1) and says whether it is to be tampered with, as strace counts.
     */
    public boolean fires(int[] counters, int nr) {
        int f = 2 * nr, l = f + 1;
        if (counters[f] == 0 || counters[l] == 0) return false;
        if (counters[l] != LAST_INF) counters[l]--;
        if (--counters[f] != 0) return false;
        counters[f] = step;
        return true;
    }

    /** Fresh counters for a new tracee: FIRST and LAST of every syscall's injection. */
    public static int[] counters(Injection[] table) {
        int[] c = new int[2 * table.length];
        for (int i = 0; i < table.length; i++) {
            if (table[i] != null) {
                c[2 * i] = table[i].first;
                c[2 * i + 1] = table[i].last;
            }
        }
        return c;
    }

    /** strace's warnings for a retval= the program could take for an error (x86_64 and its compat personalities). */
    private static void inadvertent(long v, Consumer<String> warn) {
        String u = Long.toUnsignedString(v);
        boolean err = false;
        if (v < 0 && v >= -MAX_ERRNO) {
            err = true;
            warn.accept("Inadvertent injection of error " + (-v) + " is possible for retval=" + u);
        } else if ((int) v < 0 && (int) v >= -MAX_ERRNO) {
            err = true;
            warn.accept("Inadvertent injection of error " + (-(int) v) + " is possible in compat personality for retval=" + u);
        }
        if (!err && (v & 0xffffffffL) != v) {
            warn.accept("Injected return value " + u + " will be clipped to " + (v & 0xffffffffL) + " in compat personality");
        }
    }

    private static long errnoByName(String name) {
        String[] names = Xlats.ERRNOS().names;
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null && names[i].equalsIgnoreCase(name) && Xlats.ERRNOS().values[i] >= 1) return Xlats.ERRNOS().values[i];
        }
        return -1;
    }

    static long uint(String s, int from, long max) {
        return uint(s, from, max, null, null);
    }

    /**
     * strace's string_to_uint_ex: a decimal number (strtoll: leading blanks and a sign allowed) from
     * {@code from}, at most {@code max}, ending the string or at one of {@code endings}; -1 otherwise.
     */
    static long uint(String s, int from, long max, String endings, int[] end) {
        int i = from, n = s.length();
        if (i >= n) return -1;
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        int digits = i;
        long v = 0;
        while (i < n && Character.isDigit(s.charAt(i))) {
            v = v * 10 + (s.charAt(i++) - '0');
            if (v > 1L << 40) return -1;
        }
        if (i == digits) return -1;
        if (neg && v != 0) return -1;
        if (v > max) return -1;
        if (i < n && (endings == null || endings.indexOf(s.charAt(i)) < 0)) return -1;
        if (end != null) end[0] = i;
        return v;
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** strtoull(s, &end, 0) with strace's checks: the whole string, no overflow; null if invalid. */
    static BigInteger strtoull(String s) {
        int i = 0, n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        int radix = 10;
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0) {
            radix = 16;
            i += 2;
        } else if (i < n && s.charAt(i) == '0') {
            radix = 8;
        }
        int start = i;
        while (i < n && Character.digit(s.charAt(i), radix) >= 0) i++;
        if (i == start || i != n) return null;
        BigInteger v = new BigInteger(s.substring(start, i), radix);
        if (v.compareTo(TWO_64) >= 0) return null;
        return neg ? TWO_64.subtract(v).mod(TWO_64) : v;
    }
}
