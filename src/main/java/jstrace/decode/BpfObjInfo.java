package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * bpf(BPF_OBJ_GET_INFO_BY_FD): {info={bpf_fd, info_len, info}}; the info the kernel writes is
 * decoded at exit as struct bpf_map_info or bpf_prog_info, by what the fd is (its /proc link
 * "anon_inode:bpf-map" or "anon_inode:bpf-prog"); anything else, or abbreviated, its address.
 * The prog info's lengths and counts the caller passed in are shown with "=> new" when the kernel
 * changed them, and its arrays are listed as far as both allowed.
 */
final class BpfObjInfo {
    private BpfObjInfo() {}

    private static final int PAGE_SIZE = 4096, ATTR_SIZE = 16, MAP_INFO_SIZE = 88, PROG_INFO_SIZE = 220;
    private static final int MAP = 1, PROG = 2;

    /** What the entry saw: the info_len passed, the kind of object, a prog info's input fields. */
    private static final class Saved {
        long infoLen;
        int kind;
        /** The prog info as the caller filled it in (null for a map, or when unreadable). */
        ByteBuffer entry;
    }

    static int objGetInfoByFd(Call c, byte[] raw) {
        Saved saved;
        BpfDecoders.Attr a;
        if (!c.exiting) {
            a = new BpfDecoders.Attr(c, raw, ATTR_SIZE, true);
            saved = new Saved();
            saved.infoLen = a.u32(4);
            c.savedObject = saved;
            c.out.append('{');
            a.open("info");
            a.fd("bpf_fd", 0);
            a.u("info_len", 4);
            if (!c.abbrev()) {
                byte[] path = c.tracee.fdPathBytes(a.i32(0));
                String p = path == null ? "" : new String(path, java.nio.charset.StandardCharsets.ISO_8859_1);
                saved.kind = p.equals("anon_inode:bpf-map") ? MAP : p.equals("anon_inode:bpf-prog") ? PROG : 0;
                if (saved.kind == PROG) saved.entry = fetch(c, a.u64(8), a.u32(4));
            }
            return 0;
        }
        a = new BpfDecoders.Attr(c, raw, ATTR_SIZE, false);
        saved = c.savedObject instanceof Saved s ? s : new Saved();
        if (saved.infoLen != a.u32(4)) {
            a.changed();
            Print.uint(c, a.i32(4));
        }
        a.name("info");
        long addr = a.u64(8), size = a.u32(4);
        ByteBuffer info = saved.kind == 0 || c.abbrev() ? null : fetch(c, addr, size);
        if (info == null) Print.ptr(c, addr);
        else if (saved.kind == MAP) mapInfo(c, info, (int) size);
        else progInfo(c, info, (int) size, saved.entry != null ? saved.entry : zeroPage());
        a.close();
        a.extra(ATTR_SIZE);
        c.out.append('}');
        return Call.DONE;
    }

    /** The info buffer: {@code size} bytes (1 to a page) read into a zeroed page, else null. */
    private static ByteBuffer fetch(Call c, long addr, long size) {
        if (size == 0 || size > PAGE_SIZE) return null;
        ByteBuffer b = Structs.read(c, addr, (int) size);
        if (b == null) return null;
        ByteBuffer page = zeroPage();
        page.put(0, b, 0, (int) size);
        return page;
    }

    private static ByteBuffer zeroPage() {
        return ByteBuffer.allocate(PAGE_SIZE).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    }

    /** A view of the info as an Attr: its first min(size, known) bytes. */
    private static BpfDecoders.Attr attr(Call c, ByteBuffer info, int size) {
        byte[] raw = new byte[size];
        info.get(0, raw);
        return new BpfDecoders.Attr(c, raw, size, true);
    }

    private static void mapInfo(Call c, ByteBuffer info, int size) {
        BpfDecoders.Attr m = attr(c, info, size);
        c.out.append('{');
        m.xval("type", 0, Xlats.BPF_MAP_TYPES(), "BPF_MAP_TYPE_???");
        m.u("id", 4);
        m.u("key_size", 8);
        m.u("value_size", 12);
        m.u("max_entries", 16);
        m.flags("map_flags", 20, Xlats.BPF_MAP_FLAGS(), "BPF_F_???");
        if (m.has(24)) {
            m.cstring("name", 24, 16);
            if (m.has(40)) {
                m.ifindex("ifindex", 40);
                m.u("btf_vmlinux_value_type_id", 44);
                m.name("netns_dev");
                StatStructs.dev(c, m.u64(48));
                m.u64("netns_ino", 56);
                if (m.has(64)) {
                    m.u("btf_id", 64);
                    m.u("btf_key_type_id", 68);
                    m.u("btf_value_type_id", 72);
                    m.extra(MAP_INFO_SIZE);
                }
            }
        }
        c.out.append('}');
    }

