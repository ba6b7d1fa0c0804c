package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** rt_sigaction, rt_sigprocmask and the signal-set printer they share. */
public final class SignalDecoders {
    private SignalDecoders() {}

    /**
     * [INT TERM], or ~[KILL STOP] when two thirds or more of the signals are set (strace's rule);
     * with -X raw the numbers ([2 15]), with -X verbose both ([2 /* INT *&#47; 15 /* TERM *&#47;]).
     */
    public static void sigset(StringBuilder o, int style, long mask, int bytes) {
        int nsig = Math.min(64, (bytes + 3) / 4 * 32);
        long valid = nsig == 64 ? -1L : (1L << nsig) - 1;
        mask &= valid;
        boolean inverted = Long.bitCount(mask) >= nsig * 2 / 3;
        if (inverted) {
            mask = ~mask & valid;
            o.append('~');
        }
        o.append('[');
        boolean first = true;
        for (int sig = 1; sig <= nsig; sig++) {
            if ((mask >>> (sig - 1) & 1) == 0) continue;
            if (!first) o.append(' ');
            first = false;
            String n = Signals.name(sig);
            if (style != Decoding.XLAT_ABBREV) o.append(sig);
            if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
            if (style != Decoding.XLAT_RAW) {
                if (n != null) o.append(n, 3, n.length());
                else if (style != Decoding.XLAT_ABBREV) o.append(sig);
            }
            if (style == Decoding.XLAT_VERBOSE) o.append(" */");
        }
        o.append(']');
    }

    /** The kernel's sigset_t: 64 signals, 8 bytes. */
    static final int NSIG_BYTES = 8;

    /**
     * A sigset_t pointer of {@code size} bytes, as strace prints one: NULL; the address when the size
     * is not the kernel's 8 bytes (the call fails with EINVAL) or the memory is unreadable; else the
     * set.
     */
    public static void sigsetAt(Call c, long addr, long size) {
        sigsetAt(c, addr, size, NSIG_BYTES);
    }

    /**
     * The same for a call that takes any size from {@code minSize} to 8 bytes (rt_sigpending takes
     * 1 to 8): the bytes given are read, the set printed over that many 32-bit words.
     */
    public static void sigsetAt(Call c, long addr, long size, int minSize) {
        if (addr == 0 || Long.compareUnsigned(size, minSize) < 0 || Long.compareUnsigned(size, NSIG_BYTES) > 0) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = Structs.read(c, addr, (int) size);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        long mask = 0;
        for (int i = 0; i < size; i++) mask |= (b.get(i) & 0xffL) << (8 * i);
        int s = c.out.length();
        sigset(c.out, c.opts().xlatStyle, mask, (int) size);
        c.described(Description.PLAIN, s, mask, null);
    }

    /**
     * pselect6's and io_pgetevents' {const sigset_t *sigmask; size_t sigsetsize}, as strace's
     * print_kernel_sigset: {sigmask=[...], sigsetsize=8}.
     */
    @PrintsStruct({"kernel_sigset", "aio_sigset"})
    public static void kernelSigset(Call c, long addr) {
        // read as the kernel read it at entry, also at the exit of a failed io_pgetevents
        ByteBuffer b = c.verbose() ? Structs.read(c, addr, 16) : null;
        if (addr == 0 || b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append("{sigmask=");
        sigsetAt(c, b.getLong(0), b.getLong(8));
        c.out.append(", sigsetsize=").append(Long.toUnsignedString(b.getLong(8))).append('}');
    }

    @Decodes("rt_sigpending")
    public static int rtSigpending(Call c) {
        if (!c.exiting) return 0;
        if (c.failed) Print.ptr(c, c.args[0]);
        else sigsetAt(c, c.args[0], c.args[1], 1);
        c.sep();
        Print.ulong(c, c.args[1]);
        return 0;
    }

    @PrintsStruct("sigset")
    public static void sigsetStruct(Call c, long addr, long size) {
        sigsetAt(c, addr, size);
    }

    @PrintsStruct("sigaltstack")
    public static void stack(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 24);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append("{ss_sp=");
        Print.ptr(c, b.getLong(0));
        c.out.append(", ss_flags=");
        Print.flags(c, Xlats.SIGALTSTACK_FLAGS(), Integer.toUnsignedLong(b.getInt(8)));
        c.out.append(", ss_size=").append(Long.toUnsignedString(b.getLong(16))).append('}');
    }

    @Decodes("rt_sigaction")
    public static int rtSigaction(Call c) {
        if (!c.exiting) {
            Signals.print(c, c.args[0]);
            c.sep();
            sigaction(c, c.args[1], c.args[3]);
            c.sep();
            return 0;
        }
        if (c.failed) Print.ptr(c, c.args[2]);
        else sigaction(c, c.args[2], c.args[3]);
        c.sep();
        Print.ulong(c, c.args[3]);
        return 0;
    }

    /** struct kernel_sigaction: {sa_handler=..., sa_mask=[...], sa_flags=..., sa_restorer=...}. */
    static void sigaction(Call c, long addr, long setsize) {
        ByteBuffer b = Structs.read(c, addr, 32);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        long handler = b.getLong(0), flags = b.getLong(8), restorer = b.getLong(16), mask = b.getLong(24);
        StringBuilder o = c.out;
        o.append("{sa_handler=");
        String hn = Xlats.SA_HANDLER_VALUES().lookup(handler);
        if (hn != null) Print.xval(o, c.opts().xlatStyle, Xlats.SA_HANDLER_VALUES(), handler, null);
        else Print.ptr(o, handler);
        o.append(", sa_mask=");
        int s = o.length();
        sigset(o, c.opts().xlatStyle, mask, (int) Math.min(8, Math.max(setsize, 0)) == 0 ? 8 : (int) Math.min(8, setsize));
        c.described(Description.PLAIN, s, mask, null);
        o.append(", sa_flags=");
        Print.flags(o, c.opts().xlatStyle, Xlats.SIGACT_FLAGS(), flags);
        if ((flags & 0x4000000L) != 0) {
            o.append(", sa_restorer=");
            Print.ptr(o, restorer);
        }
        o.append('}');
    }

    @Decodes("rt_sigprocmask")
    public static int rtSigprocmask(Call c) {
        if (!c.exiting) {
            Print.xval(c, Xlats.SIGPROCMASKCMDS(), c.args[0]);
            c.sep();
            sigsetAt(c, c.args[1], c.args[3]);
            c.sep();
            return 0;
        }
        if (c.failed) Print.ptr(c, c.args[2]);
        else sigsetAt(c, c.args[2], c.args[3]);
        c.sep();
        Print.ulong(c, c.args[3]);
        return 0;
    }
}
