package jstrace.output;

import java.io.ByteArrayOutputStream;
import jstrace.decode.Call;
import jstrace.decode.Description;

/**
 * A call's arguments as typed JSON values, read from what its decoder described: the strace text
 * and the spans the shared printers recorded over it (so the JSON shows exactly what the text
 * shows, with every -s/-v/-X/-y option applied). Numbers are JSON numbers, strings the bytes they
 * show, addresses hex strings, flag sets arrays of names, structs objects, arrays arrays; what has
 * no JSON shape ({@code makedev(0x8, 0x1)}, {@code 8192*1024}) stays text. Never throws: a part it
 * cannot read is written as its text.
 */
final class JsonValues {
    private final Ascii out;
    /** The text being read: a copy of the call's (array reads are what C1 compiles well). */
    private char[] t = new char[512];
    private int tlen;
    private Description d;
    private int pos;
    /** Structs and arrays the parser is inside (0: the argument itself). */
    private int nesting;
    /** The bytes of the string being read (reused: no stream, no copy per string). */
    private final Bytes bytes = new Bytes();

    /** A growable byte buffer (ByteArrayOutputStream's methods are synchronized and copy on read). */
    static final class Bytes extends ByteArrayOutputStream {
        byte[] array() {
            return buf;
        }

        @Override
        public void write(int b) {
            if (count == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            buf[count++] = (byte) b;
        }
    }
    /** Facts about the last top-level value that the argument object reports beside it. */
    private boolean lastTruncated, lastRawBytes;
    private String lastPath, lastComment;
    /** The argument being written is a flag set: even one name is a list. */
    private boolean flagsArgument;

    JsonValues(Ascii out) {
        this.out = out;
    }

    private void read(CharSequence text) {
        tlen = text.length();
        if (tlen > t.length) t = new char[Math.max(tlen, t.length * 2)];
        if (text instanceof StringBuilder sb) sb.getChars(0, tlen, t, 0);
        else text.toString().getChars(0, tlen, t, 0);
    }

    // the fixed parts of an argument object, as bytes (see Ascii.literal)
    private static final byte[] ARGS = Ascii.literal("\"args\":["), NAME = Ascii.literal("\"name\":"),
            KIND = Ascii.literal("\"kind\":"), VALUE = Ascii.literal(",\"value\":"),
            TRUNCATED = Ascii.literal(",\"truncated\":true"), RAW_BYTES = Ascii.literal(",\"encoding\":\"bytes\""),
            PATH = Ascii.literal(",\"path\":"), COMM = Ascii.literal(",\"comm\":"),
            COMMENT = Ascii.literal(",\"comment\":"), RAW = Ascii.literal(",\"raw\":\"0x"),
            RAW_END_TEXT = Ascii.literal("\",\"text\":"), TEXT = Ascii.literal(",\"text\":");

