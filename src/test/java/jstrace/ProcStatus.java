package jstrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fields of /proc/PID/status (State, TracerPid, ...): what the tests check of a tracee's state. */
final class ProcStatus {
    private ProcStatus() {}

    /** The value of {@code field} (null if the kernel has no such field); throws if the process is gone. */
    static String field(long pid, String field) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith(field + ":")) return l.substring(field.length() + 1).trim();
        }
        return null;
    }

    /** {@link #field}, or null once the process is gone. */
    static String fieldIfAlive(long pid, String field) {
        try {
            return field(pid, field);
        } catch (IOException e) {
            return null;
        }
    }
}
