package jstrace.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * strace's command line, parsed with picocli's programmatic model (no annotation scanning at start-up):
 * clustered short flags (-ff, -tt), attached values (-s100), options before the command only.
 * Messages follow getopt's wording, as strace's do.
 */
public final class CommandLineParser {
    private CommandLineParser() {}

    /** One strace option: its spellings, whether it takes a value, whether jstrace implements it yet. */
    private record Opt(String shortName, String longName, boolean value, boolean implemented) {}

    private static final List<Opt> OPTIONS = List.of(
            new Opt("-o", "--output", true, true),
            new Opt("-s", "--string-limit", true, true),
            new Opt("-a", "--columns", true, true),
            new Opt("-x", "--strings-in-hex", false, true),
            new Opt("-y", "--decode-fds", false, true),
            new Opt("-v", "--no-abbrev", false, true),
            new Opt("-h", "--help", false, true),
            new Opt("-V", "--version", false, true),
            // strace options not implemented yet: accepted by the parser, refused with a clear message
            new Opt("-A", "--output-append-mode", false, false),
            new Opt("-b", "--detach-on", true, false),
            new Opt("-C", "--summary", false, false),
            new Opt("-c", "--summary-only", false, false),
            new Opt("-D", "--daemonize", false, false),
            new Opt("-d", "--debug", false, false),
            new Opt("-E", "--env", true, false),
            new Opt("-e", null, true, false),
            new Opt("-F", null, false, false),
            new Opt("-f", "--follow-forks", false, false),
            new Opt("-H", null, false, false),
            new Opt("-I", "--interruptible", true, false),
            new Opt("-i", "--instruction-pointer", false, false),
            new Opt("-k", "--stack-traces", false, false),
            new Opt("-n", "--syscall-number", false, false),
            new Opt("-O", "--summary-syscall-overhead", true, false),
            new Opt("-P", "--trace-path", true, false),
            new Opt("-p", "--attach", true, false),
            new Opt("-q", "--quiet", false, false),
            new Opt("-r", "--relative-timestamps", false, false),
            new Opt("-S", "--summary-sort-by", true, false),
            new Opt("-T", "--syscall-times", false, false),
            new Opt("-t", "--absolute-timestamps", false, false),
            new Opt("-U", "--summary-columns", true, false),
            new Opt("-u", "--user", true, false),
            new Opt("-w", "--summary-wall-clock", false, false),
            new Opt("-X", "--const-print-style", true, false),
            new Opt("-Y", "--decode-pids", false, false),
            new Opt("-Z", "--failed-only", false, false),
            new Opt("-z", "--successful-only", false, false),
            new Opt(null, "--seccomp-bpf", false, false),
            new Opt(null, "--always-show-pid", false, false),
            new Opt(null, "--kill-on-exit", false, false),
            new Opt(null, "--argv0", true, false),
            new Opt(null, "--syscall-limit", true, false),
            new Opt(null, "--trace", true, false),
            new Opt(null, "--signal", true, false),
            new Opt(null, "--status", true, false),
            new Opt(null, "--trace-fds", true, false),
            new Opt(null, "--timestamps", true, false),
            new Opt(null, "--summary-only", false, false),
            new Opt(null, "--output-separately", false, false),
            new Opt(null, "--abbrev", true, false),
            new Opt(null, "--verbose", true, false),
            new Opt(null, "--raw", true, false),
            new Opt(null, "--read", true, false),
            new Opt(null, "--write", true, false),
            new Opt(null, "--inject", true, false),
            new Opt(null, "--fault", true, false));

    public static Options parse(String[] args) {
        CommandSpec spec = CommandSpec.create();
        for (Opt o : OPTIONS) {
            if (o.shortName == null && o.longName != null && spec.findOption(o.longName) != null) continue;
            String[] names = o.shortName == null ? new String[] {o.longName}
                    : o.longName == null ? new String[] {o.shortName} : new String[] {o.shortName, o.longName};
            OptionSpec.Builder b = OptionSpec.builder(names);
            if (o.value) b.type(String[].class).arity("1").paramLabel("ARG");
            else b.type(boolean[].class).arity("0");
            spec.addOption(b.build());
        }
        spec.addPositional(PositionalParamSpec.builder().type(String[].class).arity("0..*").build());
        spec.parser().stopAtPositional(true).posixClusteredShortOptionsAllowed(true)
                .unmatchedOptionsArePositionalParams(false).caseInsensitiveEnumValuesAllowed(false)
                .overwrittenOptionsAllowed(true).aritySatisfiedByAttachedOptionParam(true);
        CommandLine cl = new CommandLine(spec);
        ParseResult pr;
        try {
            pr = cl.parseArgs(args);
        } catch (CommandLine.MissingParameterException e) {
            throw new UsageError(missingArgument(e, args), true);
        } catch (CommandLine.UnmatchedArgumentException e) {
            throw new UsageError(unknownOption(e.getUnmatched()), true);
        } catch (CommandLine.ParameterException e) {
            throw new UsageError(e.getMessage(), true);
        }
        Options opts = new Options();
        for (OptionSpec matched : pr.matchedOptions()) {
            String name = matched.shortestName();
            Opt o = find(name);
            if (o != null && !o.implemented) {
                throw new UsageError("option " + name + " is not implemented yet", false);
            }
            switch (name) {
                case "-o" -> opts.outputFile = last(matched);
                case "-s" -> opts.maxStrlen = number("-s", last(matched));
                case "-a" -> opts.retColumn = number("-a", last(matched));
                case "-x" -> opts.hexStrings = count(matched);
                case "-y" -> opts.decodeFds = count(matched);
                case "-v" -> opts.verbose = true;
                case "-h" -> opts.help = true;
                case "-V" -> opts.version = true;
                default -> throw new UsageError("option " + name + " is not implemented yet", false);
            }
        }
        if (pr.hasMatchedPositional(0)) {
            opts.command.addAll(List.of(pr.matchedPositional(0).<String[]>getValue()));
        }
        return opts;
    }

    private static Opt find(String name) {
        for (Opt o : OPTIONS) {
            if (name.equals(o.shortName) || name.equals(o.longName)) return o;
        }
        return null;
    }

    private static String last(OptionSpec o) {
        String[] v = o.getValue();
        return v[v.length - 1];
    }

    private static int count(OptionSpec o) {
        boolean[] v = o.getValue();
        return v.length;
    }

    /** A non-negative int, as strace's string_to_uint checks it. */
    private static int number(String opt, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // fall through to strace's message
        }
        throw new UsageError("invalid " + opt + " argument: '" + v + "'", true);
    }

    private static String unknownOption(List<String> unmatched) {
        String arg = unmatched.isEmpty() ? "?" : unmatched.get(0);
        if (arg.startsWith("--")) {
            return "unrecognized option '" + arg.replaceFirst("=.*", "") + "'";
        }
        // the first character of a short cluster that is no option
        for (int i = 1; i < arg.length(); i++) {
            if (find("-" + arg.charAt(i)) == null) return "invalid option -- '" + arg.charAt(i) + "'";
        }
        return "invalid option -- '" + arg.substring(1) + "'";
    }

    private static String missingArgument(CommandLine.MissingParameterException e, String[] args) {
        String last = args.length > 0 ? args[args.length - 1] : "";
        if (last.startsWith("--")) return "option '" + last + "' requires an argument";
        return "option requires an argument -- '" + last.charAt(last.length() - 1) + "'";
    }
}
