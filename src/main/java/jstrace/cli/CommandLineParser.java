package jstrace.cli;

import java.util.ArrayList;
import java.util.List;
import jstrace.cli.Getopt.Arg;
import jstrace.cli.Getopt.Spec;
import jstrace.filter.Qualifiers;

/**
 * strace's command line: one table of options (spellings, value rule, whether jstrace implements it)
 * read by the getopt loop ({@link Getopt}) and by the -h text ({@link Help}). Options jstrace does not
 * implement yet are refused with one line instead of being silently ignored.
 *
 * <p>As in strace, each option is acted on as getopt returns it (a bad -e expression or value is
 * reported before anything about a later word, -h prints the help at once), and the checks that
 * need the whole command line come after the loop, in strace's order, "must have PROG" first.
 */
public final class CommandLineParser {
    private CommandLineParser() {}

    /** One strace option spelling; {@code help} null for spellings the -h text does not list. */
    public record Opt(Spec spec, boolean implemented, String help) {
        static Opt of(char s, String l, Arg a, boolean impl, String help) {
            return new Opt(new Spec(s, l, a, key(s, l), false), impl, help);
        }

        /** Another spelling of the option {@code key} (-r's --relative-timestamps, --silent for --quiet...). */
        static Opt alias(char s, String l, Arg a, String key, String help) {
            return new Opt(new Spec(s, l, a, key, false), true, help);
        }

        /** The name the parser's switch knows the option by. */
        public String key() {
            return spec.key();
        }

        private static String key(char s, String l) {
            return s != NO ? "-" + s : "--" + l;
        }
    }

    private static final char NO = 0;
    private static final Arg NONE = Arg.NONE, REQ = Arg.REQUIRED, OPT = Arg.OPTIONAL;

