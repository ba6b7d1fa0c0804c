package jstrace.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * --tips: one tip about jstrace printed on stderr when it exits, in a box (compact), or in a box with
 * a worked example (full). The texts are jstrace's own; the id is taken modulo their count, as strace
 * does with its own list.
 */
public final class Tips {
    private Tips() {}

    /** A tip: what compact prints, and the example full adds. */
    private record Tip(String text, String example) {}

    private static final Tip[] TIPS = {
        new Tip("-c counts every traced call and prints a table at the end; -C prints the trace as well.",
                "jstrace -c -S calls ls"),
        new Tip("--summary-format=json writes the -c table as JSON: jstrace --summary-diff compares two of them"
                + " and exits with 99 when calls or errors grew.",
                "jstrace --summary-diff before.json after.json --threshold=5"),
        new Tip("--budget checks limits at the end of the trace, so a test can fail when a program makes more"
                + " calls than it should.",
                "jstrace --budget='openat<=20,%net==0' -o /dev/null ./prog"),
        new Tip("-j writes one JSON record per call or event instead of the strace text: easy to filter with jq.",
                "jstrace -j -o trace.ndjson ls; jq -r .name trace.ndjson | sort | uniq -c"),
        new Tip("--timeline=FILE writes the trace for the Perfetto UI: each call is a slice on its thread's track.",
                "jstrace -f --timeline=t.json make"),
        new Tip("-e inject=SET:error=ERRNO makes calls fail without touching the program: see how it copes"
                + " with ENOSPC or EINTR.",
                "jstrace -e inject=write:error=ENOSPC:when=3+ cp a b"),
        new Tip("-y prints the path behind each file descriptor, -yy also socket addresses and devices.",
                "jstrace -yy -e trace=%net curl -s localhost"),
        new Tip("-k prints the stack of the tracee after each call (-kk: with source lines where there is"
                + " debug information).",
                "jstrace -kk -e trace=openat ./prog"),
        new Tip("--normalize writes the trace as a golden file keeps it: pids, addresses and times are masked,"
                + " so two runs can be compared with diff.",
                "jstrace --normalize -o run1.txt ./prog"),
        new Tip("-P PATH shows only the calls that touch PATH; --trace-fds=SET only those on given descriptors.",
                "jstrace -P /etc/passwd id"),
        new Tip("--seccomp-bpf (with -f) stops tracees only at the calls you trace, which makes a narrow"
                + " -e trace= almost free.",
                "jstrace -f --seccomp-bpf -e trace=execve make"),
        new Tip("-T shows the time spent in each call, -r the time since the previous one: together they tell"
                + " where a slow program waits.",
                "jstrace -T -r -e trace=%network curl -s localhost"),
        new Tip("-o '|command' pipes the trace into a shell command; jstrace waits for it before it exits.",
                "jstrace -o '|grep -c openat' ls"),
    };

    /** Printable width of the box's text. */
    private static final int WIDTH = 60;

    /** Tip {@code id} (TIP_RANDOM: any) as {@code format} prints it; empty for TIPS_NONE. */
    public static String text(int id, int format) {
        if (format == Options.TIPS_NONE) return "";
        int n = id == Options.TIP_RANDOM ? java.util.concurrent.ThreadLocalRandom.current().nextInt(TIPS.length) : id % TIPS.length;
        Tip tip = TIPS[Math.abs(n)];
        List<String> lines = new ArrayList<>();
        lines.add("jstrace tip #" + n + ":");
        lines.addAll(wrap(tip.text));
        if (format == Options.TIPS_FULL) {
            lines.add("");
            lines.add("For example:");
            for (String l : wrap(tip.example)) lines.add("  " + l);
            lines.add("");
            lines.add("(--tips=id:" + (n + 1) % TIPS.length + " shows the next one; " + TIPS.length + " in all)");
        }
        StringBuilder b = new StringBuilder();
        String rule = "-".repeat(WIDTH + 2);
        b.append("  +").append(rule).append("+\n");
        for (String l : lines) b.append("  | ").append(l).append(" ".repeat(WIDTH - l.length())).append(" |\n");
        b.append("  +").append(rule).append("+\n");
        return b.toString();
    }

    /** Words of {@code s} in lines of at most WIDTH - 2 characters (a longer word stays whole). */
    private static List<String> wrap(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH - 2) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
