package jstrace.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * GNU getopt_long as strace uses it ("+" mode: options end at the first non-option): short
 * clusters (-ff, -s100, -s 100), long options with =value or a separate value, unique prefixes of
 * long names, "--". Messages are getopt's. Parsing is a plain loop over a table: nothing here costs
 * start-up time (picocli's model building did, ~50-100 ms per start).
 */
public final class Getopt {
    private Getopt() {}

    /** How an option takes its value. */
    public enum Arg { NONE, REQUIRED, OPTIONAL }

    /** One option: its short letter (0 if none), long name (null if none), and value rule. */
    public record Spec(char shortName, String longName, Arg arg) {
        public String display() {
            return shortName != 0 ? "-" + shortName : "--" + longName;
        }
    }

    /** One option as it appeared, in command-line order, with its value (null if none). */
    public record Match(Spec spec, String value) {}

    /** The options in order, and the operands from the first non-option on. */
    public record Result(List<Match> matches, List<String> operands) {}

    public static Result parse(List<Spec> specs, String[] args) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.startsWith("--")) {
                i = longOption(specs, args, i, matches);
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char ch = a.charAt(k);
                Spec s = findShort(specs, ch);
                if (s == null) throw new UsageError("invalid option -- '" + ch + "'", true);
                if (s.arg == Arg.NONE) {
                    matches.add(new Match(s, null));
                    continue;
                }
                if (k + 1 < a.length()) {
                    matches.add(new Match(s, a.substring(k + 1)));
                } else if (s.arg == Arg.REQUIRED) {
                    if (i + 1 >= args.length) throw new UsageError("option requires an argument -- '" + ch + "'", true);
                    matches.add(new Match(s, args[++i]));
                } else {
                    matches.add(new Match(s, null));
                }
                break;
            }
            i++;
        }
        List<String> operands = new ArrayList<>();
        for (; i < args.length; i++) operands.add(args[i]);
        return new Result(matches, operands);
    }

    private static int longOption(List<Spec> specs, String[] args, int i, List<Match> matches) {
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
        matches.add(new Match(s, value));
        return i + 1;
    }

    private static Spec findShort(List<Spec> specs, char ch) {
        for (Spec s : specs) {
            if (s.shortName == ch) return s;
        }
        return null;
    }

    /** An exact long name, else the only one it is a prefix of (getopt_long's abbreviations). */
    private static Spec findLong(List<Spec> specs, String name, String arg) {
        List<Spec> prefixed = new ArrayList<>();
        for (Spec s : specs) {
            if (s.longName == null) continue;
            if (s.longName.equals(name)) return s;
            if (!name.isEmpty() && s.longName.startsWith(name)) prefixed.add(s);
        }
        String bare = arg.indexOf('=') >= 0 ? arg.substring(0, arg.indexOf('=')) : arg;
        if (prefixed.isEmpty()) throw new UsageError("unrecognized option '" + arg + "'", true);
        if (prefixed.size() > 1) {
            StringBuilder b = new StringBuilder("option '" + bare + "' is ambiguous; possibilities:");
            for (Spec s : prefixed) b.append(" '--").append(s.longName).append('\'');
            throw new UsageError(b.toString(), true);
        }
        return prefixed.get(0);
    }
}
