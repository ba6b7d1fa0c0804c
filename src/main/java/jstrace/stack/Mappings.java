package jstrace.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One process's file mappings, read from /proc/TID/maps as strace's mmap cache reads them: lines
 * without a path (anonymous memory) are left out, and so are lines with an unknown protection, the
 * duplicates of the line before ([vsyscall]) and regions that overlap an earlier one.
 */
final class Mappings {
    /** Sorted, non-overlapping: start, end, file offset; whether executable; the path as the kernel prints it. */
    private final long[] start, end, offset;
    private final boolean[] exec;
    private final String[] path;
    private final int size;
    /** The mapping generation this was read in (see {@link Unwinder#mappingsChanged}). */
    final long generation;

    private Mappings(long[] start, long[] end, long[] offset, boolean[] exec, String[] path, int size, long generation) {
        this.start = start;
        this.end = end;
        this.offset = offset;
        this.exec = exec;
        this.path = path;
        this.size = size;
        this.generation = generation;
    }

    /** The maps of thread {@code tid}, or null when they cannot be read or hold no file mapping. */
    static Mappings read(int tid, long generation) {
        byte[] text;
        try {
            text = Files.readAllBytes(Path.of(jstrace.decode.PidNamespaces.procDir(tid), "maps"));
        } catch (IOException e) {
            return null;
        }
        return parse(text, generation);
    }

    static Mappings parse(byte[] text, long generation) {
        int n = 0;
        for (byte b : text) if (b == '\n') n++;
        long[] s = new long[n + 1], e = new long[n + 1], o = new long[n + 1];
        boolean[] x = new boolean[n + 1];
        String[] p = new String[n + 1];
        int size = 0;
        int at = 0;
        while (at < text.length) {
            int eol = at;
            while (eol < text.length && text[eol] != '\n') eol++;
            Line l = Line.parse(text, at, eol);
            at = eol + 1;
            if (l == null) continue;
            if (Long.compareUnsigned(l.end, l.start) < 0) break; // "unrecognized file format": what was read so far stands
            if (size > 0) {
                if (s[size - 1] == l.start && e[size - 1] == l.end) continue;
                if (Long.compareUnsigned(l.start, s[size - 1]) <= 0 || Long.compareUnsigned(l.start, e[size - 1]) < 0) continue;
            }
            s[size] = l.start;
            e[size] = l.end;
            o[size] = l.offset;
            x[size] = l.exec;
            p[size] = l.path;
            size++;
        }
        if (size == 0) return null;
        return new Mappings(Arrays.copyOf(s, size), Arrays.copyOf(e, size), Arrays.copyOf(o, size), Arrays.copyOf(x, size),
                Arrays.copyOf(p, size), size, generation);
    }

    /** The index of the mapping holding {@code ip}, or -1. */
    int find(long ip) {
        int lo = 0, hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(ip, start[mid]) >= 0 && Long.compareUnsigned(ip, end[mid]) < 0) return mid;
            if (Long.compareUnsigned(ip, start[mid]) < 0) hi = mid - 1;
            else lo = mid + 1;
        }
        return -1;
    }

    boolean executable(int i) {
        return exec[i];
    }

    String path(int i) {
        return path[i];
    }

    /** The position of {@code ip} in mapping {@code i}'s file: what strace prints in brackets. */
    long fileOffset(int i, long ip) {
        return ip - start[i] + offset[i];
    }

    /** One line of /proc/PID/maps: "start-end rwxp offset major:minor inode   path". */
    private record Line(long start, long end, long offset, boolean exec, String path) {
        static Line parse(byte[] t, int from, int to) {
            int[] at = {from};
            long start = hex(t, at, to);
            expect(t, at, to, '-');
            long end = hex(t, at, to);
            expect(t, at, to, ' ');
            if (at[0] < 0 || at[0] + 4 > to) return null;
            byte r = t[at[0]], w = t[at[0] + 1], x = t[at[0] + 2], sh = t[at[0] + 3];
            at[0] += 4;
            if ((r != '-' && r != 'r') || (w != '-' && w != 'w') || (x != '-' && x != 'x') || (sh != 'p' && sh != 's')) {
                return null;
            }
            skipSpaces(t, at, to);
            long offset = hex(t, at, to);
            skipSpaces(t, at, to);
            hex(t, at, to); // major:minor
            expect(t, at, to, ':');
            hex(t, at, to);
            skipSpaces(t, at, to);
            if (at[0] < 0) return null;
            int inodeStart = at[0];
            while (at[0] < to && t[at[0]] >= '0' && t[at[0]] <= '9') at[0]++;
            if (at[0] == inodeStart) return null;
            skipSpaces(t, at, to);
            if (at[0] >= to) return null; // no path: anonymous memory
            String path = new String(t, at[0], to - at[0], java.nio.charset.StandardCharsets.ISO_8859_1);
            return new Line(start, end, offset, x == 'x', path);
        }

        /** Hex digits at at[0] (at least one, else at[0] becomes -1, and stays so: the line is bad). */
        private static long hex(byte[] t, int[] at, int to) {
            if (at[0] < 0) return 0;
            long v = 0;
            int i = at[0];
            while (i < to) {
                int d = Character.digit(t[i], 16);
                if (d < 0) break;
                v = v << 4 | d;
                i++;
            }
            at[0] = i == at[0] ? -1 : i;
            return v;
        }

        private static void expect(byte[] t, int[] at, int to, char c) {
            if (at[0] < 0) return;
            at[0] = at[0] < to && t[at[0]] == c ? at[0] + 1 : -1;
        }

        private static void skipSpaces(byte[] t, int[] at, int to) {
            if (at[0] < 0) return;
            while (at[0] < to && (t[at[0]] == ' ' || t[at[0]] == '\t')) at[0]++;
        }
    }
}
