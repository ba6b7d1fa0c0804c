package jstrace.decode.ioctl;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.Structs;
import jstrace.table.Xlats;

/**
 * The requests of a family whose argument is a plain value or a pointer to a number, by name (from
 * syscall-tables/xlat/ioctl_names.xlat): what the argument is and whether strace reads it at exit.
 * A family's decoder asks its rules first and decodes the requests with structures itself.
 */
public final class ArgRules implements IoctlFamily {
    /** What the argument is. */
    public enum Kind {
        /** None: nothing printed after the request. */
        NONE,
        /** The argument itself as a C int (cut to 32 bits). */
        INT,
        /** The argument itself as an unsigned long. */
        ULONG,
        /** The argument itself in hex. */
        HEX,
        /** The argument itself cut to an unsigned int, in hex. */
        HEX32,
        /** A pointer to a structure not decoded yet: NULL or 0x... (strace prints what it cannot read so). */
        ADDR,
        /** The argument is a file descriptor. */
        FD,
        /** A pointer to an int, [-1]. */
        PTR_INT,
        /** A pointer to an unsigned int. */
        PTR_UINT,
        /** A pointer to an unsigned short. */
        PTR_USHORT,
        /** A pointer to a long. */
        PTR_LONG,
        /** A pointer to an unsigned long. */
        PTR_ULONG,
        /** A pointer to a 64-bit unsigned number. */
        PTR_U64,
        /** A pointer to a 64-bit signed number. */
        PTR_S64,
        /** A pointer to two 64-bit unsigned numbers, [a, b]. */
        PTR_U64_PAIR
    }

    private record Rule(Kind kind, boolean atExit) {}

    private final Map<Integer, Rule> rules = new HashMap<>();

    /** The requests {@code names} take {@code kind}, printed at entry. */
    public ArgRules in(Kind kind, String... names) {
        return add(kind, false, names);
    }

    /** The requests {@code names} return {@code kind}: printed at exit. */
    public ArgRules out(Kind kind, String... names) {
        return add(kind, true, names);
    }

    /** The requests {@code names} take no argument. */
    public ArgRules none(String... names) {
        return add(Kind.NONE, false, names);
    }

    private ArgRules add(Kind kind, boolean atExit, String[] names) {
        for (String n : names) rules.put(code(n), new Rule(kind, atExit));
        return this;
    }

    /** The code of the request {@code name}; a name missing from the table is a bug of the family's rules. */
    public static int code(String name) {
        var x = Xlats.IOCTL_NAMES();
        int i = x.indexOfName(name);
        if (i < 0) throw new IllegalArgumentException("no ioctl request " + name);
        return (int) x.values[i];
    }

    /** Whether {@code code} is one of these rules' requests. */
    public boolean has(int code) {
        return rules.containsKey(code);
    }

    @Override
    public int decode(Call c, int code, long arg) {
        Rule r = rules.get(code);
        if (r == null) return DEFAULT_ARG;
        if (r.atExit && !c.exiting) return AT_EXIT;
        if (r.kind != Kind.NONE) {
            c.sep();
            print(c, r.kind, arg);
        }
        return PRINTED;
    }

    /** Prints the argument {@code arg} as {@code kind} (not NONE). */
    public static void print(Call c, Kind kind, long arg) {
        switch (kind) {
            case NONE -> { }
            case INT -> Print.sint(c, arg);
            case ULONG -> Print.ulong(c, arg);
            case HEX -> Print.hex(c, arg);
            case HEX32 -> Print.hex(c, arg & 0xffffffffL);
            case FD -> Print.fd(c, arg);
            case ADDR -> Print.ptr(c, arg);
            case PTR_INT, PTR_UINT -> number(c, arg, 4, kind == Kind.PTR_INT);
            case PTR_USHORT -> number(c, arg, 2, false);
            case PTR_LONG, PTR_S64 -> number(c, arg, 8, true);
            case PTR_ULONG, PTR_U64 -> number(c, arg, 8, false);
            case PTR_U64_PAIR -> {
                ByteBuffer b = Structs.fetch(c, arg, 16);
                if (b == null) {
                    Print.ptr(c, arg);
                    return;
                }
                c.out.append('[');
                Print.ulong(c, b.getLong(0));
                c.out.append(", ");
                Print.ulong(c, b.getLong(8));
                c.out.append(']');
            }
        }
    }

    /** strace's printnum_*: [value] read from {@code addr}, or the address. */
    private static void number(Call c, long addr, int size, boolean signed) {
        ByteBuffer b = Structs.fetch(c, addr, size);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append('[');
        long v = switch (size) {
            case 2 -> signed ? b.getShort(0) : Short.toUnsignedLong(b.getShort(0));
            case 4 -> signed ? b.getInt(0) : Integer.toUnsignedLong(b.getInt(0));
            default -> b.getLong(0);
        };
        if (signed || size < 8) Print.slong(c, v);
        else Print.ulong(c, v);
        c.out.append(']');
    }
}
