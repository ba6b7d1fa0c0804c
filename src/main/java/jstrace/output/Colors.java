package jstrace.output;

import jstrace.decode.Description;

/**
 * --color: strace 7.x's colours. The text of a line is what the uncoloured printer writes; this
 * class puts SGR sequences between its pieces where strace 7.x puts them: each punctuation token
 * (brackets, ", ", "|", "=" after a field name, "...") in the punct colour followed by the value
 * colour, constants from the decoders' tables in the const colour, comments, the call's name, -N's
 * argument names, the return value and the error. The pieces are found by walking the spans the
 * decoders recorded ({@link Description}) over the text, and by the lexical shape of what strace
 * prints where no span says more.
 *
 * <p>The sequences are written with {@link TraceOutput#escape}, which does not move the column:
 * colours never change -a alignment. Only a session with colours on loads this class (and Jansi,
 * which makes the default palette).
 */
public final class Colors {
    /** strace 7.x's colour keys (STRACE_COLORS names them in lower case), then the reset. */
    public static final int ARGNAME = 0, ARGVAL = 1, CALL = 2, COMMENT = 3, CONST = 4, ERROR = 5, PUNCT = 6,
            RETVAL = 7, SYSCALL = 8, RESET = 9;
    static final String[] KEYS = {"argname", "argval", "call", "comment", "const", "error", "punct", "retval",
            "syscall"};

    /** --color= modes. */
    public static final int NEVER = 0, AUTO = 1, ALWAYS = 2;

    private final String[] seq;

    Colors(String[] seq) {
        this.seq = seq;
    }

    /**
     * The colours for an output on {@code fd}, or null when there are none: never; auto only on a
     * terminal that has colours (TERM names one with 8 or more, NO_COLOR unset) and not with -ff's
     * files; always whatever the output is. STRACE_COLORS changes the palette.
     */
    public static Colors forOutput(int mode, int fd, boolean separateFiles) {
        if (mode == NEVER) return null;
        if (mode == AUTO && (separateFiles || !TraceOutput.isTerminal(fd) || !Terminals.hasColors(System.getenv()))) {
            return null;
        }
        String[] s = Palette.defaults();
        Palette.parse(System.getenv("STRACE_COLORS"), s);
        return new Colors(s);
    }

    public void color(TraceOutput out, int kind) {
        out.escape(seq[kind]);
    }

    /** Punctuation: in the punct colour, then back to the value colour. */
    public void punct(TraceOutput out, String p) {
        out.escape(seq[PUNCT]);
        out.append(p);
        out.escape(seq[ARGVAL]);
    }

    /** "name(" of a call, the arguments in the value colour. */
    public void callStart(TraceOutput out, String name) {
        out.escape(seq[SYSCALL]);
        out.append(name);
        out.escape(seq[PUNCT]);
        out.append('(');
        out.escape(seq[ARGVAL]);
    }

    /** -N's "name=" before an argument. */
    public void argName(TraceOutput out, String name) {
        out.escape(seq[ARGNAME]);
        out.append(name);
        punct(out, "=");
    }

    /** ")" after the arguments. */
    public void callEnd(TraceOutput out) {
        out.escape(seq[PUNCT]);
        out.append(')');
        out.escape(seq[RESET]);
    }

    /** "=" before the result. */
    public void resultStart(TraceOutput out) {
        out.escape(seq[PUNCT]);
        out.append('=');
        out.escape(seq[RESET]);
    }

    /** One part of the result: " " then the part's colour (the text follows). */
    public void resultPart(TraceOutput out, boolean error) {
        out.escape(seq[RESET]);
        out.append(' ');
        out.escape(seq[error ? ERROR : RETVAL]);
    }

    /** The end of a line: reset, newline. */
    public void newline(TraceOutput out) {
        out.escape(seq[RESET]);
        out.newline();
    }

    /** "[" TEXT "] " around a leader's field (the pid, -n, -i). */
    public void attribute(TraceOutput out, CharSequence text) {
        punct(out, "[");
        out.append(text);
        punct(out, "]");
    }