    public static final List<Opt> OPTIONS = List.of(
            Opt.of('o', "output", REQ, true, "send trace output to FILE instead of stderr ('|COMMAND' or '!COMMAND': into sh -c COMMAND)"),
            Opt.of('s', "string-limit", REQ, true, "limit length of print strings to STRSIZE chars (default 32)"),
            Opt.of('a', "columns", REQ, true, "alignment COLUMN for printing syscall results (default 40)"),
            Opt.of('x', null, NONE, true, "print non-ASCII strings in hex (-xx: all strings)"),
            Opt.of(NO, "strings-in-hex", OPT, true, "none, non-ascii-chars, non-ascii or all (default): strings in hex"),
            Opt.of('y', null, NONE, true, "print paths associated with file descriptor arguments (-yy: and socket, device and pidfd details)"),
            Opt.of(NO, "decode-fds", OPT, true, "same as -e decode-fds=SET: path (default), socket, dev, pidfd, all"),
            Opt.of('v', "no-abbrev", NONE, true, "verbose mode: print entities unabbreviated"),
            Opt.of('X', "const-print-style", REQ, true, "constants: raw, abbrev or verbose"),
            Opt.of('h', "help", NONE, true, "print help message"),
            Opt.of('V', "version", NONE, true, "print version"),
            Opt.of('f', null, NONE, true, "follow forks (-ff: with -o FILE, one FILE.PID per process)"),
            Opt.of(NO, "follow-forks", NONE, true, "follow forks"),
            Opt.of('F', null, NONE, true, null),
            Opt.of('p', "attach", REQ, true, "trace process PID (repeatable, or a list)"),
            Opt.of('q', null, NONE, true, "suppress messages about attaching, detaching (-qq: and exits, -qqq: all)"),
            Opt.of('e', null, REQ, true, "a qualifying expression: trace=, signal=, status=, abbrev=, verbose=, raw=, quiet=, decode-fds=..."),
            Opt.of('t', null, NONE, true, "print absolute timestamp (-tt: with usecs, -ttt: epoch)"),
            Opt.of(NO, "absolute-timestamps", OPT, true, "[[format:]time|unix|none][,[precision:]s|ms|us|ns]"),
            Opt.alias(NO, "timestamps", OPT, "--absolute-timestamps", "same as --absolute-timestamps"),
            Opt.of('r', null, NONE, true, "print relative timestamp"),
            Opt.alias(NO, "relative-timestamps", OPT, "-r", "-r with a precision: s, ms, us (default) or ns"),
            Opt.of('T', null, NONE, true, "print time spent in each syscall"),
            Opt.alias(NO, "syscall-times", OPT, "-T", "-T with a precision: s, ms, us (default) or ns"),
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
            Opt.alias(NO, "failing-only", NONE, "-Z", null),
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
            Opt.alias(NO, "daemonised", OPT, "--daemonize", null),
            Opt.alias(NO, "daemonized", OPT, "--daemonize", null),
            // internal: the tracer -D starts (PID of the command's process, sync fd, -D level); never abbreviated
            new Opt(new Spec(NO, "daemon-attach", REQ, "--daemon-attach", true), true, null),
            Opt.of('Y', null, NONE, true, "print command names associated with PIDs"),
            Opt.of(NO, "decode-pids", REQ, true, "comm: same as -Y"),
            Opt.of(NO, "trace", REQ, true, "same as -e trace=SET"),
            Opt.of(NO, "signals", REQ, true, "same as -e signal=SET"),
            Opt.of(NO, "status", REQ, true, "same as -e status=SET"),
            Opt.of(NO, "abbrev", REQ, true, "same as -e abbrev=SET"),
            Opt.of(NO, "verbose", REQ, true, "same as -e verbose=SET"),
            Opt.of(NO, "raw", REQ, true, "same as -e raw=SET"),
            Opt.of(NO, "quiet", OPT, true, "same as -e quiet=SET: attach, exit, path-resolution, personality, thread-execve"),
            Opt.alias(NO, "silent", OPT, "--quiet", null),
            Opt.alias(NO, "silence", OPT, "--quiet", null),
            Opt.of(NO, "read", REQ, true, "same as -e read=SET: dump the data read from these fds"),
            Opt.of(NO, "write", REQ, true, "same as -e write=SET: dump the data written to these fds"),
            Opt.of(NO, "inject", REQ, true, "same as -e inject=SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=SYSCALL][:delay_enter=DELAY][:delay_exit=DELAY][:poke_enter=@argN=DATA,...][:poke_exit=@argN=DATA,...][:when=WHEN]"),
            Opt.of(NO, "fault", REQ, true, "same as -e fault=SET[:error=ERRNO][:when=WHEN] (inject, default error ENOSYS)"),
            Opt.of(NO, "kvm", REQ, true, "same as -e kvm=vcpu: print the exit reason after each KVM_RUN"),
            Opt.of(NO, "namespace", OPT, true, "same as -e namespace=new: print the namespaces clone, unshare and setns entered"),
            Opt.of(NO, "output-separately", NONE, true, "one FILE.PID per process with -o FILE (-f: same as -ff)"),
            Opt.of(NO, "seccomp-bpf", OPT, true, "seccomp-bpf filtering: only traced syscalls stop the tracee (needs -f); =no turns off the default prefilter"),
            Opt.of('E', "env", REQ, true, "set (VAR=VAL) or remove (VAR) a variable in the command's environment"),
            Opt.of(NO, "argv0", REQ, true, "set PROG's argv[0] to NAME"),
            Opt.of('u', "user", REQ, true, "run the command as USERNAME (its uid, gid and groups) or as UID:GID (no groups)"),
            Opt.of('b', "detach-on", REQ, true, "detach on this syscall (only execve)"),
            Opt.of(NO, "kill-on-exit", NONE, true, "kill all tracees if jstrace is killed"),
            Opt.of('I', "interruptible", REQ, true, "when fatal signals (HUP INT QUIT PIPE TERM) end the trace: 1/anywhere, 2/waiting, 3/never, 4/never_tstp"),
            Opt.of(NO, "secontext", OPT, true, null),
            Opt.of(NO, "pidns-translation", NONE, true, "print pids in other PID namespaces also as jstrace's namespace numbers them (--decode-pids=pidns)"),
            Opt.of('d', "debug", NONE, true, "enable debug output to stderr"),
            Opt.of(NO, "tips", OPT, true, "[[id:]ID][,[format:]FORMAT]: show a jstrace tip on exit"));

