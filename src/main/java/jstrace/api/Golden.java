package jstrace.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jstrace.event.TraceEvent;
import jstrace.output.Normalizer;

/**
 * Golden traces: a trace's normalised text (pids as P1, P2 in process-tree order, addresses, times,
 * inodes, random bytes masked; see {@link Normalizer}) compared with a checked-in file.
 *
 * <p>To create or update golden files, run the tests with {@code -Djstrace.updateGolden=true} (or the
 * environment variable {@code JSTRACE_UPDATE_GOLDEN=1}): {@link #assertMatches} then writes the file
 * instead of comparing, and the change shows in version control's diff.
 */
public final class Golden {
    private Golden() {}

    /** The normalised lines of a trace. */
    public static List<String> normalize(TraceResult result) {
        return normalize(result.events());
    }

    /** The normalised lines of events. */
    public static List<String> normalize(List<TraceEvent> events) {
        Normalizer n = new Normalizer();
        n.nameTree(events);
        List<String> out = new ArrayList<>();
        for (TraceEvent e : events) {
            String line = n.line(e);
            if (line != null) out.add(line);
        }
        return out;
    }

    /** Whether golden files are being written rather than compared. */
    public static boolean updating() {
        return Boolean.getBoolean("jstrace.updateGolden") || "1".equals(System.getenv("JSTRACE_UPDATE_GOLDEN"));
    }

    /** The normalised trace equals {@code golden}'s lines; otherwise an AssertionError with a diff. */
    public static void assertMatches(TraceResult result, Path golden) {
        assertMatches(normalize(result), golden);
    }

    public static void assertMatches(List<String> actual, Path golden) {
        try {
            if (updating()) {
                if (golden.getParent() != null) Files.createDirectories(golden.getParent());
                Files.write(golden, actual);
                return;
            }
            if (!Files.exists(golden)) {
                throw new AssertionError("golden file " + golden + " does not exist; run with -Djstrace.updateGolden=true"
                        + " (or JSTRACE_UPDATE_GOLDEN=1) to create it");
            }
            List<String> expected = Files.readAllLines(golden);
            if (!expected.equals(actual)) {
                throw new AssertionError("trace differs from golden file " + golden
                        + " (-expected +actual; update with -Djstrace.updateGolden=true):\n" + diff(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line diff (longest common subsequence): "-" lines only in {@code a}, "+" only in {@code b}, with line numbers. */
    public static String diff(List<String> a, List<String> b) {
        int n = a.size(), m = b.size();
        int head = 0;
        while (head < n && head < m && a.get(head).equals(b.get(head))) head++;
        if ((long) (n - head) * (m - head) > 4_000_000L) {
            // too long for a full diff: the first difference, with context
            StringBuilder out = new StringBuilder();
            for (int k = head; k < Math.min(n, head + 20); k++) out.append(String.format("-%5d %s%n", k + 1, a.get(k)));
            for (int k = head; k < Math.min(m, head + 20); k++) out.append(String.format("+%5d %s%n", k + 1, b.get(k)));
            return out.toString();
        }
        a = a.subList(head, n);
        b = b.subList(head, m);
        n -= head;
        m -= head;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0, j = 0, shown = 0;
        while ((i < n || j < m) && shown < 200) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.append(String.format("+%5d %s%n", head + j + 1, b.get(j++)));
                shown++;
            } else {
                out.append(String.format("-%5d %s%n", head + i + 1, a.get(i++)));
                shown++;
            }
        }
        if (shown == 200) out.append("... (more differences)\n");
        return out.toString();
    }
}
