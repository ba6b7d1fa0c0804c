package jstrace.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jstrace.table.SyscallTable32;

/**
 * The syscall names and numbers of strace's other personalities on x86_64 (1: i386, from the
 * generated SyscallTable32; 2: x32, from the resource personalities.txt, the kernel's UAPI header).
 * strace accepts them in -e trace= and the other syscall sets (-e trace=mmap2 is valid). An x32
 * name only decides what is valid: jstrace traces x86_64 and i386 calls. Read on first use.
 */
final class OtherPersonalities {
    private OtherPersonalities() {}

    private static List<List<String>> names;
    private static List<Set<Integer>> numbers;

    private static synchronized void load() {
        if (names != null) return;
        List<List<String>> n = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Set<Integer>> nr = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
        try (InputStream in = OtherPersonalities.class.getResourceAsStream("/jstrace/personalities.txt")) {
            if (in == null) throw new IOException("resource /jstrace/personalities.txt is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split(" ");
                nr.get(2).add(Integer.parseInt(f[1]));
                n.get(2).add(f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i <= SyscallTable32.MAX; i++) {
            if (SyscallTable32.NAMES[i] == null) continue;
            nr.get(1).add(i);
            n.get(1).add(SyscallTable32.NAMES[i]);
        }
        numbers = nr;
        names = n;
    }

    /** Whether personality {@code p} has a syscall numbered {@code nr}. */
    static boolean number(int p, int nr) {
        load();
        return numbers.get(p).contains(nr);
    }

    /** Whether personality {@code p} has a syscall called {@code name}. */
    static boolean name(int p, String name) {
        load();
        return names.get(p).contains(name);
    }

    static List<String> names(int p) {
        load();
        return names.get(p);
    }
}
