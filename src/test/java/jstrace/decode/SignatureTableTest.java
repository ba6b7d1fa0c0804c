package jstrace.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * syscall-tables/syscalls.sig against the kernel's syscall_64.tbl: one signature row per x86_64
 * syscall (ABI common or 64; x32 rows are not ours), and no row for a name the table lacks.
 */
class SignatureTableTest {
    private static final Path TABLES = Path.of(System.getProperty("user.dir"), "syscall-tables");

    /** The names of the common/64 rows of syscall_64.tbl. */
    static Set<String> tblNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(TABLES.resolve("syscall_64.tbl"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] f = l.split("\\s+");
            assertTrue(f.length >= 3, "short tbl row: " + line);
            if (f[1].equals("common") || f[1].equals("64")) names.add(f[2]);
            else assertEquals("x32", f[1], "unknown ABI in tbl row: " + line);
        }
        return names;
    }

    /** The first field of each row of syscalls.sig (comments and blank lines skipped), in order. */
    static List<String> sigNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(TABLES.resolve("syscalls.sig"))) {
            String l = line.replaceAll("#.*", "").strip();
            if (!l.isEmpty()) names.add(l.split("\\s+")[0]);
        }
        return names;
    }

    @Test
    void everySyscallHasExactlyOneSignature() throws IOException {
        Map<String, Integer> rows = new HashMap<>();
        for (String n : sigNames()) rows.merge(n, 1, Integer::sum);
        List<String> missing = new ArrayList<>(), repeated = new ArrayList<>();
        for (String n : tblNames()) {
            int count = rows.getOrDefault(n, 0);
            if (count == 0) missing.add(n);
            else if (count > 1) repeated.add(n + " (" + count + " rows)");
        }
        assertEquals(List.of(), missing, "syscalls of syscall_64.tbl without a row in syscalls.sig");
        assertEquals(List.of(), repeated, "syscalls with more than one row in syscalls.sig");
    }

    @Test
    void everySignatureNamesASyscall() throws IOException {
        Set<String> tbl = tblNames();
        List<String> sigs = sigNames();
        assertFalse(sigs.isEmpty(), "no rows in syscalls.sig");
        List<String> unknown = sigs.stream().filter(n -> !tbl.contains(n)).toList();
        assertEquals(List.of(), unknown, "rows of syscalls.sig naming no common/64 syscall of syscall_64.tbl");
    }
}
