package jstrace.output;

import org.fusesource.jansi.Ansi;

/** The SGR sequences of --color: strace 7.x's default palette (Jansi's colour numbers) and STRACE_COLORS. */
final class Palette {
    private Palette() {}

    /** The default sequence of each colour key (Colors.ARGNAME ... Colors.RESET). */
    static String[] defaults() {
        String reset = sgr(Integer.toString(Ansi.Attribute.RESET.value()));
        String[] s = new String[Colors.RESET + 1];
        s[Colors.ARGNAME] = sgr(Integer.toString(Ansi.Color.DEFAULT.fg()));
        s[Colors.ARGVAL] = sgr(Integer.toString(Ansi.Color.MAGENTA.fg()));
        s[Colors.CALL] = sgr(Integer.toString(Ansi.Color.YELLOW.fg()));
        s[Colors.COMMENT] = sgr(Integer.toString(Ansi.Color.CYAN.fg()));
        s[Colors.CONST] = sgr(Integer.toString(Ansi.Color.BLUE.fg()));
        s[Colors.ERROR] = sgr(Integer.toString(Ansi.Color.RED.fg()));
        s[Colors.PUNCT] = reset;
        s[Colors.RETVAL] = sgr(Integer.toString(Ansi.Color.GREEN.fg()));
        s[Colors.SYSCALL] = sgr(Integer.toString(Ansi.Color.YELLOW.fg()));
        s[Colors.RESET] = reset;
        return s;
    }

    /**
     * STRACE_COLORS="key=SGR:key=SGR...", as strace 7.x reads it: keys in any case, blanks around
     * keys and values ignored, a value of digits and ';' only; anything else is skipped.
     */
    static void parse(String spec, String[] s) {
        if (spec == null || spec.isEmpty()) return;
        for (String token : spec.split(":")) {
            int eq = token.indexOf('=');
            if (eq < 0) continue;
            String key = token.substring(0, eq).strip(), value = token.substring(eq + 1).strip();
            int kind = -1;
            for (int k = 0; k < Colors.KEYS.length; k++) if (Colors.KEYS[k].equalsIgnoreCase(key)) kind = k;
            if (kind < 0 || !value.matches("[0-9;]*[0-9][0-9;]*")) continue;
            s[kind] = sgr(value);
        }
    }

    /** ESC [ params m */
    private static String sgr(String params) {
        return "\033[" + params + "m";
    }
}
