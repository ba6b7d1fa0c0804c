package jstrace.decode;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

/**
 * The fixed part of a netlink payload (struct ifinfomsg, rtmsg, ...) described field by field, and
 * the attribute table of what follows it: {first field, ...} when the payload is shorter than the
 * struct, else all fields and then, after the struct's aligned size, its attributes.
 */
final class NetlinkStruct {
    /** PAD: reserved bytes, shown (in hex) only when not zero. */
    /** BITS: a mask of 1<<N, N named by the table. */
    /** X0: hex zero-padded to the field's width, "0x" included (0x0000ff for a u32 0xff). */
    /** BYTES: a byte array as a hex string; PAD_BYTES: reserved bytes so, shown only when not all zero. */
    /** CUSTOM: printed by the field's own {@link FieldPrinter} (a nested struct, an address of the struct's family). */
    enum Kind { U, D, X, X0, XVAL, FLAGS, IFINDEX, PAD, BITS, BYTES, PAD_BYTES, CUSTOM }

    /** Prints the value of field {@code f} of the struct read into {@code b} (its name already printed). */
    interface FieldPrinter {
        void print(Call c, ByteBuffer b, Field f);
    }

    record Field(String name, int offset, int size, Kind kind, Supplier<Xlat> table, String dflt, FieldPrinter printer) {
        Field(String name, int offset, int size, Kind kind, Supplier<Xlat> table, String dflt) {
            this(name, offset, size, kind, table, dflt, null);
        }
    }

    final int size;
    final Field[] fields;
    final Supplier<Xlat> attrs;
    final String attrDflt;
    final Netlink.Payload[] decoders;
    /** What follows the struct when it depends on the struct's fields (its family): null, the attribute table. */
    final java.util.function.Function<ByteBuffer, Netlink.Payload> tail;

    NetlinkStruct(int size, Supplier<Xlat> attrs, String attrDflt, Netlink.Payload[] decoders, Field... fields) {
        this(size, attrs, attrDflt, decoders, null, fields);
    }

    private NetlinkStruct(int size, Supplier<Xlat> attrs, String attrDflt, Netlink.Payload[] decoders,
            java.util.function.Function<ByteBuffer, Netlink.Payload> tail, Field... fields) {
        this.tail = tail;
        this.size = size;
        this.fields = fields;
        this.attrs = attrs;
        this.attrDflt = attrDflt;
        this.decoders = decoders;
    }

    static Field u(String name, int offset, int size) {
        return new Field(name, offset, size, Kind.U, null, null);
    }

    static Field d(String name, int offset, int size) {
        return new Field(name, offset, size, Kind.D, null, null);
    }

    static Field x(String name, int offset, int size) {
        return new Field(name, offset, size, Kind.X, null, null);
    }

    static Field x0(String name, int offset, int size) {
        return new Field(name, offset, size, Kind.X0, null, null);
    }

    static Field xval(String name, int offset, int size, Supplier<Xlat> table, String dflt) {
        return new Field(name, offset, size, Kind.XVAL, table, dflt);
    }

    static Field flags(String name, int offset, int size, Supplier<Xlat> table, String dflt) {
        return new Field(name, offset, size, Kind.FLAGS, table, dflt);
    }

    static Field bits(String name, int offset, int size, Supplier<Xlat> table, String dflt) {
        return new Field(name, offset, size, Kind.BITS, table, dflt);
    }

    static Field pad(String name, int offset, int size) {
        return new Field(name, offset, size, Kind.PAD, null, null);
    }

    static Field bytes(String name, int offset, int size) {
        return new Field(name, offset, size, Kind.BYTES, null, null);
    }

    static Field padBytes(String name, int offset, int size) {
        return new Field(name, offset, size, Kind.PAD_BYTES, null, null);
    }

    /** A field printed by {@code printer}, "NAME=" first unless {@code printer} prints the name itself (named null). */
    static Field custom(String name, int offset, int size, FieldPrinter printer) {
        return new Field(name, offset, size, Kind.CUSTOM, null, null, printer);
    }

    /** A field whose printer prints its name too, from the whole struct's bytes. */
    static Field custom(String name, java.util.function.BiConsumer<Call, ByteBuffer> printer) {
        return new Field(null, 0, 0, Kind.CUSTOM, null, null, (c, b, f) -> printer.accept(c, b));
    }

    static Field ifindex(String name, int offset) {
        return new Field(name, offset, 4, Kind.IFINDEX, null, null);
    }

