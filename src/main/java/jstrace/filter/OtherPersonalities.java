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

/**
 * The syscall names and numbers of strace's other personalities on x86_64 (1: i386, 2: x32), from
 * the resource personalities.txt (the kernel's UAPI headers). strace accepts them in -e trace= and
 * the other syscall sets (-e trace=mmap2 is valid, it selects no x86_64 call); jstrace traces the
 * x86_64 personality only, so they only decide what is valid. Read on first use.
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
                int p = f[0].equals("32") ? 1 : 2;
                nr.get(p).add(Integer.parseInt(f[1]));
                n.get(p).add(f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
