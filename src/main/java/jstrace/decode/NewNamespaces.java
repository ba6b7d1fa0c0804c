package jstrace.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * -e namespace=new: after a successful clone, clone3, unshare or setns that asks for new (or other)
 * namespaces, the namespaces the task is then in, as strace 6.14+ prints them after the result:
 * "= 0 (user:[4026532745], uts:[4026532746])" — the targets of /proc/TID/ns/NAME, of the new child
 * for the clones and of the caller for unshare and setns.
 */
public final class NewNamespaces {
    private NewNamespaces() {}

    private static final int CLONE = 56, UNSHARE = 272, SETNS = 308, CLONE3 = 435;
    private static final long CLONE_INTO_CGROUP = 0x200000000L;

    /** The CLONE_NEW* flag of each /proc/TID/ns entry, in strace's order (uts before user). */
    private static final long[] FLAGS = {0x02000000L, 0x08000000L, 0x00020000L, 0x40000000L, 0x20000000L,
            0x00000080L, 0x04000000L, 0x10000000L};
    private static final String[] NAMES = {"cgroup", "ipc", "mnt", "net", "pid", "time", "uts", "user"};

    /** At the exit stop: sets the call's note to the namespaces it entered, if -e namespace=new asks and there are any. */
    static void note(Call c) {
        if (!c.opts().newNamespaces || c.failed || c.opts().raw(c.tableNr())) return;
        long flags;
        int tid;
        switch (c.tableNr()) {
            case CLONE -> {
                flags = c.args[0] & ~ProcessDecoders.CSIGNAL; // the low byte is the exit signal, not CLONE_NEWTIME
                tid = PidNamespaces.translate(c.pid, (int) c.rval, PidNamespaces.Kind.TID);
            }
            case CLONE3 -> {
                ByteBuffer args = c.args[1] < 64 ? null // strace decodes no struct smaller than clone_args' first version
                         : Structs.read(c, c.args[0], 8);
                if (args == null) return;
                flags = args.getLong(0);
                // the cgroup namespace is named too when the child is put into a cgroup (as strace does)
                if ((flags & CLONE_INTO_CGROUP) != 0) flags |= FLAGS[0];
                tid = PidNamespaces.translate(c.pid, (int) c.rval, PidNamespaces.Kind.TID);
            }
            case UNSHARE -> {
                flags = c.args[0];
                tid = c.pid;
            }
            case SETNS -> {
                flags = c.args[1];
                tid = c.pid;
            }
            default -> {
                return;
            }
        }
        if (tid <= 0) return;
        StringBuilder text = new StringBuilder();
        String dir = PidNamespaces.procDir(tid) + "/ns/";
        for (int i = 0; i < FLAGS.length; i++) {
            if ((flags & FLAGS[i]) == 0) continue;
            String ns = link(dir + NAMES[i]);
            if (ns == null) continue;
            if (text.length() > 0) text.append(", ");
            text.append(ns);
        }
        if (text.length() == 0) return;
        c.retText = text.toString();
        c.decoded |= Call.RET_STR;
    }

    private static String link(String path) {
        try {
            return Files.readSymbolicLink(Path.of(path)).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // the child is gone already, or the kernel has no such namespace
        }
    }
}
