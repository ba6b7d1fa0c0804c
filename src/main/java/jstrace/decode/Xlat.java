package jstrace.decode;

/**
 * A named constant table (strace's xlat): generated from {@code syscall-tables/xlat/*.xlat}.
 * Order matters: flag sets print their known bits in table order.
 */
public final class Xlat {
    public final String name;
    public final boolean flags;
    /**
     * What strace's comment calls bits (or a value) the table does not name ("O_???", "?_OK"), from
     * the file's {@code #unknown} line; null: a flag set's unnamed bits get no comment.
     */
    public final String unknown;
    public final String[] names;
    public final long[] values;
    /** Extra text per entry (errno messages), or null. */
    public final String[] texts;

    public Xlat(String name, boolean flags, String unknown, String[] names, long[] values, String[] texts) {
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
}
