package jstrace.cli;

import java.util.ArrayList;
import java.util.List;
import jstrace.cli.Getopt.Arg;
import jstrace.cli.Getopt.Spec;

/**
 * strace's command line: one table of options (spellings, value rule, whether jstrace implements it)
 * read by the getopt loop ({@link Getopt}) and by the -h text ({@link Help}). Options jstrace does not
 * implement yet are refused with one line instead of being silently ignored.
 */
public final class CommandLineParser {
    private CommandLineParser() {}

    /** One strace option. */
    public record Opt(Spec spec, boolean implemented, String help) {
        static Opt of(char s, String l, Arg a, boolean impl, String help) {
            return new Opt(new Spec(s, l, a), impl, help);
        }
    }

    private static final char NO = 0;
    private static final Arg NONE = Arg.NONE, REQ = Arg.REQUIRED, OPT = Arg.OPTIONAL;

    public static final List<Opt> OPTIONS = List.of(
            Opt.of('o', "output", REQ, true, "send trace output to FILE instead of stderr"),
            Opt.of('s', "string-limit", REQ, true, "limit length of print strings to STRSIZE chars (default 32)"),
            Opt.of('a', "columns", REQ, true, "alignment COLUMN for printing syscall results (default 40)"),
            Opt.of('x', "strings-in-hex", NONE, true, "print non-ASCII strings in hex (-xx: all strings)"),
            Opt.of('y', "decode-fds", NONE, true, "print paths associated with file descriptor arguments"),
            Opt.of('v', "no-abbrev", NONE, true, "verbose mode: print entities unabbreviated"),
            Opt.of('X', "const-print-style", REQ, true, "constants: raw, abbrev or verbose"),
            Opt.of('h', "help", NONE, true, "print help message"),
            Opt.of('V', "version", NONE, true, "print version"),
            Opt.of('f', "follow-forks", NONE, true, "follow forks (-ff: with -o FILE, one FILE.PID per process)"),
            Opt.of('p', "attach", REQ, true, "trace process PID (repeatable, or a list)"),
            Opt.of('q', null, NONE, true, "suppress messages about attaching, detaching (-qq: and exits, -qqq: all)"),
            Opt.of('e', null, REQ, true, "a qualifying expression: trace=, signal=, status=, abbrev=, verbose=, raw="),
            Opt.of('t', null, NONE, true, "print absolute timestamp (-tt: with usecs, -ttt: epoch)"),
            Opt.of(NO, "absolute-timestamps", OPT, true, "[[format:]time|unix|none][,[precision:]s|ms|us|ns]"),
            Opt.of(NO, "timestamps", OPT, true, "same as --absolute-timestamps"),
            Opt.of('r', null, NONE, true, "print relative timestamp"),
            Opt.of(NO, "relative-timestamps", OPT, true, "-r with a precision: s, ms, us (default) or ns"),
            Opt.of('T', null, NONE, true, "print time spent in each syscall"),
            Opt.of(NO, "syscall-times", OPT, true, "-T with a precision: s, ms, us (default) or ns"),
            Opt.of('n', "syscall-number", NONE, true, "print syscall number"),
            Opt.of('i', "instruction-pointer", NONE, true, "print instruction pointer at time of syscall"),
            Opt.of(NO, "color", REQ, true, "colorize output; WHEN is auto, always, or never (default auto)"),
            Opt.of('N', "arg-names", NONE, true, "print the names of syscall arguments (as strace 6.16+)"),
            Opt.of('k', null, NONE, true, "print the stack trace of the tracee after each syscall (-kk: with the source FILE:LINE of frames with debug information)"),
            Opt.of(NO, "stack-trace", OPT, true, "=symbol: same as -k (the default); =source: same as -kk"),
            Opt.of(NO, "stack-traces", OPT, true, "same as --stack-trace"),
            Opt.of(NO, "stack-trace-frame-limit", REQ, true, "print no more than LIMIT frames of each stack trace (default 256)"),
            Opt.of('j', null, NONE, true, "write the trace as NDJSON (one JSON record per call or event) instead of text"),
            Opt.of(NO, "json", OPT, true, "same as -j; --json=FILE: NDJSON to FILE as well as the text trace"),
            // handled by Main before the parser: jstrace --summary-diff OLD.json NEW.json [--threshold=PCT]
            Opt.of(NO, "summary-diff", NONE, true, "as the first argument: --summary-diff OLD.json NEW.json [--threshold=PCT] compares two -c JSON reports"),
            Opt.of(NO, "normalize", NONE, true, "write the trace as a golden file holds it (pids as P1, P2, addresses and times masked), at the end"),
            Opt.of(NO, "budget", REQ, true, "limits checked at the end, e.g. openat<=20,%net==0,p99(read)<=1ms: exit status 99 when one is exceeded"),
            Opt.of(NO, "timeline", REQ, true, "write a timeline of the trace to FILE for the Perfetto UI or chrome://tracing"),
            Opt.of('c', "summary-only", NONE, true, "count time, calls, and errors for each syscall and report summary"),
            Opt.of('C', "summary", NONE, true, "like -c, but also print the regular output"),
            Opt.of('S', "summary-sort-by", REQ, true, "sort the summary by a -U column (time, calls, errors, name, wall-max, p99-time...) or nothing"),
            Opt.of('w', "summary-wall-clock", NONE, true, "summarise syscall latency (default is system time)"),
            Opt.of('z', "successful-only", NONE, true, "print only syscalls that returned without an error"),
            Opt.of('Z', "failed-only", NONE, true, "print only syscalls that returned with an error"),
            Opt.of('A', "output-append-mode", NONE, true, "open the file provided in the -o option in append mode"),
            Opt.of('P', "trace-path", REQ, true, "trace accesses to PATH (repeatable)"),
            Opt.of(NO, "trace-fds", REQ, true, "trace operations on file descriptors in SET"),
            Opt.of('U', "summary-columns", REQ, true, "summary columns: time-percent, total-time, min-time, max-time, avg-time, calls, errors, name, wall-total, wall-min, wall-max, wall-avg, pNN-time (a percentile: p50-time, p99.9-time)"),
            Opt.of(NO, "summary-by", REQ, true, "with -c/-C: one table per process (tgid) or thread (tid), then the total"),
            Opt.of(NO, "errno-summary", NONE, true, "with -c/-C: the errors of each syscall by errno"),
            Opt.of(NO, "summary-format", REQ, true, "with -c/-C: the summary as text (default), json or csv"),
            Opt.of('O', "summary-syscall-overhead", REQ, true, "set overhead for tracing syscalls to OVERHEAD[UNIT] (s, ms, us, ns)"),
            Opt.of(NO, "syscall-limit", REQ, true, "detach all tracees after LIMIT printed syscalls"),
            Opt.of(NO, "always-show-pid", NONE, true, "always show the pid prefix"),
            Opt.of('D', null, NONE, true, "run tracer process as a detached grandchild (-DD: own process group, -DDD: own session)"),
            Opt.of(NO, "daemonize", OPT, true, "grandchild, pgroup or session: same as -D, -DD, -DDD"),
            // internal: the tracer -D starts (PID of the command's process, sync fd, -D level)
            Opt.of(NO, "daemon-attach", REQ, true, null),
            Opt.of('Y', null, NONE, true, "print command names associated with PIDs"),
            Opt.of(NO, "decode-pids", REQ, true, "comm: same as -Y"),
            Opt.of(NO, "trace", REQ, true, "same as -e trace=SET"),
            Opt.of(NO, "signal", REQ, true, "same as -e signal=SET"),
            Opt.of(NO, "status", REQ, true, "same as -e status=SET"),
            Opt.of(NO, "abbrev", REQ, true, "same as -e abbrev=SET"),
            Opt.of(NO, "verbose", REQ, true, "same as -e verbose=SET"),
            Opt.of(NO, "raw", REQ, true, "same as -e raw=SET"),
            Opt.of(NO, "quiet", REQ, true, "same as -e quiet=SET: attach, exit, path-resolution, personality, thread-execve"),
            Opt.of(NO, "read", REQ, true, "same as -e read=SET: dump the data read from these fds"),
            Opt.of(NO, "write", REQ, true, "same as -e write=SET: dump the data written to these fds"),
            Opt.of(NO, "inject", REQ, true, "same as -e inject=SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=SYSCALL][:delay_enter=DELAY][:delay_exit=DELAY][:when=WHEN]"),
            Opt.of(NO, "fault", REQ, true, "same as -e fault=SET[:error=ERRNO][:when=WHEN] (inject, default error ENOSYS)"),
            Opt.of(NO, "output-separately", NONE, true, "same as -ff"),
            Opt.of(NO, "seccomp-bpf", OPT, true, "seccomp-bpf filtering: only traced syscalls stop the tracee (needs -f); =no turns off the default prefilter"),
            Opt.of('E', "env", REQ, true, "set (VAR=VAL) or remove (VAR) a variable in the command's environment"),
            Opt.of(NO, "argv0", REQ, true, "set PROG's argv[0] to NAME"),
            Opt.of('u', "user", REQ, true, "run the command as USERNAME (its uid, gid and groups)"),
            Opt.of('b', "detach-on", REQ, true, "detach on this syscall (only execve)"),
            Opt.of(NO, "kill-on-exit", NONE, true, "kill all tracees if jstrace is killed"),
            Opt.of('I', "interruptible", REQ, true, "when fatal signals (HUP INT QUIT PIPE TERM) end the trace: 1/anywhere, 2/waiting, 3/never, 4/never_tstp"),
            // strace options not implemented yet
            Opt.of('d', "debug", NONE, false, null),
            Opt.of('F', null, NONE, false, null),
            Opt.of('H', null, NONE, false, null),
            Opt.of(NO, "pidns-translation", NONE, false, null),
            Opt.of(NO, "tips", OPT, false, null));

