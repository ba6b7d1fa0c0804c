package jstrace.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jstrace.cli.UsageError;

/**
 * strace 6.1's -c table: the columns chosen with -U (default % time, seconds, usecs/call, calls,
 * errors, syscall), each as wide as its header or its widest value, rows sorted by -S (ties keep
 * syscall-number order), and a total row.
 */
public final class SummaryTable {
    /** One syscall's counts; times in nanoseconds. */
    public record Row(String name, long calls, long errors, long totalNs, long minNs, long maxNs) {}

    public enum Column {
        PERCENT("% time"), TOTAL("seconds"), MIN("shortest"), MAX("longest"), AVG("usecs/call"),
        CALLS("calls"), ERRORS("errors"), NAME("syscall");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    public static final List<Column> DEFAULT_COLUMNS = List.of(Column.PERCENT, Column.TOTAL, Column.AVG,
            Column.CALLS, Column.ERRORS, Column.NAME);

    /** The names -U and -S accept (strace's aliases); null stands for "nothing" (no column, no sorting). */
    private static Column named(String s) {
        return switch (s) {
            case "time", "time_percent", "time-percent" -> Column.PERCENT;
            case "time_total", "time-total", "total_time", "total-time" -> Column.TOTAL;
            case "min_time", "min-time", "shortest", "time_min", "time-min" -> Column.MIN;
            case "longest", "max_time", "max-time", "time_max", "time-max" -> Column.MAX;
            case "avg_time", "avg-time", "time_avg", "time-avg" -> Column.AVG;
            case "calls", "count" -> Column.CALLS;
            case "error", "errors" -> Column.ERRORS;
            case "name", "syscall", "syscall_name", "syscall-name" -> Column.NAME;
            case "none", "nothing" -> null;
            default -> throw new IllegalArgumentException(s);
        };
    }

    /** -U: a comma list of column names; the syscall name column is always shown. */
    public static List<Column> parseColumns(String spec) {
        List<Column> cols = new ArrayList<>();
        String rest = spec;
        for (String item : spec.split(",", -1)) {
            Column c;
            try {
                c = named(item);
            } catch (IllegalArgumentException e) {
                c = null;
            }
            if (c == null) throw new UsageError("unknown column name: '" + item + "'", true);
            if (cols.contains(c)) {
                throw new UsageError("call summary column has been provided more than once: '" + item
                        + "' (-U option residual: '" + rest + "')", true);
            }
            cols.add(c);
            rest = rest.substring(Math.min(rest.length(), item.length() + 1));
        }
        if (!cols.contains(Column.NAME)) cols.add(Column.NAME);
        return cols;
    }

    /** -S: the sort order; rows come in syscall-number order, which ties keep. */
    public static Comparator<Row> sortOrder(String sortBy) {
        Column c;
        try {
            c = named(sortBy);
        } catch (IllegalArgumentException e) {
            throw new UsageError("invalid sortby: '" + sortBy + "'", true);
        }
        if (c == null) return null;
        return switch (c) {
            case PERCENT, TOTAL -> Comparator.comparingLong(r -> -r.totalNs);
            case MIN -> Comparator.comparingLong(r -> -r.minNs);
            case MAX -> Comparator.comparingLong(r -> -r.maxNs);
            case AVG -> Comparator.comparingLong(r -> -avgNs(r));
            case CALLS -> Comparator.comparingLong(r -> -r.calls);
            case ERRORS -> Comparator.comparingLong(r -> -r.errors);
            case NAME -> Comparator.comparing(Row::name);
        };
    }

    /** strace's average: total / calls rounded to the nearest nanosecond. */
    static long avgNs(Row r) {
        return (r.totalNs + r.calls / 2) / r.calls;
    }

    /** A duration as strace's ts_float gives it: seconds + nanoseconds / 1e9. */
    static double seconds(long ns) {
        return ns / 1_000_000_000L + (ns % 1_000_000_000L) / 1e9;
    }

    static long micros(double seconds) {
        return (long) (seconds * 1e6);
    }