    // a loop, not a stream: streams and lambdas load ~100 classes at start-up
    private static final List<Spec> SPECS = specs();

    private static List<Spec> specs() {
        List<Spec> s = new ArrayList<>(OPTIONS.size());
        for (Opt o : OPTIONS) s.add(o.spec);
        return s;
    }

    /** -h: ends the getopt loop, as strace's usage() exits there. */
    private static final class HelpAsked extends RuntimeException {
        HelpAsked() {
            super(null, null, false, false);
        }
    }

    /** What the getopt loop counts for the checks after it. */
    private static final class Counts {
        int tShort, xShort, yShort, fShort, daemonizeLong, zFlags;
        int xLong = -1;
        boolean tLong, fLong, outputSeparately, optF, quietGiven;
        /** 0, or the first of -c / -C. */
        char cflag;
    }

    public static Options parse(String[] args) {
        Options opts = new Options();
        Counts n = new Counts();
        try {
            opts.command.addAll(Getopt.parse(SPECS, args, new java.util.function.Consumer<Getopt.Match>() {
                @Override
                public void accept(Getopt.Match m) { // not a lambda: see Main.MESSAGES
                    option(opts, n, m);
                }
            }));
        } catch (HelpAsked e) {
            opts.help = true;
            return opts;
        }
        if (opts.version) return opts;
        afterLoop(opts, n);
        return opts;
    }

