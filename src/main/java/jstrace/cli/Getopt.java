package jstrace.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * GNU getopt_long as strace uses it ("+" mode: options end at the first non-option): short
 * clusters (-ff, -s100, -s 100), long options with =value or a separate value, unique prefixes of
 * long names, "--". Messages are getopt's. Parsing is a plain loop over a table: nothing here costs
 * start-up time (picocli's model building did, ~50-100 ms per start).
 *
 * <p>Options are handed to the caller one by one, in command-line order, as getopt_long returns
 * them: a mistake in a later word is found only after the earlier options were acted on (strace
 * checks each option's value in its getopt loop, so the first bad word is the one reported).
 */
public final class Getopt {
    private Getopt() {}

    /** How an option takes its value. */
    public enum Arg { NONE, REQUIRED, OPTIONAL }

    /**
     * One option: its short letter (0 if none), long name (null if none), and value rule. Long names
     * with the same {@code key} are spellings of one option (strace's --daemonised, --silent...): a
     * prefix of several of them is not ambiguous. An {@code exact} name is never abbreviated.
     */
    public record Spec(char shortName, String longName, Arg arg, String key, boolean exact) {
        public Spec(char shortName, String longName, Arg arg) {
            this(shortName, longName, arg, null, false);
        }

        public String display() {
            return shortName != 0 ? "-" + shortName : "--" + longName;
        }

        String group() {
            return key != null ? key : display();
        }
    }

    /** One option as it appeared, with its value (null if none); {@code longForm}: given as --name. */
    public record Match(Spec spec, String value, boolean longForm) {
        public Match(Spec spec, String value) {
            this(spec, value, false);
        }

        /** The option as getopt reports it to strace: --NAME when given long, else -C. */
        public String spelling() {
            return longForm || spec.shortName == 0 ? "--" + spec.longName : "-" + spec.shortName;
        }
    }

    /** The options in order, and the operands from the first non-option on. */
    public record Result(List<Match> matches, List<String> operands) {}

    public static Result parse(List<Spec> specs, String[] args) {
        List<Match> matches = new ArrayList<>();
        List<String> operands = parse(specs, args, matches::add);
        return new Result(matches, operands);
    }

    /**
     * Hands each option to {@code each} as it is read (an exception from {@code each} ends the
     * parse there); returns the operands from the first non-option on.
     */
    public static List<String> parse(List<Spec> specs, String[] args, Consumer<Match> each) {
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.startsWith("--")) {
                i = longOption(specs, args, i, each);
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char ch = a.charAt(k);
                Spec s = findShort(specs, ch);
                if (s == null) throw new UsageError("invalid option -- '" + ch + "'", true);
                if (s.arg == Arg.NONE) {
                    each.accept(new Match(s, null));
                    continue;
                }
                if (k + 1 < a.length()) {
                    each.accept(new Match(s, a.substring(k + 1)));
                } else if (s.arg == Arg.REQUIRED) {
                    if (i + 1 >= args.length) throw new UsageError("option requires an argument -- '" + ch + "'", true);
                    each.accept(new Match(s, args[++i]));
                } else {
                    each.accept(new Match(s, null));
                }
                break;
            }
            i++;
        }
        List<String> operands = new ArrayList<>();
        for (; i < args.length; i++) operands.add(args[i]);
        return operands;
    }

    private static int longOption(List<Spec> specs, String[] args, int i, Consumer<Match> each) {
        String a = args[i];
        int eq = a.indexOf('=');
        String name = eq >= 0 ? a.substring(2, eq) : a.substring(2);
        String value = eq >= 0 ? a.substring(eq + 1) : null;
        Spec s = findLong(specs, name, a);
        String shown = "--" + s.longName;
        switch (s.arg) {
            case NONE -> {
                if (value != null) throw new UsageError("option '" + shown + "' doesn't allow an argument", true);
            }
            case REQUIRED -> {
                if (value == null) {
                    if (i + 1 >= args.length) throw new UsageError("option '" + shown + "' requires an argument", true);
                    value = args[++i];
                }
            }
            case OPTIONAL -> { }
        }
        each.accept(new Match(s, value, true));
        return i + 1;
    }

    private static Spec findShort(List<Spec> specs, char ch) {
        for (Spec s : specs) {
            if (s.shortName == ch) return s;
        }
        return null;
    }

    /**
     * An exact long name, else the first one it is a prefix of, unless another one it is a prefix of
     * is a different option (getopt_long's abbreviations and its ambiguity rule).
     */
    private static Spec findLong(List<Spec> specs, String name, String arg) {
        List<Spec> prefixed = new ArrayList<>();
        boolean ambiguous = false;
        for (Spec s : specs) {
            if (s.longName == null) continue;
            if (s.longName.equals(name)) return s;
            if (!name.isEmpty() && !s.exact && s.longName.startsWith(name)) {
                if (!prefixed.isEmpty() && (!prefixed.get(0).group().equals(s.group()) || prefixed.get(0).arg != s.arg)) {
                    ambiguous = true;
                }
                prefixed.add(s);
            }
        }
        String bare = arg.indexOf('=') >= 0 ? arg.substring(0, arg.indexOf('=')) : arg;
        if (prefixed.isEmpty()) throw new UsageError("unrecognized option '" + arg + "'", true);
        if (ambiguous) {
            StringBuilder b = new StringBuilder("option '" + bare + "' is ambiguous; possibilities:");
            for (Spec s : prefixed) b.append(" '--").append(s.longName).append('\'');
            throw new UsageError(b.toString(), true);
        }
        return prefixed.get(0);
    }
}
