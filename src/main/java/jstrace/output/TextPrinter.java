package jstrace.output;

import jstrace.decode.Call;
import jstrace.decode.Errno;
import jstrace.decode.Print;
import jstrace.decode.Signals;
import jstrace.event.TraceListener;
import jstrace.table.SyscallTable;
import jstrace.tracer.Tracee;

/** Prints events as strace's text lines. */
public final class TextPrinter implements TraceListener {
    private final TraceOutput out;
    /** -a: the column of " = ". */
    private final int retColumn;
    /** The tracee whose line is still open (printed up to its entry arguments). */
    private Tracee openLine;
    private final StringBuilder scratch = new StringBuilder(64);

    public TextPrinter(TraceOutput out, int retColumn) {
        this.out = out;
        this.retColumn = retColumn;
    }

    public static String syscallName(int nr) {
        String n = nr >= 0 && nr <= SyscallTable.MAX ? SyscallTable.NAMES[nr] : null;
        return n != null ? n : "syscall_0x" + Integer.toHexString(nr);
    }

    @Override
    public void syscallEntered(Tracee t, Call c) {
        interrupt(t);
        out.append(syscallName(c.nr)).append('(').append(c.out, 0, t.entryLength);
        openLine = t;
    }

    @Override
    public void syscallExited(Tracee t, Call c) {
        if (openLine != t) {
            interrupt(t);
            out.append("<... ").append(syscallName(c.nr)).append(" resumed>");
        }
        out.append(c.out, t.entryLength, c.out.length());
        out.append(") ").padTo(retColumn);
        result(c);
        out.newline();
        openLine = null;
    }

    private void result(Call c) {
        int flags = c.decoded;
        if (c.failed) {
            int errno = (int) -c.rval;
            String name = Errno.name(errno);
            if (Errno.isRestart(errno)) out.append("= ? ");
            else out.append("= -1 ");
            if (name != null) out.append(name).append(" (").append(Errno.message(errno)).append(')');
            else out.append("(errno ").append(errno).append(')');
        } else if ((flags & Call.RET_NONE) != 0) {
            out.append("= ?");
        } else {
            scratch.setLength(0);
            if ((flags & Call.RET_HEX) != 0) Print.hex(scratch, c.rval);
            else if ((flags & Call.RET_OCT) != 0) Print.oct(scratch, c.rval);
            else if ((flags & Call.RET_UDEC) != 0) scratch.append(Long.toUnsignedString(c.rval));
            else scratch.append(c.rval);
            out.append("= ").append(scratch);
            if ((flags & Call.RET_FD) != 0 && c.opts().decodeFds > 0) {
                String p = c.tracee.fdPath((int) c.rval);
                if (p != null) out.append('<').append(p).append('>');
            }
        }
        if ((flags & Call.RET_STR) != 0 && c.retText != null) out.append(" (").append(c.retText).append(')');
    }

    /** Ends another tracee's open line as strace does. */
    private void interrupt(Tracee t) {
        if (openLine != null && openLine != t) {
            out.append(" <unfinished ...>");
            out.newline();
            openLine = null;
        }
    }

    /** A tracee that vanished inside a call (exit_group, killed): its line ends with "= ?". */
    private void endOpenCall(Tracee t) {
        if (t.inSyscall && t.traced) {
            if (openLine != t) {
                interrupt(t);
                out.append("<... ").append(syscallName(t.call.nr)).append(" resumed>");
            }
            out.append(") ").padTo(retColumn).append("= ?");
            out.newline();
            openLine = null;
            t.inSyscall = false;
        }
    }

    @Override
    public void signalDelivered(Tracee t, int sig, String info) {
        interrupt(t);
        out.append("--- ").append(Signals.name(sig)).append(' ').append(info).append(" ---");
        out.newline();
    }

    @Override
    public void exited(Tracee t, int code) {
        endOpenCall(t);
        interrupt(t);
        out.append("+++ exited with ").append(code).append(" +++");
        out.newline();
    }

    @Override
    public void killed(Tracee t, int sig, boolean coreDumped) {
        endOpenCall(t);
        interrupt(t);
        out.append("+++ killed by ").append(Signals.name(sig)).append(coreDumped ? " (core dumped)" : "").append(" +++");
        out.newline();
    }

    @Override
    public void finish() {
        out.flush();
    }
}
