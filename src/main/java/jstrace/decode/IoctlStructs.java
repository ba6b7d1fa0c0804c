package jstrace.decode;

import java.nio.ByteBuffer;

/** Pieces the ioctl family decoders share: request codes, struct fields held in a read buffer. */
final class IoctlStructs {
    private IoctlStructs() {}

    /** A family decoder's answer for a request it does not decode (the general rules apply). */
    static final int NOT_MINE = -1;
    static final int IOC_NONE = 0, IOC_W = 1, IOC_R = 2, IOC_RW = 3;

    /** The request code _IOC(dir, type, nr, size). */
    static long ioc(int dir, int type, int nr, int size) {
        return ((long) dir << 30) | ((long) size << 16) | ((long) type << 8) | nr;
    }

    /**
     * The argument at entry of a struct read back at exit (strace's "in => out"): at entry the
     * separator; at exit nothing when the call failed (false), else " => ".
     */
    static boolean inOut(Call c) {
        if (!c.exiting) {
            c.sep();
            return true;
        }
        if (c.failed) return false;
        c.out.append(" => ");
        return true;
    }

    /** {@code len} bytes at {@code addr}, or null after printing the address (NULL, unreadable, failed exit). */
    static ByteBuffer fetch(Call c, long addr, int len) {
        ByteBuffer b = Structs.fetch(c, addr, len);
        if (b == null) Print.ptr(c, addr);
        return b;
    }

    /** A char array field: quoted up to its NUL, or all {@code size} bytes and "..." without one. */
    static void cstring(Call c, ByteBuffer b, int off, int size) {
        byte[] s = new byte[size];
        b.get(off, s);
        int len = 0;
        while (len < size && s[len] != 0) len++;
        Print.quote(c.out, s, len, c.opts().hexStrings);
        if (len == size) c.out.append("...");
    }

    /** The first {@code n} unsigned elements of {@code elemSize} bytes at {@code off}; abbreviated after -s. */
    static void uints(Call c, ByteBuffer b, int off, int elemSize, long n) {
        Structs.heldArray(c, n, i -> c.out.append(elemSize == 1 ? Byte.toUnsignedInt(b.get(off + i))
                : Integer.toUnsignedLong(b.getInt(off + 4 * i))));
    }

    /** {@code n} 32-bit elements at {@code off} in hex. */
    static void hexes(StringBuilder o, ByteBuffer b, int off, int n) {
        hexes(o, b, off, 4, n);
    }

    /** {@code n} unsigned elements of {@code elemSize} (1, 4 or 8) bytes at {@code off} in hex. */
    static void hexes(StringBuilder o, ByteBuffer b, int off, int elemSize, int n) {
        o.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) o.append(", ");
            int at = off + elemSize * i;
            Print.hex(o, elemSize == 1 ? Byte.toUnsignedLong(b.get(at))
                    : elemSize == 4 ? Integer.toUnsignedLong(b.getInt(at)) : b.getLong(at));
        }
        o.append(']');
    }

    static boolean zero(ByteBuffer b, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (b.get(off + i) != 0) return false;
        }
        return true;
    }

    /** [N] of the int at {@code addr} (strace's printnum_int "%d"), or the address. */
    static void intAt(Call c, long addr) {
        ByteBuffer b = fetch(c, addr, 4);
        if (b != null) c.out.append('[').append(b.getInt(0)).append(']');
    }

    static int u8(ByteBuffer b, int off) {
        return Byte.toUnsignedInt(b.get(off));
    }

    static long u32(ByteBuffer b, int off) {
        return Integer.toUnsignedLong(b.getInt(off));
    }
}