    /** One option, acted on at once, as strace's getopt loop does. */
    private static void option(Options opts, Counts n, Getopt.Match m) {
        Opt o = find(m.spec());
        if (!o.implemented) throw new UsageError("option " + m.spelling() + " is not implemented yet", false);
        String v = m.value();
        Qualifiers q = opts.filters;
        switch (o.key()) {
            case "-o" -> opts.outputFile = v;
            case "-s" -> opts.maxStrlen = number(m, v, 1073741823);
            case "-a" -> opts.retColumn = number(m, v, Integer.MAX_VALUE);
            case "-x" -> n.xShort = Math.min(n.xShort + 1, jstrace.decode.Decoding.HEX_ALL);
            case "--strings-in-hex" -> n.xLong = v == null ? jstrace.decode.Decoding.HEX_ALL : switch (v) {
                case "none" -> jstrace.decode.Decoding.HEX_NONE;
                case "non-ascii-chars" -> jstrace.decode.Decoding.HEX_NON_ASCII_CHARS;
                case "non-ascii" -> jstrace.decode.Decoding.HEX_NON_ASCII;
                case "all" -> jstrace.decode.Decoding.HEX_ALL;
                default -> throw badValue(m, v);
            };
            case "-y" -> n.yShort++;
            case "--decode-fds" -> qualify(opts, "decode-fds", v == null ? "path" : v);
            case "-v" -> {
                opts.verbose = true;
                q.qualify("abbrev", "none");
            }
            case "-X" -> opts.xlatStyle = switch (v) {
                case "raw" -> 1;
                case "abbrev" -> 0;
                case "verbose" -> 2;
                default -> throw badValue(m, v);
            };
            case "-h" -> throw new HelpAsked();
            case "-V" -> opts.version = true;
            case "-f" -> n.fShort++;
            case "--follow-forks" -> n.fLong = true;
            case "--output-separately" -> n.outputSeparately = true;
            case "-F" -> n.optF = true;
            case "-p" -> {
                // strace splits at newline, tab, space and comma, each separator ending one pid
                int from = 0;
                while (from < v.length()) {
                    int to = from;
                    while (to < v.length() && "\n\t ,".indexOf(v.charAt(to)) < 0) to++;
                    String pid = v.substring(from, to);
                    int p = jstrace.filter.NumberSet.uint(pid);
                    if (p <= 0) throw new UsageError("Invalid process id: '" + pid + "'", false);
                    opts.attach.add(p);
                    if (to == v.length()) break;
                    from = to + 1;
                }
            }
            case "-q" -> opts.quiet++;
            case "-e" -> {
                if (q.apply(v).equals("quiet")) n.quietGiven = true;
            }
            case "--trace", "--abbrev", "--verbose", "--raw", "--signals", "--status", "--read", "--write",
                    "--trace-fds", "--inject", "--fault", "--kvm", "--decode-pids" -> qualify(opts, m.spec().longName(), v);
            case "--quiet" -> {
                qualify(opts, "quiet", v == null ? "attach,personality" : v);
                n.quietGiven = true;
            }
            case "--namespace" -> qualify(opts, "namespace", v == null ? "new" : v);
            case "--secontext" -> qualify(opts, "secontext", v == null ? "!full,mismatch" : v);
            case "-t" -> n.tShort++;
            case "--absolute-timestamps" -> {
                n.tLong = true;
                if (!absoluteTimestamps(opts, v == null ? "format:time" : v)) throw badValue(m, v);
            }
            case "-r" -> {
                opts.relativeTimestamps = true;
                opts.relativeDigits = v == null ? 6 : jstrace.output.TimeFormat.digits(v);
                if (opts.relativeDigits < 0) throw badValue(m, v);
            }
            case "-T" -> {
                opts.syscallTimes = true;
                opts.syscallTimesDigits = v == null ? 6 : jstrace.output.TimeFormat.digits(v);
                if (opts.syscallTimesDigits < 0) throw badValue(m, v);
            }
            case "-A" -> opts.appendOutput = true;
            case "-I" -> opts.interruptible = switch (v) {
                case "anywhere", "always" -> Options.INTR_ANYWHERE;
                case "waiting" -> Options.INTR_WHILE_WAIT;
                case "never" -> Options.INTR_NEVER;
                case "never_tstp" -> Options.INTR_NEVER_TSTP;
                default -> {
                    int i = number(m, v, Options.INTR_NEVER_TSTP);
                    if (i == 0) throw badValue(m, v);
                    yield i;
                }
            };
            case "-Y" -> qualify(opts, "decode-pids", "comm");
            case "-D" -> opts.daemonize++;
            case "--daemonize" -> n.daemonizeLong = v == null ? 1 : switch (v) {
                case "grandchild" -> 1;
                case "pgroup", "pgrp" -> 2;
                case "session" -> 3;
                default -> throw badValue(m, v);
            };
            case "--daemon-attach" -> {
                String[] f = v.split(",");
                opts.daemonAttach = new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])};
            }
            case "-P" -> opts.tracePaths.add(v);
            case "-U" -> {
                jstrace.stats.SummaryTable.parseColumns(v);
                opts.summaryColumns = v;
            }
            case "-O" -> {
                opts.overheadNs = duration(v);
                if (opts.overheadNs < 0) throw badValue(m, v);
            }
            case "--syscall-limit" -> {
                try {
                    opts.syscallLimit = Long.parseLong(v.strip());
                } catch (NumberFormatException e) {
                    opts.syscallLimit = -1;
                }
                if (opts.syscallLimit <= 0) throw badValue(m, v);
            }
            case "-n" -> opts.syscallNumbers = true;
            case "-i" -> opts.instructionPointer = true;
            case "-k" -> {
                if (opts.stackTraces >= 2) throw new UsageError("Too many -k options", false);
                opts.stackTraces++;
            }
            case "--stack-trace", "--stack-traces" -> opts.stackTraces = switch (v == null ? "symbol" : v) {
                case "symbol" -> 1;
                case "source" -> 2;
                default -> throw badValue(m, v);
            };
            case "--stack-trace-frame-limit" -> {
                opts.stackTraceFrameLimit = number(m, v, 0xffffffffL / 4);
                if (opts.stackTraceFrameLimit == 0) throw badValue(m, v);
            }
            case "-N" -> opts.argNames = true;
            case "--color" -> opts.color = switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> jstrace.output.Colors.AUTO;
                case "always" -> jstrace.output.Colors.ALWAYS;
                case "never" -> jstrace.output.Colors.NEVER;
                default -> throw badValue(m, v);
            };
            case "-j" -> opts.json = true;
            case "--budget" -> opts.budgets.add(v);
            case "--normalize" -> opts.normalize = true;
            case "--summary-diff" -> throw new UsageError("--summary-diff must be the first argument", true);
            case "--timeline" -> {
                if (v.isEmpty()) throw badValue(m, v);
                opts.timelineFile = v;
            }
            case "--json" -> {
                if (v == null) opts.json = true;
                else if (v.isEmpty()) throw badValue(m, v);
                else opts.jsonFile = v;
            }
            case "--summary-by" -> opts.summaryBy = switch (v) {
                case "process", "thread" -> v;
                default -> throw badValue(m, v);
            };
            case "--errno-summary" -> opts.errnoSummary = true;
            case "--summary-format" -> opts.summaryFormat = switch (v) {
                case "text", "json", "csv" -> v;
                default -> throw badValue(m, v);
            };
            case "-c", "-C" -> {
                char c = o.key().charAt(1);
                if (n.cflag != 0 && n.cflag != c) {
                    throw new UsageError("-c/--summary-only and -C/--summary are mutually exclusive", true);
                }
                n.cflag = c;
                if (c == 'c') opts.summaryOnly = true;
                else opts.summary = true;
            }
            case "-S" -> {
                jstrace.stats.SummaryTable.sortOrder(v);
                opts.summarySortBy = v;
                opts.summarySortGiven = true;
            }
            case "-w" -> opts.summaryWallClock = true;
            case "-z", "-Z" -> {
                boolean ok = o.key().equals("-z");
                opts.successfulOnly = ok;
                opts.failedOnly = !ok;
                q.status = ok ? Qualifiers.SUCCESSFUL : Qualifiers.FAILED;
                n.zFlags++;
            }
            case "--always-show-pid" -> opts.alwaysShowPid = true;
            case "--seccomp-bpf" -> {
                if (v == null || v.equals("yes")) opts.seccompBpf = true;
                else if (v.equals("no")) opts.noSeccompBpf = true;
                else throw badValue(m, v);
            }
            case "-E" -> opts.envChanges.add(v);
            case "--argv0" -> opts.argv0 = v;
            case "-u" -> opts.user = v;
            case "-b" -> {
                if (!v.equals("execve")) throw new UsageError("Syscall '" + v + "' for -b isn't supported", false);
                opts.detachOnExecve = true;
            }
            case "--kill-on-exit" -> opts.killOnExit = true;
            case "--pidns-translation" -> opts.pidnsTranslation = true;
            case "-d" -> opts.debug = true;
            case "--tips" -> {
                if (!tips(opts, v == null ? "" : v)) throw badValue(m, v);
            }
            default -> throw new UsageError("option " + m.spelling() + " is not implemented yet", false);
        }
    }

    /** A qualifier given as a long option (--trace=SET) or implied by one (-Y, --quiet). */
    private static void qualify(Options opts, String kind, String value) {
        opts.filters.qualify(kind, value);
    }

    /** strace's checks once the options are read, in its order ("must have PROG" first). */
    private static void afterLoop(Options opts, Counts n) {
        try {
            checks(opts, n);
        } catch (UsageError e) {
            // the warnings strace printed before it stopped
            e.before.addAll(opts.warnings);
            throw e;
        }
    }

    private static void checks(Options opts, Counts n) {
        if (opts.command.isEmpty() && opts.attach.isEmpty()) {
            // as strace: --tips alone prints the tip and exits
            if (opts.tipFormat != Options.TIPS_NONE) {
                opts.tipsOnly = true;
                return;
            }
            throw new UsageError("must have PROG [ARGS] or -p PID", true);
        }
        if (opts.command.isEmpty() && opts.argv0 != null) throw new UsageError("PROG [ARGS] must be specified with --argv0", true);
        if (n.daemonizeLong > 0) {
            if (opts.daemonize > 0) throw new UsageError("-D and --daemonize cannot be provided simultaneously", false);
            opts.daemonize = n.daemonizeLong;
        }
        if (opts.command.isEmpty() && opts.daemonize > 0) throw new UsageError("PROG [ARGS] must be specified with -D/--daemonize", true);
        if (opts.daemonize > 3) {
            throw new UsageError("Too many -D's (" + opts.daemonize + "), maximum supported -D count is 3", true);
        }
        if (n.tShort > 0) {
            if (n.tLong) throw new UsageError("-t and --absolute-timestamps cannot be provided simultaneously", false);
            absoluteTimestamps(opts, n.tShort == 1 ? "format:time" : n.tShort == 2 ? "precision:us,format:time"
                    : "format:unix,precision:us");
        }
        opts.hexStrings = n.xShort;
        if (n.xLong >= 0) {
            if (n.xShort > 0) throw new UsageError("-x and --strings-in-hex cannot be provided simultaneously", false);
            opts.hexStrings = n.xLong;
        }
        if (n.yShort > 0) {
            if (opts.filters.decodeFds >= 0) throw new UsageError("-y and --decode-fds cannot be provided simultaneously", false);
            opts.decodeFds = n.yShort;
            opts.filters.decodeFds = n.yShort == 1 ? jstrace.decode.Decoding.FD_PATH : jstrace.decode.Decoding.FD_ALL;
        }
        if (opts.filters.decodePids) opts.decodePids = true;
        if (n.fShort > 0) {
            if (n.fLong) throw new UsageError("-f and --follow-forks cannot be provided simultaneously", false);
            if (n.fShort >= 2 && n.outputSeparately) {
                throw new UsageError("-ff and --output-separately cannot be provided simultaneously", false);
            }
            opts.follow = n.fShort >= 2 ? 2 : 1;
        } else if (n.fLong) {
            opts.follow = 1;
        }
        if (n.optF) {
            if (opts.follow > 0) {
                opts.warnings.add("deprecated option -F ignored");
            } else {
                opts.warnings.add("option -F is deprecated, please use -f/--follow-forks instead");
                opts.follow = 1;
            }
        }
        if (n.outputSeparately) {
            opts.outputSeparately = true;
            if (opts.follow > 0) opts.follow = 2;
        }
        boolean summary = opts.summaryOnly || opts.summary;
        String needsSummary = " must be given with (-c/--summary-only or -C/--summary)";
        if ((opts.follow >= 2 || n.outputSeparately) && summary) {
            throw new UsageError("(-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive", true);
        }
        if (opts.summaryWallClock && !summary) throw new UsageError("-w/--summary-wall-clock" + needsSummary, true);
        if (opts.summaryColumns != null && !summary) throw new UsageError("-U/--summary-columns" + needsSummary, true);
        if (opts.summaryBy != null && !summary) throw new UsageError("--summary-by" + needsSummary, true);
        if (opts.errnoSummary && !summary) throw new UsageError("--errno-summary" + needsSummary, true);
        if (opts.summaryFormat != null && !summary) throw new UsageError("--summary-format" + needsSummary, true);
        if (opts.summarySortGiven && !summary) {
            opts.warnings.add("-S/--summary-sort-by has no effect without (-c/--summary-only or -C/--summary)");
        }
        if (opts.summaryOnly) {
            String only = " has no effect with -c/--summary-only";
            if (opts.instructionPointer) opts.warnings.add("-i/--instruction-pointer" + only);
            if (opts.stackTraces > 0) opts.warnings.add("-k/--stack-traces" + only);
            if (opts.syscallNumbers) opts.warnings.add("-n/--syscall-number" + only);
            if (opts.relativeTimestamps) opts.warnings.add("-r/--relative-timestamps" + only);
            if (opts.absoluteFormat != jstrace.output.TimeFormat.NONE) opts.warnings.add("-t/--absolute-timestamps" + only);
            if (opts.syscallTimes) opts.warnings.add("-T/--syscall-times" + only);
            if (opts.filters.decodeFds > 0) opts.warnings.add("-y/--decode-fds" + only);
        }
        if (opts.stackTraceFrameLimit > 0 && opts.stackTraces == 0) {
            opts.warnings.add("--stack-trace-frame-limit has no effect without -k/--stack-trace");
        }
        if (opts.outputFile == null) {
            if (n.outputSeparately && opts.follow == 0) opts.warnings.add("--output-separately has no effect without -o/--output");
            if (opts.appendOutput) opts.warnings.add("-A/--output-append-mode has no effect without -o/--output");
        }
        if (n.zFlags > 1) {
            opts.warnings.add("Only the last of -z/--successful-only/-Z/--failed-only options will take effect."
                    + " See status qualifier for more complex filters.");
        }
        if (opts.outputCommand() != null) {
            // strace 6.1 pipes "-f --output-separately" as one stream (with a file it also writes one file)
            if (n.fShort >= 2 || n.outputSeparately && n.fShort == 0) {
                throw new UsageError("piping the output and -ff/--output-separately are mutually exclusive", true);
            }
            if (n.outputSeparately) {
                opts.follow = 1;
                opts.outputSeparately = false;
            }
        }
        if (opts.quiet > 0 && n.quietGiven) {
            throw new UsageError("-q and -e quiet/--quiet cannot be provided simultaneously", false);
        }
    }

    /**
     * --tips=[[id:]ID][,[format:]FORMAT], as strace reads it: comma-separated tokens, each an id (a
     * non-negative int or "random") or a format (none, compact, full), "id:" or "format:" saying which;
     * a later token wins, a given format stays for a later --tips. False (nothing changed) when invalid.
     */
    static boolean tips(Options opts, String spec) {
        int id = opts.tipId;
        int format = opts.tipFormat == Options.TIPS_NONE ? Options.TIPS_COMPACT : opts.tipFormat;
        for (String token : spec.split(",")) {
            if (token.isEmpty()) continue;
            String lower = token.toLowerCase(java.util.Locale.ROOT);
            boolean idOnly = lower.startsWith("id:"), formatOnly = lower.startsWith("format:");
            String word = idOnly ? lower.substring(3) : formatOnly ? lower.substring(7) : lower;
            if (!formatOnly) {
                if (word.equals("random")) {
                    id = Options.TIP_RANDOM;
                    continue;
                }
                int n = jstrace.filter.NumberSet.uint(word);
                if (n >= 0) {
                    id = n;
                    continue;
                }
            }
            if (!idOnly) {
                int f = switch (word) {
                    case "none" -> Options.TIPS_NONE;
                    case "compact" -> Options.TIPS_COMPACT;
                    case "full" -> Options.TIPS_FULL;
                    default -> -1;
                };
                if (f >= 0) {
                    format = f;
                    continue;
                }
            }
            return false;
        }
        opts.tipId = id;
        opts.tipFormat = format;
        return true;
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

    /** strace's message for a bad option value, naming the option as getopt returned it (-s, --string-limit). */
    private static UsageError badValue(Getopt.Match m, String v) {
        return new UsageError("invalid " + m.spelling() + " argument: '" + v + "'", true);
    }

    private static Opt find(Spec s) {
        for (Opt o : OPTIONS) {
            if (o.spec == s) return o;
        }
        throw new IllegalStateException(s.display());
    }

    /** A non-negative int no larger than {@code max}, as strace's string_to_uint_upto reads it. */
    private static int number(Getopt.Match m, String v, long max) {
        String t = v.stripLeading();
        try {
            long n = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            if (!t.isEmpty() && !t.startsWith("+-") && n >= 0 && n <= max) return (int) n;
        } catch (NumberFormatException e) {
            // strace's message follows
        }
        throw badValue(m, v);
    }

    /** All options, for the help text. */
    public static List<Opt> implemented() {
        List<Opt> out = new ArrayList<>();
        for (Opt o : OPTIONS) if (o.implemented && o.help != null) out.add(o);
        return out;
    }
}
