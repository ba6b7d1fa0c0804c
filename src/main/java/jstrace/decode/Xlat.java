package jstrace.decode;

/**
 * A named constant table (strace's xlat): generated from {@code syscall-tables/xlat/*.xlat}.
 * Order matters: flag sets print their known bits in table order.
 */
public final class Xlat {
    public final String name;
    public final boolean flags;
    public final String[] names;
    public final long[] values;
    /** Extra text per entry (errno messages), or null. */
    public final String[] texts;

    /**
     * What strace calls bits (or a value) the table does not name (its printxval/printflags default,
     * "O_???", "IOPRIO_WHO_???"), from the file's #unknown line; null: a flag set's unnamed bits get no
     * comment, and xval derives one from the first name; "": none, the value is printed as a number only.
     */
    public final String unknown;

    public Xlat(String name, boolean flags, String[] names, long[] values, String[] texts) {
        this(name, flags, names, values, texts, null);
    }

    public Xlat(String name, boolean flags, String[] names, long[] values, String[] texts, String unknown) {
        this.name = name;
        this.flags = flags;
        this.unknown = unknown;
        this.names = names;
        this.values = values;
        this.texts = texts;
    }

    /** The name of {@code v}, or null. */
    public String lookup(long v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) return names[i];
        }
        return null;
    }

    public int indexOf(long v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) return i;
        }
        return -1;
    }

    /** The entry called {@code n}, or -1. */
    public int indexOfName(String n) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) return i;
        }
        return -1;
    }

    /** The entries of {@code a} then those of {@code b}: one flag set printed from two tables (clone3's flags). */
    public static Xlat concat(String name, Xlat a, Xlat b, String unknown) {
        String[] n = java.util.Arrays.copyOf(a.names, a.names.length + b.names.length);
        long[] v = java.util.Arrays.copyOf(a.values, n.length);
        System.arraycopy(b.names, 0, n, a.names.length, b.names.length);
        System.arraycopy(b.values, 0, v, a.values.length, b.values.length);
        return new Xlat(name, a.flags, n, v, null, unknown);
    }
}
