package jstrace.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** /proc/PID/maps as strace's mmap cache reads it. */
class MappingsTest {
    private static final String MAPS = String.join("\n",
            "55d0c4a00000-55d0c4a02000 r--p 00000000 08:01 1311 /usr/bin/echo",
            "55d0c4a02000-55d0c4a06000 r-xp 00002000 08:01 1311 /usr/bin/echo",
            "55d0c5b7c000-55d0c5b9d000 rw-p 00000000 00:00 0                          [heap]",
            "7f2e8c026000-7f2e8c17c000 r-xp 00026000 08:01 2049                       /usr/lib/x86_64-linux-gnu/libc.so.6",
            "7f2e8c200000-7f2e8c201000 rw-p 00000000 00:00 0 ",
            "7f2e8c300000-7f2e8c301000 r-xp 00000000 08:01 77                         /tmp/a b (deleted)",
            "7f2e8c300800-7f2e8c302000 r-xp 00000000 08:01 78                         /tmp/overlaps",
            "7ffd1f9e1000-7ffd1f9e3000 r-xp 00000000 00:00 0                          [vdso]",
            "ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]",
            "ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]",
            "");

    @Test
    void fileMappingsAreKeptAnonymousOnesAreNot() {
        Mappings m = Mappings.parse(MAPS.getBytes(StandardCharsets.ISO_8859_1), 1);
        int text = m.find(0x55d0c4a03000L);
        assertEquals("/usr/bin/echo", m.path(text));
        assertTrue(m.executable(text));
        assertEquals(0x3000L, m.fileOffset(text, 0x55d0c4a03000L));
        assertFalse(m.executable(m.find(0x55d0c4a00010L)));
        int heap = m.find(0x55d0c5b7c100L);
        assertEquals("[heap]", m.path(heap), "a name in brackets counts as a path, as in strace");
        assertFalse(m.executable(heap));
        int libc = m.find(0x7f2e8c026000L + 0xd2a4L);
        assertEquals("/usr/lib/x86_64-linux-gnu/libc.so.6", m.path(libc));
        assertEquals(0x26000L + 0xd2a4L, m.fileOffset(libc, 0x7f2e8c026000L + 0xd2a4L));
        assertEquals(-1, m.find(0x7f2e8c200010L), "anonymous memory");
        assertEquals("/tmp/a b (deleted)", m.path(m.find(0x7f2e8c300900L)), "the overlapping region was left out");
        assertEquals(-1, m.find(0x7f2e8c301800L));
        assertEquals("[vdso]", m.path(m.find(0x7ffd1f9e1100L)));
        assertEquals("[vsyscall]", m.path(m.find(0xffffffffff600400L)));
        assertEquals(-1, m.find(0L));
        assertEquals(-1, m.find(-1L));
        assertEquals(1, m.generation);
    }

    @Test
    void nothingToCacheIsNull() {
        assertNull(Mappings.parse("7f2e8c200000-7f2e8c201000 rw-p 00000000 00:00 0 \n".getBytes(StandardCharsets.ISO_8859_1), 1));
        assertNull(Mappings.parse(new byte[0], 1));
        assertNull(Mappings.parse("garbage\n".getBytes(StandardCharsets.ISO_8859_1), 1));
    }

    @Test
    void theMapsOfThisProcessCanBeRead() {
        Mappings m = Mappings.read((int) ProcessHandle.current().pid(), 7);
        assertTrue(m != null && m.generation == 7);
        assertNull(Mappings.read(0, 1), "no /proc/0/maps");
    }
}