    // a loop, not a stream: streams and lambdas load ~100 classes at start-up
    private static final List<Spec> SPECS = specs();

    private static List<Spec> specs() {
        List<Spec> s = new ArrayList<>(OPTIONS.size());
        for (Opt o : OPTIONS) s.add(o.spec);
        return s;
    }

    public static Options parse(String[] args) {
        Getopt.Result r = Getopt.parse(SPECS, args);
        Options opts = new Options();
        int tShort = 0, daemonizeLong = 0;
        boolean tLong = false, quietQualifier = false;
        for (Getopt.Match m : r.matches()) {
            Opt o = find(m.spec());
            if (!o.implemented) throw new UsageError("option " + spelling(m, args) + " is not implemented yet", false);
            String v = m.value();
            String key = m.spec().shortName() != NO ? "-" + m.spec().shortName() : "--" + m.spec().longName();
            switch (key) {
                case "-o" -> opts.outputFile = v;
                case "-s" -> opts.maxStrlen = number(m, args, v, 1073741823);
                case "-a" -> opts.retColumn = number(m, args, v, Integer.MAX_VALUE);
                case "-x" -> opts.hexStrings++;
                case "-y" -> opts.decodeFds++;
                case "-v" -> opts.verbose = true;
                case "-X" -> opts.xlatStyle = switch (v) {
                    case "raw" -> 1;
                    case "abbrev" -> 0;
                    case "verbose" -> 2;
                    default -> throw badValue(m, args, v);
                };
                case "-h" -> opts.help = true;
                case "-V" -> opts.version = true;
                case "-f" -> opts.follow++;
                case "--output-separately" -> opts.follow = 2;
                case "-p" -> {
                    for (String pid : v.split("[ ,\t\n]+")) {
                        if (pid.isEmpty()) continue;
                        int n;
                        try {
                            n = Integer.parseInt(pid);
                        } catch (NumberFormatException e) {
                            n = -1;
                        }
                        if (n <= 0) throw new UsageError("Invalid process id: '" + pid + "'", false);
                        opts.attach.add(n);
                    }
                }
                case "-q" -> opts.quiet++;
                case "-e" -> opts.qualifiers.add(v);
                case "--trace", "--signal", "--status", "--abbrev", "--verbose", "--raw", "--quiet", "--read",
                        "--write", "--trace-fds", "--inject", "--fault" -> opts.qualifiers.add(m.spec().longName() + "=" + v);
                case "-t" -> tShort++;
                case "--absolute-timestamps", "--timestamps" -> {
                    tLong = true;
                    if (!absoluteTimestamps(opts, v == null ? "format:time" : v)) throw badValue(m, args, v);
                }
                case "-r" -> opts.relativeTimestamps = true;
                case "--relative-timestamps" -> {
                    opts.relativeTimestamps = true;
                    opts.relativeDigits = v == null ? 6 : jstrace.output.TimeFormat.digits(v);
                    if (opts.relativeDigits < 0) throw badValue(m, args, v);
                }
                case "-T" -> opts.syscallTimes = true;
                case "--syscall-times" -> {
                    opts.syscallTimes = true;
                    opts.syscallTimesDigits = v == null ? 6 : jstrace.output.TimeFormat.digits(v);
                    if (opts.syscallTimesDigits < 0) throw badValue(m, args, v);
                }
                case "-A" -> opts.appendOutput = true;
                case "-I" -> opts.interruptible = switch (v) {
                    case "anywhere", "always" -> Options.INTR_ANYWHERE;
                    case "waiting" -> Options.INTR_WHILE_WAIT;
                    case "never" -> Options.INTR_NEVER;
                    case "never_tstp" -> Options.INTR_NEVER_TSTP;
                    default -> number(m, args, v, Options.INTR_NEVER_TSTP);
                };
                case "-Y" -> opts.decodePids = true;
                case "-D" -> opts.daemonize++;
                case "--daemonize" -> {
                    daemonizeLong = v == null ? 1 : switch (v) {
                        case "grandchild" -> 1;
                        case "pgroup", "pgrp" -> 2;
                        case "session" -> 3;
                        default -> throw badValue(m, args, v);
                    };
                }
                case "--daemon-attach" -> {
                    String[] f = v.split(",");
                    opts.daemonAttach = new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])};
                }
                case "--decode-pids" -> {
                    for (String w : v.split(",")) {
                        if (w.equals("comm")) opts.decodePids = true;
                        else if (w.equals("pidns")) throw new UsageError("--decode-pids=pidns is not implemented yet", false);
                        else throw new UsageError("invalid decode-pids '" + w + "'", false);
                    }
                }
                case "-P" -> opts.tracePaths.add(v);
                case "-U" -> {
                    jstrace.stats.SummaryTable.parseColumns(v);
                    opts.summaryColumns = v;
                }
                case "-O" -> {
                    opts.overheadNs = duration(v);
                    if (opts.overheadNs < 0) throw badValue(m, args, v);
                }
                case "--syscall-limit" -> {
                    try {
                        opts.syscallLimit = Long.parseLong(v.strip());
                    } catch (NumberFormatException e) {
                        opts.syscallLimit = -1;
                    }
                    if (opts.syscallLimit <= 0) throw badValue(m, args, v);
                }
                case "-k" -> {
                    if (opts.stackTraces >= 2) throw new UsageError("Too many -k options", false);
                    opts.stackTraces++;
                }
                case "--stack-trace", "--stack-traces" -> opts.stackTraces = switch (v == null ? "symbol" : v) {
                    case "symbol" -> 1;
                    case "source" -> 2;
                    default -> throw badValue(m, args, v);
                };
                case "--stack-trace-frame-limit" -> {
                    opts.stackTraceFrameLimit = number(m, args, v, 0xffffffffL / 4);
                    if (opts.stackTraceFrameLimit == 0) throw badValue(m, args, v);
                }
                case "-n" -> opts.syscallNumbers = true;
                case "-i" -> opts.instructionPointer = true;
                case "-N" -> opts.argNames = true;
                case "--color" -> opts.color = switch (v.toLowerCase(java.util.Locale.ROOT)) {
                    case "auto" -> jstrace.output.Colors.AUTO;
                    case "always" -> jstrace.output.Colors.ALWAYS;
                    case "never" -> jstrace.output.Colors.NEVER;
                    default -> throw badValue(m, args, v);
                };
                case "-j" -> opts.json = true;
                case "--budget" -> opts.budgets.add(v);
                case "--normalize" -> opts.normalize = true;
                case "--summary-diff" -> throw new UsageError("--summary-diff must be the first argument", true);
                case "--timeline" -> {
                    if (v.isEmpty()) throw badValue(m, args, v);
                    opts.timelineFile = v;
                }
                case "--json" -> {
                    if (v == null) opts.json = true;
                    else if (v.isEmpty()) throw badValue(m, args, v);
                    else opts.jsonFile = v;
                }
                case "-c", "-C" -> {
                    // strace refuses the second of the two where it comes
                    if (key.equals("-c") ? opts.summary : opts.summaryOnly) {
                        throw new UsageError("-c/--summary-only and -C/--summary are mutually exclusive", true);
                    }
                    if (key.equals("-c")) opts.summaryOnly = true;
                    else opts.summary = true;
                }
                case "-S" -> {
                    jstrace.stats.SummaryTable.sortOrder(v);
                    opts.summarySortBy = v;
                    opts.summarySortGiven = true;
                }
                case "-w" -> opts.summaryWallClock = true;
                case "--summary-by" -> opts.summaryBy = switch (v) {
                    case "process", "thread" -> v;
                    default -> throw badValue(m, args, v);
                };
                case "--errno-summary" -> opts.errnoSummary = true;
                case "--summary-format" -> opts.summaryFormat = switch (v) {
                    case "text", "json", "csv" -> v;
                    default -> throw badValue(m, args, v);
                };
                case "-z" -> opts.successfulOnly = true;
                case "-Z" -> opts.failedOnly = true;
                case "--always-show-pid" -> opts.alwaysShowPid = true;
                case "--seccomp-bpf" -> {
                    if (v == null || v.equals("yes")) opts.seccompBpf = true;
                    else if (v.equals("no")) opts.noSeccompBpf = true;
                    else throw badValue(m, args, v);
                }
                case "-E" -> opts.envChanges.add(v);
                case "--argv0" -> opts.argv0 = v;
                case "-u" -> opts.user = v;
                case "-b" -> {
                    if (!v.equals("execve")) throw new UsageError("Syscall '" + v + "' for -b isn't supported", false);
                    opts.detachOnExecve = true;
                }
                case "--kill-on-exit" -> opts.killOnExit = true;
                default -> throw new UsageError("option " + key + " is not implemented yet", false);
            }
        }
        opts.command.addAll(r.operands());
        if (opts.daemonize > 3) {
            throw new UsageError("Too many -D's (" + opts.daemonize + "), maximum supported -D count is 3", true);
        }
        if (daemonizeLong > 0) {
            if (opts.daemonize > 0) throw new UsageError("-D and --daemonize cannot be provided simultaneously", false);
            opts.daemonize = daemonizeLong;
        }
        if (tShort > 0) {
            if (tLong) throw new UsageError("-t and --absolute-timestamps cannot be provided simultaneously", false);
            absoluteTimestamps(opts, tShort == 1 ? "format:time" : tShort == 2 ? "precision:us,format:time"
                    : "format:unix,precision:us");
        }
        boolean summary = opts.summaryOnly || opts.summary;
        String needsSummary = " must be given with (-c/--summary-only or -C/--summary)";
        if (opts.follow >= 2 && summary) {
            throw new UsageError("(-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive", true);
        }
        if (opts.summaryWallClock && !summary) throw new UsageError("-w/--summary-wall-clock" + needsSummary, true);
        if (opts.summaryColumns != null && !summary) throw new UsageError("-U/--summary-columns" + needsSummary, true);
        if (opts.summaryBy != null && !summary) throw new UsageError("--summary-by" + needsSummary, true);
        if (opts.errnoSummary && !summary) throw new UsageError("--errno-summary" + needsSummary, true);
        if (opts.summaryFormat != null && !summary) throw new UsageError("--summary-format" + needsSummary, true);
        if (opts.quiet > 0) {
            for (String q : opts.qualifiers) {
                if (q.matches("(quiet|silent|silence|q)=.*")) {
                    throw new UsageError("-q and -e quiet/--quiet cannot be provided simultaneously", false);
                }
            }
        }
        return opts;
    }

    /** --absolute-timestamps=[[format:]none|time|unix][,[precision:]s|ms|us|ns]...; false when invalid. */
    static boolean absoluteTimestamps(Options opts, String spec) {
        int format = -1, digits = -1;
        for (String token : spec.split(",")) {
            if (token.isEmpty()) continue;
            String lower = token.toLowerCase(java.util.Locale.ROOT);
            boolean formatOnly = lower.startsWith("format:"), precisionOnly = lower.startsWith("precision:");
            String word = formatOnly ? lower.substring(7) : precisionOnly ? lower.substring(10) : lower;
            int f = switch (word) {
                case "none" -> jstrace.output.TimeFormat.NONE;
                case "time" -> jstrace.output.TimeFormat.TIME;
                case "unix" -> jstrace.output.TimeFormat.UNIX;
                default -> -1;
            };
            if (f >= 0 && !precisionOnly) {
                format = f;
                continue;
            }
            int d = formatOnly ? -1 : jstrace.output.TimeFormat.digits(word);
            if (d < 0) return false;
            digits = d;
        }
        if (format >= 0) opts.absoluteFormat = format;
        else if (opts.absoluteFormat == jstrace.output.TimeFormat.NONE) opts.absoluteFormat = jstrace.output.TimeFormat.TIME;
        if (digits >= 0) opts.absoluteDigits = digits;
        return true;
    }

    /** -O: a decimal or floating number with an optional unit (s, ms, us, ns; default us), in ns; -1 if invalid. */
    public static long duration(String v) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.eE+-]*)([a-zA-Z]*)").matcher(v);
        if (!m.matches() || m.group(1).isEmpty()) return -1;
        long unit = m.group(2).isEmpty() ? 1000 : jstrace.output.TimeFormat.unitNanos(m.group(2));
        if (unit < 0) return -1;
        try {
            if (m.group(1).matches("\\+?[0-9]+")) return Long.parseLong(m.group(1).replace("+", "")) * unit;
            double d = Double.parseDouble(m.group(1));
            return d < 0 ? -1 : (long) (d * unit);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** strace's message for a bad option value, naming the option as the user spelt it. */
    private static UsageError badValue(Getopt.Match m, String[] args, String v) {
        return new UsageError("invalid " + spelling(m, args) + " argument: '" + v + "'", true);
    }

    private static Opt find(Spec s) {
        for (Opt o : OPTIONS) {
            if (o.spec == s) return o;
        }
        throw new IllegalStateException(s.display());
    }

    /** The option as the user spelt it: -s, or --string-limit (strace names it so in messages). */
    private static String spelling(Getopt.Match m, String[] args) {
        Spec s = m.spec();
        if (s.longName() == null) return "-" + s.shortName();
        if (s.shortName() == 0) return "--" + s.longName();
        for (String a : args) {
            if (a.equals("--")) break;
            if (a.startsWith("--") && ("--" + s.longName()).startsWith(a.replaceFirst("=.*", ""))) return "--" + s.longName();
        }
        return "-" + s.shortName();
    }

    /** A non-negative int no larger than {@code max}, as strace's string_to_uint_upto reads it. */
    private static int number(Getopt.Match m, String[] args, String v, long max) {
        String t = v.stripLeading();
        try {
            long n = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            if (!t.isEmpty() && !t.startsWith("+-") && n >= 0 && n <= max) return (int) n;
        } catch (NumberFormatException e) {
            // strace's message follows
        }
        throw badValue(m, args, v);
    }

    /** All options, for the help text. */
    public static List<Opt> implemented() {
        List<Opt> out = new ArrayList<>();
        for (Opt o : OPTIONS) if (o.implemented && o.help != null) out.add(o);
        return out;
    }
}
