package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arguments as the signatures (syscall-tables/syscalls.sig) describe them: each register cut to the
 * argument's type before it is printed, and -N's names.
 */
class ArgumentsIT {
    static final Path ROOT = SamplesIT.ROOT;

    @TempDir
    Path tmp;

    /** What differs between two runs of the same program: addresses, ids, random bytes. */
    static String mask(String line) {
        if (line.matches("^(getpid|getppid|gettid|set_tid_address|clone|clone3|vfork|fork|wait4|kill|process_vm_readv|process_vm_writev)\\(.*")) {
            line = line.replaceAll("\\b\\d{3,7}\\b", "PID"); // pids change from run to run
        }
        return jstrace.output.Normalizer.maskVarying(line)
                .replaceAll("^(set_tid_address\\(.*\\)\\s+= )\\d+", "$1TID")
                .replaceAll("^(getrandom\\((buf=)?)\"[^\"]*\"", "$1RANDOM")
                .replaceAll("= \\d+ <\\d", "= N <")
                .replaceAll(" +=", " =");
    }

    static List<String> masked(Path trace) throws Exception {
        return SamplesIT.read(trace).stream().map(ArgumentsIT::mask).toList();
    }

    /** The sample passes 0xdefaced in the upper half of every 32-bit argument: only the lower half is printed. */
    @Test
    void intArgumentsAreCutToTheirType() throws Exception {
        SamplesIT.buildSamples();
        Path j = tmp.resolve("j");
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "-o", j.toString(), SamplesIT.SAMPLES + "/argwidth");
        assertEquals(0, r.status(), r.stderr());
        List<String> lines = SamplesIT.read(j);
        String tail = String.join("\n", lines.subList(lines.indexOf(SamplesIT.only(lines, "umask(")), lines.size()));
        assertEquals(String.join("\n",
                "umask(022)                              = 022",
                "close(1000)                             = -1 EBADF (Bad file descriptor)",
                "dup3(1000, 1001, O_CLOEXEC)             = -1 EBADF (Bad file descriptor)",
                "clock_getres(CLOCK_MONOTONIC, NULL)     = 0",
                "kill(2147483647, 0)                     = -1 ESRCH (No such process)",
                // strace prints socket's protocol from the whole register (6.1 and 7.x alike)
                "socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 1004211375834136576) = 3",
                "fchmod(1000, 0755)                      = -1 EBADF (Bad file descriptor)",
                "lseek(1000, 78187493530, SEEK_END)      = -1 EBADF (Bad file descriptor)",
                "exit_group(0)                           = ?",
                "+++ exited with 0 +++"), tail);
        if (!SamplesIT.onPath("strace")) return;
        Path s = tmp.resolve("s");
        assertEquals(0, SamplesIT.run(ROOT, null, "strace", "-o", s.toString(), SamplesIT.SAMPLES + "/argwidth").status());
        assertEquals(masked(s), masked(j));
    }

    /** strace 7.x (6.16+) for -N: STRACE7 in the environment, else a build of it under /tmp/strace7*. */
    static Path strace7() throws Exception {
        String env = System.getenv("STRACE7");
        if (env != null && Files.isExecutable(Path.of(env))) return Path.of(env);
        try (Stream<Path> s = Files.list(Path.of("/tmp"))) {
            for (Path d : s.filter(p -> p.getFileName().toString().startsWith("strace7")).sorted().toList()) {
                Path bin = d.resolve("src/strace");
                if (Files.isExecutable(bin)) return bin;
            }
        }
        return null;
    }

    static Stream<List<String>> commands() {
        return Stream.of(List.of(SamplesIT.SAMPLES + "/hello"), List.of(SamplesIT.SAMPLES + "/openmissing"),
                List.of(SamplesIT.SAMPLES + "/iovec"), List.of(SamplesIT.SAMPLES + "/getpid"),
                List.of("cat", "/etc/passwd"), List.of("ls", "-l", "/"), List.of("sh", "-c", "exit 3"));
    }

    /** -N inserts "name=" before each argument and changes nothing else. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void argNamesAddOnlyNames(List<String> command) throws Exception {
        SamplesIT.buildSamples();
        Path plain = tmp.resolve("plain"), named = tmp.resolve("named");
        List<String> a = new ArrayList<>(List.of("-o", plain.toString()));
        a.addAll(command);
        List<String> b = new ArrayList<>(List.of("-N", "-o", named.toString()));
        b.addAll(command);
        SamplesIT.Result ra = SamplesIT.jstrace(ROOT, a.toArray(String[]::new));
        SamplesIT.Result rb = SamplesIT.jstrace(ROOT, b.toArray(String[]::new));
        assertEquals(ra.status(), rb.status(), rb.stderr());
        List<String> pa = masked(plain), pb = masked(named);
        assertEquals(pa.size(), pb.size());
        // a name is an identifier followed by '=' right after "(" or a top-level ", "
        Pattern name = Pattern.compile("[a-z_][a-z0-9_]*=(?!=)");
        for (int i = 0; i < pa.size(); i++) {
            String x = pa.get(i), y = pb.get(i);
            if (x.startsWith("+++") || x.startsWith("---")) {
                assertEquals(x, y);
                continue;
            }
            String call = y.substring(0, Math.max(0, y.indexOf('(')));
            String stripped = call + "(" + stripNames(y.substring(call.length() + 1), name);
            assertEquals(x, stripped, "line " + (i + 1) + " with -N: " + y);
        }
        assertTrue(pb.stream().anyMatch(l -> l.matches("^(execve|write|read|exit_group)\\(\\w+=.*")), pb.toString());
        Path s7 = strace7();
        if (s7 == null) return; // what can be checked without strace 7.x is checked above
        Path ref = tmp.resolve("ref");
        List<String> c = new ArrayList<>(List.of(s7.toString(), "-N", "-o", ref.toString()));
        c.addAll(command);
        assertEquals(ra.status(), SamplesIT.run(ROOT, null, c.toArray(String[]::new)).status());
        List<String> pr = masked(ref);
        assertEquals(pr.size(), pb.size(), "lines of strace 7.x -N and jstrace -N");
        for (int i = 0; i < pr.size(); i++) {
            // strace 7.x decodes calls 6.1 printed raw (rseq's struct, ...): compare the names only
            assertEquals(names(pr.get(i), name), names(pb.get(i), name), "names on line " + (i + 1)
                    + "\n  strace 7.x: " + pr.get(i) + "\n  jstrace:    " + pb.get(i));
        }
    }

    /** The names at the top level of a line's arguments. */
    static List<String> names(String line, Pattern name) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        for (int i = line.indexOf('(') + 1; i > 0 && i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '\\') i++;
                else if (ch == '"') quoted = false;
                continue;
            }
            if (ch == '"') quoted = true;
            else if (ch == '{' || ch == '[' || ch == '(') depth++;
            else if (ch == '}' || ch == ']' || ch == ')') {
                if (depth-- == 0) break;
            } else if (depth == 0 && (i == line.indexOf('(') + 1 || line.startsWith(", ", i - 2))) {
                var m = name.matcher(line).region(i, line.length());
                if (m.lookingAt()) out.add(m.group());
            }
        }
        return out;
    }

    static String stripNames(String args, Pattern name) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < args.length(); i++) {
            char ch = args.charAt(i);
            boolean argStart = !quoted && depth == 0 && (i == 0 || args.startsWith(", ", i - 2));
            if (argStart) {
                var m = name.matcher(args).region(i, args.length());
                if (m.lookingAt()) {
                    i = m.end() - 1;
                    continue;
                }
            }
            b.append(ch);
            if (quoted) {
                if (ch == '\\' && i + 1 < args.length()) b.append(args.charAt(++i));
                else if (ch == '"') quoted = false;
            } else if (ch == '"') quoted = true;
            else if (ch == '{' || ch == '[' || ch == '(') depth++;
            else if (ch == '}' || ch == ']' || ch == ')') depth--;
        }
        return b.toString();
    }
}
