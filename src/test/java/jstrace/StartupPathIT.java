package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the JVM loads for the common ways of running jstrace (a plain trace, -f, -c, -tt -T, -v,
 * -e trace=): none of the JDK machinery that costs milliseconds of start-up the first time it
 * runs, interpreted: java.lang.invoke's lambda linkage (the first lambda or method reference ~2 ms,
 * each further one ~0.4 ms), regular expressions, java.util.Formatter and the locale providers it
 * loads (~40 ms), java.time's zone rules (~25 ms), the process reaper's thread pool. Seen through
 * -Xlog:class+load of scripts/jstrace's own JVM (JAVA_TOOL_OPTIONS), tracing /bin/true.
 */
class StartupPathIT {
    /** Class-name prefixes that must not be loaded, with what loads them. */
    private static final String[][] UNWANTED = {
        {"java.lang.invoke.LambdaMetafactory", "a lambda or method reference"},
        {"java.util.regex.Pattern", "a regular expression (String.split of more than one character, matches, replaceAll)"},
        {"java.util.Formatter", "String.format / formatted"},
        {"java.time.zone.", "java.time's zone rules (ZoneId.systemDefault())"},
        {"java.lang.ProcessHandleImpl", "ProcessHandle.current()"},
    };

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"", "-f", "-c", "-tt -T", "-v -s 100", "-f -e trace=%file -y", "-C -S calls"})
    void commonRunsLoadNoSlowJdkMachinery(String options) throws Exception {
        Path log = tmp.resolve("classes.txt");
        List<String> cmd = new ArrayList<>(List.of(SamplesIT.JSTRACE.toString()));
        if (!options.isEmpty()) cmd.addAll(List.of(options.split(" ")));
        cmd.addAll(List.of("-o", tmp.resolve("trace").toString(), "/bin/true"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(new File("/dev/null"))
                .redirectOutput(tmp.resolve("stdout").toFile()).redirectError(tmp.resolve("stderr").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("stderr")));
        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" jstrace.tracer.Tracer ")), "not jstrace's class-load log: " + log);
        List<String> found = new ArrayList<>();
        for (String line : loaded) {
            for (String[] u : UNWANTED) {
                if (line.contains("] " + u[0]) || line.contains(" " + u[0])) found.add(line.trim() + "  <- " + u[1]);
            }
        }
        assertEquals(List.of(), found, "jstrace " + options + " /bin/true loaded JDK machinery that is slow to start");
    }
}
