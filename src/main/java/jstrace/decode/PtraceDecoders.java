package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * ptrace: the request by name, then the arguments each request takes as strace 6.1 prints them
 * (requests and layouts from &lt;linux/ptrace.h&gt;, &lt;sys/user.h&gt;, &lt;elf.h&gt;): requests that ignore
 * some arguments print fewer; the register requests print the registers (struct user_regs_struct,
 * user_fpregs_struct), the regset requests their struct iovec and NT_ type; what a request writes back
 * (PEEK*, GETEVENTMSG, GETSIGINFO, GETSIGMASK, PEEKSIGINFO, GET_SYSCALL_INFO ...) is printed at exit.
 */
public final class PtraceDecoders {
    private PtraceDecoders() {}

    /** Request numbers (x86_64, &lt;linux/ptrace.h&gt; and &lt;asm/ptrace-abi.h&gt;). */
    private static final long TRACEME = 0, PEEKTEXT = 1, PEEKDATA = 2, PEEKUSER = 3, POKEUSER = 6, CONT = 7, KILL = 8,
            SINGLESTEP = 9, GETREGS = 12, SETREGS = 13, GETFPREGS = 14, SETFPREGS = 15, ATTACH = 16, DETACH = 17,
            OLDSETOPTIONS = 21, SYSCALL = 24, SYSEMU = 31, SYSEMU_SINGLESTEP = 32, SINGLEBLOCK = 33,
            SETOPTIONS = 0x4200, GETEVENTMSG = 0x4201, GETSIGINFO = 0x4202, SETSIGINFO = 0x4203,
            GETREGSET = 0x4204, SETREGSET = 0x4205, SEIZE = 0x4206, INTERRUPT = 0x4207, LISTEN = 0x4208,
            PEEKSIGINFO = 0x4209, GETSIGMASK = 0x420a, SETSIGMASK = 0x420b, SECCOMP_GET_FILTER = 0x420c,
            SECCOMP_GET_METADATA = 0x420d, GET_SYSCALL_INFO = 0x420e;
    /** NT_PRSTATUS, NT_FPREGSET: the regsets strace decodes. */
    private static final long NT_PRSTATUS = 1, NT_FPREGSET = 2;

    @Decodes("ptrace")
    public static int ptrace(Call c) {
        long request = c.args[0], pid = c.args[1], addr = c.args[2], data = c.args[3];
        if (c.exiting) return exiting(c, request, addr, data);
        Print.xval(c, Xlats.PTRACE_CMDS(), request, "PTRACE_???");
        if (request == TRACEME) return Call.DONE; // pid, addr and data are ignored
        c.sep();
        Print.pid(c, pid, PidNamespaces.Kind.TGID);
        if (request == ATTACH || request == INTERRUPT || request == KILL || request == LISTEN) return Call.DONE;

        if (request == SETREGS || request == SETFPREGS || request == GETREGS || request == GETFPREGS) {
            // x86_64 reads and writes the registers at data; addr is ignored and not printed
            c.sep(3);
            if (request == SETREGS) regs(c, data, USER_REGS_SIZE);
            else if (request == SETFPREGS) fpregs(c, data, USER_FPREGS_SIZE);
            else return 0; // the registers are printed at exit
            return Call.DONE;
        }

        c.sep();
        if (request == PEEKUSER || request == POKEUSER) {
            Print.ptr(c, addr);
        } else if (request == GETREGSET || request == SETREGSET) {
            Print.xval(c, Xlats.NT_DESCRIPTOR_TYPES(), addr, "NT_???");
        } else if (request == GETSIGMASK || request == SETSIGMASK || request == SECCOMP_GET_FILTER
                || request == SECCOMP_GET_METADATA || request == GET_SYSCALL_INFO) {
            Print.ulong(c, addr);
        } else if (request == PEEKSIGINFO) {
            peekSiginfoArgs(c, addr);
        } else {
            Print.ptr(c, addr);
        }

        c.sep();
        if (request == CONT || request == DETACH || request == SYSCALL || request == SINGLESTEP
                || request == SINGLEBLOCK || request == SYSEMU || request == SYSEMU_SINGLESTEP) {
            Signals.print(c, data);
        } else if (request == SEIZE || request == SETOPTIONS || request == OLDSETOPTIONS) {
            Print.flags(c, Xlats.PTRACE_SETOPTIONS_FLAGS(), data, "PTRACE_O_???");
        } else if (request == SETSIGINFO) {
            SigInfo.at(c, data);
        } else if (request == SETSIGMASK) {
            SignalDecoders.sigsetAt(c, data, addr);
        } else if (request == GETREGSET) {
            return getRegset(c, data, addr);
        } else if (request == SETREGSET) {
            return setRegset(c, data, addr);
        } else if (request == SECCOMP_GET_METADATA) {
            return seccompMetadata(c, data, addr);
        } else if ((request == PEEKDATA || request == PEEKTEXT || request == PEEKUSER || request == GETEVENTMSG
                || request == GETSIGINFO || request == GETSIGMASK || request == PEEKSIGINFO
                || request == SECCOMP_GET_FILTER || request == GET_SYSCALL_INFO) && c.verbose()) {
            return 0; // what the request writes is printed at exit
        } else {
            Print.ptr(c, data);
        }
        return Call.DONE;
    }

