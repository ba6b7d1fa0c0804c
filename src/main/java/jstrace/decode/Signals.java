package jstrace.decode;

import jstrace.table.Xlats;

/** Signal numbers and siginfo, as strace prints them. */
public final class Signals {
    private Signals() {}

    public static final int SIGCHLD = 17, SIGSTOP = 19, SIGTRAP = 5, SIGKILL = 9, SIGRTMIN = 32;

    /** SIGHUP..SIGSYS by name, 32 as SIGRTMIN, 33.. as SIGRT_1.., anything else as a number. */
    public static String name(int sig) {
        String n = Xlats.SIGNALS().lookup(sig);
        if (n != null) return n;
        if (sig == SIGRTMIN) return "SIGRTMIN";
        if (sig > SIGRTMIN && sig <= 64) return "SIGRT_" + (sig - SIGRTMIN);
        return null;
    }

    /** A signal number argument: its name, or the number (-X raw: the number; -X verbose: both). */
    public static void print(Call c, long v) {
        int s = c.out.length();
        String n = name((int) v);
        int style = c.opts().xlatStyle;
        if (n == null || style != Decoding.XLAT_ABBREV) c.out.append((int) v);
        if (n != null && style == Decoding.XLAT_VERBOSE) c.out.append(" /* ").append(n).append(" */");
        else if (n != null && style == Decoding.XLAT_ABBREV) c.out.append(n);
        // strace 7.x colours a signal argument as a value, not as a constant: PLAIN
        c.described(Description.PLAIN, s, (int) v, null);
    }
}
