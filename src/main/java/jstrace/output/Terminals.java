package jstrace.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What --color=auto asks of the output: a terminal, and one whose terminfo entry has colours. */
final class Terminals {
    private Terminals() {}

    /**
     * strace's test: NO_COLOR unset, TERM set, and TERM's terminfo entry found with 8 or more colours
     * (max_colors), as tgetent/tgetnum("Co") answer.
     */
    static boolean hasColors(Map<String, String> env) {
        if (env.get("NO_COLOR") != null) return false;
        String term = env.get("TERM");
        if (term == null || term.isEmpty() || term.contains("/")) return false;
        for (Path dir : terminfoDirs(env)) {
            for (String sub : new String[] {term.substring(0, 1), Integer.toHexString(term.charAt(0))}) {
                Path f = dir.resolve(sub).resolve(term);
                if (Files.isRegularFile(f)) return maxColors(f) >= 8;
            }
        }
        return false;
    }

    private static List<Path> terminfoDirs(Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        String t = env.get("TERMINFO");
        if (t != null && !t.isEmpty()) dirs.add(Path.of(t));
        String home = env.get("HOME");
        if (home != null && !home.isEmpty()) dirs.add(Path.of(home, ".terminfo"));
        String list = env.get("TERMINFO_DIRS");
        if (list != null) {
            for (String d : list.split(":")) dirs.add(Path.of(d.isEmpty() ? "/usr/share/terminfo" : d));
        }
        for (String d : new String[] {"/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"}) dirs.add(Path.of(d));
        return dirs;
    }

    /** max_colors (number 13) of a compiled terminfo entry (the 16- and 32-bit formats), -1 if absent. */
    static int maxColors(Path file) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            int magic = b.getShort(0) & 0xffff;
            int width = magic == 0432 ? 2 : magic == 01036 ? 4 : 0;
            if (width == 0) return -1;
            int names = b.getShort(2), bools = b.getShort(4), nums = b.getShort(6);
            if (nums <= 13) return -1;
            int at = 12 + names + bools;
            if (at % 2 != 0) at++;
            at += 13 * width;
            return width == 2 ? b.getShort(at) : b.getInt(at);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
