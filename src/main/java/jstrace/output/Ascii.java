package jstrace.output;

/**
 * A line of ASCII text built as bytes (the JSON records and timeline events): appends need no
 * char-to-byte conversion, and the line reaches {@link TraceOutput} in one array copy. The JIT that
 * jstrace runs with (C1, for start-up) inlines these small methods, where StringBuilder's chains of
 * calls and CharSequence's interface calls are not inlined; that made -j cost 4 µs per call.
 */
final class Ascii {
    private byte[] bytes = new byte[1024];
    private int length;
    /** Characters of a CharSequence being escaped (see {@link #chars}). */
    private char[] chars = new char[256];

    int length() {
        return length;
    }

    void setLength(int n) {
        length = n;
    }

    byte[] bytes() {
        return bytes;
    }

    private void room(int n) {
        if (length + n > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
    }

    Ascii append(char ch) {
        if (length == bytes.length) room(1);
        bytes[length++] = (byte) ch;
        return this;
    }

    /** Characters below 256, one byte each (names, keys). */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is what we want: low bytes, one array copy
    Ascii append(String s) {
        int n = s.length();
        room(n);
        s.getBytes(0, n, bytes, length);
        length += n;
        return this;
    }

    /** The bytes of a literal made by {@link #literal} (one array copy: no String to bytes per append). */
    Ascii append(byte[] literal) {
        int n = literal.length;
        room(n);
        System.arraycopy(literal, 0, bytes, length, n);
        length += n;
        return this;
    }

    /** {@code s} (characters below 256) as bytes for {@link #append(byte[])}. */
    static byte[] literal(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * {@code s} in quotes, unescaped: only for names that are identifiers by construction (argument
     * names from the signatures, kind names); saves escaping's copy and scan on every argument.
     */
    Ascii appendQuoted(String s) {
        return append('"').append(s).append('"');
    }

    Ascii append(CharSequence s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) bytes[length++] = (byte) s.charAt(i);
        return this;
    }

    Ascii append(char[] s, int from, int to) {
        room(to - from);
        for (int i = from; i < to; i++) bytes[length++] = (byte) s[i];
        return this;
    }

    Ascii append(boolean v) {
        return append(v ? "true" : "false");
    }

    /** {@code v} in decimal, without a String. */
    Ascii append(long v) {
        if (v == Long.MIN_VALUE) return append("-9223372036854775808");
        room(20);
        if (v < 0) {
            bytes[length++] = '-';
            v = -v;
        }
        if (v <= Integer.MAX_VALUE) return append((int) v, false);
        // nine digits at a time in int arithmetic: C1 calls a runtime routine for each long division
        long high = v / 1_000_000_000;
        int low = (int) (v - high * 1_000_000_000);
        if (high > Integer.MAX_VALUE) {
            long top = high / 1_000_000_000;
            append((int) top, false).append((int) (high - top * 1_000_000_000), true);
        } else {
            append((int) high, false);
        }
        return append(low, true);
    }

    /** "00" to "99": two digits per division (C1 divides by a constant with a division instruction). */
    private static final byte[] PAIRS = new byte[200];
    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** {@code v >= 0} in decimal; {@code nine}: zero-padded to nine digits. */
    private Ascii append(int v, boolean nine) {
        int digits = nine ? 9 : v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5
                : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
        room(digits);
        int i = length + digits;
        while (i - length >= 2) {
            int q = v / 100, pair = 2 * (v - q * 100);
            bytes[--i] = PAIRS[pair + 1];
            bytes[--i] = PAIRS[pair];
            v = q;
        }
        if (i > length) bytes[--i] = (byte) ('0' + v); // the loop leaves v < 10 (0 when zero-padding)
        length += digits;
        return this;
    }

    /** {@code v} as an unsigned number in decimal. */
    Ascii appendUnsigned(long v) {
        if (v >= 0) return append(v);
        long high = (v >>> 1) / 5; // v / 10 as unsigned
        return append(high).append((char) ('0' + (v - high * 10)));
    }

    private static final byte[] HEX = literal("0123456789abcdef");

    /** Lower-case hex digits of {@code v} without leading zeros ("0" for 0). */
    Ascii appendHex(long v) {
        int shift = 60;
        while (shift > 0 && ((v >>> shift) & 15) == 0) shift -= 4;
        room(16);
        for (; shift >= 0; shift -= 4) bytes[length++] = HEX[(int) ((v >>> shift) & 15)];
        return this;
    }

    /** The characters of {@code s} in an array this buffer reuses (valid until the next call). */
    char[] chars(CharSequence s) {
        int n = s.length();
        if (n > chars.length) chars = new char[Math.max(n, chars.length * 2)];
        if (s instanceof String str) str.getChars(0, n, chars, 0);
        else if (s instanceof StringBuilder sb) sb.getChars(0, n, chars, 0);
        else for (int i = 0; i < n; i++) chars[i] = s.charAt(i);
        return chars;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
