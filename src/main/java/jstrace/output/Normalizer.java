package jstrace.output;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jstrace.decode.Decoding;
import jstrace.decode.SigInfo;
import jstrace.decode.Signals;
import jstrace.event.TraceEvent;

/**
 * A trace as text that is the same on every run of the same program, for golden files: one line per
 * call (its entry and exit joined) or per signal, exit and kill; pids and tids as P1, P2, ... in
 * process-tree order (the traced command is P1, then depth first each task's children in the order
 * it created them: the same however the tasks' runs interleave);
 * addresses, times, inode numbers, the environment's size and random bytes masked.
 */
public final class Normalizer {
    private final Map<Integer, String> names = new HashMap<>();
    private int next = 1;

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{5,}"),
            NUMBER = Pattern.compile("(?<![\\w.])\\d+(?![\\w.])"),
            TIMES = Pattern.compile("\\b(st_atime|st_mtime|st_ctime|st_atime_nsec|st_mtime_nsec|st_ctime_nsec"
                    + "|st_ino|st_blocks|si_utime|si_stime|ru_utime|ru_stime)=(\\d+|\\{[^}]*\\})"),
            // a timespec may be an input (a sleep's length) or a clock read: golden files mask both
            TIMESPECS = Pattern.compile("\\b(tv_sec|tv_nsec|tv_usec)=\\d+"),
            INODES = Pattern.compile("(socket|pipe|anon_inode|net):\\[\\d+\\]"),
            VARS = Pattern.compile("/\\* \\d+ vars \\*/"),
            RANDOM = Pattern.compile("(?m)^(getrandom\\()\"[^\"]*\"");

    /** Names the tasks of a whole trace in process-tree order, from its fork, vfork and clone calls. */
    public void nameTree(java.util.List<TraceEvent> events) {
        Map<Integer, java.util.List<Integer>> children = new java.util.LinkedHashMap<>();
        Integer root = null;
        for (TraceEvent e : events) {
            if (root == null && e instanceof TraceEvent.Syscall) root = e.pid();
            if (e instanceof TraceEvent.Syscall s && s.finished() && !s.failed() && s.returnValue() > 0
                    && java.util.Set.of("clone", "clone3", "fork", "vfork").contains(s.name())) {
                children.computeIfAbsent(s.pid(), k -> new java.util.ArrayList<>()).add((int) s.returnValue());
            }
        }
        // each parent's creations in the order of its own calls (ids grow with entry)
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        if (root != null) stack.push(root);
        while (!stack.isEmpty()) {
            int t = stack.pop();
            if (names.containsKey(t)) continue;
            name(t);
            java.util.List<Integer> c = children.getOrDefault(t, java.util.List.of());
            for (int i = c.size() - 1; i >= 0; i--) stack.push(c.get(i));
        }
    }

    /** P1, P2, ...: the name of task {@code tid}, given on first sight unless {@link #nameTree} named it. */
    public String name(int tid) {
        return names.computeIfAbsent(tid, t -> "P" + next++);
    }

    /** The line of an event, or null for events a golden file leaves out (task creation, attach, detach, exec). */
    public String line(TraceEvent e) {
        String text;
        if (e instanceof TraceEvent.Syscall s) {
            text = s.name() + "(" + s.arguments() + ") = " + (s.finished() ? s.result() : "?");
        } else if (e instanceof TraceEvent.SignalDelivered s) {
            text = "--- " + Signals.name(s.signal()) + " " + SigInfo.format(s.siginfo(), Decoding.XLAT_ABBREV, false) + " ---";
        } else if (e instanceof TraceEvent.Exited x) {
            text = "+++ exited with " + x.code() + " +++";
        } else if (e instanceof TraceEvent.Killed k) {
            text = "+++ killed by " + Signals.name(k.signal()) + (k.coreDumped() ? " (core dumped)" : "") + " +++";
        } else {
            return null;
        }
        return name(e.pid()) + " " + mask(text);
    }

    /**
     * What varies from run to run in strace's text, whoever wrote it: addresses (0xADDR), file and
     * process times and inode numbers (N), the environment's size, getrandom's bytes (RANDOM). Pids are left as they are.
     */
    public static String maskVarying(String text) {
        text = ADDRESS.matcher(text).replaceAll("0xADDR");
        text = TIMES.matcher(text).replaceAll("$1=N");
        text = INODES.matcher(text).replaceAll("$1:[N]");
        text = VARS.matcher(text).replaceAll("/* N vars */");
        return RANDOM.matcher(text).replaceAll("$1RANDOM");
    }

    /** Masks what varies from run to run in a line's text, timespecs included; known pids become their names. */
    public String mask(String text) {
        text = TIMESPECS.matcher(maskVarying(text)).replaceAll("$1=N");
        Matcher m = NUMBER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String n = names.get(parse(m.group()));
            m.appendReplacement(b, n != null ? n : m.group());
        }
        m.appendTail(b);
        return b.toString();
    }

    private static int parse(String digits) {
        if (digits.length() > 9) return -1;
        return Integer.parseInt(digits);
    }
}
