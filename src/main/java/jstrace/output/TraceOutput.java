package jstrace.output;

import java.nio.charset.StandardCharsets;
import jstrace.nativ.Kernel;
import jstrace.nativ.NativeBuffer;
import jstrace.nativ.Sys;

/**
 * Where trace lines go (stderr, -o FILE or -o '|command'): one byte buffer written with raw write(2),
 * flushed when full, at the end, and after every line when writing to stderr or a pipe (as strace's
 * unbuffered stderr and line-buffered pipe behave). The file is opened O_CLOEXEC by raw syscall so its fd number is known and never leaks
 * into a tracee.
 */
public final class TraceOutput {
    private static final int O_WRONLY = 01, O_CREAT = 0100, O_TRUNC = 01000, O_APPEND = 02000,
            O_CLOEXEC = 02000000, AT_FDCWD = -100, OPENAT = 257;

    public final int fd;
    private final boolean flushLines;
    private final NativeBuffer nativeBuf = new NativeBuffer(1 << 16);
    private final byte[] buf = new byte[1 << 16];
    private int len;
    /** Written to since a writer last flushed it before a wait (kept by {@link Unflushed}). */
    boolean dirty;
    /** Characters since the last newline: strace aligns " = " by this column. */
    private int column;
    /** Told of every failed write (null: failures are silent, as strace's on stderr are). */
    private WriteErrors onWriteError;

    /** A write failed with errno, losing {@code lines} whole lines (strace reports each line's failed flush). */
    public interface WriteErrors {
        void failed(int errno, int lines);
    }

    private TraceOutput(int fd, boolean flushLines) {
        this.fd = fd;
        this.flushLines = flushLines;
    }

    public static TraceOutput stderr() {
        return new TraceOutput(2, true);
    }

    /** An output that writes nothing (fd -1: every write fails, silently), for the JIT warm-up's writer. */
    public static TraceOutput discard() {
        return new TraceOutput(-1, false);
    }

    /** A pipe's write end (-o '|command'), flushed after every line: strace line-buffers a pipe. */
    public static TraceOutput pipe(int fd) {
        return new TraceOutput(fd, true);
    }

    /** Opens (creates, truncates or appends to) FILE; returns -errno as an exception's errno. */
    public static TraceOutput open(String file, boolean append) throws OpenFailed {
        byte[] name = file.getBytes(StandardCharsets.UTF_8);
        long path = NativeBuffer.cString(name);
        long fd = Kernel.syscall(OPENAT, AT_FDCWD, path,
                O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0666);
        if (Kernel.failed(fd)) throw new OpenFailed((int) -fd);
        return new TraceOutput((int) fd, false);
    }

    /** The output file could not be opened. */
    public static final class OpenFailed extends Exception {
        public final int errno;

        OpenFailed(int errno) {
            this.errno = errno;
        }
    }

    /** Who hears of failed writes from now on (null: nobody). */
    public TraceOutput onWriteError(WriteErrors handler) {
        onWriteError = handler;
        return this;
    }

    public int column() {
        return column;
    }

    public TraceOutput append(CharSequence s) {
        return append(s, 0, s.length());
    }

    public TraceOutput append(CharSequence s, int from, int to) {
        if (!(s instanceof StringBuilder sb)) {
            for (int i = from; i < to; i++) put(s.charAt(i));
            return this;
        }
        // a builder's characters in bulk (the text's are all below 256: one byte each)
        while (from < to) {
            if (len == buf.length) flush();
            int n = Math.min(to - from, Math.min(buf.length - len, chars.length));
            sb.getChars(from, from + n, chars, 0);
            int lastNewline = -1;
            for (int i = 0; i < n; i++) {
                char ch = chars[i];
                buf[len + i] = (byte) ch;
                if (ch == '\n') lastNewline = i;
            }
            column = lastNewline < 0 ? column + n : n - 1 - lastNewline;
            len += n;
            from += n;
        }
        return this;
    }

    /** ASCII text without a newline (a JSON record), in bulk. */
    public TraceOutput append(byte[] s, int from, int to) {
        while (from < to) {
            if (len == buf.length) flush();
            int n = Math.min(to - from, buf.length - len);
            System.arraycopy(s, from, buf, len, n);
            column += n;
            len += n;
            from += n;
        }
        return this;
    }

    /** Scratch for {@link #append(CharSequence, int, int)}. */
    private final char[] chars = new char[4096];

    public TraceOutput append(char ch) {
        put(ch);
        return this;
    }

    public TraceOutput append(long v) {
        return append(Long.toString(v));
    }

    /** isatty(3) of {@code fd}: TCGETS succeeds on a terminal only (--color=auto). */
    public static boolean isTerminal(int fd) {
        NativeBuffer termios = new NativeBuffer(64);
        try {
            return !Kernel.failed(Kernel.syscall(16 /* ioctl */, fd, 0x5401 /* TCGETS */, termios.address));
        } finally {
            termios.free();
        }
    }

    /** Writes a terminal escape sequence (--color): its bytes do not count as columns. */
    public TraceOutput escape(String seq) {
        int col = column;
        for (int i = 0; i < seq.length(); i++) put(seq.charAt(i));
        column = col;
        return this;
    }

    /** Pads with spaces up to {@code col}. */
    public TraceOutput padTo(int col) {
        while (column < col) put(' ');
        return this;
    }

    public void newline() {
        put('\n');
        if (flushLines) flush();
    }

    private void put(char ch) {
        if (len == buf.length) flush();
        buf[len++] = (byte) ch;
        column = ch == '\n' ? 0 : column + 1;
    }

    public void flush() {
        if (len == 0) return;
        Kernel.MEM.putByteArray(nativeBuf.address, buf, 0, len);
        int done = 0;
        while (done < len) {
            long r = Kernel.syscall(Sys.WRITE, fd, nativeBuf.address + done, len - done);
            if (r == -4 /* EINTR */) continue;
            if (Kernel.failed(r) || r == 0) { // strace keeps tracing when its output fails
                if (Kernel.failed(r) && onWriteError != null) onWriteError.failed((int) -r, newlines(done, len));
                break;
            }
            done += (int) r;
        }
        len = 0;
    }

    private int newlines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (buf[i] == '\n') n++;
        return n;
    }

    public void close() {
        flush();
        if (fd > 2) Kernel.syscall(Sys.CLOSE, fd);
    }
}