    /** {@code "args":[{"name":...,"kind":...,"value":...,"raw":"0x..."}, ...]} of a call. */
    void arguments(Call c) {
        read(c.out);
        d = c.description;
        out.append(ARGS);
        int n = d.arguments(tlen);
        int nr = c.tableNr();
        boolean tabled = nr >= 0 && nr <= jstrace.table.SyscallTable.MAX;
        for (int a = 0; a < n; a++) {
            if (a > 0) out.append(',');
            int from = d.argumentStart(a), to = Math.max(from, d.argumentEnd(a, tlen));
            out.append('{');
            String name = c.argumentName(a);
            if (name != null) out.append(NAME).appendQuoted(name).append(',');
            int reg = d.argumentRegister(a);
            String kind = kindOf(from, to);
            // a flag set a hand-written decoder printed without describing it (its signature says what it is)
            if (kind == TEXT_KIND && reg < 6 && tabled) {
                if ((jstrace.table.SyscallTable.FLAG_ARGS[nr] & (1 << reg)) != 0) kind = "flags";
                else if ((jstrace.table.SyscallTable.CONSTANT_ARGS[nr] & (1 << reg)) != 0) kind = "constant";
            }
            flagsArgument = kind.equals("flags");
            out.append(KIND).appendQuoted(kind).append(VALUE);
            int mark = out.length();
            lastTruncated = lastRawBytes = false;
            lastPath = lastComment = null;
            try {
                pos = from;
                nesting = 0;
                value(to, kind.equals("address"));
                if (pos < to) throw new IllegalStateException("text left");
            } catch (RuntimeException e) {
                out.setLength(mark);
                Json.string(out, t, from, to);
                lastTruncated = lastRawBytes = false;
                lastPath = lastComment = null;
            }
            if (lastTruncated) out.append(TRUNCATED);
            if (lastRawBytes) out.append(RAW_BYTES);
            // -y's path of an fd, -Y's command name of a pid
            if (lastPath != null) Json.string(out.append(kind.equals("fd") || name != null && name.contains("fd") ? PATH : COMM), lastPath);
            if (lastComment != null) Json.string(out.append(COMMENT), lastComment);
            if (reg < 6) out.append(RAW).appendHex(c.raw[reg]).append(RAW_END_TEXT);
            else out.append(TEXT);
            Json.string(out, t, from, to);
            out.append('}');
        }
        out.append(']');
    }

    /** Text of strace's struct or array notation (a siginfo, ...) as a JSON value. */
    void text(CharSequence text) {
        read(text);
        d = null;
        int mark = out.length();
        try {
            pos = 0;
            nesting = 0;
            value(tlen, false);
            if (pos < tlen) throw new IllegalStateException("text left");
        } catch (RuntimeException e) {
            out.setLength(mark);
            Json.string(out, text);
        }
    }

    /** The kind of the span that covers [from, to) exactly, as Description names them. */
    private String kindOf(int from, int to) {
        int i = d.covering(from, to);
        if (i >= 0) return Description.kindName(d.kind(i));
        if (from < to && t[from] == '{') return "struct";
        if (from < to && (t[from] == '[' || t[from] == '~')) return "array";
        return TEXT_KIND;
    }

    /** The kind of a part no span describes (compared by identity above). */
    private static final String TEXT_KIND = "text";

    /** A span of {@code kind} that starts at {@code at}. */
    private boolean spanAt(int at, byte kind) {
        if (d == null) return false;
        for (int i = 0; i < d.count(); i++) if (d.start(i) == at && d.kind(i) == kind) return true;
        return false;
    }

    private void value(int limit, boolean address) {
        char ch = t[pos];
        if (ch == '"') {
            string(limit);
        } else if (ch == '{') {
            struct(limit);
        } else if (ch == '[' || (ch == '~' && pos + 1 < limit && t[pos + 1] == '[')) {
            array(limit);
        } else {
            atom(limit, address);
        }
    }

    private void string(int limit) {
        bytes.reset();
        pos = Json.unquote(t, pos, tlen, bytes);
        if (pos > limit) throw new IllegalStateException("unterminated string");
        lastRawBytes |= !Json.bytes(out, bytes.array(), bytes.size());
        if (startsWith("...", limit)) {
            pos += 3;
            lastTruncated = true;
        }
    }

    private void struct(int limit) {
        pos++; // {
        nesting++;
        out.append('{');
        int fields = 0;
        while (pos < limit && t[pos] != '}') {
            if (fields > 0) out.append(',');
            int keyEnd = pos;
            while (keyEnd < limit && isKeyChar(t[keyEnd])) keyEnd++;
            if (keyEnd > pos && keyEnd < limit && t[keyEnd] == '=') {
                Json.string(out, t, pos, keyEnd).append(':');
                pos = keyEnd + 1;
                value(limit, false);
            } else if (startsWith("...", limit)) {
                out.append("\"...\":true"); // strace abbreviated the rest
                pos += 3;
            } else {
                out.append("\"_").append(fields).append("\":");
                value(limit, false);
            }
            fields++;
            skipComment(limit);
            if (startsWith(", ", limit)) pos += 2;
            else if (pos < limit && t[pos] != '}') throw new IllegalStateException("struct");
        }
        if (pos >= limit) throw new IllegalStateException("unterminated struct");
        pos++; // }
        nesting--;
        out.append('}');
    }

