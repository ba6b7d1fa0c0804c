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
            Opt.of('q', "quiet", NONE, true, "suppress messages about attaching, detaching (-qq: and exits)"),
            Opt.of('e', null, REQ, true, "a qualifying expression: trace=, signal=, status=, abbrev=, verbose=, raw="),
            Opt.of('t', "absolute-timestamps", NONE, true, "print absolute timestamp (-tt: with usecs, -ttt: epoch)"),
            Opt.of('r', "relative-timestamps", NONE, true, "print relative timestamp"),
            Opt.of('T', "syscall-times", NONE, true, "print time spent in each syscall"),
            Opt.of('n', "syscall-number", NONE, true, "print syscall number"),
            Opt.of('i', "instruction-pointer", NONE, true, "print instruction pointer at time of syscall"),
            Opt.of('c', "summary-only", NONE, true, "count time, calls, and errors for each syscall and report summary"),
            Opt.of('C', "summary", NONE, true, "like -c, but also print the regular output"),
            Opt.of('S', "summary-sort-by", REQ, true, "sort the summary by time, calls, errors, name or nothing"),
            Opt.of('w', "summary-wall-clock", NONE, true, "summarise syscall latency (default is system time)"),
            Opt.of('z', "successful-only", NONE, true, "print only syscalls that returned without an error"),
            Opt.of('Z', "failed-only", NONE, true, "print only syscalls that returned with an error"),
            Opt.of(NO, "always-show-pid", NONE, true, "always show the pid prefix"),
            Opt.of(NO, "trace", REQ, true, "same as -e trace=SET"),
            Opt.of(NO, "signal", REQ, true, "same as -e signal=SET"),
            Opt.of(NO, "status", REQ, true, "same as -e status=SET"),
            Opt.of(NO, "abbrev", REQ, true, "same as -e abbrev=SET"),
            Opt.of(NO, "verbose", REQ, true, "same as -e verbose=SET"),
            Opt.of(NO, "raw", REQ, true, "same as -e raw=SET"),
            Opt.of(NO, "output-separately", NONE, true, "same as -ff"),
            Opt.of(NO, "seccomp-bpf", OPT, true, "seccomp-bpf filtering: only traced syscalls stop the tracee (needs -f); =no turns off the default prefilter"),
            Opt.of('E', "env", REQ, true, "set (VAR=VAL) or remove (VAR) a variable in the command's environment"),
            Opt.of(NO, "argv0", REQ, true, "set PROG's argv[0] to NAME"),
            Opt.of('u', "user", REQ, true, "run the command as USERNAME (its uid, gid and groups)"),
            Opt.of('b', "detach-on", REQ, true, "detach on this syscall (only execve)"),
            Opt.of(NO, "kill-on-exit", NONE, true, "kill all tracees if jstrace is killed"),
            // strace options not implemented yet
            Opt.of('A', "output-append-mode", NONE, false, null),
            Opt.of('D', "daemonize", OPT, false, null),
            Opt.of('d', "debug", NONE, false, null),
            Opt.of('F', null, NONE, false, null),
            Opt.of('H', null, NONE, false, null),
            Opt.of('I', "interruptible", REQ, false, null),
            Opt.of('k', "stack-traces", NONE, false, null),
            Opt.of('O', "summary-syscall-overhead", REQ, false, null),
            Opt.of('P', "trace-path", REQ, false, null),
            Opt.of('U', "summary-columns", REQ, false, null),
            Opt.of('Y', "decode-pids", OPT, false, null),
            Opt.of(NO, "syscall-limit", REQ, false, null),
            Opt.of(NO, "trace-fds", REQ, false, null),
            Opt.of(NO, "timestamps", OPT, false, null),
            Opt.of(NO, "read", REQ, false, null),
            Opt.of(NO, "write", REQ, false, null),
            Opt.of(NO, "inject", REQ, false, null),
            Opt.of(NO, "fault", REQ, false, null),
            Opt.of(NO, "pidns-translation", NONE, false, null),
            Opt.of(NO, "tips", OPT, false, null));

    private static final List<Spec> SPECS = OPTIONS.stream().map(Opt::spec).toList();

    public static Options parse(String[] args) {
        Getopt.Result r = Getopt.parse(SPECS, args);
        Options opts = new Options();
        for (Getopt.Match m : r.matches()) {
            Opt o = find(m.spec());
            if (!o.implemented) throw new UsageError("option " + spelling(m, args) + " is not implemented yet", false);
            String v = m.value();
            String key = m.spec().shortName() != NO ? "-" + m.spec().shortName() : "--" + m.spec().longName();
            switch (key) {
                case "-o" -> opts.outputFile = v;
                case "-s" -> opts.maxStrlen = number(spelling(m, args), v, 1073741823);
                case "-a" -> opts.retColumn = number(spelling(m, args), v, Integer.MAX_VALUE);
                case "-x" -> opts.hexStrings++;
                case "-y" -> opts.decodeFds++;
                case "-v" -> opts.verbose = true;
                case "-X" -> opts.xlatStyle = switch (v) {
                    case "raw" -> 1;
                    case "abbrev" -> 0;
                    case "verbose" -> 2;
                    default -> throw new UsageError("invalid -X argument: '" + v + "'", true);
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
                case "--trace", "--signal", "--status", "--abbrev", "--verbose", "--raw" ->
                        opts.qualifiers.add(m.spec().longName() + "=" + v);
                case "-t" -> opts.absoluteTimestamps++;
                case "-r" -> opts.relativeTimestamps = true;
                case "-T" -> opts.syscallTimes = true;
                case "-n" -> opts.syscallNumbers = true;
                case "-i" -> opts.instructionPointer = true;
                case "-c" -> opts.summaryOnly = true;
                case "-C" -> opts.summary = true;
                case "-S" -> opts.summarySortBy = v;
                case "-w" -> opts.summaryWallClock = true;
                case "-z" -> opts.successfulOnly = true;
                case "-Z" -> opts.failedOnly = true;
                case "--always-show-pid" -> opts.alwaysShowPid = true;
                case "--seccomp-bpf" -> {
                    if (v == null || v.equals("yes")) opts.seccompBpf = true;
                    else if (v.equals("no")) opts.noSeccompBpf = true;
                    else throw new UsageError("invalid --seccomp-bpf argument: '" + v + "'", true);
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
        return opts;
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
    private static int number(String opt, String v, long max) {
        String t = v.stripLeading();
        try {
            long n = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            if (!t.isEmpty() && !t.startsWith("+-") && n >= 0 && n <= max) return (int) n;
        } catch (NumberFormatException e) {
            // strace's message follows
        }
        throw new UsageError("invalid " + opt + " argument: '" + v + "'", true);
    }

    /** All options, for the help text. */
    public static List<Opt> implemented() {
        List<Opt> out = new ArrayList<>();
        for (Opt o : OPTIONS) if (o.implemented) out.add(o);
        return out;
    }
}
