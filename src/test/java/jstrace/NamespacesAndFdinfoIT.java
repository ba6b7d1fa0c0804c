package jstrace;

import static jstrace.SamplesIT.ROOT;
import static jstrace.SamplesIT.SAMPLES;
import static jstrace.SamplesIT.onPath;
import static jstrace.SamplesIT.read;
import static jstrace.SamplesIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -e namespace=new and --decode-fds=eventfd,signalfd,pidfd (strace 6.14+ and 6.10+), on the samples
 * namespaces and specialfds; compared with a strace new enough for them where one is built
 * (STRACE_NEW, default /tmp/strace72/src/strace), as strace 6.1 has neither.
 */
class NamespacesAndFdinfoIT {
    @TempDir
    Path tmp;

    /** A strace that knows these options, or null. */
    private static String newStrace() {
        String s = System.getenv().getOrDefault("STRACE_NEW", "/tmp/strace72/src/strace");
        return Files.isExecutable(Path.of(s)) ? s : null;
    }

    private List<String> trace(String tool, String... args) throws Exception {
        Path f = tmp.resolve(tool.contains("jstrace") ? "j.txt" : "s.txt");
        List<String> cmd = new ArrayList<>(List.of(tool, "-qq", "-o", f.toString()));
        cmd.addAll(List.of(args));
        SamplesIT.Result r = run(ROOT, null, cmd.toArray(String[]::new));
        assertEquals(0, r.status(), tool + ": " + r.stderr());
        return read(f);
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in\n" + String.join("\n", lines)));
    }

    /** Namespace inodes, pids and addresses differ from run to run. */
    private static List<String> masked(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\\d{3,}", "N").replaceAll("0x[0-9a-f]+", "0xX")).toList();
    }

    @Test
    void namespacesEnteredFollowTheResult() throws Exception {
        SamplesIT.buildSamples();
        assumeTrue(onPath("unshare"), "unshare(1) is not installed");
        SamplesIT.Result probe = run(ROOT, null, "unshare", "-U", "/bin/true");
        assumeTrue(probe.status() == 0, "no user namespaces here: " + probe.stderr());
        String[] args = {"-e", "trace=clone,clone3,unshare,setns", SAMPLES + "/namespaces"};
        List<String> plain = trace(SamplesIT.JSTRACE.toString(), args);
        assertFalse(plain.stream().anyMatch(l -> l.contains("user:[")), String.join("\n", plain));

        List<String> j = trace(SamplesIT.JSTRACE.toString(), prepend("--namespace", args));
        assertTrue(line(j, "clone(").matches("clone\\(child_stack=NULL, flags=CLONE_NEWUSER\\|SIGCHLD\\) += \\d+ \\(user:\\[\\d+\\]\\)"), line(j, "clone("));
        assertTrue(line(j, "clone3(").matches("clone3\\(\\{flags=CLONE_NEWUSER, .*\\) += \\d+ \\(user:\\[\\d+\\]\\)"), line(j, "clone3("));
        Matcher unshare = Pattern.compile("unshare\\(CLONE_NEWUTS\\|CLONE_NEWUSER\\) += 0 \\((uts:\\[\\d+\\]), user:\\[\\d+\\]\\)")
                .matcher(line(j, "unshare("));
        assertTrue(unshare.matches(), line(j, "unshare("));
        // setns names the namespace joined (the one unshare made); with nstype 0 nothing
        assertTrue(line(j, "setns(5, CLONE_NEWUTS)").endsWith("= 0 (" + unshare.group(1) + ")"), String.join("\n", j));
        assertTrue(line(j, "setns(5, 0)").matches("setns\\(5, 0\\) += 0"), line(j, "setns(5, 0)"));

        String strace = newStrace();
        assumeTrue(strace != null, "no strace 6.14+ built");
        assertEquals(masked(trace(strace, prepend("-e", prepend("namespace=new", args)))), masked(j));
    }

    @Test
    void eventfdSignalfdAndPidfdDetails() throws Exception {
        SamplesIT.buildSamples();
        String[] args = {"--decode-fds=eventfd,signalfd,pidfd", "-e", "trace=write,signalfd4,pidfd_open,close", SAMPLES + "/specialfds"};
        List<String> j = trace(SamplesIT.JSTRACE.toString(), args);
        // made with 42, semaphore mode; one written before the close
        assertTrue(line(j, "close(3").matches("close\\(3<\\{eventfd-count=0x2b(, eventfd-id=\\d+(, eventfd-semaphore=1)?)?\\}>\\) += 0"), line(j, "close(3"));
        assertTrue(line(j, "signalfd4(").matches("signalfd4\\(-1, \\[USR1 TERM\\], 8, 0\\) += 4<signalfd:\\[USR1 TERM\\]>"), line(j, "signalfd4("));
        Matcher pidfd = Pattern.compile("pidfd_open\\((\\d+), 0\\) += 5<pid:(\\d+)>").matcher(line(j, "pidfd_open("));
        assertTrue(pidfd.matches(), line(j, "pidfd_open("));
        assertEquals(pidfd.group(1), pidfd.group(2));
        // -y alone: the kernel's names
        List<String> paths = trace(SamplesIT.JSTRACE.toString(), "-y", "-e", "trace=close", SAMPLES + "/specialfds");
        assertEquals("close(3<anon_inode:[eventfd]>)", line(paths, "close(3").replaceFirst(" += 0$", ""));
        assertEquals("close(4<anon_inode:[signalfd]>)", line(paths, "close(4").replaceFirst(" += 0$", ""));

        String strace = newStrace();
        assumeTrue(strace != null, "no strace 6.10+ built");
        assertEquals(masked(trace(strace, args)), masked(j));
        String[] all = {"-yy", "-X", "verbose", "-e", "trace=eventfd2,signalfd4,close", SAMPLES + "/specialfds"};
        assertEquals(masked(trace(strace, all)), masked(trace(SamplesIT.JSTRACE.toString(), all)));
    }

    private static String[] prepend(String first, String... rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
