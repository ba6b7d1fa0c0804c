package jstrace.decode;

import jstrace.table.Xlats;

/** reboot (whose argument only LINUX_REBOOT_CMD_RESTART2 reads), kexec_load's segments and flags, and syslog. */
public final class SystemDecoders {
    private SystemDecoders() {}

    private static final long LINUX_REBOOT_CMD_RESTART2 = 0xa1b2c3d4L;
    /** The kernel copies at most 255 bytes of RESTART2's command (its buffer ends with a NUL). */
    private static final int REBOOT_ARG_MAX = 255;

    @Decodes("reboot")
    public static int reboot(Call c) {
        Print.xval(c, Xlats.BOOTFLAGS1(), c.args[0] & 0xffffffffL);
        c.sep();
        Print.xval(c, Xlats.BOOTFLAGS2(), c.args[1] & 0xffffffffL);
        c.sep();
        long cmd = c.args[2] & 0xffffffffL;
        Print.xval(c, Xlats.BOOTFLAGS3(), cmd);
        if (cmd == LINUX_REBOOT_CMD_RESTART2) {
            c.sep();
            Print.strn(c, c.args[3], REBOOT_ARG_MAX);
        }
        return Call.DONE;
    }

    private static final long KEXEC_ARCH_MASK = 0xffff0000L, KEXEC_SEGMENT_MAX = 16;
    private static final int KEXEC_SEGMENT_SIZE = 32;

    /** kexec_load's flags: KEXEC_ARCH_xxx (the bits under KEXEC_ARCH_MASK), then the KEXEC_xxx flags (-X raw: two numbers). */
    @PrintsStruct("kexec_flags")
    public static void kexecFlags(Call c, long v) {
        if (c.opts().xlatStyle == Decoding.XLAT_RAW) {
            int s = c.out.length();
            Print.hex(c.out, v & KEXEC_ARCH_MASK);
            if ((v & ~KEXEC_ARCH_MASK) != 0) Print.hex(c.out.append('|'), v & ~KEXEC_ARCH_MASK);
            c.described(Description.FLAGS, s, v, Xlats.KEXEC_LOAD_FLAGS());
            return;
        }
        Print.typeAndFlags(c, Xlats.KEXEC_ARCH_VALUES(), KEXEC_ARCH_MASK, Xlats.KEXEC_LOAD_FLAGS(), v, null);
    }

    /** kexec_load's segments: [{buf, bufsz, mem, memsz}, ...]; the address for more than the kernel takes. */
    @PrintsStruct("kexec_segments")
    public static void kexecSegments(Call c, long addr, long n) {
        if (Long.compareUnsigned(n, KEXEC_SEGMENT_MAX) > 0) {
            Print.ptr(c, addr);
            return;
        }
        Structs.array(c, addr, n, KEXEC_SEGMENT_SIZE, (cc, b) -> {
            cc.out.append("{buf=");
            Print.ptr(cc.out, b.getLong(0));
            cc.out.append(", bufsz=").append(Long.toUnsignedString(b.getLong(8))).append(", mem=");
            Print.ptr(cc.out, b.getLong(16));
            cc.out.append(", memsz=").append(Long.toUnsignedString(b.getLong(24))).append('}');
        });
    }

    private static final int SYSLOG_ACTION_READ = 2, SYSLOG_ACTION_READ_ALL = 3, SYSLOG_ACTION_READ_CLEAR = 4,
            SYSLOG_ACTION_CONSOLE_LEVEL = 8;

    /**
     * syslog: the action always as a number with its name in a comment (as strace); the actions that
     * ignore the buffer and length print no more; the reads print the text at exit.
     */
    @Decodes("syslog")
    public static int syslog(Call c) {
        int type = (int) c.args[0];
        int len = (int) c.args[2];
        if (!c.exiting) decimalNamed(c, Xlats.SYSLOG_ACTION_TYPE(), type);
        switch (type) {
            case 0, 1, 5, 6, 7, 9, 10 -> {
                return Call.DONE;
            }
            case SYSLOG_ACTION_READ, SYSLOG_ACTION_READ_ALL, SYSLOG_ACTION_READ_CLEAR -> {
                if (!c.exiting) return 0;
                c.sep();
                if (c.failed) Print.ptr(c, c.args[1]);
                else Print.buf(c, c.args[1], c.rval);
                c.sep();
                c.out.append(len);
                return 0;
            }
            case SYSLOG_ACTION_CONSOLE_LEVEL -> {
                c.sep();
                Print.ptr(c, c.args[1]);
                c.sep();
                decimalNamed(c, Xlats.SYSLOG_CONSOLE_LEVELS(), len);
                return Call.DONE;
            }
            default -> {
                c.sep();
                Print.ptr(c, c.args[1]);
                c.sep();
                c.out.append(len);
                return Call.DONE;
            }
        }
    }

    /** N /* NAME *&#47; whatever -X says, the unknown name from the table when there is none. */
    private static void decimalNamed(Call c, Xlat x, int v) {
        String n = x.lookup(v);
        c.out.append(v).append(" /* ").append(n != null ? n : Print.unknownName(x)).append(" */");
    }
}
