package jstrace.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * What a decoder's text is made of: the semantic side of {@link Call#out}. The shared printers
 * ({@link Print}, {@link Structs}) record here, as they write strace's text, which span of the text is
 * which argument and which value: a number, an address, a string read from the tracee, a flag set or
 * constant with its table, an fd, a struct, an array. The strace text writer prints {@code out} as it
 * is; writers that need the structure (argument names, JSON, colour) walk these spans over the same
 * text, so every writer shows what one decoder described.
 *
 * <p>Spans are kept in the order they were opened; a composite (struct, array) contains the spans
 * opened before it closed. Preallocated arrays: recording allocates nothing on the hot path.
 */
public final class Description {
    /** Span kinds. */
    public static final byte ARG = 1, NUMBER = 2, ADDRESS = 3, STRING = 4, FLAGS = 5, CONSTANT = 6, FD = 7,
            STRUCT = 8, ARRAY = 9,
            /** Text strace prints as one plain string, no colours inside: a signal set ("~[KILL STOP]"). */
            PLAIN = 10;
    private static final String[] KIND_NAMES = {null, "arg", "number", "address", "string", "flags", "constant", "fd",
            "struct", "array", "text"};

    private byte[] kind = new byte[32];
    private int[] start = new int[32], end = new int[32];
    private long[] value = new long[32];
    private Object[] table = new Object[32];
    private int count;
    /** Start offsets of the arguments in the text (the first at 0), the register each holds, and a name a decoder gave it. */
    private final int[] argStart = new int[7], argRegister = new int[7];
    private final String[] argName = new String[7];
    private int args;
    /** The decoder printed each argument's name itself, as strace always does for clone: -N adds none. */
    boolean namesPrinted;

    void reset() {
        namesPrinted = false;
        for (int i = 0; i < args; i++) argName[i] = null;
        argName[0] = null;
        for (int i = 0; i < count; i++) table[i] = null;
        count = 0;
        args = 0;
    }

    /**
     * Forgets what was recorded past text offset {@code length} (the text was cut there): spans that
     * start later are dropped, those that go on are cut, arguments that start later are forgotten.
     */
    void truncate(int length) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (start[i] >= length) {
                table[i] = null;
                continue;
            }
            kind[kept] = kind[i];
            start[kept] = start[i];
            end[kept] = end[i] < 0 || end[i] > length ? length : end[i];
            value[kept] = value[i];
            table[kept] = table[i];
            if (kept != i) table[i] = null;
            kept++;
        }
        count = kept;
        while (args > 1 && argStart[args - 1] > length) args--;
        if (length == 0) args = 0;
    }

    /** The argument that starts at text offset {@code at} and holds register {@code register} (-1: the one after the previous). */
    void argument(int at, int register) {
        if (args == 0) {
            argStart[0] = 0;
            argRegister[0] = 0;
            args = 1;
        }
        if (args < argStart.length) {
            argStart[args] = at;
            argRegister[args] = register >= 0 ? register : argRegister[args - 1] + 1;
            args++;
        }
    }

    /** Names the argument being printed (for a call whose argument names depend on its operation, as futex's). */
    void nameArgument(String name) {
        argName[Math.max(0, args - 1)] = name;
    }

    /** The register argument {@code i} holds. */
    public int argumentRegister(int i) {
        return i == 0 ? 0 : argRegister[i];
    }

    /** The name a decoder gave argument {@code i}, or null: the signature's name of its register applies. */
    public String argumentName(int i) {
        return argName[i];
    }

    /** Records a finished leaf or composite span [from, to). */
    void span(byte k, int from, int to, long v, Object t) {
        if (count == kind.length) grow();
        kind[count] = k;
        start[count] = from;
        end[count] = to;
        value[count] = v;
        table[count] = t;
        count++;
    }

    /** Opens a composite at {@code from}; {@link #close} sets its end. Returns its index. */
    int open(byte k, int from) {
        span(k, from, -1, 0, null);
        return count - 1;
    }

    void close(int index, int to) {
        if (index >= 0 && index < count) end[index] = to;
    }

    private void grow() {
        int n = kind.length * 2;
        kind = java.util.Arrays.copyOf(kind, n);
        start = java.util.Arrays.copyOf(start, n);
        end = java.util.Arrays.copyOf(end, n);
        value = java.util.Arrays.copyOf(value, n);
        table = java.util.Arrays.copyOf(table, n);
    }

    public int count() {
        return count;
    }

    public byte kind(int i) {
        return kind[i];
    }

    public static String kindName(byte k) {
        return KIND_NAMES[k];
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public long value(int i) {
        return value[i];
    }

    /** The constant table of a FLAGS or CONSTANT span. */
    public Xlat table(int i) {
        return (Xlat) table[i];
    }

    /** How many arguments the text has (0 for a call printed without arguments). */
    public int arguments(int textLength) {
        return args == 0 ? (textLength > 0 ? 1 : 0) : args;
    }

    /** Where argument {@code i} starts in the text. */
    public int argumentStart(int i) {
        return i == 0 ? 0 : argStart[i];
    }

    /** Where argument {@code i} ends in a text of {@code textLength} characters (before its ", "). */
    public int argumentEnd(int i, int textLength) {
        return i + 1 < args ? argStart[i + 1] - 2 : textLength;
    }

    /**
     * One argument as a value: its text as strace prints it and, where the printers said what it is,
     * its kind and raw value (a number, an address, an fd, flags or a constant with its table's name).
     * Composite arguments (struct, array) are {@code kind} "struct"/"array" with their text.
     */
    public record Argument(int index, String kind, String text, Long value) {}

    /** The arguments of {@code text} (the call's {@link Call#out}) as values. */
    /**
     * The span that says what text [from, to) is: one that covers it exactly (PLAIN ones say
     * nothing), a leaf (the address an unreadable struct or array is printed as) before the
     * composite around it; -1 for none.
     */
    public int covering(int from, int to) {
        int found = -1;
        for (int i = 0; i < count; i++) {
            if (start[i] != from || end[i] != to || kind[i] == PLAIN) continue;
            boolean composite = kind[i] == STRUCT || kind[i] == ARRAY;
            if (found >= 0 && composite) continue;
            found = i;
            if (!composite) break;
        }
        return found;
    }

    public List<Argument> describe(CharSequence text) {
        int n = arguments(text.length());
        List<Argument> out = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            int from = argumentStart(a), to = argumentEnd(a, text.length());
            int i = covering(from, to);
            String kindName = i < 0 ? null : KIND_NAMES[kind[i]];
            Long v = i < 0 || kind[i] == STRUCT || kind[i] == ARRAY || kind[i] == STRING ? null : value[i];
            if (kindName == null) kindName = from < to && text.charAt(from) == '{' ? "struct"
                    : from < to && text.charAt(from) == '[' ? "array" : "text";
            out.add(new Argument(a, kindName, text.subSequence(from, Math.max(from, to)).toString(), v));
        }
        return out;
    }
}