    private static int exiting(Call c, long request, long addr, long data) {
        if (request == PEEKDATA || request == PEEKTEXT || request == PEEKUSER) {
            ByteBuffer b = Structs.fetch(c, data, 8);
            if (Structs.readable(c, data, b)) {
                c.out.append('[');
                Print.ptr(c, b.getLong(0));
                c.out.append(']');
            }
        } else if (request == GETEVENTMSG) {
            ByteBuffer b = Structs.fetch(c, data, 8);
            if (Structs.readable(c, data, b)) {
                c.out.append('[');
                Print.ulong(c, b.getLong(0));
                c.out.append(']');
            }
        } else if (request == GETREGSET) {
            return getRegset(c, data, addr);
        } else if (request == SETREGSET) {
            return setRegset(c, data, addr);
        } else if (request == GETSIGINFO) {
            if (c.failed) Print.ptr(c, data);
            else SigInfo.at(c, data);
        } else if (request == GETSIGMASK) {
            if (c.failed) Print.ptr(c, data);
            else SignalDecoders.sigsetAt(c, data, addr);
        } else if (request == PEEKSIGINFO) {
            if (c.failed) Print.ptr(c, data);
            else Structs.array(c, data, c.rval, SigInfo.SIZE_BYTES, SigInfo::print);
        } else if (request == SECCOMP_GET_FILTER) {
            // the filter's instructions are not decoded: its address
            Print.ptr(c, data);
        } else if (request == SECCOMP_GET_METADATA) {
            return seccompMetadata(c, data, c.rval);
        } else if (request == GET_SYSCALL_INFO) {
            syscallInfo(c, data, addr);
        } else if (request == GETREGS) {
            regs(c, data, USER_REGS_SIZE);
        } else if (request == GETFPREGS) {
            fpregs(c, data, USER_FPREGS_SIZE);
        }
        return 0;
    }

