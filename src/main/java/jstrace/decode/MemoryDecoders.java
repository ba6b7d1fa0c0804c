package jstrace.decode;

import jstrace.table.Xlats;

/** mmap, mincore and getrandom. */
public final class MemoryDecoders {
    private MemoryDecoders() {}

    private static final long MAP_TYPE = 0xf, MAP_HUGE_SHIFT = 26, MAP_HUGE_MASK = 0x3f;

    private static final long PAGE_SIZE = 4096;

    /** mincore's vector: one entry per page of the length, each its residency bit (0 or 1). */
    @PrintsStruct("mincore_vec")
    public static void mincoreVec(Call c, long addr, long length) {
        long pages = Long.divideUnsigned(length, PAGE_SIZE) + ((length & (PAGE_SIZE - 1)) != 0 ? 1 : 0);
        Structs.array(c, addr, pages, 1, (call, b) -> call.out.append(b.get(0) & 1));
    }

    @Decodes("mmap")
    public static int mmap(Call c) {
        Print.ptr(c, c.args[0]);
        c.sep();
        Print.ulong(c, c.args[1]);
        c.sep();
        Print.flags(c, Xlats.MMAP_PROT(), c.args[2]);
        c.sep();
        mmapFlags(c, c.args[3] & 0xffffffffL);
        c.sep();
        Print.fd(c, c.args[4]);
        c.sep();
        Print.hex(c, c.args[5]);
        return Call.DONE | Call.RET_HEX;
    }

    private static final long MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2;

    /** The new address only when the kernel reads it: MREMAP_MAYMOVE and MREMAP_FIXED both set. */
    @Decodes("mremap")
    public static int mremap(Call c) {
        Print.ptr(c, c.args[0]);
        c.sep();
        Print.ulong(c, c.args[1]);
        c.sep();
        Print.ulong(c, c.args[2]);
        c.sep();
        Print.flags(c, Xlats.MREMAP_FLAGS(), c.args[3]);
        if ((c.args[3] & (MREMAP_MAYMOVE | MREMAP_FIXED)) == (MREMAP_MAYMOVE | MREMAP_FIXED)) {
            c.sep();
            Print.ptr(c, c.args[4]);
        }
        return Call.DONE | Call.RET_HEX;
    }

    /**
     * The map type (MAP_PRIVATE, MAP_SHARED, MAP_SHARED_VALIDATE) first, then the other flags and the huge
     * page size; -X raw: the number, -X verbose: the number with all of that in one comment.
     */
    static void mmapFlags(Call c, long flags) {
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (style != Decoding.XLAT_ABBREV) Print.hex(o, flags);
        if (style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
        Print.xval(o, Decoding.XLAT_ABBREV, Xlats.MMAP_FLAGS(), flags & MAP_TYPE, "MAP_???");
        long rest = flags & ~MAP_TYPE;
        long huge = (rest >>> MAP_HUGE_SHIFT) & MAP_HUGE_MASK;
        rest &= ~(MAP_HUGE_MASK << MAP_HUGE_SHIFT);
        if (rest != 0) {
            o.append('|');
            Print.flags(o, Decoding.XLAT_ABBREV, Xlats.MMAP_FLAGS(), rest, null);
        }
        if (huge != 0) o.append('|').append(huge).append("<<MAP_HUGE_SHIFT");
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
    }

    @Decodes("remap_file_pages")
    public static int remapFilePages(Call c) {
        Print.ptr(c, c.args[0]);
        c.sep();
        Print.ulong(c, c.args[1]);
        c.sep();
        Print.flags(c, Xlats.MMAP_PROT(), c.args[2]);
        c.sep();
        Print.ulong(c, c.args[3]);
        c.sep();
        mmapFlags(c, c.args[4]);
        return Call.DONE;
    }

    @Decodes("getrandom")
    public static int getrandom(Call c) {
        if (!c.exiting) return 0;
        if (c.failed) Print.ptr(c, c.args[0]);
        else Print.hexBuf(c, c.args[0], c.rval);
        c.sep();
        Print.ulong(c, c.args[1]);
        c.sep();
        Print.flags(c, Xlats.GETRANDOM_FLAGS(), c.args[2]);
        return 0;
    }
}
