package jstrace.decode;

/** A finished call's result as strace prints it after " = ", for every writer of calls. */
public final class Results {
    private Results() {}

    /**
     * At the exit stop, while the tracee can be read: the details strace prints after a returned
     * number (-y: the path of a returned fd, -Y: the command name of a returned pid).
     */
    public static void details(Call c) {
        if (c.failed) return;
        NewNamespaces.note(c);
        int flags = c.decoded;
        StringBuilder d = c.retDetails;
        if ((flags & Call.RET_PID) != 0) {
            PidNamespaces.Kind kind = (flags & Call.PID_TID) != 0 ? PidNamespaces.Kind.TID
                    : (flags & Call.PID_PGID) != 0 ? PidNamespaces.Kind.PGID
                    : (flags & Call.PID_SID) != 0 ? PidNamespaces.Kind.SID : PidNamespaces.Kind.TGID;
            boolean task = kind == PidNamespaces.Kind.TID || kind == PidNamespaces.Kind.TGID;
            if (task && c.opts().decodePids) Print.comm(d, (int) c.rval);
            PidNamespaces.comment(d, c, c.rval, kind);
        }
        if ((flags & Call.RET_FD) != 0 && c.opts().decodeFds != 0) {
            FdDetails.append(d, c.tracee, (int) c.rval, c.opts());
        }
    }

    /** The text after " = ": "3</etc/hostname>", "-1 ENOENT (No such file or directory)", "?" ... */
    public static void format(StringBuilder out, Call c) {
        int flags = c.decoded;
        if (c.failed) {
            int errno = (int) -c.rval;
            String name = Errno.name(errno);
            if ((flags & Call.RET_VALUE_ERROR) != 0) out.append(Long.toUnsignedString(c.rval)).append(' ');
            else out.append(Errno.isRestart(errno) && (flags & Call.RET_RAW) == 0 ? "? " : "-1 ");
            if (name != null) out.append(name).append(" (").append(Errno.message(errno)).append(')');
            else out.append("(errno ").append(errno).append(')');
            // strace: after an error the notes come before the decoder's text, after a value behind it
            injectedNote(out, c);
            if ((flags & Call.RET_STR) != 0 && c.retText != null) out.append(" (").append(c.retText).append(')');
            return;
        }
        if ((flags & Call.RET_NONE) != 0) {
            out.append('?');
        } else {
            if ((flags & Call.RET_HEX) != 0) Print.hex(out, c.rval);
            else if ((flags & Call.RET_OCT) != 0) Print.mode(out, c.rval);
            else if ((flags & Call.RET_UDEC) != 0) out.append(Long.toUnsignedString(c.rval));
            else out.append(c.rval);
            out.append(c.retDetails);
        }
        if ((flags & Call.RET_STR) != 0 && c.retText != null) out.append(" (").append(c.retText).append(')');
        injectedNote(out, c);
    }

    /** -e inject=: " (INJECTED)" for a tampered result or memory ({@link Call#injectedNote}), " (DELAYED)" for a held tracee. */
    private static void injectedNote(StringBuilder out, Call c) {
        String note = c.injectedNote();
        if (note != null) out.append(" (").append(note).append(')');
        if (c.delayed) out.append(" (DELAYED)");
    }
}