    /** "<" TEXT ">" of the details after a value (-y's path, -Y's command name). */
    public void associated(TraceOutput out, CharSequence text, int from, int to) {
        punct(out, "<");
        out.append(text, from, to);
        punct(out, ">");
    }

    /** What follows a returned value (-y's "<path>", -Y's "<comm>"): "<...>" as associated details, the rest plain. */
    public void details(TraceOutput out, CharSequence d) {
        if (d.length() == 0) return;
        if (d.charAt(0) != '<') {
            out.append(d);
            return;
        }
        int j = 1;
        while (j < d.length() && !(d.charAt(j) == '>' && d.charAt(j - 1) != '-')) j++;
        if (j >= d.length()) {
            out.append(d);
            return;
        }
        associated(out, d, 1, j);
        out.append(d, j + 1, d.length());
    }

    // ---- argument text -------------------------------------------------------------------------

    /**
     * The argument text {@code s[from, to)} of a call (or a siginfo) whose spans are {@code d} (null:
     * none), coloured piece by piece. {@code elementStart}: the text starts where an argument or a
     * field does (a name followed by "=" there is one).
     */
    public void text(TraceOutput out, CharSequence s, int from, int to, Description d, boolean elementStart) {
        new Lexer(out, s, to, d).run(from, elementStart);
    }

    private final class Lexer {
        final TraceOutput out;
        final CharSequence s;
        final int end;
        final Description d;
        /** Open brackets: '(' of a function-like value (makedev(...)), '{', '[' (array), 'b' (bitset). */
        final StringBuilder stack = new StringBuilder();

        Lexer(TraceOutput out, CharSequence s, int end, Description d) {
            this.out = out;
            this.s = s;
            this.end = end;
            this.d = d;
        }