    /** struct ptrace_peeksiginfo_args: {off=N, flags=PTRACE_PEEKSIGINFO_SHARED, nr=N}. */
    private static void peekSiginfoArgs(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 16);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append("{off=").append(Long.toUnsignedString(b.getLong(0))).append(", flags=");
        Print.flags(c, Xlats.PTRACE_PEEKSIGINFO_FLAGS(), b.getInt(8) & 0xffffffffL, "PTRACE_PEEKSIGINFO_???");
        c.out.append(", nr=").append(Integer.toUnsignedString(b.getInt(12))).append('}');
    }

    /**
     * PTRACE_SECCOMP_GET_METADATA's struct seccomp_metadata {filter_off, flags} of {@code size} bytes:
     * filter_off at entry, the flags the kernel wrote at exit ("???" when unreadable, "..." after when
     * the size is larger).
     */
    private static int seccompMetadata(Call c, long addr, long size) {
        if (!c.exiting) {
            if (Long.compareUnsigned(size, 8) < 0) {
                Print.ptr(c, addr);
                return Call.DONE;
            }
            ByteBuffer b = Structs.fetch(c, addr, 8);
            if (!Structs.readable(c, addr, b)) return Call.DONE;
            c.out.append("{filter_off=").append(Long.toUnsignedString(b.getLong(0)));
            return 0;
        }
        if (!c.failed && Long.compareUnsigned(size, 8) > 0) {
            c.out.append(", ");
            ByteBuffer b = Long.compareUnsigned(size, 16) < 0 ? null : Structs.read(c, addr + 8, 8);
            if (b == null) {
                c.out.append("???");
            } else {
                c.out.append("flags=");
                Print.flags(c, Xlats.SECCOMP_FILTER_FLAGS(), b.getLong(0), "SECCOMP_FILTER_FLAG_???");
                if (Long.compareUnsigned(size, 16) > 0) c.out.append(", ...");
            }
        }
        c.out.append('}');
        return 0;
    }

    /** A struct iovec {iov_base, iov_len}, or null when unreadable. */
    private static ByteBuffer iovec(Call c, long addr) {
        return Structs.read(c, addr, 16);
    }

    /**
     * PTRACE_GETREGSET's iovec, printed at exit: the registers the kernel wrote, and iov_len as
     * "before => after" when the kernel changed it.
     */
    private static int getRegset(Call c, long addr, long nt) {
        ByteBuffer iov = iovec(c, addr);
        if (iov == null) {
            Print.ptr(c, addr);
            return Call.DONE;
        }
        long len = iov.getLong(8);
        if (!c.exiting) {
            c.saved = len;
            return 0;
        }
        c.out.append("{iov_base=");
        regset(c, iov.getLong(0), len, nt);
        c.out.append(", iov_len=").append(Long.toUnsignedString(c.saved));
        if (c.saved != len) c.out.append(" => ").append(Long.toUnsignedString(len));
        c.out.append('}');
        return 0;
    }

    /** PTRACE_SETREGSET's iovec, printed at entry; at exit the iov_len the kernel left when it changed. */
    private static int setRegset(Call c, long addr, long nt) {
        ByteBuffer iov = iovec(c, addr);
        if (!c.exiting) {
            if (iov == null) {
                Print.ptr(c, addr);
                return Call.DONE;
            }
            c.saved = iov.getLong(8);
            c.out.append("{iov_base=");
            regset(c, iov.getLong(0), c.saved, nt);
            c.out.append(", iov_len=").append(Long.toUnsignedString(c.saved));
            return 0;
        }
        if (iov != null && iov.getLong(8) != c.saved) c.out.append(" => ").append(Long.toUnsignedString(iov.getLong(8)));
        c.out.append('}');
        return 0;
    }

    private static void regset(Call c, long base, long len, long nt) {
        if (nt == NT_PRSTATUS) regs(c, base, len);
        else if (nt == NT_FPREGSET) fpregs(c, base, len);
        else Print.ptr(c, base);
    }

    /** struct user_regs_struct (&lt;sys/user.h&gt;): 27 unsigned longs in this order. */
    private static final String[] USER_REGS = {"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8",
            "rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base", "gs_base",
            "ds", "es", "fs", "gs"};
    private static final int USER_REGS_SIZE = USER_REGS.length * 8, USER_FPREGS_SIZE = 512;

    /**
     * {@code size} bytes of a struct user_regs_struct: the registers that fit, "..." after when
     * {@code size} is larger; the address when the size is 0 or not a multiple of 8 or unreadable.
     */
    private static void regs(Call c, long addr, long size) {
        if (size == 0 || (size & 7) != 0) {
            Print.ptr(c, addr);
            return;
        }
        int n = Long.compareUnsigned(size, USER_REGS_SIZE) > 0 ? USER_REGS.length : (int) (size / 8);
        ByteBuffer b = Structs.fetch(c, addr, n * 8);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) c.out.append(", ");
            c.out.append(USER_REGS[i]).append('=');
            Print.hex(c.out, b.getLong(8 * i));
        }
        if (Long.compareUnsigned(size, USER_REGS_SIZE) > 0) c.out.append(", ...");
        c.out.append('}');
    }

    /**
     * {@code size} bytes of a struct user_fpregs_struct (&lt;sys/user.h&gt;: cwd swd ftw fop as 16 bits,
     * rip rdp as 64, mxcsr mxcr_mask as 32, then the st_space[32], xmm_space[64] and padding[24]
     * arrays of 32-bit words), as {@link #regs} prints its struct.
     */
    private static void fpregs(Call c, long addr, long size) {
        if (size == 0 || (size & 7) != 0) {
            Print.ptr(c, addr);
            return;
        }
        int fetch = (int) (Long.compareUnsigned(size, USER_FPREGS_SIZE) > 0 ? USER_FPREGS_SIZE : size);
        ByteBuffer b = Structs.fetch(c, addr, fetch);
        if (!Structs.readable(c, addr, b)) return;
        StringBuilder o = c.out;
        o.append("{cwd=");
        Print.hex(o, b.getShort(0) & 0xffffL);
        if (fetch > 2) field16(o, "swd", b, 2);
        if (fetch > 4) field16(o, "ftw", b, 4);
        if (fetch > 6) field16(o, "fop", b, 6);
        if (fetch > 8) {
            o.append(", rip=");
            Print.hex(o, b.getLong(8));
        }
        if (fetch > 16) {
            o.append(", rdp=");
            Print.hex(o, b.getLong(16));
        }
        if (fetch > 24) {
            o.append(", mxcsr=");
            Print.hex(o, b.getInt(24) & 0xffffffffL);
        }
        if (fetch > 28) {
            o.append(", mxcr_mask=");
            Print.hex(o, b.getInt(28) & 0xffffffffL);
        }
        if (fetch > 32) words(c, "st_space", b, 32, 32, fetch);
        if (fetch > 160) words(c, "xmm_space", b, 160, 64, fetch);
        if (fetch > 416) words(c, "padding", b, 416, 24, fetch);
        if (Long.compareUnsigned(size, USER_FPREGS_SIZE) > 0) o.append(", ...");
        o.append('}');
    }

    private static void field16(StringBuilder o, String name, ByteBuffer b, int at) {
        o.append(", ").append(name).append('=');
        Print.hex(o, b.getShort(at) & 0xffffL);
    }

    /** ", name=[0x.., ...]": the 32-bit words of an array field of {@code count} at {@code at} that were fetched. */
    private static void words(Call c, String name, ByteBuffer b, int at, int count, int fetched) {
        int n = Math.min(count, (fetched - at) / 4);
        long limit = c.abbrev() && c.opts().maxStrlen < n ? c.opts().maxStrlen : n;
        StringBuilder o = c.out;
        o.append(", ").append(name).append("=[");
        for (int i = 0; i < n; i++) {
            if (i > 0) o.append(", ");
            if (i >= limit) {
                o.append("...");
                break;
            }
            Print.hex(o, b.getInt(at + 4 * i) & 0xffffffffL);
        }
        o.append(']');
    }

    /** AUDIT_ARCH_X86_64 and AUDIT_ARCH_I386 (&lt;linux/audit.h&gt;). */
    private static final int AUDIT_ARCH_X86_64 = 0xc000003e, AUDIT_ARCH_I386 = 0x40000003;
    /** op values of struct ptrace_syscall_info. */
    private static final int INFO_ENTRY = 1, INFO_EXIT = 2, INFO_SECCOMP = 3;
    /** Sizes of struct ptrace_syscall_info up to the end of its exit and seccomp members. */
    private static final int INFO_EXIT_SIZE = 33, INFO_SECCOMP_SIZE = 84;

    /**
     * PTRACE_GET_SYSCALL_INFO's struct ptrace_syscall_info, as much of it as both the kernel's size (the
     * return value) and the user's ({@code userLen}) cover: op, arch, instruction_pointer,
     * stack_pointer, then the op's entry, exit or seccomp member.
     */
    private static void syscallInfo(Call c, long addr, long userLen) {
        long kernelLen = c.failed ? 0 : c.rval;
        long len = Long.compareUnsigned(userLen, kernelLen) < 0 ? userLen : kernelLen;
        int size = (int) (Long.compareUnsigned(len, INFO_SECCOMP_SIZE) < 0 ? len : INFO_SECCOMP_SIZE);
        ByteBuffer b = size == 0 ? null : Structs.fetch(c, addr, size);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        int op = b.get(0) & 0xff;
        o.append("{op=");
        Print.xval(c, Xlats.PTRACE_SYSCALL_INFO_OP(), op, "PTRACE_SYSCALL_INFO_???");
        int arch = 0;
        if (size >= 8) {
            arch = b.getInt(4);
            o.append(", arch=");
            Print.xval(c, Xlats.AUDIT_ARCH(), arch & 0xffffffffL, "AUDIT_ARCH_???");
        }
        if (size >= 16) {
            o.append(", instruction_pointer=");
            Print.hex(o, b.getLong(8));
        }
        if (size >= 24) {
            o.append(", stack_pointer=");
            Print.hex(o, b.getLong(16));
        }
        if (size >= 32) {
            if (op == INFO_ENTRY || op == INFO_SECCOMP) {
                o.append(op == INFO_ENTRY ? ", entry={nr=" : ", seccomp={nr=");
                syscallNr(o, style, b.getLong(24), arch);
                int nargs = Math.min(6, (size - 32) / 8);
                if (nargs > 0) {
                    o.append(", args=[");
                    for (int i = 0; i < nargs; i++) {
                        if (i > 0) o.append(", ");
                        Print.hex(o, b.getLong(32 + 8 * i));
                    }
                    o.append(']');
                }
                if (op == INFO_SECCOMP && size >= INFO_SECCOMP_SIZE) {
                    o.append(", ret_data=").append(Integer.toUnsignedString(b.getInt(80)));
                }
                o.append('}');
            } else if (op == INFO_EXIT) {
                long rval = b.getLong(24);
                boolean full = size >= INFO_EXIT_SIZE;
                int isError = full ? b.get(32) & 0xff : 0;
                o.append(", exit={rval=");
                String err = isError != 0 && rval < 0 && rval >= -4095 ? Errno.name((int) -rval) : null;
                if (err == null || style != Decoding.XLAT_ABBREV) o.append(rval);
                if (err != null && style == Decoding.XLAT_VERBOSE) o.append(" /* -").append(err).append(" */");
                else if (err != null && style == Decoding.XLAT_ABBREV) o.append('-').append(err);
                if (full) o.append(", is_error=").append(isError);
                o.append('}');
            }
        }
        o.append('}');
    }

    /**
     * A syscall number of audit arch {@code arch}: x86_64's as "__NR_name" (-X verbose: "N /* __NR_name *&#47;"),
     * i386's as "N /* name *&#47;", an unknown one as its number; -X raw: the number.
     */
    static void syscallNr(StringBuilder o, int style, long nr, int arch) {
        String name = null;
        boolean current = false;
        if (arch == AUDIT_ARCH_X86_64 && nr >= 0 && nr <= jstrace.table.SyscallTable.MAX) {
            name = jstrace.table.SyscallTable.NAMES[(int) nr];
            current = true;
        } else if (arch == AUDIT_ARCH_I386 && nr >= 0 && nr <= jstrace.table.SyscallTable32.MAX) {
            name = jstrace.table.SyscallTable32.NAMES[(int) nr];
        }
        if (style != Decoding.XLAT_ABBREV || !current || name == null) o.append(Long.toUnsignedString(nr));
        if (style == Decoding.XLAT_RAW || name == null) return;
        boolean comment = !current || style == Decoding.XLAT_VERBOSE;
        o.append(comment ? " /* " : "");
        if (current) o.append("__NR_");
        o.append(name);
        if (comment) o.append(" */");
    }
}
