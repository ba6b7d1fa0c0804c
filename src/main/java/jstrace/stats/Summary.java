package jstrace.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;
import jstrace.output.TraceOutput;

/**
 * -c / -C: calls, errors and time per syscall, printed at the end in strace's table. Time is the
 * tracee's system CPU time between the entry and exit stops (wait4's rusage, as strace measures it,
 * so sleeping looks cheap), or with -w the wall time between the stops; -O subtracts a fixed overhead
 * from every call. Beyond strace 6.1: wall-* columns (strace 7.1's, always wall time), pNN-time
 * percentile columns, --summary-by (a table per process or thread before the total one),
 * --errno-summary (errors by errno) and --summary-format (json, csv).
 */
public final class Summary implements TraceListener {
    public enum By { NONE, PROCESS, THREAD }

    public enum Format { TEXT, JSON, CSV }

    /** What the summary shows. */
    public static final class Config {
        public boolean wallClock;
        public long overheadNs;
        public List<SummaryTable.Column> columns = SummaryTable.DEFAULT_COLUMNS;
        /** -S (null: "nothing"). */
        public SummaryTable.Column sortBy = SummaryTable.PERCENT;
        public By by = By.NONE;
        public boolean errnos;
        public Format format = Format.TEXT;

        /** Wall-clock figures are kept when a column or the sort key needs them. */
        boolean wall() {
            if (sortBy != null && sortBy.wall()) return true;
            for (SummaryTable.Column c : columns) if (c.wall()) return true;
            return false;
        }

        boolean percentiles() {
            if (sortBy != null && sortBy.kind() == SummaryTable.Kind.PERCENTILE) return true;
            for (SummaryTable.Column c : columns) if (c.kind() == SummaryTable.Kind.PERCENTILE) return true;
            return false;
        }
    }

    /** Scopes by pid/tid (a class, not a lambda: see jstrace.Main.MESSAGES). */
    private static final Comparator<Scope> BY_ID = new Comparator<>() {
        @Override
        public int compare(Scope a, Scope b) {
            return Integer.compare(a.id, b.id);
        }
    };

    /** The calls of one process (by tgid) or thread (by tid) with --summary-by. */
    static final class Scope {
        final int id, pid;
        String comm;
        final Counts counts;

        Scope(int id, int pid, String comm, Counts counts) {
            this.id = id;
            this.pid = pid;
            this.comm = comm;
            this.counts = counts;
        }
    }

    private final TraceOutput out;
    private final Config config;
    private final boolean wall, percentiles;
    private final Comparator<SummaryTable.Row> order;
    private final Counts all;
    /**
     * The i386 calls (int $0x80), in a table of their own as strace prints them after the x86_64 one
     * ("System call usage summary for 32 bit mode:"); null until one is counted. They are in no
     * --summary-by table, nor in the JSON and CSV summaries, which have no personality yet.
     */
    private Counts all32;
    /** Scopes in the order of their first call; those of live tasks by id. */
    private final List<Scope> scopes = new ArrayList<>();
    private final Map<Integer, Scope> live = new HashMap<>();
    private Scope last;
    /** Threads that exec'd (--summary-by=thread): their table ends with the execve's return. */
    private final java.util.Set<Integer> endAfterCall = new java.util.HashSet<>();

    public Summary(TraceOutput out, Config config) {
        this.out = out;
        this.config = config;
        this.wall = config.wall();
        this.percentiles = config.percentiles();
        this.order = SummaryTable.comparator(config.sortBy);
        this.all = newCounts();
    }

    private Counts newCounts() {
        return new Counts(wall, percentiles, config.errnos);
    }

    @Override
    public void syscallEntered(Call c) {}

    @Override
    public void syscallExited(Call c) {
        int i = Counts.slot(c.nr);
        long wallNs = Math.max(0, c.durationNanos() - config.overheadNs);
        long ns = config.wallClock ? wallNs : Math.max(0, c.systemNanos() - config.overheadNs);
        int errno = c.failed ? c.errno() : 0;
        if (c.personality == Call.I386) {
            if (all32 == null) all32 = new Counts(wall, percentiles, config.errnos, true);
            all32.add(i, c.nr, ns, wallNs, c.failed, errno);
            return;
        }
        all.add(i, c.nr, ns, wallNs, c.failed, errno);
        if (config.by != By.NONE) {
            scope(c).counts.add(i, c.nr, ns, wallNs, c.failed, errno);
            if (!endAfterCall.isEmpty() && endAfterCall.remove(c.pid)) ended(c.pid);
        }
    }

