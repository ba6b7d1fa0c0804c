package jstrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The -h text, laid out by picocli from the option table. Only -h loads picocli: building its model
 * costs ~50-100 ms, too much for every start (parsing is {@link Getopt}'s job).
 */
public final class Help {
    private Help() {}

    public static String text() {
        CommandSpec spec = CommandSpec.create().name("jstrace");
        spec.usageMessage().description("strace for Linux x86_64: trace system calls and signals of PROG or of the processes -p names.")
                .footer("", "Options not listed are other spellings of these (--silent, --failing-only, --daemonised...) or strace's, recognised and refused until jstrace implements them.");
        for (CommandLineParser.Opt o : CommandLineParser.implemented()) {
            Getopt.Spec s = o.spec();
            String[] names = s.shortName() == 0 ? new String[] {"--" + s.longName()}
                    : s.longName() == null ? new String[] {"-" + s.shortName()}
                    : new String[] {"-" + s.shortName(), "--" + s.longName()};
            OptionSpec.Builder b = OptionSpec.builder(names).description(o.help());
            if (s.arg() == Getopt.Arg.NONE) b.arity("0").type(boolean.class);
            else b.arity(s.arg() == Getopt.Arg.OPTIONAL ? "0..1" : "1").paramLabel("ARG").type(String.class);
            spec.addOption(b.build());
        }
        spec.addPositional(PositionalParamSpec.builder().paramLabel("PROG [ARGS]").arity("0..*").type(String[].class).build());
        return new CommandLine(spec).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }
}
