package jstrace.cli;

import java.util.ArrayList;
import java.util.List;

/** Everything the command line asked for. */
public final class Options {
    /** -o's argument: a file, or "|command" / "!command" (see {@link #outputCommand}). */
    public String outputFile;
    public int maxStrlen = 32;
    public int retColumn = 40;
    /** -x, --strings-in-hex: a Decoding.HEX_* style. */
    public int hexStrings;
    /** -y count (the fd details themselves are {@link #filters}' decodeFds set). */
    public int decodeFds;
    public boolean verbose;
    public boolean help;
    public boolean version;
    /** -f count: 1 follows children, 2 (-ff) also writes one file per process. */
    public int follow;
    /** --output-separately: one FILE.PID per process with -o FILE (with -f, follow is 2 too). */
    public boolean outputSeparately;
    public final List<Integer> attach = new ArrayList<>();
    /** -q count. */
    public int quiet;
    /** -D count (or --daemonize level): 1 grandchild, 2 own process group, 3 own session. */
    public int daemonize;
    /** Internal (the tracer -D starts): {pid, sync fd, level}. */
    public int[] daemonAttach;
    /** -Y: command names after pids. */
    public boolean decodePids;
    /** --pidns-translation (as --decode-pids=pidns). */
    public boolean pidnsTranslation;
    /** -A: append to the -o file. */
    public boolean appendOutput;
    /** -t/-tt/-ttt or --absolute-timestamps: TimeFormat.NONE/TIME/UNIX and fraction digits. */
    public int absoluteFormat, absoluteDigits;
    public boolean relativeTimestamps;
    public int relativeDigits = 6;
    public boolean syscallTimes;
    public int syscallTimesDigits = 6;
    public boolean syscallNumbers;
    public boolean instructionPointer;
    /** -k: 1 stack traces, 2 (-kk, --stack-trace=source) with source lines; 0 none. */
    public int stackTraces;
    /** --stack-trace-frame-limit (0: not given, strace's default of 256). */
    public int stackTraceFrameLimit;
    /** -c: summary only; -C: summary after the trace. */
    public boolean summaryOnly;
    public boolean summary;
    public String summarySortBy = "time";
    public boolean summarySortGiven;
    /** -U: summary columns (null: strace's default). */
    public String summaryColumns;
    /** --summary-by: "process" or "thread" (null: one table). */
    public String summaryBy;
    /** --errno-summary: errors of each syscall by errno. */
    public boolean errnoSummary;
    /** --summary-format: "text", "json" or "csv" (null: text). */
    public String summaryFormat;
    /** -O: overhead subtracted from each call's time in the summary. */
    public long overheadNs;
    /** -P: paths whose accesses are traced. */
    public final List<String> tracePaths = new ArrayList<>();
    /** --syscall-limit: detach after this many printed calls (0: no limit). */
    public long syscallLimit;
    public boolean summaryWallClock;
    public boolean successfulOnly;
    public boolean failedOnly;
    public boolean alwaysShowPid;
    /** --color: jstrace.output.Colors.NEVER, AUTO (the default) or ALWAYS. */
    public int color = 1;
    /** -N: "name=" before each argument. */
    public boolean argNames;
    /** -j/--json: NDJSON records instead of strace's text. */
    public boolean json;
    /** --json=FILE: NDJSON records to FILE besides the text trace (null: none). */
    public String jsonFile;
    /** --timeline=FILE: a Chrome Trace Event (Perfetto) timeline to FILE (null: none). */
    public String timelineFile;
    /** --normalize: the golden-file form of the trace instead of strace's text. */
    public boolean normalize;
    /** --budget= limits (each a comma-separated list). */
    public final java.util.List<String> budgets = new java.util.ArrayList<>();
    /** The strace text (or -j's records) is written; the library API turns it off and keeps events instead. */
    public boolean printText = true;
    /** --seccomp-bpf: asked for explicitly; --seccomp-bpf=no: the default prefilter is off too. */
    public boolean seccompBpf, noSeccompBpf;
    /**
     * The -e expressions and the options that are qualifiers in strace (-v, -z, -Z, -Y, --trace=...),
     * applied in command-line order as they were read.
     */
    public final jstrace.filter.Qualifiers filters = new jstrace.filter.Qualifiers();
    /** strace's warnings about the command line (printed as "jstrace: ..." before the trace). */
    public final List<String> warnings = new ArrayList<>();
    /** -X: 0 abbrev, 1 raw, 2 verbose. */
    public int xlatStyle;
    public final List<String> command = new ArrayList<>();
    /** -E VAR=VAL / -E VAR, in command-line order. */
    public final List<String> envChanges = new ArrayList<>();
    /** --argv0: the command's argv[0]. */
    public String argv0;
    /** -u: the user to run the command as. */
    public String user;
    /** -b execve: detach a tracee when it execs (not the launched command's own first exec). */
    public boolean detachOnExecve;
    /** --kill-on-exit: PTRACE_O_EXITKILL on every tracee. */
    public boolean killOnExit;
    /** -d: the tracer's debug lines on stderr. */
    public boolean debug;
    /** --tips: which tip (TIP_RANDOM or a number, modulo the count) and how (TIPS_NONE: no tip). */
    public int tipId = TIP_RANDOM, tipFormat = TIPS_NONE;
    /** --tips without a command or -p: only the tip is printed. */
    public boolean tipsOnly;
    public static final int TIP_RANDOM = -1, TIPS_NONE = 0, TIPS_COMPACT = 1, TIPS_FULL = 2;
    /** -I: when HUP, INT, QUIT, PIPE and TERM end the trace (0: strace's default for the other options). */
    public int interruptible;
    public static final int INTR_ANYWHERE = 1, INTR_WHILE_WAIT = 2, INTR_NEVER = 3, INTR_NEVER_TSTP = 4;

    /** -o '|command' or '!command': the shell command the trace is piped into, else null. */
    public String outputCommand() {
        return outputFile != null && (outputFile.startsWith("|") || outputFile.startsWith("!")) ? outputFile.substring(1) : null;
    }

    /** strace's default -I: never with -o FILE and a command (the trace runs to the end), -D: never_tstp, else waiting. */
    public int interruptMode() {
        if (interruptible != 0) return interruptible;
        if (daemonize > 0 || daemonAttach != null) return INTR_NEVER_TSTP;
        if (outputFile != null && !command.isEmpty()) return INTR_NEVER;
        return INTR_WHILE_WAIT;
    }
}
