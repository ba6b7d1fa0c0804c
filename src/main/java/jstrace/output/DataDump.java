package jstrace.output;

import java.nio.ByteBuffer;
import jstrace.decode.Call;
import jstrace.decode.Memory;
import jstrace.decode.Structs;
import jstrace.decode.SyscallClass;
import jstrace.filter.NumberSet;
import jstrace.table.SyscallTable;

/**
 * -e read=FDS / -e write=FDS: after a call's line, the data it read or wrote on those fds as strace's
 * hex dump (" | 00000  68 65 ...  hello... |"). Which calls carry data, and in which argument, comes
 * from the signatures (reads_data / writes_data, ARG_BUFFER / ARG_IOVEC / ARG_MSGHDR / ARG_MMSGHDR).
 */
public final class DataDump {
    private final NumberSet readFds, writeFds;
    private final StringBuilder line = new StringBuilder(80);
    /** Large reads are fetched and dumped in chunks of this size. */
    private static final int CHUNK = 1 << 16;
    /** The most iovecs read for a dump (16 MiB of them; the kernel itself takes at most IOV_MAX). */
    private static final int MAX_IOVECS = 1 << 20;
    private byte[] chunk = new byte[256];
    /** The tracee being dumped (for the "Cannot fetch" line). */
    private int pid;

    public DataDump(NumberSet readFds, NumberSet writeFds) {
        this.readFds = readFds;
        this.writeFds = writeFds;
    }

    /** A dump of the same fds with buffers of its own. */
    public DataDump copy() {
        return new DataDump(readFds, writeFds);
    }

    /** Appends the dump lines of a finished call, if any. */
    public void dump(TraceOutput out, Call c) {
        int nr = c.tableNr();
        if (nr < 0 || nr > SyscallTable.MAX) return;
        int fd = (int) c.args[0];
        if (fd < 0) return;
        int classes = SyscallTable.CLASSES[nr];
        boolean writes = (classes & SyscallClass.WRITES_DATA) != 0 && writeFds != null && writeFds.contains(fd);
        boolean reads = (classes & SyscallClass.READS_DATA) != 0 && readFds != null && readFds.contains(fd) && !c.failed;
        if (!writes && !reads) return;
        pid = c.pid;
        int roles = SyscallTable.ARG_ROLES[nr];
        for (int i = 0; i < 5; i++, roles >>>= 4) {
            long addr = c.args[i], next = c.args[i + 1];
            switch (roles & 15) {
                case SyscallTable.ARG_BUFFER -> dumpBytes(out, c.mem(), addr, reads ? c.rval : next);
                case SyscallTable.ARG_IOVEC -> dumpIovecs(out, c, addr, (int) next, reads ? c.rval : -1);
                case SyscallTable.ARG_MSGHDR -> dumpMsghdr(out, c, addr, reads ? c.rval : -1);
                case SyscallTable.ARG_MMSGHDR -> dumpMmsghdrs(out, c, addr, c.failed ? 0 : (int) c.rval);
                default -> { continue; }
            }
            return;
        }
    }

    private void dumpMsghdr(TraceOutput out, Call c, long addr, long limit) {
        ByteBuffer h = Structs.read(c, addr, 56);
        if (h != null) dumpIovecs(out, c, h.getLong(16), (int) h.getLong(24), limit);
    }

    /** sendmmsg/recvmmsg: each of the first RVAL messages, limited by its msg_len. */
    private void dumpMmsghdrs(TraceOutput out, Call c, long addr, int count) {
        for (int i = 0; i < count; i++, addr += 64) {
            ByteBuffer m = Structs.read(c, addr, 64);
            if (m == null) return;
            long iovlen = m.getLong(24);
            out.append(" = ").append(Long.toUnsignedString(iovlen)).append(" buffers in vector ").append(i);
            out.newline();
            dumpIovecs(out, c, m.getLong(16), (int) iovlen, m.getInt(56) & 0xffffffffL);
        }
    }

    /** Each buffer of an iovec array, up to {@code limit} bytes in all (-1: no limit). */
    private void dumpIovecs(TraceOutput out, Call c, long addr, int count, long limit) {
        if (count <= 0 || count > MAX_IOVECS) return;
        ByteBuffer v = Structs.read(c, addr, 16 * count);
        if (v == null) return;
        long left = limit;
        for (int i = 0; i < count; i++) {
            long len = v.getLong(16 * i + 8);
            if (Long.compareUnsigned(len, left) > 0) len = left;
            if (len == 0) break;
            left -= len;
            out.append(" * ").append(Long.toUnsignedString(len)).append(" bytes in buffer ").append(i);
            out.newline();
            dumpBytes(out, c.mem(), v.getLong(16 * i), len);
        }
    }

    /** strace's dumpstr: 16 bytes a line, offset, two groups of 8 hex bytes, then the printable ASCII. */
    void dumpBytes(TraceOutput out, Memory mem, long addr, long len) {
        if (len <= 0 || addr + len < addr) return;
        int offsetDigits = len > (1L << 20) ? 1 + (63 - Long.numberOfLeadingZeros(len - 1)) / 4 : 5;
        for (long done = 0; done < len; ) {
            int n = (int) Math.min(CHUNK, len - done);
            if (chunk.length < n) chunk = new byte[Math.max(n, 2 * chunk.length)];
            if (mem.read(addr + done, chunk, n) != n) {
                if (done > 0) {
                    out.append(" | <Cannot fetch ").append(n).append(" byte").append(n == 1 ? "" : "s")
                            .append(" from pid ").append(pid).append(" @0x").append(Long.toHexString(addr + done)).append(">");
                    out.newline();
                }
                return;
            }
            for (int off = 0; off < n; off += 16) {
                hexLine(out, done + off, chunk, off, Math.min(16, n - off), offsetDigits);
            }
            done += n;
        }
    }

    private void hexLine(TraceOutput out, long offset, byte[] b, int from, int count, int offsetDigits) {
        StringBuilder l = line;
        l.setLength(0);
        l.append(" | ");
        String hex = Long.toHexString(offset);
        for (int i = hex.length(); i < offsetDigits; i++) l.append('0');
        l.append(hex).append("  ");
        for (int j = 0; j < 16; j++) {
            if (j < count) {
                int v = b[from + j] & 0xff;
                l.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16)).append(' ');
            } else {
                l.append("   ");
            }
            if (j == 7 || j == 15) l.append(' ');
        }
        for (int j = 0; j < 16; j++) {
            int v = j < count ? b[from + j] & 0xff : ' ';
            l.append(v >= ' ' && v < 0x7f ? (char) v : '.');
        }
        l.append(" |");
        out.append(l);
        out.newline();
    }
}
