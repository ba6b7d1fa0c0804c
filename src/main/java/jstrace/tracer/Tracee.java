package jstrace.tracer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jstrace.decode.Call;
import jstrace.decode.Decoding;
import jstrace.decode.Memory;

/** One traced thread or process and where it stands. */
public final class Tracee {
    public final int pid;
    public final Decoding decoding;
    public final Memory memory;
    public final Call call;
    /** Between a syscall-entry stop and its exit stop. */
    public boolean inSyscall;
    /** Whether the current call is being printed (not filtered out). */
    public boolean traced;
    /** Output hidden until the first execve succeeds (the spawn stub's own calls are not the user's). */
    public boolean hidden;
    /** Whether an execve of this tracee has succeeded. */
    public boolean seenExec;
    /** Entry time of the current call (ns, tracer clock). */
    public long entryNanos;
    /** Length of the entry part of {@link Call#out} already printed. */
    public int entryLength;

    public Tracee(int pid, Decoding decoding) {
        this.pid = pid;
        this.decoding = decoding;
        this.memory = new TraceeMemory(pid);
        this.call = new Call(this);
    }

    /** The path of one of this tracee's fds (for -y), or null. */
    public String fdPath(int fd) {
        return link("/proc/" + pid + "/fd/" + fd);
    }

    public String cwd() {
        return link("/proc/" + pid + "/cwd");
    }

    private static String link(String p) {
        try {
            return Files.readSymbolicLink(Path.of(p)).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
