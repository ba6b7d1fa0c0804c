package jstrace.decode;

/** execve and execveat: path, argv array, environment as an address with its count (or in full with -v). */
public final class ExecDecoders {
    private ExecDecoders() {}

    @Decodes("execve")
    public static int execve(Call c) {
        exec(c, 0);
        return Call.DONE;
    }

    @Decodes("execveat")
    public static int execveat(Call c) {
        Print.dirfd(c, c.args[0]);
        c.sep();
        exec(c, 1);
        c.sep();
        Print.flags(c, jstrace.table.Xlats.AT_FLAGS(), c.args[4]);
        return Call.DONE;
    }

    private static void exec(Call c, int i) {
        Print.path(c, c.args[i]);
        c.sep();
        argv(c, c.args[i + 1]);
        c.sep();
        if (!c.abbrev()) argv(c, c.args[i + 2]);
        else envCount(c, c.args[i + 2]);
    }

    /** ["a", "b"]: at most -s elements unless -v, "..." after them; an unreadable tail noted. */
    static void argv(Call c, long addr) {
        if (addr == 0 || !c.verbose()) {
            Print.ptr(c, addr);
            return;
        }
        Memory m = c.mem();
        long prev = 0;
        for (int n = 0; ; n++, prev = addr, addr += 8) {
            long word = Long.compareUnsigned(addr, prev) < 0 ? 0 : m.readLong(addr, 0);
            if (Long.compareUnsigned(addr, prev) < 0 || m.lastFailed()) {
                if (n == 0) {
                    Print.ptr(c, addr);
                    return;
                }
                c.out.append(", ...");
                c.out.append(" /* ");
                Print.ptr(c, addr);
                c.out.append(" */");
                break;
            }
            if (n == 0) c.out.append('[');
            if (word == 0) break;
            if (n != 0) c.out.append(", ");
            if (c.abbrev() && n >= c.opts().maxStrlen) {
                c.out.append("...");
                break;
            }
            Print.str(c, word);
        }
        c.out.append(']');
    }

    /**
     * 0x7ffc... followed by a comment counting the entries ("unterminated" when the array runs
     * into unreadable memory or the end of the address space before its NULL).
     */
    static void envCount(Call c, long addr) {
        Print.ptr(c, addr);
        if (addr == 0 || !c.verbose()) return;
        Memory m = c.mem();
        int n = 0;
        long a = addr, prev = 0;
        for (; Long.compareUnsigned(a, prev) > 0; prev = a, a += 8, n++) {
            long word = m.readLong(a, 0);
            if (m.lastFailed()) {
                if (n == 0) return;
                a = 0;
                break;
            }
            if (word == 0) break;
        }
        c.out.append(" /* ").append(n).append(n == 1 ? " var" : " vars")
                .append(Long.compareUnsigned(a, prev) < 0 ? ", unterminated" : "").append(" */");
    }
}
