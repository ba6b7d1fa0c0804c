package jstrace.decode;

/** Reads a tracee's memory. */
public interface Memory {
    /** Reads up to {@code len} bytes at {@code addr} into {@code dst}; returns the count read, -1 on failure. */
    int read(long addr, byte[] dst, int len);

    /**
     * Reads a NUL-terminated string of at most {@code max} bytes. Returns the byte count before the NUL
     * (the NUL itself not stored), {@code max} if no NUL was seen within {@code max}, -1 on failure.
     */
    int readString(long addr, byte[] dst, int max);

    /** Reads one 64-bit word; {@code fail} on error. */
    long readLong(long addr, long fail);

    /** Whether the last readLong failed. */
    boolean lastFailed();
}
