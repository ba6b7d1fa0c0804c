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
            if (r != -38 /* ENOSYS */ && r != -1 /* EPERM */) return -1;
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
            if (Kernel.failed(r)) return done > 0 ? done : -1;
            int skip = (int) (a - aligned);
            int n = Math.min(8 - skip, len - done);
            for (int i = 0; i < n; i++) {
                MEM.putByte(buffer.address + done + i, MEM.getByte(word + skip + i));
            }
            done += n;
        }
        return done;
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
            if (r <= 0) return -1;
            MEM.getByteArray(buffer.address, dst, done, r);
            for (int i = 0; i < r; i++) {
                if (dst[done + i] == 0) return done + i;
            }
            done += r;
            if (r < n) return -1;
        }
        return max;
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
