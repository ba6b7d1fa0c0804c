package jstrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jstrace.cli.Getopt.Arg;
import jstrace.cli.Getopt.Spec;
import org.junit.jupiter.api.Test;

class GetoptTest {
    static final List<Spec> SPECS = List.of(
            new Spec('f', "follow-forks", Arg.NONE),
            new Spec('o', "output", Arg.REQUIRED),
            new Spec('s', "string-limit", Arg.REQUIRED),
            new Spec('t', "absolute-timestamps", Arg.OPTIONAL),
            new Spec((char) 0, "seccomp-bpf", Arg.NONE),
            new Spec((char) 0, "summary-only", Arg.NONE),
            new Spec((char) 0, "summary", Arg.NONE));

    private static String render(Getopt.Result r) {
        StringBuilder b = new StringBuilder();
        for (Getopt.Match m : r.matches()) b.append(m.spec().display()).append('=').append(m.value()).append(' ');
        return b.append("| ").append(String.join(" ", r.operands())).toString();
    }

    private static String parse(String... args) {
        return render(Getopt.parse(SPECS, args));
    }

    private static String error(String... args) {
        return assertThrows(UsageError.class, () -> Getopt.parse(SPECS, args)).getMessage();
    }

    @Test
    void clustersAttachedAndSeparateValues() {
        assertEquals("-f=null -f=null -s=100 -o=x | ls -la", parse("-ffs100", "-o", "x", "ls", "-la"));
        assertEquals("-s=7 | a", parse("-s", "7", "a"));
    }

    @Test
    void stopsAtFirstOperandAndDoubleDash() {
        assertEquals("-f=null | ls -f", parse("-f", "ls", "-f"));
        assertEquals("| -f", parse("--", "-f"));
        assertEquals("| -", parse("-"));
    }

    @Test
    void longOptionsValuesAndPrefixes() {
        assertEquals("-o=a -o=b -t=null -t=unix | x", parse("--output=a", "--output", "b", "--absolute-timestamps", "--absolute-timestamps=unix", "x"));
        assertEquals("--seccomp-bpf=null | x", parse("--secc", "x"));
        assertEquals("--summary=null | x", parse("--summary", "x"));
    }

    @Test
    void getoptMessages() {
        assertEquals("invalid option -- 'j'", error("-fj"));
        assertEquals("option requires an argument -- 'o'", error("-o"));
        assertEquals("unrecognized option '--foo=1'", error("--foo=1"));
        assertEquals("option '--output' requires an argument", error("--output"));
        assertEquals("option '--seccomp-bpf' doesn't allow an argument", error("--seccomp-bpf=1"));
        assertEquals("option '--summ' is ambiguous; possibilities: '--summary-only' '--summary'", error("--summ"));
    }
}