        void run(int i, boolean elementStart) {
            boolean element = elementStart;
            while (i < end) {
                int span = spanAt(i);
                if (span >= 0) {
                    int e = Math.min(end, d.end(span));
                    byte k = d.kind(span);
                    if (k == Description.STRING || k == Description.PLAIN) {
                        // a string's "..." (cut at -s) is punctuation after it
                        if (k == Description.STRING && s.charAt(i) == '"') e = Math.min(e, stringEnd(i));
                        out.append(s, i, e);
                        i = e;
                        element = false;
                        continue;
                    }
                    if ((k == Description.FLAGS || k == Description.CONSTANT) && plainConstant(d.table(span))) {
                        out.append(s, i, e);
                        i = e;
                        element = false;
                        continue;
                    }
                    if (k == Description.FLAGS || k == Description.CONSTANT) {
                        i = constants(i, e, wholeConstant(d.table(span)));
                        element = false;
                        continue;
                    }
                }
                char ch = s.charAt(i);
                if (ch == '"') {
                    int e = stringEnd(i);
                    out.append(s, i, e);
                    i = e;
                    element = false;
                } else if (starts(i, " /* ")) {
                    i = comment(i);
                } else if (starts(i, "...")) {
                    punct(out, "...");
                    i += 3;
                } else if (starts(i, ", ")) {
                    punct(out, ", ");
                    i += 2;
                    element = true;
                    continue;
                } else if (starts(i, " => ")) {
                    punct(out, " => ");
                    i += 4;
                } else if (starts(i, " or ")) {
                    punct(out, " or ");
                    i += 4;
                } else if (starts(i, "???")) {
                    out.escape(seq[ERROR]);
                    out.append("???");
                    out.escape(seq[ARGVAL]);
                    i += 3;
                } else if (ch == '{') {
                    stack.append('{');
                    punct(out, "{");
                    i++;
                    element = true;
                    continue;
                } else if (ch == '[') {
                    stack.append(bitset(i) ? 'b' : '[');
                    punct(out, "[");
                    i++;
                } else if (ch == '1' && starts(i, "1<<") && i + 3 < end && identifierStart(s.charAt(i + 3))) {
                    // a capability bit: strace prints "1<<CAP_X" as one constant
                    int e = i + 4;
                    while (e < end && identifierPart(s.charAt(e))) e++;
                    constant(i, e);
                    i = e;
                } else if (ch >= '0' && ch <= '9') {
                    int e = i + 1;
                    while (e < end && (identifierPart(s.charAt(e)))) e++;
                    out.append(s, i, e);
                    i = e;
                } else if (ch == ']' || ch == '}' || (ch == ')' && top() == '(')) {
                    if (stack.length() > 0) stack.setLength(stack.length() - 1);
                    if (ch == ']' && i + 1 < end && s.charAt(i + 1) == '=') {
                        punct(out, "]=");
                        i += 2;
                        continue;
                    }
                    if (ch == ')') {
                        out.escape(seq[PUNCT]);
                        out.append(')');
                        out.escape(seq[RESET]);
                    } else {
                        punct(out, String.valueOf(ch));
                    }
                    i++;
                } else if (ch == ' ' && top() == 'b') {
                    punct(out, " ");
                    i++;
                } else if (ch == '|') {
                    punct(out, "|");
                    i++;
                } else if (ch == '<' && i > 0 && Character.isDigit(s.charAt(i - 1))) {
                    int e = associatedEnd(i);
                    associated(out, s, i + 1, e - 1);
                    i = e;
                } else if (identifierStart(ch)) {
                    int e = i + 1;
                    while (e < end && identifierPart(s.charAt(e))) e++;
                    if (e < end && s.charAt(e) == '(') {
                        stack.append('(');
                        out.escape(seq[CALL]);
                        out.append(s, i, e);
                        punct(out, "(");
                        i = e + 1;
                        element = true;
                        continue;
                    }
                    if (element && e < end && s.charAt(e) == '=' && !(e + 1 < end && s.charAt(e + 1) == '=')) {
                        out.escape(seq[ARGNAME]);
                        out.append(s, i, e);
                        punct(out, "=");
                        i = e + 1;
                        element = false;
                        continue;
                    }
                    if (starts(i, "S_IF")) {
                        // a file mode: strace prints "S_IFREG|0644" as text
                        while (e < end && (identifierPart(s.charAt(e)) || s.charAt(e) == '|')) e++;
                        out.append(s, i, e);
                    } else if (top() != 'b' && starts(i, "O_") && constantName(s, i, e)) {
                        // open's flags: strace prints them as one string
                        while (e < end && (identifierPart(s.charAt(e)) || s.charAt(e) == '|')) e++;
                        constant(i, e);
                    } else if (top() != 'b' && constantName(s, i, e)) {
                        constant(i, e);
                    } else {
                        out.append(s, i, e);
                    }
                    i = e;
                } else {
                    out.append(ch);
                    i++;
                }
                element = false;
            }
        }

        void constant(int from, int to) {
            out.escape(seq[CONST]);
            out.append(s, from, to);
            out.escape(seq[ARGVAL]);
        }

        char top() {
            return stack.length() == 0 ? 0 : stack.charAt(stack.length() - 1);
        }

        boolean starts(int i, String p) {
            int n = p.length();
            if (i + n > end) return false;
            for (int k = 0; k < n; k++) if (s.charAt(i + k) != p.charAt(k)) return false;
            return true;
        }

        /** The span of a leaf kind this lexer colours by (string, sigset, flags, constant) starting at {@code i}, or -1. */
        int spanAt(int i) {
            if (d == null) return -1;
            for (int k = 0, n = d.count(); k < n; k++) {
                if (d.start(k) != i || d.end(k) <= i) continue;
                byte kind = d.kind(k);
                if (kind == Description.STRING || kind == Description.PLAIN || kind == Description.FLAGS
                        || kind == Description.CONSTANT) {
                    return k;
                }
            }
            return -1;
        }

