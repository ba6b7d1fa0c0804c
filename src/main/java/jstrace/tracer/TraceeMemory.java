package jstrace.tracer;

import static jstrace.nativ.Kernel.MEM;

import jstrace.decode.Memory;
import jstrace.nativ.Kernel;
import jstrace.nativ.NativeBuffer;
import jstrace.nativ.Ptrace;
import jstrace.nativ.Scratch;
import jstrace.nativ.Sys;

/**
 * Tracee memory through process_vm_readv into the session's native buffer, shared by its tracees (the
 * tracer is single-threaded), with PTRACE_PEEKDATA as the fallback when process_vm_readv is refused.
 */
final class TraceeMemory implements Memory {
    private static final int PAGE = 4096;
    private static final int CHUNK = Scratch.CHUNK;
    /** The session's buffers, shared by its tracees (one tracer thread). */
    private final Scratch scratch;
    private final NativeBuffer buffer, iov;

    int pid;
    private boolean lastFailed;
    /** The errno of the last failed read (EFAULT from process_vm_readv, EIO from PTRACE_PEEKDATA). */
    private int lastErrno;
    /** Where a string read that runs into an unreadable page is reported, in strace's words (null: nowhere). */
    java.util.function.Consumer<String> warn;

    TraceeMemory(int pid, Scratch scratch) {
        this.pid = pid;
        this.scratch = scratch;
        this.buffer = scratch.chunk;
        this.iov = scratch.iov;
    }

    /** One process_vm_readv of up to CHUNK bytes; returns bytes read or -1. */
    private int readNative(long addr, int len) {
        if (scratch.vmReadvWorks) {
            iov.putLong(0, buffer.address);
            iov.putLong(8, len);
            iov.putLong(16, addr);
            iov.putLong(24, len);
            long r = Kernel.syscall(Sys.PROCESS_VM_READV, pid, iov.address, 1, iov.address + 16, 1);
            if (r >= 0) return (int) r;
            if (r != -38 /* ENOSYS */ && r != -1 /* EPERM */) {
                lastErrno = (int) -r;
                return -1;
            }
            scratch.vmReadvWorks = false;
        }
        return peek(addr, len);
    }

    /** PTRACE_PEEKDATA word by word (errors are ambiguous in the raw syscall, so use the data pointer form). */
    private int peek(long addr, int len) {
        int done = 0;
        long word = iov.address;
        while (done < len) {
            long a = addr + done;
            long aligned = a & ~7L;
            long r = Ptrace.ptrace(Ptrace.PEEKDATA, pid, aligned, word);
            if (Kernel.failed(r)) {
                lastErrno = (int) -r;
                return done > 0 ? done : -1;
            }
            int skip = (int) (a - aligned);
            int n = Math.min(8 - skip, len - done);
            for (int i = 0; i < n; i++) {
                MEM.putByte(buffer.address + done + i, MEM.getByte(word + skip + i));
            }
            done += n;
        }
        return done;
    }

    /**
     * Writes {@code data} (at most {@link Scratch#CHUNK} bytes) at {@code addr} in tracee {@code pid}, as
     * strace's upoken: process_vm_writev, else PTRACE_POKEDATA (which also writes read-only pages).
     * Returns the bytes written; what went wrong is told to {@code warn} in strace's words.
     */
    static int write(int pid, Scratch scratch, long addr, byte[] data, java.util.function.Consumer<String> warn) {
        NativeBuffer buffer = scratch.chunk, iov = scratch.iov;
        int len = data.length;
        MEM.putByteArray(buffer.address, data, 0, len);
        iov.putLong(0, buffer.address);
        iov.putLong(8, len);
        iov.putLong(16, addr);
        iov.putLong(24, len);
        long r = Kernel.syscall(Sys.PROCESS_VM_WRITEV, pid, iov.address, 1, iov.address + 16, 1);
        if (r == len) return len;
        if (r >= 0) {
            warn.accept("upoken: pid:" + pid + " short write (" + r + " < " + len + ") @0x" + Long.toHexString(addr));
            return (int) r;
        }
        int errno = (int) -r;
        switch (errno) {
            case ENOSYS, EPERM, EFAULT, EIO:
                return pokeData(pid, scratch, addr, data, warn);
            case ESRCH:
                return 0;
            default:
                warn.accept("upoken: pid:" + pid + " @0x" + Long.toHexString(addr) + ": " + jstrace.decode.Errno.message(errno));
                return 0;
        }
    }