    /** Prints the payload of {@code len} bytes at {@code addr}; the first field is shown even when the rest is missing. */
    void print(Call c, long addr, int len) {
        StringBuilder o = c.out;
        int firstSize = fields[0].size;
        ByteBuffer first = Structs.read(c, addr, firstSize);
        if (first == null) {
            Print.ptr(c, addr);
            return;
        }
        o.append('{');
        field(c, fields[0], first);
        boolean whole = false;
        ByteBuffer all = null;
        if (fields.length > 1) {
            o.append(", ");
            if (len >= size) {
                ByteBuffer b = Structs.read(c, addr, size);
                if (b == null) {
                    Print.ptr(c, addr + firstSize);
                } else {
                    fields(c, b, 1);
                    whole = true;
                    all = b;
                }
            } else {
                o.append("...");
            }
        } else {
            whole = true;
            all = first;
        }
        o.append('}');
        int aligned = (size + 3) & ~3;
        if (whole && tail != null && len > aligned) {
            o.append(", ");
            Netlink.Payload p = tail.apply(all);
            if (p == null || !p.decode(c, addr + aligned, len - aligned)) Print.hexBuf(c, addr + aligned, len - aligned);
        } else if (whole && attrs != null && len > aligned) {
            o.append(", ");
            Netlink.attributes(c, addr + aligned, len - aligned, attrs.get(), attrDflt, decoders);
        }
    }

    /**
     * As an attribute's value: {all fields}, bytes past the struct ignored; false (hex bytes) when
     * the value is shorter than the struct; an unreadable one as its address.
     */
    boolean value(Call c, long addr, int len) {
        if (len < size) return false;
        ByteBuffer b = Structs.read(c, addr, size);
        if (b == null) {
            Print.ptr(c, addr);
            return true;
        }
        c.out.append('{');
        fields(c, b, 0);
        c.out.append('}');
        return true;
    }

    /**
     * As an attribute's value, then the bytes past the struct (if any) in hex: {all fields}, "...";
     * false when the value is shorter than the struct; an unreadable one as its address alone.
     */
    boolean valueThenHex(Call c, long addr, int len) {
        if (len < size) return false;
        ByteBuffer b = Structs.read(c, addr, size);
        if (b == null) {
            Print.ptr(c, addr);
            return true;
        }
        printRead(c, b);
        if (len > size) {
            c.out.append(", ");
            Print.hexBuf(c, addr + size, len - size);
        }
        return true;
    }

    /** {all fields} of the struct read into {@code b} (an array element). */
    void printRead(Call c, ByteBuffer b) {
        c.out.append('{');
        fields(c, b, 0);
        c.out.append('}');
    }

    /** As a field of another struct: {all fields} of the {@code size} bytes at {@code offset} of {@code b}. */
    void nested(Call c, ByteBuffer b, int offset) {
        c.out.append('{');
        fields(c, b.slice(offset, size).order(java.nio.ByteOrder.LITTLE_ENDIAN), 0);
        c.out.append('}');
    }

    /** This struct with other attribute decoders (for a payload whose attributes depend on its family). */
    NetlinkStruct withDecoders(Netlink.Payload[] other) {
        return new NetlinkStruct(size, attrs, attrDflt, other, tail, fields);
    }

    /** This struct followed by what {@code tail} makes of the struct (null: hex bytes), not by its attributes. */
    NetlinkStruct withTail(java.util.function.Function<ByteBuffer, Netlink.Payload> tail) {
        return new NetlinkStruct(size, attrs, attrDflt, decoders, tail, fields);
    }

    /** This struct with its attributes decoded by the table {@code decoders.apply(struct)} (decoders by family). */
    NetlinkStruct withDecodersOf(java.util.function.Function<ByteBuffer, Netlink.Payload[]> decoders) {
        return withTail(b -> {
            Netlink.Payload[] d = decoders.apply(b);
            return (c, a, l) -> {
                Netlink.attributes(c, a, l, attrs.get(), attrDflt, d);
                return true;
            };
        });
    }

    /** The fields from {@code from} on, reserved ones only when not zero. */
    private void fields(Call c, ByteBuffer b, int from) {
        boolean any = false;
        for (int i = from; i < fields.length; i++) {
            if (fields[i].kind == Kind.PAD && value(fields[i], b) == 0) continue;
            if (fields[i].kind == Kind.PAD_BYTES && bytesOf(fields[i], b).chars().allMatch(ch -> ch == 0)) continue;
            if (any) c.out.append(", ");
            field(c, fields[i], b);
            any = true;
        }
    }

