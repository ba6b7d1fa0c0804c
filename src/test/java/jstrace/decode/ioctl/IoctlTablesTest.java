package jstrace.decode.ioctl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jstrace.table.Xlats;
import org.junit.jupiter.api.Test;

/** The tables the ioctl decoders rely on: request names sorted by code, every family's rules naming known requests. */
class IoctlTablesTest {
    @Test
    void requestNamesAreSortedByCode() {
        long[] v = Xlats.IOCTL_NAMES().values;
        for (int i = 1; i < v.length; i++) {
            assertTrue(v[i - 1] <= v[i], "ioctl_names.xlat not sorted by code at entry " + i + ": binary search fails");
        }
    }

    /** A family's rules name requests of ioctl_names.xlat: a name missing there fails the class's initialisation. */
    @Test
    void everyFamilyInitialises() throws IOException {
        Path dir = Path.of("src/main/java/jstrace/decode/ioctl");
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Ioctl.java"))
                    .map(n -> "jstrace.decode.ioctl." + n.substring(0, n.length() - 5))
                    .forEach(cls -> assertDoesNotThrow(() -> Class.forName(cls, true, getClass().getClassLoader()), cls));
        }
    }
}