    private void array(int limit) {
        boolean inverted = t[pos] == '~';
        if (inverted) {
            out.append("{\"not\":"); // ~[...]: all signals but these
            pos++;
        }
        pos++; // [
        nesting++;
        out.append('[');
        int items = 0;
        while (pos < limit && t[pos] != ']') {
            if (items++ > 0) out.append(',');
            if (startsWith("...", limit)) {
                out.append("\"...\"");
                pos += 3;
            } else {
                value(limit, false);
            }
            skipComment(limit);
            if (startsWith(", ", limit)) pos += 2;
            else if (startsWith(" ", limit)) pos += 1; // a signal set: [HUP INT]
            else if (pos < limit && t[pos] != ']') throw new IllegalStateException("array");
        }
        if (pos >= limit) throw new IllegalStateException("unterminated array");
        pos++; // ]
        nesting--;
        out.append(']');
        if (inverted) out.append('}');
    }

    /** A number, NULL, a constant, a flag set, an fd with its path, or anything else up to the next separator. */
    private void atom(int limit, boolean address) {
        int start = pos;
        int depth = 0;
        while (pos < limit) {
            char ch = t[pos];
            if (ch == '(' ) depth++;
            else if (ch == ')') depth--;
            else if (ch == '<' && depth == 0 && pos > start) {
                break; // 3</etc/passwd>, AT_FDCWD</home>, 1234<sleep>: -y's path or -Y's name follows
            } else if (depth == 0 && (ch == '}' || ch == ']' || (ch == ',' && pos + 1 < limit && t[pos + 1] == ' ')
                    || ch == ' ')) {
                break;
            }
            pos++;
        }
        int end = pos;
        if (end == start) throw new IllegalStateException("empty value");
        String detail = null;
        if (pos < limit && t[pos] == '<') {
            bytes.reset();
            pos = path(pos + 1, limit);
            detail = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            if (nesting == 0 && d != null) {
                lastPath = detail;
            } else {
                out.append("{\"value\":");
                atomValue(start, end, address);
                Json.string(out.append(",\"detail\":"), detail).append('}');
                skipComment(limit);
                return;
            }
        }
        atomValue(start, end, address);
        skipComment(limit);
    }

    private void atomValue(int from, int to, boolean address) {
        boolean flagSet = (nesting == 0 && flagsArgument || spanAt(from, Description.FLAGS)) && flagWords(from, to);
        if (is("NULL", from, to)) {
            out.append("null");
        } else if (flagSet || nameList(from, to)) {
            // a flag set: its names, and leftover bits as they are printed ("0x80000"); no flags: []
            out.append('[');
            if (!is("0", from, to)) {
                for (int i = from, part = from; i <= to; i++) {
                    if (i == to || t[i] == '|') {
                        if (part > from) out.append(',');
                        Json.string(out, t, part, i);
                        part = i + 1;
                    }
                }
            }
            out.append(']');
        } else if (decimal(from, to)) {
            out.append(t, from, to);
        } else if (hex(from, to)) {
            if (address || spanAt(from, Description.ADDRESS)) Json.string(out, t, from, to);
            else out.appendUnsigned(number(from + 2, to, 16));
        } else if (octal(from, to)) {
            out.append(number(from + 1, to, 8)); // a mode: 0644
        } else {
            Json.string(out, t, from, to);
        }
    }