    private Scope scope(Call c) {
        int id = config.by == By.THREAD ? c.pid : c.tgid;
        Scope s = last;
        if (s != null && s.id == id) return s;
        s = live.get(id);
        if (s == null) {
            String comm = c.comm();
            if (config.by == By.PROCESS && c.pid != c.tgid) {
                String leader = Print.commName(c.tgid);
                if (leader != null) comm = leader;
            }
            s = new Scope(id, c.tgid, comm, newCounts());
            scopes.add(s);
            live.put(id, s);
        }
        last = s;
        return s;
    }

    /** A task id is done with: a later call with that id is another task's (pid reuse). */
    private void ended(int id) {
        Scope s = live.remove(id);
        if (s != null && last == s) last = null;
    }

    @Override
    public void execed(TraceEvent.Exec e) {
        if (config.by == By.NONE) return;
        if (config.by == By.THREAD && e.formerTid() != e.pid()) {
            // a thread that exec'd goes on as the leader's pid: its execve, which returns under the
            // tid it was called with, is the last call of its table; its calls from now on are a new table's
            endAfterCall.add(e.formerTid());
            return;
        }
        // tables are named after the command their task ran last
        Scope s = live.get(config.by == By.THREAD ? e.pid() : e.tgid());
        if (s != null && !e.command().isEmpty()) s.comm = e.command();
    }

    @Override
    public void exited(TraceEvent.Exited e) {
        taskEnded(e.pid(), e.tgid());
    }

    @Override
    public void killed(TraceEvent.Killed e) {
        taskEnded(e.pid(), e.tgid());
    }

    @Override
    public void vanished(TraceEvent.Vanished e) {
        // a leader replaced by a thread that exec'd: the process goes on under its pid
        if (config.by == By.THREAD) ended(e.pid());
    }

    private void taskEnded(int pid, int tgid) {
        if (config.by == By.THREAD) ended(pid);
        // a leader's exit is reported once its whole thread group is gone
        else if (config.by == By.PROCESS && pid == tgid) ended(tgid);
    }

    /** One table of the report: a process's, a thread's or (scope null) all calls'. */
    record Table(Scope scope, List<SummaryTable.Row> rows, Latency allLatency) {}

    @Override
    public void finish() {
        // by pid/tid; a reused id's tables in the order the tasks came
        List<Scope> byId = new ArrayList<>(scopes);
        byId.sort(BY_ID);
        List<Table> tables = new ArrayList<>();
        for (Scope s : byId) tables.add(new Table(s, s.counts.rows(), s.counts.allLatency()));
        Table total = new Table(null, all.rows(), all.allLatency());
        String text = switch (config.format) {
            case TEXT -> text(tables, total);
            case JSON -> SummaryFormats.json(config, order, tables, total);
            case CSV -> SummaryFormats.csv(config, order, tables, total);
        };
        // strace reports failed writes of trace lines, not of its table
        out.flush();
        out.onWriteError(null);
        if (config.format == Format.TEXT) {
            // no call counted at all (-e trace=none, or the traced calls never made): strace prints no table
            if (total.rows().isEmpty()) text = "";
            if (all32 != null) {
                StringBuilder sb = new StringBuilder(text).append("System call usage summary for 32 bit mode:\n");
                table(sb, new Table(null, all32.rows(), all32.allLatency()));
                text = sb.toString();
            }
            if (text.isEmpty()) return;
        }
        out.append(text);
        out.flush();
    }

    private String text(List<Table> tables, Table total) {
        StringBuilder sb = new StringBuilder();
        for (Table t : tables) {
            sb.append(heading(config.by, t.scope)).append('\n');
            table(sb, t);
            sb.append('\n');
        }
        if (config.by != By.NONE) sb.append(config.by == By.THREAD ? "all threads" : "all processes").append('\n');
        table(sb, total);
        return sb.toString();
    }

    /** "PID 1234 (cmd)" for a process, "TID 1235 (cmd) of PID 1234" for a thread. */
    static String heading(By by, Scope s) {
        if (by == By.THREAD) return "TID " + s.id + " (" + s.comm + ") of PID " + s.pid;
        return "PID " + s.id + " (" + s.comm + ")";
    }

    private void table(StringBuilder sb, Table t) {
        sb.append(SummaryTable.render(t.rows, t.allLatency, config.columns, order));
        if (config.errnos) sb.append('\n').append(SummaryTable.renderErrnos(t.rows, order));
    }
}
