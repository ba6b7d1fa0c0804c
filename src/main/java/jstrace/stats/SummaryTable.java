package jstrace.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jstrace.cli.UsageError;

/**
 * strace's -c table: the columns chosen with -U (default % time, seconds, usecs/call, calls,
 * errors, syscall), each as wide as its header or its widest value, rows sorted by -S (ties keep
 * syscall-number order), and a total row. Without new columns the text is strace 6.1's; strace
 * 7.1's wall-* columns are laid out as strace 7.x prints them, and jstrace's percentile columns
 * (pNN-time) like the shortest/longest columns.
 */
public final class SummaryTable {
    private SummaryTable() {}

    /**
     * One syscall's counts; times in nanoseconds. {@code wall*} are the wall-clock figures (zero when
     * no wall-* column or sort key asked for them), {@code latency} the distribution of the -c time
     * (null unless a percentile was asked for), {@code errnos} the errors by errno, most frequent first
     * (empty unless --errno-summary).
     */
    public record Row(String name, long calls, long errors, long totalNs, long minNs, long maxNs, long wallNs,
            long wallMinNs, long wallMaxNs, Latency latency, List<ErrnoCount> errnos) {
        public Row(String name, long calls, long errors, long totalNs, long minNs, long maxNs) {
            this(name, calls, errors, totalNs, minNs, maxNs, 0, 0, 0, null, List.of());
        }

        /** The time below which {@code percentile}% of the calls took (nearest rank, within 1%); 0 without a histogram. */
        public long percentileNs(double percentile) {
            return latency == null ? 0 : latency.at(percentile);
        }
    }

    /** How many of a syscall's errors were {@code errno}. */
    public record ErrnoCount(int errno, long count) {}

    public enum Kind {
        PERCENT, TOTAL, MIN, MAX, AVG, CALLS, ERRORS, NAME, WALL_TOTAL, WALL_MIN, WALL_MAX, WALL_AVG, PERCENTILE
    }

    /** A column of the table: its kind, the percentile of a {@link Kind#PERCENTILE} column, its header. */
    public record Column(Kind kind, double percentile, String header) {
        public boolean wall() {
            return kind == Kind.WALL_TOTAL || kind == Kind.WALL_MIN || kind == Kind.WALL_MAX || kind == Kind.WALL_AVG;
        }

        /** The -U name a percentile column is shown as: "p99" for p99-time, "p99.9" for p99.9-time. */
        public String percentileName() {
            return header.substring(0, header.length() - "-time".length());
        }
    }

    public static final Column PERCENT = new Column(Kind.PERCENT, 0, "% time"), TOTAL = new Column(Kind.TOTAL, 0, "seconds"),
            MIN = new Column(Kind.MIN, 0, "shortest"), MAX = new Column(Kind.MAX, 0, "longest"),
            AVG = new Column(Kind.AVG, 0, "usecs/call"), CALLS = new Column(Kind.CALLS, 0, "calls"),
            ERRORS = new Column(Kind.ERRORS, 0, "errors"), NAME = new Column(Kind.NAME, 0, "syscall"),
            WALL_TOTAL = new Column(Kind.WALL_TOTAL, 0, "wall-total"), WALL_MIN = new Column(Kind.WALL_MIN, 0, "wall-min"),
            WALL_MAX = new Column(Kind.WALL_MAX, 0, "wall-max"), WALL_AVG = new Column(Kind.WALL_AVG, 0, "wall-avg");

    public static final List<Column> DEFAULT_COLUMNS = List.of(PERCENT, TOTAL, AVG, CALLS, ERRORS, NAME);

    /** Thrown by {@link #named} for a name that is no column; the message says why. */
    private static final class NotAColumn extends Exception {
        NotAColumn(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * The names -U and -S accept: strace 7.2's aliases, and pNN-time (also pNN_time, time-pNN,
     * time_pNN) with NN a percentile from 0 to 100, decimals allowed. null stands for "nothing" (no
     * column, no sorting).
     */
    private static Column named(String s) throws NotAColumn {
        switch (s) {
            case "time", "time_percent", "time-percent": return PERCENT;
            case "time_total", "time-total", "total_time", "total-time": return TOTAL;
            case "min_time", "min-time", "shortest", "time_min", "time-min": return MIN;
            case "longest", "max_time", "max-time", "time_max", "time-max": return MAX;
            case "avg_time", "avg-time", "time_avg", "time-avg": return AVG;
            case "calls", "count": return CALLS;
            case "error", "errors": return ERRORS;
            case "name", "syscall", "syscall_name", "syscall-name": return NAME;
            case "wall_total", "wall-total", "total_wall", "total-wall": return WALL_TOTAL;
            case "wall_min", "wall-min", "min_wall", "min-wall": return WALL_MIN;
            case "wall_max", "wall-max", "max_wall", "max-wall": return WALL_MAX;
            case "wall_avg", "wall-avg", "avg_wall", "avg-wall": return WALL_AVG;
            case "none", "nothing": return null;
            default: return percentile(s);
        }
    }

