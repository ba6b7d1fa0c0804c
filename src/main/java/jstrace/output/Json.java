package jstrace.output;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** JSON text: string escaping, and strace's quoted strings turned back into the bytes they show. */
public final class Json {
    private Json() {}

    /** Appends {@code s} as a JSON string of ASCII characters (others as \\u escapes). */
    static Ascii string(Ascii out, CharSequence s) {
        return string(out, out.chars(s), 0, s.length());
    }

    /** Appends {@code s[from, to)} as a JSON string. */
    static Ascii string(Ascii out, char[] s, int from, int to) {
        out.append('"');
        // runs of characters that need no escape are appended whole
        int run = from;
        for (int i = from; i < to; i++) {
            char ch = s[i];
            if (ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\') continue;
            if (i > run) out.append(s, run, i);
            escape(out, ch);
            run = i + 1;
        }
        if (to > run) out.append(s, run, to);
        return out.append('"');
    }

    private static void escape(Ascii out, char ch) {
        switch (ch) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (ch < 0x20 || ch >= 0x7f) {
                    // the output is ASCII: trace files are written byte per char
                    out.append("\\u");
                    for (int shift = 12; shift >= 0; shift -= 4) out.append(Character.forDigit((ch >> shift) & 15, 16));
                } else {
                    out.append(ch);
                }
            }
        }
    }

    /**
     * The bytes a string printed by strace's rules shows ({@code "..."} with C, octal and \x escapes),
     * from {@code text[from]} (the opening quote) to its closing quote; returns the offset after it.
     */
    public static int unquote(CharSequence text, int from, java.io.ByteArrayOutputStream bytes) {
        return unquote(text.toString().toCharArray(), from, text.length(), bytes);
    }

    /** {@link #unquote(CharSequence, int, java.io.ByteArrayOutputStream)} of {@code text[from, limit)}. */
    static int unquote(char[] text, int from, int limit, java.io.ByteArrayOutputStream bytes) {
        int i = from + 1;
        while (i < limit) {
            char ch = text[i++];
            if (ch == '"') return i;
            if (ch != '\\' || i >= limit) {
                bytes.write(ch);
                continue;
            }
            char e = text[i++];
            switch (e) {
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case 'r' -> bytes.write('\r');
                case 'f' -> bytes.write('\f');
                case 'v' -> bytes.write(0x0b);
                case 'x' -> {
                    int v = 0, n = 0;
                    while (n < 2 && i < limit && Character.digit(text[i], 16) >= 0) {
                        v = v * 16 + Character.digit(text[i++], 16);
                        n++;
                    }
                    bytes.write(v);
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0', n = 1;
                        while (n < 3 && i < limit && text[i] >= '0' && text[i] <= '7') {
                            v = v * 8 + text[i++] - '0';
                            n++;
                        }
                        bytes.write(v);
                    } else {
                        bytes.write(e); // \" \\ and strace's escaped '<' '>' of -y paths
                    }
                }
            }
        }
        return i;
    }

    /**
     * Appends the first {@code n} bytes of {@code b} as a JSON string: as UTF-8 text when they are
     * valid UTF-8 (returns true), else each byte as the character of the same number, U+0000 to
     * U+00FF (returns false: the writer
     * marks the value {@code "encoding": "bytes"}), so no byte is lost either way.
     */
    static boolean bytes(Ascii out, byte[] b, int n) {
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) ascii = b[i] >= 0;
        if (ascii) {
            // the common case: no decoder needed
            out.append('"');
            for (int i = 0; i < n; i++) escape(out, (char) b[i]);
            out.append('"');
            return true;
        }
        try {
            CharBuffer cs = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n));
            string(out, cs);
            return true;
        } catch (CharacterCodingException e) {
            string(out, new String(b, 0, n, StandardCharsets.ISO_8859_1));
            return false;
        }
    }
}