    /** The table's text, lines ending in '\n'. {@code rows} are in syscall-number order. */
    public static String render(List<Row> rows, List<Column> columns, Comparator<Row> order) {
        List<Row> sorted = new ArrayList<>(rows);
        if (order != null) sorted.sort(order); // List.sort is stable: ties stay in number order
        long totalNs = 0, calls = 0, errors = 0, minNs = Long.MAX_VALUE, maxNs = 0, maxMinNs = 0, maxAvgNs = 0;
        int longestName = 0;
        for (Row r : rows) {
            totalNs += r.totalNs;
            calls += r.calls;
            errors += r.errors;
            minNs = Math.min(minNs, r.minNs);
            maxMinNs = Math.max(maxMinNs, r.minNs);
            maxNs = Math.max(maxNs, r.maxNs);
            maxAvgNs = Math.max(maxAvgNs, avgNs(r));
            longestName = Math.max(longestName, r.name.length());
        }
        double total = seconds(totalNs);
        int[] width = new int[Column.values().length];
        width[Column.PERCENT.ordinal()] = 6;
        width[Column.TOTAL.ordinal()] = Math.max(11, fixed6(total).length());
        width[Column.MIN.ordinal()] = Math.max(8, (maxMinNs / 1_000_000_000L + ".000000").length());
        width[Column.MAX.ordinal()] = Math.max(7, (maxNs / 1_000_000_000L + ".000000").length());
        width[Column.AVG.ordinal()] = Math.max(11, Long.toString(micros(seconds(maxAvgNs))).length());
        width[Column.CALLS.ordinal()] = Math.max(9, Long.toString(calls).length());
        width[Column.ERRORS.ordinal()] = Math.max(9, Long.toString(errors).length());
        width[Column.NAME.ordinal()] = Math.max(16, longestName + 1);

        StringBuilder out = new StringBuilder();
        int last = columns.size() - 1;
        for (int i = 0; i <= last; i++) {
            Column c = columns.get(i);
            if (i > 0) out.append(' ');
            if (c == Column.NAME) leftAligned(out, c.header, i == last ? 0 : width[c.ordinal()]);
            else rightAligned(out, c.header, width[c.ordinal()]);
        }
        out.append('\n');
        dashes(out, columns, width);
        for (Row r : sorted) {
            double secs = seconds(r.totalNs);
            double percent = 100.0 * secs;
            if (percent != 0.0) percent /= total;
            cells(out, columns, width, percent, secs, seconds(r.minNs), seconds(r.maxNs),
                    micros(seconds(avgNs(r))), r.calls, r.errors, r.name);
        }
        dashes(out, columns, width);
        cells(out, columns, width, 100.0, total, seconds(rows.isEmpty() ? 0 : minNs), seconds(maxNs),
                calls == 0 ? 0 : micros(total / calls), calls, errors, "total");
        return out.toString();
    }

    private static void cells(StringBuilder out, List<Column> columns, int[] width, double percent, double secs,
            double min, double max, long avgMicros, long calls, long errors, String name) {
        int last = columns.size() - 1;
        for (int i = 0; i <= last; i++) {
            Column c = columns.get(i);
            if (i > 0) out.append(' ');
            int w = width[c.ordinal()];
            switch (c) {
                case PERCENT -> rightAligned(out, String.format(Locale.ROOT, "%.2f", percent), w);
                case TOTAL -> rightAligned(out, fixed6(secs), w);
                case MIN -> rightAligned(out, fixed6(min), w);
                case MAX -> rightAligned(out, fixed6(max), w);
                case AVG -> rightAligned(out, Long.toString(avgMicros), w);
                case CALLS -> rightAligned(out, Long.toString(calls), w);
                // %.0lu: zero prints as nothing
                case ERRORS -> rightAligned(out, errors == 0 ? "" : Long.toString(errors), w);
                case NAME -> leftAligned(out, name, i == last ? 0 : w);
            }
        }
        out.append('\n');
    }

    private static String fixed6(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static void dashes(StringBuilder out, List<Column> columns, int[] width) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) out.append(' ');
            out.append("-".repeat(width[columns.get(i).ordinal()]));
        }
        out.append('\n');
    }

    private static void rightAligned(StringBuilder out, String s, int w) {
        for (int i = s.length(); i < w; i++) out.append(' ');
        out.append(s);
    }

    private static void leftAligned(StringBuilder out, String s, int w) {
        out.append(s);
        for (int i = s.length(); i < w; i++) out.append(' ');
    }
}
