package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * --color: strace 7.x's escape sequences, byte for byte where strace 7.x prints the same text; none
 * unless asked for (never, NO_COLOR, not a terminal); colours change nothing else (stripped of them
 * the trace is the plain one, -a's column included).
 */
class ColorIT {
    static final Path ROOT = SamplesIT.ROOT;
    static final String ESC = "\033[";

    @TempDir
    Path tmp;

    static Stream<List<String>> commands() {
        List<List<String>> c = new ArrayList<>();
        for (String s : List.of("hello", "getpid", "openmissing", "iovec", "argwidth", "errnos", "exit3", "epoll",
                "timers", "misc", "more", "msghdr", "killself")) {
            c.add(List.of(SamplesIT.SAMPLES + "/" + s));
        }
        c.add(List.of("ls", "-l", "/"));
        return c.stream();
    }

    static String strip(String line) {
        return line.replaceAll("\033\\[[0-9;]*m", "");
    }

    /**
     * A coloured line with what varies from run to run taken out: strings' contents, numbers, the
     * padding before " = " (the plain text of the line is compared separately, masked as ArgumentsIT
     * masks it).
     */
    static String colourShape(String line) {
        StringBuilder b = new StringBuilder();
        for (String part : line.split("(?=\033\\[)|(?<=m)(?=[^\033])")) {
            if (part.startsWith(ESC)) {
                int m = part.indexOf('m');
                b.append(part, 0, m + 1);
                part = part.substring(m + 1);
            }
            b.append(part.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"S\"").replaceAll("0x[0-9a-f]+|[0-9]+", "N")
                    .replaceAll("  +", " "));
        }
        return b.toString();
    }

    private static List<String> withoutGetrandom(List<String> lines) {
        return lines.stream().filter(l -> !strip(l).startsWith("getrandom(")).toList();
    }

    private static String plainLines(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) b.append("    ").append(strip(l)).append('\n');
        return b.toString();
    }

    /** strace 7.x's reset where a call's entry part ends: where jstrace (as strace 6.1) splits a call differently, only that moves. */
    static String withoutEntryReset(String shape) {
        return shape.replace("\033[0m\033[0m", "\033[0m");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void escapeSequencesAreStrace7s(List<String> command) throws Exception {
        SamplesIT.buildSamples();
        Path s7 = ArgumentsIT.strace7();
        assumeTrue(s7 != null, "no strace 7.x (set STRACE7 to one): compared in the other tests without it");
        Path ref = tmp.resolve("ref"), out = tmp.resolve("out");
        List<String> a = new ArrayList<>(List.of(s7.toString(), "--color=always", "-o", ref.toString()));
        a.addAll(command);
        List<String> b = new ArrayList<>(List.of("--color=always", "-o", out.toString()));
        b.addAll(command);
        SamplesIT.Result rs = SamplesIT.run(ROOT, null, a.toArray(String[]::new));
        SamplesIT.Result rj = SamplesIT.jstrace(ROOT, b.toArray(String[]::new));
        assertEquals(rs.status(), rj.status(), rj.stderr());
        // glibc fills its random pool through the vDSO and calls getrandom(2) only now and then: a varying count
        List<String> sl = withoutGetrandom(SamplesIT.read(ref)), jl = withoutGetrandom(SamplesIT.read(out));
        // a count that differs names the traces, so an intermittent difference can be told from a decoding one
        assertEquals(sl.size(), jl.size(), () -> "lines of strace 7.x and jstrace\n  strace 7.x:\n" + plainLines(sl)
                + "\n  jstrace:\n" + plainLines(jl));
        int exact = 0, comparable = 0;
        for (int i = 0; i < sl.size(); i++) {
            String x = sl.get(i), y = jl.get(i);
            // strace 7.x decodes some calls otherwise than 6.1 (rseq's struct, ...): only lines of the same text
            if (!ArgumentsIT.mask(strip(x)).equals(ArgumentsIT.mask(strip(y)))) continue;
            comparable++;
            String sx = colourShape(x), sy = colourShape(y);
            if (sx.equals(sy)) {
                exact++;
                continue;
            }
            assertEquals(withoutEntryReset(sx), withoutEntryReset(sy), "line " + (i + 1)
                    + "\n  strace 7.x: " + x.replace("\033", "\\e") + "\n  jstrace:    " + y.replace("\033", "\\e"));
        }
        assertTrue(comparable >= sl.size() / 2, comparable + " of " + sl.size() + " lines have strace 7.x's text");
        assertTrue(exact >= comparable * 3 / 4, exact + " of " + comparable + " lines byte for byte");
        assertTrue(jl.stream().anyMatch(l -> l.contains(ESC)));
    }

    @Test
    void colouredTraceIsThePlainOneWithEscapes() throws Exception {
        SamplesIT.buildSamples();
        Path plain = tmp.resolve("plain"), col = tmp.resolve("col");
        String cmd = SamplesIT.SAMPLES + "/iovec";
        assertEquals(0, SamplesIT.jstrace(ROOT, "-o", plain.toString(), cmd).status());
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "--color=always", "-T", "-o", col.toString(), cmd);
        assertEquals(0, r.status(), r.stderr());
        List<String> p = SamplesIT.read(plain), c = SamplesIT.read(col);
        assertEquals(p.size(), c.size());
        for (int i = 0; i < p.size(); i++) {
            String line = strip(c.get(i));
            // -T's time varies: the rest is the plain line, " = " in the same column
            assertEquals(ArgumentsIT.mask(p.get(i)), ArgumentsIT.mask(line.replaceAll(" <[0-9.]+>$", "")));
            // padding counts columns, not escape sequences: a padded " = " is at -a's column
            int eq = line.indexOf(")  ");
            if (eq >= 0 && !line.startsWith("+++")) assertEquals(SamplesIT.COLUMN, line.indexOf("= ", eq), line);
        }
        // strace 7.x's palette: the call's name yellow, values magenta, results green, errors red
        String first = c.get(0);
        assertTrue(first.startsWith("\033[33mexecve\033[0m(\033[35m\""), first.replace("\033", "\\e"));
        assertTrue(c.stream().anyMatch(l -> l.contains("\033[0m \033[31mEFAULT\033[0m \033[31m(Bad address)\033[0m")));
        assertTrue(c.stream().anyMatch(l -> l.contains("\033[0m=\033[0m\033[0m \033[32m0\033[0m \033[32m\033[0m<\033[35m")));
        assertTrue(c.get(c.size() - 1).equals("+++ exited with 0 +++\033[0m"), c.get(c.size() - 1));
    }

    @Test
    void noEscapesUnlessAsked() throws Exception {
        SamplesIT.buildSamples();
        String cmd = SamplesIT.SAMPLES + "/openmissing";
        List<String[]> runs = List.of(new String[] {"--color=never"}, new String[] {"--color=auto"}, new String[] {},
                new String[] {"--color=NEVER"});
        int n = 0;
        for (String[] opts : runs) {
            Path f = tmp.resolve("t" + n++);
            List<String> a = new ArrayList<>(List.of(opts));
            a.addAll(List.of("-o", f.toString(), cmd));
            // -o FILE is not a terminal: auto (the default) prints no colours, whatever TERM says
            SamplesIT.Result r = SamplesIT.run(ROOT, Map.of("TERM", "xterm"), null,
                    prepend(SamplesIT.JSTRACE.toString(), a));
            assertEquals(0, r.status(), r.stderr());
            assertFalse(String.join("\n", SamplesIT.read(f)).contains("\033"), String.join(" ", opts));
        }
        // nor on stderr when it is not a terminal
        SamplesIT.Result r = SamplesIT.run(ROOT, Map.of("TERM", "xterm"), (Path) null, SamplesIT.JSTRACE.toString(), cmd);
        assertTrue(r.stderr().contains("openat(AT_FDCWD"), r.stderr());
        assertFalse(r.stderr().contains("\033"), r.stderr());
        // always: whatever the output is, NO_COLOR included
        Path f = tmp.resolve("always");
        r = SamplesIT.run(ROOT, Map.of("NO_COLOR", "1"), (Path) null, SamplesIT.JSTRACE.toString(), "--color=always", "-o",
                f.toString(), cmd);
        assertEquals(0, r.status(), r.stderr());
        assertTrue(String.join("\n", SamplesIT.read(f)).contains("\033[33mopenat\033[0m("));
    }

    /** On a terminal (script(1) gives the command one): auto colours unless NO_COLOR is set or TERM has none. */
    @Test
    void autoColoursATerminal() throws Exception {
        SamplesIT.buildSamples();
        assumeTrue(SamplesIT.onPath("script"), "script(1) is not installed: no terminal to test on");
        assumeTrue(java.util.stream.Stream.of("/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo")
                .anyMatch(d -> java.nio.file.Files.isRegularFile(Path.of(d, "x", "xterm"))), "no terminfo entry for xterm");
        String cmd = SamplesIT.JSTRACE + " -e trace=getpid " + SamplesIT.SAMPLES + "/getpid";
        String coloured = onTerminal(Map.of("TERM", "xterm"), cmd);
        assertTrue(coloured.contains("\033[33mgetpid\033[0m(\033[35m\033[0m\033[0m)\033[0m"), coloured);
        assertFalse(onTerminal(Map.of("TERM", "xterm", "NO_COLOR", ""), cmd).contains("\033["));
        assertFalse(onTerminal(Map.of("TERM", "dumb"), cmd).contains("\033["));
        assertFalse(onTerminal(Map.of("TERM", "xterm"), cmd.replace(" -e ", " --color=never -e ")).contains("\033["));
        // STRACE_COLORS: key=SGR pairs change the palette, invalid ones are skipped
        String custom = onTerminal(Map.of("TERM", "xterm", "STRACE_COLORS", "syscall=1;34:retval=x:bogus=1"), cmd);
        assertTrue(custom.contains("\033[1;34mgetpid\033[0m(") && custom.contains("\033[32m"), custom);
    }

    private String onTerminal(Map<String, String> env, String command) throws Exception {
        java.util.Map<String, String> e = new java.util.HashMap<>(env);
        String prefix = env.containsKey("NO_COLOR") ? "" : "env -u NO_COLOR ";
        SamplesIT.Result r = SamplesIT.run(ROOT, e, (Path) null, "script", "-qec", prefix + command, "/dev/null");
        assertEquals(0, r.status(), r.stderr());
        return r.stdout();
    }

    @Test
    void badWhenIsRefusedAsStrace7RefusesIt() throws Exception {
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "--color=yes", "true");
        assertEquals(1, r.status());
        assertEquals("jstrace: invalid --color argument: 'yes'\nTry 'jstrace -h' for more information.\n", r.stderr());
        r = SamplesIT.jstrace(ROOT, "--color");
        assertEquals(1, r.status());
        assertTrue(r.stderr().startsWith("jstrace: option '--color' requires an argument\n"), r.stderr());
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l.toArray(String[]::new);
    }
}
