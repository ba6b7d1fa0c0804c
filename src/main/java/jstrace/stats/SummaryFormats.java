package jstrace.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * --summary-format=json|csv: the figures of the text report for programs, times in nanoseconds.
 * Every row has the syscall's calls, errors, share of the time and total/shortest/longest/average
 * time; wall-clock figures when a wall-* column or sort key asked for them, the percentiles of the
 * -U pNN-time columns, errors by errno under --errno-summary. Rows in the order of the text table
 * (-S). The fields are described in man/jstrace.1.
 */
final class SummaryFormats {
    private SummaryFormats() {}

    private static List<SummaryTable.Column> percentileColumns(Summary.Config config) {
        List<SummaryTable.Column> out = new ArrayList<>();
        for (SummaryTable.Column c : config.columns) if (c.kind() == SummaryTable.Kind.PERCENTILE) out.add(c);
        return out;
    }

    // ---- JSON --------------------------------------------------------------------------------

    static String json(Summary.Config config, Comparator<SummaryTable.Row> order, List<Summary.Table> tables,
            Summary.Table total) {
        boolean wall = config.wall();
        List<SummaryTable.Column> pcts = percentileColumns(config);
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"clock\": \"").append(config.wallClock ? "wall" : "system").append("\",\n");
        sb.append("  \"overhead_ns\": ").append(config.overheadNs).append(",\n");
        sb.append("  \"summary_by\": ")
                .append(config.by == Summary.By.NONE ? "null" : config.by == Summary.By.THREAD ? "\"thread\"" : "\"process\"")
                .append(",\n");
        if (config.by != Summary.By.NONE) {
            sb.append(config.by == Summary.By.THREAD ? "  \"threads\": [" : "  \"processes\": [");
            for (int i = 0; i < tables.size(); i++) {
                Summary.Table t = tables.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("    {");
                if (config.by == Summary.By.THREAD) sb.append("\"tid\": ").append(t.scope().id).append(", ");
                sb.append("\"pid\": ").append(t.scope().pid).append(", \"comm\": ");
                string(sb, t.scope().comm);
                sb.append(",\n");
                table(sb, "      ", t, order, wall, pcts, config.errnos);
                sb.append("\n    }");
            }
            sb.append(tables.isEmpty() ? "],\n" : "\n  ],\n");
        }
        table(sb, "  ", total, order, wall, pcts, config.errnos);
        sb.append("\n}\n");
        return sb.toString();
    }

    /** "syscalls": [...], "total": {...} of one table, at {@code indent}. */
    private static void table(StringBuilder sb, String indent, Summary.Table t, Comparator<SummaryTable.Row> order,
            boolean wall, List<SummaryTable.Column> pcts, boolean errnos) {
        List<SummaryTable.Row> rows = SummaryTable.sorted(t.rows(), order);
        SummaryTable.Total total = SummaryTable.total(t.rows());
        sb.append(indent).append("\"syscalls\": [");
        for (int i = 0; i < rows.size(); i++) {
            SummaryTable.Row r = rows.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append(indent).append("  {\"syscall\": ");
            string(sb, r.name());
            sb.append(", \"calls\": ").append(r.calls()).append(", \"errors\": ").append(r.errors());
            sb.append(", \"time_percent\": ").append(percent(r, total));
            sb.append(", \"total_ns\": ").append(r.totalNs()).append(", \"min_ns\": ").append(r.minNs());
            sb.append(", \"max_ns\": ").append(r.maxNs()).append(", \"avg_ns\": ").append(SummaryTable.avgNs(r));
            if (wall) {
                sb.append(", \"wall_total_ns\": ").append(r.wallNs()).append(", \"wall_min_ns\": ").append(r.wallMinNs());
                sb.append(", \"wall_max_ns\": ").append(r.wallMaxNs()).append(", \"wall_avg_ns\": ")
                        .append(SummaryTable.wallAvgNs(r));
            }
            if (!pcts.isEmpty()) {
                sb.append(", \"percentiles_ns\": {");
                for (int p = 0; p < pcts.size(); p++) {
                    if (p > 0) sb.append(", ");
                    string(sb, pcts.get(p).percentileName());
                    sb.append(": ").append(r.percentileNs(pcts.get(p).percentile()));
                }
                sb.append('}');
            }
            if (errnos) errnos(sb, r.errnos());
            sb.append('}');
        }
        sb.append(rows.isEmpty() ? "],\n" : "\n" + indent + "],\n");
        sb.append(indent).append("\"total\": {\"calls\": ").append(total.calls()).append(", \"errors\": ").append(total.errors());
        sb.append(", \"total_ns\": ").append(total.totalNs()).append(", \"min_ns\": ").append(total.minNs());
        sb.append(", \"max_ns\": ").append(total.maxNs()).append(", \"avg_ns\": ").append(avg(total.totalNs(), total.calls()));
        if (wall) {
            sb.append(", \"wall_total_ns\": ").append(total.wallNs()).append(", \"wall_min_ns\": ").append(total.wallMinNs());
            sb.append(", \"wall_max_ns\": ").append(total.wallMaxNs()).append(", \"wall_avg_ns\": ")
                    .append(avg(total.wallNs(), total.calls()));
        }
        if (!pcts.isEmpty()) {
            sb.append(", \"percentiles_ns\": {");
            for (int p = 0; p < pcts.size(); p++) {
                if (p > 0) sb.append(", ");
                string(sb, pcts.get(p).percentileName());
                sb.append(": ").append(t.allLatency() == null ? 0 : t.allLatency().at(pcts.get(p).percentile()));
            }
            sb.append('}');
        }
        if (errnos) errnos(sb, totalErrnos(t.rows()));
        sb.append('}');
    }

    private static void errnos(StringBuilder sb, List<SummaryTable.ErrnoCount> counts) {
        sb.append(", \"errnos\": {");
        for (int e = 0; e < counts.size(); e++) {
            if (e > 0) sb.append(", ");
            string(sb, SummaryTable.errnoName(counts.get(e).errno()));
            sb.append(": ").append(counts.get(e).count());
        }
        sb.append('}');
    }

    /** Errors by errno over all syscalls of a table, most frequent first. */
    static List<SummaryTable.ErrnoCount> totalErrnos(List<SummaryTable.Row> rows) {
        Map<Integer, Long> sum = new LinkedHashMap<>();
        for (SummaryTable.Row r : rows) for (SummaryTable.ErrnoCount e : r.errnos()) sum.merge(e.errno(), e.count(), Long::sum);
        List<SummaryTable.ErrnoCount> out = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : sum.entrySet()) out.add(new SummaryTable.ErrnoCount(e.getKey(), e.getValue()));
        out.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : Integer.compare(a.errno(), b.errno()));
        return out;
    }

    private static long avg(long ns, long calls) {
        return calls == 0 ? 0 : (ns + calls / 2) / calls;
    }

    /** The row's "% time", as the text table rounds it. */
    private static String percent(SummaryTable.Row r, SummaryTable.Total t) {
        double percent = 100.0 * SummaryTable.seconds(r.totalNs());
        if (percent != 0.0) percent /= SummaryTable.seconds(t.totalNs());
        return SummaryTable.fixed(percent, 2);
    }

    /** A JSON string, ASCII only. */
    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') sb.append('\\').append(ch);
            else if (ch >= 0x20 && ch < 0x7f) sb.append(ch);
            else sb.append("\\u").append(Integer.toHexString(0x10000 | ch), 1, 5);
        }
        sb.append('"');
    }

    // ---- CSV ---------------------------------------------------------------------------------

    /**
     * A header row, then one row per syscall of the table: with --summary-by one row per syscall of
     * each process (pid,comm first) or thread (tid,pid,comm first), and no aggregate rows (they are
     * the sums); otherwise the aggregate table's rows. No total row.
     */
    static String csv(Summary.Config config, Comparator<SummaryTable.Row> order, List<Summary.Table> tables,
            Summary.Table total) {
        boolean wall = config.wall();
        List<SummaryTable.Column> pcts = percentileColumns(config);
        StringBuilder sb = new StringBuilder();
        if (config.by == Summary.By.THREAD) sb.append("tid,pid,comm,");
        else if (config.by == Summary.By.PROCESS) sb.append("pid,comm,");
        sb.append("syscall,calls,errors,time_percent,total_ns,min_ns,max_ns,avg_ns");
        if (wall) sb.append(",wall_total_ns,wall_min_ns,wall_max_ns,wall_avg_ns");
        for (SummaryTable.Column c : pcts) sb.append(',').append(c.percentileName()).append("_ns");
        if (config.errnos) sb.append(",errnos");
        sb.append('\n');
        for (Summary.Table t : config.by == Summary.By.NONE ? List.of(total) : tables) {
            SummaryTable.Total sum = SummaryTable.total(t.rows());
            for (SummaryTable.Row r : SummaryTable.sorted(t.rows(), order)) {
                if (config.by == Summary.By.THREAD) sb.append(t.scope().id).append(',');
                if (config.by != Summary.By.NONE) {
                    sb.append(t.scope().pid).append(',');
                    field(sb, t.scope().comm);
                    sb.append(',');
                }
                field(sb, r.name());
                sb.append(',').append(r.calls()).append(',').append(r.errors()).append(',').append(percent(r, sum));
                sb.append(',').append(r.totalNs()).append(',').append(r.minNs()).append(',').append(r.maxNs());
                sb.append(',').append(SummaryTable.avgNs(r));
                if (wall) {
                    sb.append(',').append(r.wallNs()).append(',').append(r.wallMinNs()).append(',').append(r.wallMaxNs());
                    sb.append(',').append(SummaryTable.wallAvgNs(r));
                }
                for (SummaryTable.Column c : pcts) sb.append(',').append(r.percentileNs(c.percentile()));
                if (config.errnos) {
                    sb.append(',');
                    for (int e = 0; e < r.errnos().size(); e++) {
                        if (e > 0) sb.append(' ');
                        sb.append(SummaryTable.errnoName(r.errnos().get(e).errno())).append(':').append(r.errnos().get(e).count());
                    }
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break. */
    private static void field(StringBuilder sb, String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            sb.append(s);
            return;
        }
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
