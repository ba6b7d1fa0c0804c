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
        if (c.opts().verbose) argv(c, c.args[i + 2]);
        else envCount(c, c.args[i + 2]);
    }

    /** ["a", "b"]: at most -s elements unless -v, "..." after them; an unreadable tail noted. */
    static void argv(Call c, long addr) {
        if (addr == 0) {
            c.out.append("NULL");
            return;
        }
        Memory m = c.mem();
        for (int n = 0; ; n++, addr += 8) {
            long word = m.readLong(addr, 0);
            if (m.lastFailed()) {
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
            if (!c.opts().verbose && n >= c.opts().maxStrlen) {
                c.out.append("...");
                break;
            }
            Print.str(c, word);
        }
        c.out.append(']');
    }

    /** 0x7ffc... followed by a comment counting the entries. */
    static void envCount(Call c, long addr) {
        Print.ptr(c, addr);
        if (addr == 0) return;
        Memory m = c.mem();
        int n = 0;
        for (long a = addr; ; a += 8, n++) {
            long word = m.readLong(a, 0);
            if (m.lastFailed()) {
                if (n == 0) return;
                break;
            }
            if (word == 0) break;
        }
        c.out.append(" /* ").append(n).append(n == 1 ? " var" : " vars").append(" */");
    }
}