    private static void progInfo(Call c, ByteBuffer info, int size, ByteBuffer entry) {
        BpfDecoders.Attr p = attr(c, info, size);
        c.out.append('{');
        p.xval("type", 0, Xlats.BPF_PROG_TYPES(), "BPF_PROG_TYPE_???");
        p.u("id", 4);
        p.name("tag");
        byte[] tag = new byte[8];
        p.b.get(8, tag);
        Print.quote(c.out, tag, 8, Decoding.HEX_ALL);
        inOut(c, p, entry, "jited_prog_len", 16);
        p.name("jited_prog_insns");
        Print.hexBuf(c, p.u64(24), p.u32(16));
        inOut(c, p, entry, "xlated_prog_len", 20);
        p.name("xlated_prog_insns");
        BpfDecoders.insns(c, p.u64(32), Math.min(entry.getInt(20) & 0xffffffffL, p.u32(20)) / 8);
        if (!p.has(40)) {
            c.out.append('}');
            return;
        }
        p.u64("load_time", 40);
        bootTime(c, p.u64(40));
        p.name("created_by_uid");
        Print.id(c, p.i32(48));
        inOut(c, p, entry, "nr_map_ids", 52);
        p.name("map_ids");
        BpfDecoders.u32Array(c, p.u64(56), Math.min(entry.getInt(52) & 0xffffffffL, p.u32(52)));
        p.cstring("name", 64, 16);
        if (!p.has(80)) {
            c.out.append('}');
            return;
        }
        p.ifindex("ifindex", 80);
        p.name("gpl_compatible");
        Print.uint(c, p.i32(84) & 1);
        p.name("netns_dev");
        StatStructs.dev(c, p.u64(88));
        p.u64("netns_ino", 96);
        if (!p.has(104)) {
            c.out.append('}');
            return;
        }
        inOut(c, p, entry, "nr_jited_ksyms", 104);
        inOut(c, p, entry, "nr_jited_func_lens", 108);
        inOutAddr(c, p, entry, "jited_ksyms", 112);
        inOutAddr(c, p, entry, "jited_func_lens", 120);
        if (!p.has(128)) {
            c.out.append('}');
            return;
        }
        p.u("btf_id", 128);
        inOut(c, p, entry, "func_info_rec_size", 132);
        p.addr("func_info", 136);
        inOut(c, p, entry, "nr_func_info", 144);
        inOut(c, p, entry, "nr_line_info", 148);
        p.addr("line_info", 152);
        inOutAddr(c, p, entry, "jited_line_info", 160);
        inOut(c, p, entry, "nr_jited_line_info", 168);
        inOut(c, p, entry, "line_info_rec_size", 172);
        inOut(c, p, entry, "jited_line_info_rec_size", 176);
        inOut(c, p, entry, "nr_prog_tags", 180);
        p.addr("prog_tags", 184);
        if (p.has(192)) {
            p.u64("run_time_ns", 192);
            p.u64("run_cnt", 200);
            if (p.has(208)) {
                p.u64("recursion_misses", 208);
                if (p.has(216)) {
                    p.u("verified_insns", 216);
                    p.extra(PROG_INFO_SIZE);
                }
            }
        }
        c.out.append('}');
    }

    /** A u32 the caller passes in and the kernel writes: "in => out" when they differ. */
    private static void inOut(Call c, BpfDecoders.Attr p, ByteBuffer entry, String name, int off) {
        p.name(name);
        long in = entry.getInt(off) & 0xffffffffL;
        if (in != p.u32(off)) {
            Print.uint(c, in);
            p.changed();
        }
        Print.uint(c, p.i32(off));
    }

    private static void inOutAddr(Call c, BpfDecoders.Attr p, ByteBuffer entry, String name, int off) {
        p.name(name);
        long in = entry.getLong(off);
        if (in != p.u64(off)) {
            Print.ptr(c, in);
            p.changed();
        }
        Print.ptr(c, p.u64(off));
    }

    private static final int CLOCK_BOOTTIME = 7;
    /** Wall clock minus boot time (ns), measured once as strace does; Long.MIN_VALUE: not yet. */
    private static long bootOffset = Long.MIN_VALUE;

    /**
     * The approximate date of a boot-time stamp (ns), in seconds (strace's print_boottime): none
     * with -X raw.
     */
    private static void bootTime(Call c, long ns) {
        if (c.opts().xlatStyle == Decoding.XLAT_RAW) return;
        if (bootOffset == Long.MIN_VALUE) {
            jstrace.nativ.NativeBuffer ts = new jstrace.nativ.NativeBuffer(32);
            try {
                if (jstrace.nativ.Kernel.syscall(jstrace.nativ.Sys.CLOCK_GETTIME, CLOCK_BOOTTIME, ts.address) != 0
                        || jstrace.nativ.Kernel.syscall(jstrace.nativ.Sys.CLOCK_GETTIME, 0, ts.address + 16) != 0) {
                    return;
                }
                long boot = ts.getLong(0) * 1_000_000_000L + ts.getLong(8);
                long real = ts.getLong(16) * 1_000_000_000L + ts.getLong(24);
                bootOffset = real - boot;
            } finally {
                ts.free();
            }
        }
        long t = bootOffset + ns;
        StatStructs.dateComment(c.out, Math.floorDiv(t, 1_000_000_000L), 0);
    }
}