    private static final int EPERM = 1, ESRCH = 3, EIO = 5, EFAULT = 14, EINVAL = 22, ENOSYS = 38;

    /** PTRACE_POKEDATA word by word; a partial first or last word is read first (PEEKDATA) and merged. */
    private static int pokeData(int pid, Scratch scratch, long addr, byte[] data, java.util.function.Consumer<String> warn) {
        long word = scratch.iov.address;
        int written = 0, len = data.length;
        long r = 0;
        while (len > 0) {
            int skip = (int) (addr & 7);
            int n = Math.min(8 - skip, len);
            addr -= skip;
            if (n < 8) {
                r = Ptrace.ptrace(Ptrace.PEEKDATA, pid, addr, word);
                if (Kernel.failed(r)) break;
            }
            MEM.putByteArray(word + skip, data, written, n);
            r = Ptrace.ptrace(Ptrace.POKEDATA, pid, addr, MEM.getLong(word));
            if (Kernel.failed(r)) break;
            addr += 8;
            written += n;
            len -= n;
        }
        if (len == 0) return written;
        int errno = (int) -r;
        switch (errno) {
            case ESRCH, EINVAL:
                break; // the process is gone
            case EFAULT, EIO, EPERM:
                // strace's numbers: the failed word's address less what was written, and written plus what was left
                if (written > 0) {
                    warn.accept("upoken_pokedata: pid:" + pid + " short write (" + written + " < " + (written + len) + ") @0x"
                            + Long.toHexString(addr - written) + ": " + jstrace.decode.Errno.message(errno));
                }
                break;
            default:
                warn.accept("upoken_pokedata: pid:" + pid + " @0x" + Long.toHexString(addr) + ": " + jstrace.decode.Errno.message(errno));
        }
        return written;
    }

    @Override
    public int read(long addr, byte[] dst, int len) {
        int done = 0;
        while (done < len) {
            int n = Math.min(CHUNK, len - done);
            int r = readNative(addr + done, n);
            if (r <= 0) return done > 0 ? done : -1;
            MEM.getByteArray(buffer.address, dst, done, r);
            done += r;
            if (r < n) break;
        }
        return done;
    }

    @Override
    public int readString(long addr, byte[] dst, int max) {
        int done = 0;
        while (done < max) {
            long a = addr + done;
            // stay within the page: the next one may be unmapped
            int n = (int) Math.min(max - done, PAGE - (a & (PAGE - 1)));
            int r = readNative(a, n);
            // an unreadable page before the NUL: the string cannot be printed (strace's umovestr fails too)
            if (r <= 0) {
                if (done > 0) shortString(addr, done, max);
                return -1;
            }
            MEM.getByteArray(buffer.address, dst, done, r);
            for (int i = 0; i < r; i++) {
                if (dst[done + i] == 0) return done + i;
            }
            done += r;
        }
        return max;
    }

    /** strace's umovestr warning: {@code read} bytes of a string of at most {@code max} were readable, then none. */
    private void shortString(long addr, int read, int max) {
        if (warn == null) return;
        String function = scratch.vmReadvWorks ? "umovestr" : "umovestr_peekdata";
        warn.accept(function + ": short read (" + read + " < " + max + ") @0x" + Long.toHexString(addr) + ": "
                + jstrace.decode.Errno.message(lastErrno));
    }

    @Override
    public long readLong(long addr, long fail) {
        int r = readNative(addr, 8);
        lastFailed = r != 8;
        return lastFailed ? fail : buffer.getLong(0);
    }

    @Override
    public boolean lastFailed() {
        return lastFailed;
    }
}
