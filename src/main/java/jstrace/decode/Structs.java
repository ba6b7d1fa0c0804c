package jstrace.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small structs many syscalls share: time values, limits, fd pairs, id lists, system info. */
public final class Structs {
    private Structs() {}

    /** Reads {@code len} bytes of tracee memory little-endian, or null (the caller prints the address). */
    public static ByteBuffer read(Call c, long addr, int len) {
        // a length from the tracee's registers or memory may be anything: more than 16 MiB is not read
        if (addr == 0 || len < 0 || len > 1 << 24) return null;
        byte[] raw = new byte[len];
        if (c.mem().read(addr, raw, len) != len) return null;
        return ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * strace's tfetch_mem: reads {@code len} bytes only when the call's structures are decoded at all
     * (-e verbose=) and not at the exit of a failed call; else null (the caller prints the address).
     */
    public static ByteBuffer fetch(Call c, long addr, int len) {
        if (!c.verbose() || (c.exiting && c.failed)) return null;
        return read(c, addr, len);
    }

    /** NULL, or the address when unreadable: true when the struct itself should be printed. */
    static boolean readable(Call c, long addr, ByteBuffer b) {
        if (b != null) return true;
        Print.ptr(c, addr);
        return false;
    }

    private static final int PAGE_SIZE = 4096;

    /**
     * The part of an extensible struct (clone_args, open_how) beyond the fields known, bytes
     * {@code known}..{@code size} - 1 (at most a page): nothing when all zero, else {@code prefix} then
     * "/* bytes N..M *&#47; "\x.."" (at most -s bytes, "..." after), or "???" when unreadable. True when
     * something was printed.
     */
    public static boolean nonzeroTail(Call c, long addr, long known, long size, String prefix) {
        long total = Long.compareUnsigned(size, PAGE_SIZE) < 0 ? size : PAGE_SIZE;
        if (known >= total) return false;
        int len = (int) (total - known);
        byte[] b = new byte[len];
        if (c.mem().read(addr + known, b, len) != len) {
            c.out.append(prefix).append("???");
            return true;
        }
        boolean zero = true;
        for (byte x : b) zero &= x == 0;
        if (zero) return false;
        int shown = Math.min(len, c.opts().maxStrlen);
        c.out.append(prefix).append("/* bytes ").append(known).append("..").append(total - 1).append(" */ ");
        Print.quote(c.out, b, shown, Decoding.HEX_ALL);
        if (shown < len) c.out.append("...");
        return true;
    }

    /** Prints one array element read into {@code b}. */
    @FunctionalInterface
    public interface Element {
        void print(Call c, ByteBuffer b);
    }

    /** Prints array element number {@code index}, read into {@code b}. */
    @FunctionalInterface
    public interface IndexedElement {
        void print(Call c, ByteBuffer b, long index);
    }

    /**
     * An array held inside a struct already read (no memory fetch): [e0, e1, ...], "..." after -s
     * elements when abbreviated.
     */
    public static void heldArray(Call c, long n, java.util.function.IntConsumer element) {
        long limit = c.abbrev() ? Math.min(n, c.opts().maxStrlen) : n;
        c.out.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) c.out.append(", ");
            if (i >= limit) {
                c.out.append("...");
                break;
            }
            element.accept(i);
        }
        c.out.append(']');
    }

    /**
     * {@code n} elements of {@code size} bytes at {@code addr}, fetched one by one as strace's print_array
     * does: an unreadable first element prints the address, a later one "... /* 0x... *&#47;"; with
     * abbreviation at most -s elements, then "...". False (as strace's print_array) when not all
     * elements were printed or cut by the abbreviation: NULL, no element, an unreadable one.
     */
    public static boolean array(Call c, long addr, long n, int size, Element element) {
        return array(c, addr, n, size, n, (call, b, i) -> element.print(call, b));
    }

    /** The same, with "..." after at most {@code max} elements whatever the abbreviation (IOV_MAX bounds). */
    public static boolean array(Call c, long addr, long n, int size, long max, IndexedElement element) {
        StringBuilder o = c.out;
        if (addr == 0) {
            Print.ptr(c, 0);
            return false;
        }
        int from = o.length();
        int span = c.description.open(Description.ARRAY, from);
        boolean all = arrayElements(c, addr, n, size, max, element);
        // an unreadable array is printed as its address: that is what the span then covers
        c.description.close(span, o.length());
        return all;
    }

    private static boolean arrayElements(Call c, long addr, long n, int size, long max, IndexedElement element) {
        StringBuilder o = c.out;
        if (n == 0) {
            o.append("[]");
            return false;
        }
        if (Long.compareUnsigned(n, Long.divideUnsigned(-1L, size)) > 0 || Long.compareUnsigned(addr + n * size, addr) <= 0) {
            Print.ptr(c, addr);
            return false;
        }
        long limit = c.abbrev() && Long.compareUnsigned(c.opts().maxStrlen, n) < 0 ? c.opts().maxStrlen : n;
        for (long i = 0; Long.compareUnsigned(i, n) < 0; i++) {
            long cur = addr + size * i;
            if (i > 0) o.append(", ");
            // strace's print_array fetches nothing without -e verbose= for the call (the address then)
            ByteBuffer b = c.verbose() ? read(c, cur, size) : null;
            if (b == null) {
                if (i == 0) {
                    Print.ptr(c, cur);
                    return false;
                }
                o.append("... /* ");
                Print.ptr(c, cur);
                o.append(" */]");
                return false;
            }
            if (i == 0) o.append('[');
            if (i >= limit || Long.compareUnsigned(i, max) >= 0) {
                o.append("...");
                break;
            }
            element.print(c, b, i);
        }
        o.append(']');
        return true;
    }

    @PrintsStruct("timespec")
    public static void timespec(Call c, long addr) {
        ByteBuffer b = read(c, addr, 16);
        if (!readable(c, addr, b)) return;
        timespec(c.out, b.getLong(0), b.getLong(8));
    }

    public static void timespec(StringBuilder o, long sec, long nsec) {
        o.append("{tv_sec=").append(sec).append(", tv_nsec=").append(Long.toUnsignedString(nsec)).append('}');
    }

    private static final long UTIME_NOW = (1L << 30) - 1, UTIME_OMIT = (1L << 30) - 2;

    /**
     * utimensat's [atime, mtime]: each time with its date in a comment, UTIME_NOW / UTIME_OMIT by name
     * (-X raw: the timespec; -X verbose: the timespec with the name in a comment); -s below 2 cuts the array.
     */
    @PrintsStruct("timespec_pair")
    public static void timespecPair(Call c, long addr) {
        ByteBuffer b = read(c, addr, 32);
        if (!readable(c, addr, b)) return;
        int limit = c.abbrev() && c.opts().maxStrlen < 2 ? c.opts().maxStrlen : 2;
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        o.append('[');
        for (int i = 0; i < 2; i++) {
            if (i > 0) o.append(", ");
            if (i >= limit) {
                o.append("...");
                break;
            }
            long sec = b.getLong(16 * i), nsec = b.getLong(16 * i + 8);
            if (nsec == UTIME_NOW || nsec == UTIME_OMIT) {
                String name = nsec == UTIME_NOW ? "UTIME_NOW" : "UTIME_OMIT";
                if (style != Decoding.XLAT_ABBREV) timespec(o, sec, nsec);
                if (style == Decoding.XLAT_VERBOSE) o.append(" /* ").append(name).append(" */");
                else if (style == Decoding.XLAT_ABBREV) o.append(name);
            } else {
                timespec(o, sec, nsec);
                if ((sec != 0 || nsec != 0) && Long.compareUnsigned(nsec, 999_999_999) <= 0) {
                    StatStructs.dateComment(o, sec, nsec);
                }
            }
        }
        o.append(']');
    }

    @PrintsStruct("timeval")
    public static void timeval(Call c, long addr) {
        ByteBuffer b = read(c, addr, 16);
        if (!readable(c, addr, b)) return;
        timeval(c.out, b.getLong(0), b.getLong(8));
    }

    public static void timeval(StringBuilder o, long sec, long usec) {
        o.append("{tv_sec=").append(sec).append(", tv_usec=").append(Long.toUnsignedString(usec)).append('}');
    }

    @PrintsStruct("itimerspec")
    public static void itimerspec(Call c, long addr) {
        ByteBuffer b = read(c, addr, 32);
        if (!readable(c, addr, b)) return;
        c.out.append("{it_interval=");
        timespec(c.out, b.getLong(0), b.getLong(8));
        c.out.append(", it_value=");
        timespec(c.out, b.getLong(16), b.getLong(24));
        c.out.append('}');
    }

    @PrintsStruct("itimerval")
    public static void itimerval(Call c, long addr) {
        ByteBuffer b = read(c, addr, 32);
        if (!readable(c, addr, b)) return;
        c.out.append("{it_interval=");
        timeval(c.out, b.getLong(0), b.getLong(8));
        c.out.append(", it_value=");
        timeval(c.out, b.getLong(16), b.getLong(24));
        c.out.append('}');
    }

    @PrintsStruct("timezone")
    public static void timezone(Call c, long addr) {
        ByteBuffer b = read(c, addr, 8);
        if (!readable(c, addr, b)) return;
        c.out.append("{tz_minuteswest=").append(b.getInt(0)).append(", tz_dsttime=").append(b.getInt(4)).append('}');
    }

    private static final long RLIM64_INFINITY = -1L;

    @PrintsStruct("rlimit")
    public static void rlimit(Call c, long addr) {
        ByteBuffer b = read(c, addr, 16);
        if (!readable(c, addr, b)) return;
        c.out.append("{rlim_cur=");
        rlimValue(c, b.getLong(0));
        c.out.append(", rlim_max=");
        rlimValue(c, b.getLong(8));
        c.out.append('}');
    }

    /**
     * RLIM64_INFINITY, N*1024 for multiples of 1024 above 1024, else the number; -X raw: the number,
     * -X verbose: the number with the name in a comment.
     */
    public static void rlimValue(Call c, long v) {
        String name = null;
        if (v == RLIM64_INFINITY) name = "RLIM64_INFINITY";
        else if (Long.compareUnsigned(v, 1024) > 0 && Long.remainderUnsigned(v, 1024) == 0) {
            name = Long.toUnsignedString(Long.divideUnsigned(v, 1024)) + "*1024";
        }
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (name == null || style != Decoding.XLAT_ABBREV) o.append(Long.toUnsignedString(v));
        if (name == null || style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ").append(name).append(" */");
        else o.append(name);
    }

    /** pipe/socketpair results: [3, 4]. */
    @PrintsStruct("int_pair")
    public static void intPair(Call c, long addr) {
        ByteBuffer b = read(c, addr, 8);
        if (!readable(c, addr, b)) return;
        c.out.append('[');
        Print.fd(c, b.getInt(0));
        c.out.append(", ");
        Print.fd(c, b.getInt(4));
        c.out.append(']');
    }

    /** A pointer to a 64-bit offset: [0]. */
    @PrintsStruct("loff")
    public static void loff(Call c, long addr) {
        ByteBuffer b = read(c, addr, 8);
        if (!readable(c, addr, b)) return;
        c.out.append('[').append(b.getLong(0)).append(']');
    }

    @PrintsStruct("uint_ptr")
    public static void uintPtr(Call c, long addr) {
        ByteBuffer b = read(c, addr, 4);
        if (!readable(c, addr, b)) return;
        c.out.append('[').append(Integer.toUnsignedString(b.getInt(0))).append(']');
    }

    /** The kernel's NGROUPS_MAX (sysconf(_SC_NGROUPS_MAX)): longer lists are printed as their address. */
    private static final long NGROUPS_MAX = 65536;

    /**
     * setgroups' and getgroups' gid arrays (strace's print_groups): {@code size} entries at entry
     * (setgroups' first argument), the returned count at exit (getgroups); -1 printed as -1.
     */
    @PrintsStruct("gid_list")
    public static void gidList(Call c, long addr, long size) {
        long n = (c.exiting ? c.rval : size) & 0xffffffffL;
        if (n > NGROUPS_MAX || (c.exiting && c.failed)) {
            Print.ptr(c, addr);
            return;
        }
        array(c, addr, n, 4, (call, b) -> Print.id(call, b.getInt(0)));
    }

    /**
     * The most of a CPU mask strace reads: its probe of the kernel's mask size starts at 128 bytes
     * (1024 CPUs), which is enough on all but larger machines.
     */
    private static final int CPUSET_MAX = 128;

    /** A CPU mask of {@code len} bytes (sched_setaffinity's length, sched_getaffinity's result): the CPUs set, "..." after when cut. */
    @PrintsStruct("cpuset")
    public static void cpuset(Call c, long addr, long len) {
        int n = (int) Math.min(len & 0xffffffffL, CPUSET_MAX);
        if (addr == 0 || !c.verbose()) {
            Print.ptr(c, addr);
            return;
        }
        if (n == 0) {
            c.out.append("[]");
            return;
        }
        ByteBuffer b = read(c, addr, n);
        if (!readable(c, addr, b)) return;
        c.out.append('[');
        boolean first = true;
        for (int i = 0; i < n * 8; i++) {
            if ((b.get(i / 8) >> (i % 8) & 1) != 0) {
                if (!first) c.out.append(' ');
                c.out.append(i);
                first = false;
            }
        }
        // strace rounds the bytes it shows up to a word
        if (((n + 7) & ~7) < (len & 0xffffffffL)) c.out.append(first ? "..." : " ...");
        c.out.append(']');
    }

    @PrintsStruct("utsname")
    public static void utsname(Call c, long addr) {
        ByteBuffer b = read(c, addr, 6 * 65);
        if (!readable(c, addr, b)) return;
        String[] names = {"sysname", "nodename", "release", "version", "machine", "domainname"};
        int shown = c.abbrev() ? 2 : 6;
        c.out.append('{');
        for (int i = 0; i < shown; i++) {
            if (i > 0) c.out.append(", ");
            c.out.append(names[i]).append('=');
            byte[] field = new byte[65];
            b.get(65 * i, field);
            int len = 0;
            while (len < 65 && field[len] != 0) len++;
            Print.quote(c.out, field, len, c.opts().hexStrings);
        }
        c.out.append(shown < 6 ? ", ...}" : "}");
    }

    @PrintsStruct("sysinfo")
    public static void sysinfo(Call c, long addr) {
        ByteBuffer b = read(c, addr, 112);
        if (!readable(c, addr, b)) return;
        StringBuilder o = c.out;
        o.append("{uptime=").append(b.getLong(0)).append(", loads=[")
                .append(Long.toUnsignedString(b.getLong(8))).append(", ")
                .append(Long.toUnsignedString(b.getLong(16))).append(", ")
                .append(Long.toUnsignedString(b.getLong(24))).append(']');
        String[] fields = {"totalram", "freeram", "sharedram", "bufferram", "totalswap", "freeswap"};
        for (int i = 0; i < fields.length; i++) {
            o.append(", ").append(fields[i]).append('=').append(Long.toUnsignedString(b.getLong(32 + 8 * i)));
        }
        o.append(", procs=").append(Short.toUnsignedInt(b.getShort(80)))
                .append(", totalhigh=").append(Long.toUnsignedString(b.getLong(88)))
                .append(", freehigh=").append(Long.toUnsignedString(b.getLong(96)))
                .append(", mem_unit=").append(Integer.toUnsignedString(b.getInt(104))).append('}');
    }

    /** D_NAME_LEN_MAX: how much of a d_name strace prints. */
    private static final int D_NAME_LEN_MAX = 256;

    /**
     * getdents' and getdents64's records, as strace's xgetdents prints them: the address after a
     * failure, without -e verbose=, or for a length the kernel cannot have returned; abbreviated,
     * the address and a count of entries; else each record up to the returned length, with
     * strace's notes for malformed ones.
     */
    @PrintsStruct("dirents")
    public static void dirents(Call c, long addr, long count) {
        if (c.failed || !c.verbose() || Long.compareUnsigned(c.rval, count & 0xffffffffL) > 0) {
            Print.ptr(c, addr);
            return;
        }
        boolean is64 = "getdents64".equals(c.name());
        int header = is64 ? 19 : 18;
        long len = c.rval;
        boolean abbrev = c.abbrev();
        StringBuilder o = c.out;
        int n = 0;
        if (abbrev) Print.ptr(c, addr);
        for (;;) {
            if (len < header) {
                if (!abbrev) {
                    if (len == 0) {
                        o.append('[');
                        n++;
                    } else {
                        Print.hexBuf(c, addr, len);
                    }
                }
                break;
            }
            ByteBuffer h = read(c, addr, header);
            if (h == null) {
                if (!abbrev) {
                    if (n > 0) {
                        o.append("... /* ");
                        Print.ptr(c, addr);
                        o.append(" */");
                    } else {
                        Print.ptr(c, addr);
                    }
                }
                break;
            }
            if (!abbrev && n == 0) o.append('[');
            n++;
            int reclen = Short.toUnsignedInt(h.getShort(16));
            if (!abbrev) {
                o.append("{d_ino=").append(Long.toUnsignedString(h.getLong(0)))
                        .append(", d_off=").append(Long.toUnsignedString(h.getLong(8)))
                        .append(", d_reclen=").append(reclen);
            }
            long next = 0, nextLen = 0, used = reclen;
            String note = abbrev ? "d_reclen " : "";
            if (reclen > len) {
                o.append(" /* ").append(note).append(reclen - len).append(" bytes overflow */");
                used = len;
            } else if (reclen < header) {
                o.append(" /* ").append(note).append(header - reclen).append(" bytes underflow */");
                used = header;
                nextLen = len - header;
            } else {
                nextLen = len - reclen;
                if (nextLen != 0) {
                    if (Long.compareUnsigned(addr + reclen, addr) > 0) next = addr + reclen;
                    else o.append(" /* address overflow */");
                }
            }
            len = nextLen;
            if (!abbrev) {
                boolean tailFailed = direntTail(c, addr + header, h, (int) (used - header), is64);
                if (next != 0) {
                    o.append(", ");
                    if (tailFailed) {
                        o.append("...");
                        break;
                    }
                }
            }
            if (next == 0) break;
            addr = next;
        }
        if (!abbrev) {
            if (n > 0) o.append(']');
        } else {
            o.append(" /* ").append(n).append(len != 0 ? "+" : "").append(" entries */");
        }
    }

    /** A record's name and type after its header; true when they could not be read. */
    private static boolean direntTail(Call c, long addr, ByteBuffer h, int rest, boolean is64) {
        StringBuilder o = c.out;
        boolean failed = false;
        if (is64) {
            o.append(", d_type=");
            Print.xval(o, c.opts().xlatStyle, jstrace.table.Xlats.DIRENT_TYPES(), h.get(18) & 0xff, "DT_???");
            if (rest > 0) {
                o.append(", d_name=");
                failed = !pathn(c, addr, Math.min(rest, D_NAME_LEN_MAX) - 1);
            }
        } else if (rest > 0) {
            int nameLen = rest - 1;
            if (nameLen > 0) {
                o.append(", d_name=");
                failed = !pathn(c, addr, Math.min(nameLen, D_NAME_LEN_MAX) - 1);
            }
            o.append(", d_type=");
            ByteBuffer t = read(c, addr + rest - 1, 1);
            if (t == null) {
                Print.ptr(c, addr + rest - 1);
                failed = true;
            } else {
                Print.xval(o, c.opts().xlatStyle, jstrace.table.Xlats.DIRENT_TYPES(), t.get(0) & 0xff, "DT_???");
            }
        }
        o.append('}');
        return failed;
    }

    /** printpathn, telling whether the name was read (strace stops listing records after one that was not). */
    private static boolean pathn(Call c, long addr, int n) {
        int before = c.out.length();
        Print.pathn(c, addr, n);
        return c.out.length() == before || c.out.charAt(before) == '"';
    }
}
