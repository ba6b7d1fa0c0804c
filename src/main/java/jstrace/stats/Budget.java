package jstrace.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jstrace.cli.CommandLineParser;
import jstrace.cli.UsageError;
import jstrace.decode.Call;
import jstrace.event.TraceListener;
import jstrace.filter.Qualifiers;

/**
 * --budget=LIMITS: limits on what the traced programs did, checked when the trace ends. A limit is
 * {@code TERM OP VALUE}: TERM is a syscall or %class (its number of calls), {@code total} (all calls),
 * {@code errors} or {@code errors(SET)} (failed calls), or {@code pNN(SET)}, {@code max(SET)},
 * {@code avg(SET)} (call durations, as -T measures them; VALUE then takes a unit s, ms, us or ns,
 * default us); OP is one of {@code <= < == != >= >}. Examples: {@code openat<=20}, {@code %net==0},
 * {@code p99(read)<=1ms}.
 */
public final class Budget implements TraceListener {
    /** jstrace's exit status when a limit is exceeded (the command's status is reported in a message). */
    public static final int EXCEEDED_STATUS = 99;

    private static final Pattern LIMIT = Pattern.compile(
            "\\s*(?:(p\\d+(?:\\.\\d+)?|max|avg|errors)\\(([^()]+)\\)|(%?[\\w]+))\\s*(<=|>=|==|!=|<|>)\\s*([0-9.]+[a-z]*)\\s*");

    /** One limit: what is measured, of which calls, and the bound. */
    private record Limit(String text, String function, boolean[] set, String op, long bound, boolean time) {}

    private final List<Limit> limits = new ArrayList<>();
    private final long[] calls = new long[jstrace.table.SyscallTable.MAX + 1], errors = new long[calls.length];
    /** Durations per syscall, kept only for the syscalls a time limit names. */
    private final long[][] durations = new long[calls.length][];
    private final int[] durationCount = new int[calls.length];

    /** Parses the limits of each --budget (comma-separated). */
    public Budget(List<String> specs) {
        for (String spec : specs) {
            for (String item : spec.split(",")) {
                if (item.isBlank()) continue;
                Matcher m = LIMIT.matcher(item);
                if (!m.matches()) throw new UsageError("invalid --budget limit: '" + item.strip() + "'", true);
                String fn = m.group(1), setText = m.group(1) != null ? m.group(2).strip() : m.group(3);
                boolean[] set;
                if (fn == null && setText.equals("total")) {
                    set = all();
                } else if (fn == null && setText.equals("errors")) {
                    fn = "errors";
                    set = all();
                } else {
                    try {
                        set = Qualifiers.parse(List.of("trace=" + setText)).trace;
                    } catch (UsageError e) {
                        throw new UsageError("invalid --budget limit: '" + item.strip() + "': " + e.getMessage(), true);
                    }
                }
                boolean time = fn != null && !fn.equals("errors");
                long bound;
                if (time) {
                    bound = CommandLineParser.duration(m.group(5));
                } else {
                    bound = m.group(5).matches("\\d+") ? Long.parseLong(m.group(5)) : -1;
                }
                if (bound < 0) throw new UsageError("invalid --budget limit: '" + item.strip() + "'", true);
                if (fn != null && fn.startsWith("p") && Double.parseDouble(fn.substring(1)) > 100) {
                    throw new UsageError("invalid --budget limit: '" + item.strip() + "'", true);
                }
                Limit l = new Limit(item.strip(), fn == null ? "calls" : fn, set, m.group(4), bound, time);
                limits.add(l);
                if (time) for (int nr = 0; nr < set.length && nr < durations.length; nr++) if (set[nr] && durations[nr] == null) durations[nr] = new long[64];
            }
        }
    }

    private static boolean[] all() {
        boolean[] s = new boolean[jstrace.table.SyscallTable.MAX + 1];
        Arrays.fill(s, true);
        return s;
    }

    @Override
    public void syscallEntered(Call c) {}

    @Override
    public void syscallExited(Call c) {
        // limits name calls: an i386 call counts as its x86_64 namesake (-1 for one only i386 has)
        int nr = c.personality != Call.I386 ? c.nr
                : c.nr >= 0 && c.nr <= jstrace.table.SyscallTable32.MAX ? jstrace.table.SyscallTable32.X86_64[c.nr] : -1;
        if (nr < 0 || nr >= calls.length) return;
        calls[nr]++;
        if (c.failed) errors[nr]++;
        long[] d = durations[nr];
        if (d != null) {
            if (durationCount[nr] == d.length) d = durations[nr] = Arrays.copyOf(d, d.length * 2);
            d[durationCount[nr]++] = c.durationNanos();
        }
    }

    /** The limits exceeded, each as jstrace reports it ("openat<=20: 23 calls"); empty when all hold. */
    public List<String> violations() {
        List<String> out = new ArrayList<>();
        for (Limit l : limits) {
            long value;
            String what;
            if (l.time) {
                int total = 0;
                for (int nr = 0; nr < calls.length; nr++) if (l.set[nr]) total += durationCount[nr];
                long[] all = new long[total];
                for (int nr = 0, at = 0; nr < calls.length; nr++) {
                    if (!l.set[nr] || durationCount[nr] == 0) continue;
                    System.arraycopy(durations[nr], 0, all, at, durationCount[nr]);
                    at += durationCount[nr];
                }
                if (all.length == 0) continue; // no such calls: no latency to exceed
                Arrays.sort(all);
                value = switch (l.function) {
                    case "max" -> all[all.length - 1];
                    case "avg" -> Arrays.stream(all).sum() / all.length;
                    default -> {
                        double p = Double.parseDouble(l.function.substring(1));
                        int rank = (int) Math.ceil(p / 100 * all.length);
                        yield all[Math.max(0, Math.min(all.length - 1, rank - 1))];
                    }
                };
                StringBuilder t = new StringBuilder();
                jstrace.output.TimeFormat.duration(t, value, 6);
                what = t + " s";
            } else {
                long[] from = l.function.equals("errors") ? errors : calls;
                value = 0;
                for (int nr = 0; nr < from.length; nr++) if (l.set[nr]) value += from[nr];
                what = value + (l.function.equals("errors") ? " errors" : " calls");
            }
            boolean ok = switch (l.op) {
                case "<=" -> value <= l.bound;
                case "<" -> value < l.bound;
                case "==" -> value == l.bound;
                case "!=" -> value != l.bound;
                case ">=" -> value >= l.bound;
                default -> value > l.bound;
            };
            if (!ok) out.add("budget exceeded: " + l.text + ": " + what);
        }
        return out;
    }
}