    /** The digits t[from, to) in {@code radix} (already checked), wrapping as unsigned. */
    private long number(int from, int to, int radix) {
        if (to - from > (radix == 16 ? 16 : 21)) throw new IllegalStateException("too long");
        long v = 0;
        for (int i = from; i < to; i++) v = v * radix + Character.digit(t[i], radix);
        return v;
    }

    // hand-written scanners of t[from, to): they run for every argument of every call

    private boolean is(String s, int from, int to) {
        if (to - from != s.length()) return false;
        for (int i = 0; i < s.length(); i++) if (t[from + i] != s.charAt(i)) return false;
        return true;
    }

    private boolean digits(int from, int to, int radix) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) {
            char ch = t[i];
            if (radix == 16 ? !(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f') : ch < '0' || ch > (radix == 8 ? '7' : '9')) return false;
        }
        return true;
    }

    /** -?(0|[1-9][0-9]*) */
    private boolean decimal(int from, int to) {
        if (from < to && t[from] == '-') from++;
        if (!digits(from, to, 10)) return false;
        return t[from] != '0' || to - from == 1;
    }

    /** 0x[0-9a-f]+ */
    private boolean hex(int from, int to) {
        return to - from > 2 && t[from] == '0' && t[from + 1] == 'x' && digits(from + 2, to, 16);
    }

    /** 0[0-7]+ */
    private boolean octal(int from, int to) {
        return to - from > 1 && t[from] == '0' && digits(from + 1, to, 8);
    }

    /** [A-Za-z0-9_|]+ */
    private boolean flagWords(int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) {
            char ch = t[i];
            if (!(ch == '_' || ch == '|' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) return false;
        }
        return true;
    }

    /** NAME|NAME|0x10: a name first, at least one '|', then names or numbers. */
    private boolean nameList(int from, int to) {
        if (from >= to) return false;
        char first = t[from];
        if (!(first == '_' || first >= 'A' && first <= 'Z')) return false;
        boolean bar = false;
        for (int i = from; i < to; i++) {
            char ch = t[i];
            if (ch == '|') {
                if (i + 1 == to || t[i + 1] == '|') return false;
                bar = true;
            } else if (!(ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return bar;
    }

    /** -y's {@code <path>}, with '<' and '>' escaped inside; returns the offset after '>'. */
    private int path(int at, int limit) {
        int i = at;
        while (i < limit && t[i] != '>') {
            char ch = t[i++];
            if (ch == '\\' && i < limit) {
                // octal or \x escapes as in strings
                StringBuilder q = new StringBuilder("\"\\").append(t[i++]);
                while (i < limit && Character.digit(t[i], 16) >= 0 && q.length() < 5) q.append(t[i++]);
                Json.unquote(q.append('"'), 0, bytes);
            } else {
                bytes.write(ch);
            }
        }
        if (i >= limit) throw new IllegalStateException("unterminated path");
        return i + 1;
    }

    /** " /* text *&#47;" after a value: kept as the argument's comment. */
    private void skipComment(int limit) {
        if (!startsWith(" /* ", limit)) return;
        int end = indexOf(" */", pos + 4, limit);
        if (end < 0) return;
        lastComment = new String(t, pos + 4, end - pos - 4);
        pos = end + 3;
    }

    private boolean startsWith(String s, int limit) {
        if (pos + s.length() > limit) return false;
        for (int i = 0; i < s.length(); i++) if (t[pos + i] != s.charAt(i)) return false;
        return true;
    }

    private int indexOf(String s, int from, int limit) {
        for (int i = from; i + s.length() <= limit; i++) {
            boolean ok = true;
            for (int j = 0; j < s.length() && ok; j++) ok = t[i + j] == s.charAt(j);
            if (ok) return i;
        }
        return -1;
    }

    private static boolean isKeyChar(char ch) {
        return ch == '_' || ch == '.' || ch == '[' || ch == ']' || ch == '>' || ch == '-' || Character.isLetterOrDigit(ch);
    }
}