        /** The names of a flag set or constant [i, e): each in the const colour, '|' punctuation, numbers plain. */
        int constants(int i, int e, boolean whole) {
            while (i < e) {
                char ch = s.charAt(i);
                if (starts(i, " /* ")) {
                    i = comment(i);
                } else if (ch == '1' && starts(i, "1<<")) {
                    int j = i + 3;
                    while (j < e && identifierPart(s.charAt(j))) j++;
                    constant(i, j);
                    i = j;
                } else if (whole && identifierStart(ch)) {
                    int j = i;
                    while (j < e && !starts(j, " /* ")) j++;
                    out.escape(seq[CONST]);
                    out.append(s, i, j);
                    out.escape(seq[ARGVAL]);
                    i = j;
                } else if (identifierStart(ch)) {
                    int j = i + 1;
                    while (j < e && identifierPart(s.charAt(j))) j++;
                    out.escape(seq[CONST]);
                    out.append(s, i, j);
                    out.escape(seq[ARGVAL]);
                    i = j;
                } else if (ch == '|') {
                    punct(out, "|");
                    i++;
                } else if (ch >= '0' && ch <= '9') {
                    int j = i + 1;
                    while (j < e && identifierPart(s.charAt(j))) j++;
                    out.append(s, i, j);
                    i = j;
                } else {
                    out.append(ch);
                    i++;
                }
            }
            return e;
        }

        /** " /* TEXT *&#47;": comment colour around it, the value colour after. */
        int comment(int i) {
            int close = i + 4;
            while (close < end && !starts(close, " */")) close++;
            out.escape(seq[COMMENT]);
            out.append(s, i, close);
            out.escape(seq[COMMENT]);
            int e = Math.min(end, close + 3);
            out.append(s, close, e);
            out.escape(seq[ARGVAL]);
            return e;
        }

        int stringEnd(int i) {
            int j = i + 1;
            while (j < end && s.charAt(j) != '"') j += s.charAt(j) == '\\' ? 2 : 1;
            return Math.min(end, j + 1);
        }

        /** After "<": the end of "<...>" (a path with -y, which has no unquoted '>'; a socket's "->" is not its end). */
        int associatedEnd(int i) {
            int j = i + 1;
            while (j < end && !(s.charAt(j) == '>' && s.charAt(j - 1) != '-')) j++;
            return Math.min(end, j + 1);
        }

        /** A "[" whose elements are separated by spaces, not ", " (a cpu set, an fd set): strace's bitset. */
        boolean bitset(int i) {
            int depth = 0;
            boolean space = false;
            for (int j = i; j < end; j++) {
                char ch = s.charAt(j);
                if (ch == '"') {
                    j = stringEnd(j) - 1;
                    continue;
                }
                if (ch == '[' || ch == '{' || ch == '(') depth++;
                else if (ch == ']' || ch == '}' || ch == ')') {
                    if (--depth == 0) return space;
                } else if (depth == 1) {
                    if (ch == ',' || ch == '=' || starts(j, " /* ") || starts(j, " => ")) return false;
                    if (ch == ' ') space = true;
                }
            }
            return false;
        }

    }

    static boolean identifierStart(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_';
    }

    static boolean identifierPart(char ch) {
        return identifierStart(ch) || ch >= '0' && ch <= '9';
    }

    /**
     * An upper-case name strace prints from a constant table (AT_FDCWD, SEEK_END, SI_USER) rather than
     * as plain text (NULL, signal names, RLIM_INFINITY), where no span of the decoders says.
     */
    static boolean constantName(CharSequence s, int from, int to) {
        if (to - from < 2) return false;
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch >= 'a' && ch <= 'z') return false;
            if (ch >= 'A' && ch <= 'Z') letter = true;
        }
        if (!letter) return false;
        String n = s.subSequence(from, to).toString();
        if (n.equals("NULL") || n.endsWith("_INFINITY")) return false;
        // signal names are text; SIG_DFL, SIGEV_SIGNAL are constants
        return !(n.startsWith("SIG") && (n.indexOf('_') < 0 || n.startsWith("SIGRT_")));
    }

    /** Tables whose names strace prints as plain text (ioctl's requests). */
    static boolean plainConstant(jstrace.decode.Xlat table) {
        return table != null && table == jstrace.table.Xlats.IOCTL_NAMES();
    }

    /** Flag tables strace prints as one string in the const colour (open's flags), not name by name. */
    static boolean wholeConstant(jstrace.decode.Xlat table) {
        return table != null && table == jstrace.table.Xlats.OPEN_FLAGS();
    }
}
