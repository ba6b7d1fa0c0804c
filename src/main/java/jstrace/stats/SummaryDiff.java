package jstrace.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jstrace.cli.UsageError;

/**
 * jstrace --summary-diff OLD.json NEW.json [--threshold=PCT]: compares two -c reports written with
 * --summary-format=json (their total tables), syscall by syscall: calls, errors and time, old, new
 * and the change. Exit status 99 ({@link Budget#EXCEEDED_STATUS}) when the total calls or errors grew
 * by more than PCT percent (default 10), else 0. Times are shown, not checked: they vary from run to run.
 */
public final class SummaryDiff {
    private SummaryDiff() {}

    /** A row of the total table: calls, errors, total time (ns). */
    record Figures(long calls, long errors, long ns) {}

    // rows of the report's own total table: the top-level "syscalls" list, indented by four spaces
    private static final Pattern ROW = Pattern.compile(
            "^    \\{\"syscall\": \"([^\"]+)\", \"calls\": (\\d+), \"errors\": (\\d+), .*?\"total_ns\": (\\d+)");

    static Map<String, Figures> read(Path file) {
        Map<String, Figures> rows = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher m = ROW.matcher(line);
                if (m.find()) {
                    rows.put(m.group(1), new Figures(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))));
                }
            }
        } catch (IOException e) {
            throw new UsageError("Can't read '" + file + "': " + e.getMessage(), false);
        }
        if (rows.isEmpty() && !isReport(file)) throw new UsageError(file + " is not a jstrace -c --summary-format=json report", false);
        return rows;
    }

    private static boolean isReport(Path file) {
        try {
            return Files.readString(file).contains("\"syscalls\"");
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs the comparison; returns the exit status. {@code args} are what follows --summary-diff. */
    public static int run(String[] args, java.io.PrintStream out) {
        double threshold = 10;
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--threshold=")) {
                String v = a.substring("--threshold=".length()).replace("%", "");
                try {
                    threshold = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    threshold = -1;
                }
                if (threshold < 0) throw new UsageError("invalid --threshold argument: '" + a.substring(12) + "'", true);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.size() != 2) throw new UsageError("--summary-diff needs OLD.json NEW.json", true);
        Map<String, Figures> before = read(files.get(0)), after = read(files.get(1));
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        out.printf("%-20s %10s %10s %8s %8s %8s %14s %14s %8s%n", "syscall", "calls", "new", "change", "errors", "new",
                "time_ns", "new", "change");
        long[] tb = new long[3], ta = new long[3];
        for (String n : names) {
            Figures b = before.getOrDefault(n, new Figures(0, 0, 0)), a = after.getOrDefault(n, new Figures(0, 0, 0));
            out.printf("%-20s %10d %10d %8s %8d %8d %14d %14d %8s%n", n, b.calls, a.calls, change(b.calls, a.calls), b.errors,
                    a.errors, b.ns, a.ns, change(b.ns, a.ns));
            tb[0] += b.calls;
            tb[1] += b.errors;
            tb[2] += b.ns;
            ta[0] += a.calls;
            ta[1] += a.errors;
            ta[2] += a.ns;
        }
        out.printf("%-20s %10d %10d %8s %8d %8d %14d %14d %8s%n", "total", tb[0], ta[0], change(tb[0], ta[0]), tb[1], ta[1],
                tb[2], ta[2], change(tb[2], ta[2]));
        int status = 0;
        String[] what = {"calls", "errors"};
        for (int i = 0; i < what.length; i++) {
            if (grewBeyond(tb[i], ta[i], threshold)) {
                System.err.println("jstrace: summary-diff: total " + what[i] + " grew by " + change(tb[i], ta[i])
                        + " (threshold " + threshold + "%)");
                status = Budget.EXCEEDED_STATUS;
            }
        }
        return status;
    }

    private static boolean grewBeyond(long before, long after, double pct) {
        if (after <= before) return false;
        return before == 0 || (after - before) * 100.0 / before > pct;
    }

    private static String change(long before, long after) {
        if (before == after) return "0%";
        if (before == 0) return "new";
        return String.format("%+.1f%%", (after - before) * 100.0 / before);
    }
}
