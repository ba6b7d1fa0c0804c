package jstrace.nativ;

import static jstrace.nativ.Kernel.MEM;

/** A block of native memory owned by the tracer thread, reused across calls. */
public final class NativeBuffer {
    public final long address;
    public final int size;

    public NativeBuffer(int size) {
        this.size = size;
        this.address = MEM.allocateMemory(size, true);
    }

    /** Returns the memory (the buffer must not be used after this). */
    public void free() {
        MEM.freeMemory(address);
    }

    public long getLong(int off) { return MEM.getLong(address + off); }
    public int getInt(int off) { return MEM.getInt(address + off); }
    public int getByte(int off) { return MEM.getByte(address + off) & 0xff; }
    public void putLong(int off, long v) { MEM.putLong(address + off, v); }
    public void putInt(int off, int v) { MEM.putInt(address + off, v); }

    /** Stores a NUL-terminated copy of {@code s} in freshly allocated native memory (free with MEM.freeMemory when short-lived). */
    public static long cString(byte[] s) {
        long p = MEM.allocateMemory(s.length + 1, false);
        MEM.putZeroTerminatedByteArray(p, s, 0, s.length);
        return p;
    }
}