    private static Column percentile(String s) throws NotAColumn {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("p([0-9]+(?:\\.[0-9]+)?)[-_]time|time[-_]p([0-9]+(?:\\.[0-9]+)?)").matcher(s);
        if (!m.matches()) throw new NotAColumn("unknown column name: '" + s + "'");
        BigDecimal p = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2));
        if (p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new NotAColumn("invalid percentile in column name: '" + s + "' (0 to 100)");
        }
        String number = p.signum() == 0 ? "0" : p.stripTrailingZeros().toPlainString();
        return new Column(Kind.PERCENTILE, p.doubleValue(), "p" + number + "-time");
    }

    /** -U: a comma list of column names; the syscall name column is always shown. */
    public static List<Column> parseColumns(String spec) {
        List<Column> cols = new ArrayList<>();
        String rest = spec;
        for (String item : spec.split(",", -1)) {
            Column c;
            try {
                c = named(item);
            } catch (NotAColumn e) {
                throw new UsageError(e.getMessage(), true);
            }
            if (c == null) throw new UsageError("unknown column name: '" + item + "'", true);
            if (cols.contains(c)) {
                throw new UsageError("call summary column has been provided more than once: '" + item
                        + "' (-U option residual: '" + rest + "')", true);
            }
            cols.add(c);
            rest = rest.substring(Math.min(rest.length(), item.length() + 1));
        }
        if (!cols.contains(NAME)) cols.add(NAME);
        return cols;
    }

    /** -S: the column to sort by (null: "nothing", number order). */
    public static Column sortColumn(String sortBy) {
        try {
            return named(sortBy);
        } catch (NotAColumn e) {
            throw new UsageError("invalid sortby: '" + sortBy + "'", true);
        }
    }

    /** -S: the sort order; rows come in syscall-number order, which ties keep. */
    public static Comparator<Row> sortOrder(String sortBy) {
        return comparator(sortColumn(sortBy));
    }

    /** Rows by {@code c}, biggest first (names: alphabetically); null for no sorting. */
    public static Comparator<Row> comparator(Column c) {
        return c == null ? null : new RowOrder(c);
    }

    /** A class, not lambdas: -c's report is on the path of every `jstrace -c` (see jstrace.Main.MESSAGES). */
    private static final class RowOrder implements Comparator<Row> {
        private final Column by;

        RowOrder(Column by) {
            this.by = by;
        }

        @Override
        public int compare(Row a, Row b) {
            if (by.kind == Kind.NAME) return a.name().compareTo(b.name());
            return Long.compare(key(b), key(a));
        }

        private long key(Row r) {
            return switch (by.kind) {
                case PERCENT, TOTAL -> r.totalNs;
                case MIN -> r.minNs;
                case MAX -> r.maxNs;
                case AVG -> avgNs(r);
                case CALLS -> r.calls;
                case ERRORS -> r.errors;
                case NAME -> 0;
                case WALL_TOTAL -> r.wallNs;
                case WALL_MIN -> r.wallMinNs;
                case WALL_MAX -> r.wallMaxNs;
                case WALL_AVG -> wallAvgNs(r);
                case PERCENTILE -> r.percentileNs(by.percentile);
            };
        }
    }

    /** strace's average: total / calls rounded to the nearest nanosecond. */
    public static long avgNs(Row r) {
        return r.calls == 0 ? 0 : (r.totalNs + r.calls / 2) / r.calls;
    }

    public static long wallAvgNs(Row r) {
        return r.calls == 0 ? 0 : (r.wallNs + r.calls / 2) / r.calls;
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
        return render(rows, null, columns, order);
    }

    /** Rows in the order of the table: {@code order} applied to rows in number order (stable). */
    public static List<Row> sorted(List<Row> rows, Comparator<Row> order) {
        List<Row> sorted = new ArrayList<>(rows);
        if (order != null) sorted.sort(order); // List.sort is stable: ties stay in number order
        return sorted;
    }

    /** The figures of a table's total row. */
    public record Total(long calls, long errors, long totalNs, long minNs, long maxNs, long wallNs, long wallMinNs,
            long wallMaxNs) {}

    /** The total row: sums, and the extremes over all rows (0 for no rows). */
    public static Total total(List<Row> rows) {
        long totalNs = 0, calls = 0, errors = 0, minNs = Long.MAX_VALUE, maxNs = 0, wallNs = 0, wallMinNs = Long.MAX_VALUE,
                wallMaxNs = 0;
        for (Row r : rows) {
            totalNs += r.totalNs;
            calls += r.calls;
            errors += r.errors;
            minNs = Math.min(minNs, r.minNs);
            maxNs = Math.max(maxNs, r.maxNs);
            wallNs += r.wallNs;
            wallMinNs = Math.min(wallMinNs, r.wallMinNs);
            wallMaxNs = Math.max(wallMaxNs, r.wallMaxNs);
        }
        return new Total(calls, errors, totalNs, rows.isEmpty() ? 0 : minNs, maxNs, wallNs, rows.isEmpty() ? 0 : wallMinNs,
                wallMaxNs);
    }

    /**
     * The table's text, lines ending in '\n'. {@code rows} are in syscall-number order;
     * {@code totalLatency} gives the total row's percentiles (all calls of the table).
     */
    public static String render(List<Row> rows, Latency totalLatency, List<Column> columns, Comparator<Row> order) {
        List<Row> sorted = sorted(rows, order);
        Total t = total(rows);
        long maxMinNs = 0, maxAvgNs = 0, maxWallMinNs = 0, maxWallAvgNs = 0;
        int longestName = 0;
        for (Row r : rows) {
            maxMinNs = Math.max(maxMinNs, r.minNs);
            maxAvgNs = Math.max(maxAvgNs, avgNs(r));
            maxWallMinNs = Math.max(maxWallMinNs, r.wallMinNs);
            maxWallAvgNs = Math.max(maxWallAvgNs, wallAvgNs(r));
            longestName = Math.max(longestName, r.name.length());
        }
        double total = seconds(t.totalNs), wallTotal = seconds(t.wallNs);
        int[] width = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            width[i] = switch (c.kind) {
                case PERCENT -> 6;
                case TOTAL -> Math.max(11, fixed6(total).length());
                case MIN -> Math.max(8, wholeSeconds(maxMinNs));
                case MAX -> Math.max(7, wholeSeconds(t.maxNs));
                case AVG -> Math.max(11, Long.toString(micros(seconds(maxAvgNs))).length());
                case CALLS -> Math.max(9, Long.toString(t.calls).length());
                case ERRORS -> Math.max(9, Long.toString(t.errors).length());
                case NAME -> Math.max(16, longestName + 1);
                case WALL_TOTAL -> Math.max(11, fixed6(wallTotal).length());
                case WALL_MIN -> Math.max(8, wholeSeconds(maxWallMinNs));
                case WALL_MAX -> Math.max(8, wholeSeconds(t.wallMaxNs));
                case WALL_AVG -> Math.max(11, Long.toString(micros(seconds(maxWallAvgNs))).length());
                case PERCENTILE -> {
                    long widest = totalLatency == null ? 0 : totalLatency.at(c.percentile);
                    for (Row r : rows) widest = Math.max(widest, r.percentileNs(c.percentile));
                    yield Math.max(c.header.length(), wholeSeconds(widest));
                }
            };
        }

        StringBuilder out = new StringBuilder();
        int last = columns.size() - 1;
        for (int i = 0; i <= last; i++) {
            Column c = columns.get(i);
            if (i > 0) out.append(' ');
            if (c.kind == Kind.NAME) leftAligned(out, c.header, i == last ? 0 : width[i]);
            else rightAligned(out, c.header, width[i]);
        }
        out.append('\n');
        dashes(out, width);
        for (Row r : sorted) {
            double secs = seconds(r.totalNs);
            double percent = 100.0 * secs;
            if (percent != 0.0) percent /= total;
            for (int i = 0; i <= last; i++) {
                Column c = columns.get(i);
                if (i > 0) out.append(' ');
                cell(out, c, width[i], i == last, switch (c.kind) {
                    case PERCENT -> fixed(percent, 2);
                    case TOTAL -> fixed6(secs);
                    case MIN -> fixed6(seconds(r.minNs));
                    case MAX -> fixed6(seconds(r.maxNs));
                    case AVG -> Long.toString(micros(seconds(avgNs(r))));
                    case CALLS -> Long.toString(r.calls);
                    // %.0lu: zero prints as nothing
                    case ERRORS -> r.errors == 0 ? "" : Long.toString(r.errors);
                    case NAME -> r.name;
                    case WALL_TOTAL -> fixed6(seconds(r.wallNs));
                    case WALL_MIN -> fixed6(seconds(r.wallMinNs));
                    case WALL_MAX -> fixed6(seconds(r.wallMaxNs));
                    case WALL_AVG -> Long.toString(micros(seconds(wallAvgNs(r))));
                    case PERCENTILE -> fixed6(seconds(r.percentileNs(c.percentile)));
                });
            }
            out.append('\n');
        }
        dashes(out, width);
        for (int i = 0; i <= last; i++) {
            Column c = columns.get(i);
            if (i > 0) out.append(' ');
            cell(out, c, width[i], i == last, switch (c.kind) {
                case PERCENT -> "100.00";
                case TOTAL -> fixed6(total);
                case MIN -> fixed6(seconds(t.minNs));
                case MAX -> fixed6(seconds(t.maxNs));
                case AVG -> Long.toString(t.calls == 0 ? 0 : micros(total / t.calls));
                case CALLS -> Long.toString(t.calls);
                case ERRORS -> t.errors == 0 ? "" : Long.toString(t.errors);
                case NAME -> "total";
                case WALL_TOTAL -> fixed6(wallTotal);
                case WALL_MIN -> fixed6(seconds(t.wallMinNs));
                case WALL_MAX -> fixed6(seconds(t.wallMaxNs));
                case WALL_AVG -> Long.toString(t.calls == 0 ? 0 : micros(wallTotal / t.calls));
                case PERCENTILE -> fixed6(seconds(totalLatency == null ? 0 : totalLatency.at(c.percentile)));
            });
        }
        out.append('\n');
        return out.toString();
    }

    /**
     * --errno-summary: the errors of each syscall by errno, in the order of the main table's rows
     * (most frequent errno first), then their total: "errors errno syscall" columns in the style
     * of the main table.
     */
    public static String renderErrnos(List<Row> rows, Comparator<Row> order) {
        List<Row> sorted = sorted(rows, order);
        long errors = 0;
        int longestErrno = 0, longestName = 0;
        for (Row r : sorted) {
            for (ErrnoCount e : r.errnos) {
                errors += e.count;
                longestErrno = Math.max(longestErrno, errnoName(e.errno).length());
                longestName = Math.max(longestName, r.name.length());
            }
        }
        int[] width = {Math.max(9, Long.toString(errors).length()), Math.max(16, longestErrno + 1), Math.max(16, longestName + 1)};
        StringBuilder out = new StringBuilder();
        rightAligned(out, "errors", width[0]);
        out.append(' ');
        leftAligned(out, "errno", width[1]);
        out.append(" syscall\n");
        dashes(out, width);
        for (Row r : sorted) {
            for (ErrnoCount e : r.errnos) {
                rightAligned(out, Long.toString(e.count), width[0]);
                out.append(' ');
                leftAligned(out, errnoName(e.errno), width[1]);
                out.append(' ').append(r.name).append('\n');
            }
        }
        dashes(out, width);
        rightAligned(out, Long.toString(errors), width[0]);
        out.append(' ');
        leftAligned(out, "", width[1]);
        out.append(" total\n");
        return out.toString();
    }

    /** The errno's name (ENOENT), or its number for one the tables do not know. */
    public static String errnoName(int errno) {
        String name = jstrace.decode.Errno.name(errno);
        return name != null ? name : Integer.toString(errno);
    }

    private static void cell(StringBuilder out, Column c, int width, boolean last, String text) {
        if (c.kind == Kind.NAME) leftAligned(out, text, last ? 0 : width);
        else rightAligned(out, text, width);
    }

    /** The width strace gives a seconds column: that of the whole seconds followed by ".000000". */
    private static int wholeSeconds(long ns) {
        return Long.toString(ns / 1_000_000_000L).length() + 7;
    }

    static String fixed6(double v) {
        return fixed(v, 6);
    }

    /**
     * C's %.Nf as glibc's printf gives it: the double's exact value rounded half to even (String.format
     * rounds its shortest decimal form half up, and loads the locale providers: ~40 ms of a -c run).
     */
    static String fixed(double v, int digits) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        return new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void dashes(StringBuilder out, int[] width) {
        for (int i = 0; i < width.length; i++) {
            if (i > 0) out.append(' ');
            out.append("-".repeat(width[i]));
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
