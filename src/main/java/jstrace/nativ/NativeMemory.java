package jstrace.nativ;

import java.lang.reflect.Field;

/**
 * Native memory by address ({@link Kernel#MEM}): malloc'd blocks and the loads and stores jstrace
 * makes in them, through {@code sun.misc.Unsafe}. Memory allocated here is freed here (with native
 * memory tracking on, the JVM's malloc adds a header C's free does not know).
 *
 * <p>Why not jffi's MemoryIO: jffi's initialisation (its library loader formats strings, which loads
 * the locale providers, and scans resources) was ~19 ms of jstrace's start-up; the JNI stub
 * ({@link JniStub}) and this class need none of it.
 */
public final class NativeMemory {
    private static final sun.misc.Unsafe U = unsafe();
    private static final long BYTES = U.arrayBaseOffset(byte[].class);

    NativeMemory() {}

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("sun.misc.Unsafe is not available", e);
        }
    }

    /** {@code size} bytes, zeroed when {@code clear}. */
    public long allocateMemory(long size, boolean clear) {
        long p = U.allocateMemory(Math.max(size, 1));
        if (clear) U.setMemory(p, Math.max(size, 1), (byte) 0);
        return p;
    }

    public void freeMemory(long address) {
        if (address != 0) U.freeMemory(address);
    }

    public void setMemory(long address, long size, byte value) {
        U.setMemory(address, size, value);
    }

    public long getLong(long address) { return U.getLong(address); }
    public int getInt(long address) { return U.getInt(address); }
    public byte getByte(long address) { return U.getByte(address); }
    public void putLong(long address, long v) { U.putLong(address, v); }
    public void putInt(long address, int v) { U.putInt(address, v); }
    public void putShort(long address, short v) { U.putShort(address, v); }
    public void putByte(long address, byte v) { U.putByte(address, v); }

    /** Copies {@code len} bytes of {@code data} from {@code off} to {@code address}. */
    public void putByteArray(long address, byte[] data, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, data.length);
        U.copyMemory(data, BYTES + off, null, address, len);
    }

    /** Copies {@code len} bytes at {@code address} into {@code data} from {@code off}. */
    public void getByteArray(long address, byte[] data, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, data.length);
        U.copyMemory(null, address, data, BYTES + off, len);
    }

    /** The bytes at {@code address} up to (not including) the first NUL. */
    public byte[] getZeroTerminatedByteArray(long address) {
        int n = 0;
        while (U.getByte(address + n) != 0) n++;
        byte[] b = new byte[n];
        getByteArray(address, b, 0, n);
        return b;
    }

    /** {@link #putByteArray}, then a NUL byte. */
    public void putZeroTerminatedByteArray(long address, byte[] data, int off, int len) {
        putByteArray(address, data, off, len);
        U.putByte(address + len, (byte) 0);
    }
}