    /** The bytes of an array field, one char each. */
    private static String bytesOf(Field f, ByteBuffer b) {
        byte[] a = new byte[f.size];
        b.get(f.offset, a);
        return new String(a, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static long value(Field f, ByteBuffer b) {
        int off = f.offset;
        if (f.kind == Kind.BYTES || f.kind == Kind.PAD_BYTES || f.kind == Kind.CUSTOM) return 0; // not a number
        boolean signed = f.kind == Kind.D;
        return switch (f.size) {
            case 1 -> signed ? b.get(off) : b.get(off) & 0xffL;
            case 2 -> signed ? b.getShort(off) : b.getShort(off) & 0xffffL;
            case 4 -> signed ? b.getInt(off) : Integer.toUnsignedLong(b.getInt(off));
            default -> b.getLong(off);
        };
    }

    private static void field(Call c, Field f, ByteBuffer b) {
        long v = value(f, b);
        StringBuilder o = c.out;
        if (f.kind == Kind.CUSTOM) {
            if (f.name != null) o.append(f.name).append('=');
            f.printer.print(c, b, f);
            return;
        }
        o.append(f.name).append('=');
        int style = c.opts().xlatStyle;
        switch (f.kind) {
            case U -> o.append(Long.toUnsignedString(v));
            case D -> o.append(v);
            case X, PAD -> Print.hex(o, v);
            case X0 -> {
                String h = Long.toHexString(v);
                o.append("0x").append("0".repeat(Math.max(0, 2 * f.size - 2 - h.length()))).append(h);
            }
            case XVAL -> {
                // no default name: an unknown value is the bare number
                if (f.dflt == null && f.table.get().lookup(v) == null) Print.hex(o, v);
                else Print.xval(o, style, f.table.get(), v, f.dflt);
            }
            case FLAGS -> Print.flags(o, style, f.table.get(), v, f.dflt);
            case IFINDEX -> ifindex(c, o, (int) v);
            case BITS -> bits(o, style, f.table.get(), v, f.dflt);
            case CUSTOM -> { } // printed above
            case BYTES, PAD_BYTES -> {
                byte[] a = bytesOf(f, b).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                Print.quote(o, a, a.length, Decoding.HEX_ALL);
            }
        }
    }

    /** 1<<NAME|1<<NAME: the set bits by the names of their numbers, unknown ones in hex. */
    static void bits(StringBuilder o, int style, Xlat x, long v, String dflt) {
        if (style == Decoding.XLAT_RAW || v == 0) {
            Print.hex(o, v);
            return;
        }
        StringBuilder names = new StringBuilder();
        long rest = v;
        for (int i = 0; i < 64; i++) {
            String n = (v & 1L << i) != 0 ? x.lookup(i) : null;
            if (n == null) continue;
            if (names.length() > 0) names.append('|');
            names.append("1<<").append(n);
            rest &= ~(1L << i);
        }
        if (names.length() == 0) {
            Print.hex(o, v);
            o.append(" /* 1<<").append(dflt).append(" */");
            return;
        }
        if (rest != 0) {
            names.append('|');
            Print.hex(names, rest);
        }
        if (style == Decoding.XLAT_VERBOSE) {
            Print.hex(o, v);
            o.append(" /* ").append(names).append(" */");
        } else {
            o.append(names);
        }
    }

    /** An interface index: if_nametoindex("lo") for a known one (raw: the number; verbose: both). */
    static void ifindex(Call c, StringBuilder o, int index) {
        int style = c.opts().xlatStyle;
        String name = style == Decoding.XLAT_RAW ? null : interfaceName(index);
        if (name == null) {
            o.append(Integer.toUnsignedString(index));
            return;
        }
        if (style == Decoding.XLAT_VERBOSE) o.append(Integer.toUnsignedString(index)).append(" /* ");
        // the name is quoted as any string (-x/-xx apply)
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        o.append("if_nametoindex(\"");
        Print.quote(o, n, n.length, c.opts().hexStrings, null, false);
        o.append("\")");
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
    }

    /** The name of interface {@code index} in jstrace's network namespace (as strace's if_indextoname), or null. */
    private static String interfaceName(int index) {
        if (index <= 0) return null;
        java.io.File[] devices = new java.io.File("/sys/class/net").listFiles();
        if (devices == null) return null;
        for (java.io.File d : devices) {
            try {
                String s = java.nio.file.Files.readString(d.toPath().resolve("ifindex")).trim();
                if (Integer.parseInt(s) == index) return d.getName();
            } catch (java.io.IOException | NumberFormatException e) {
                // not an interface after all: the next one
            }
        }
        return null;
    }
}
