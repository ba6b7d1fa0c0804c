package jstrace.filter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.SyscallClass;
import jstrace.table.SyscallTable;
import jstrace.tracer.Tracee;

/**
 * -P PATH and --trace-fds=SET: a call is printed only when one of its arguments refers to a traced
 * path or fd. Which arguments name files comes from the signatures (fd, dirfd, path, pollfd arrays,
 * fd_sets: the generated ARG_ROLES); a path argument matches by its text, an fd by the path it is
 * open on (/proc/PID/fd) or by its number being in the fd set. Only file, desc and net calls qualify.
 */
public final class PathFilter {
    private static final int PATH_MAX = 4096, FD_SETSIZE_LIMIT = 1024 * 1024, MAX_POLLFDS = 1024 * 1024;

    private final List<byte[]> paths = new ArrayList<>();
    private final NumberSet fds;
    private final byte[] scratch = new byte[PATH_MAX + 1];

    private PathFilter(NumberSet fds) {
        this.fds = fds;
    }

    /**
     * The filter for -P paths (each also by its canonical form, announced as strace does unless
     * quiet) and the --trace-fds set (may be null); null when neither was given.
     */
    public static PathFilter of(List<String> tracePaths, NumberSet traceFds, boolean quietResolution,
            Consumer<String> notice) {
        if (tracePaths.isEmpty() && traceFds == null) return null;
        PathFilter f = new PathFilter(traceFds);
        for (String p : tracePaths) {
            f.add(p.getBytes(StandardCharsets.UTF_8));
            String real;
            try {
                real = Path.of(p).toRealPath().toString();
            } catch (IOException | RuntimeException e) {
                continue; // strace keeps the path as given when realpath fails
            }
            if (real.equals(p)) continue;
            if (!quietResolution) notice.accept("Requested path " + quoted(p) + " resolved into " + quoted(real));
            f.add(real.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        Print.quote(b, raw, raw.length, 0);
        return b.toString();
    }

    private void add(byte[] p) {
        for (byte[] q : paths) {
            if (Arrays.equals(p, q)) return;
        }
        paths.add(p);
    }

    /** Whether the call (at entry) touches a traced path or fd. */
    public boolean matches(Call c) {
        Tracee t = c.tracee;
        int nr = c.tableNr();
        if (nr < 0 || nr > SyscallTable.MAX) return false;
        if ((SyscallTable.CLASSES[nr] & (SyscallClass.FILE | SyscallClass.DESC | SyscallClass.NET)) == 0) return false;
        if (nr == NR_FSCONFIG) return fsconfigMatches(t, c);
        int roles = SyscallTable.ARG_ROLES[nr];
        for (int i = 0; i < 6 && roles != 0; i++, roles >>>= 4) {
            boolean hit = switch (roles & 15) {
                case SyscallTable.ARG_FD -> fdMatches(t, (int) c.args[i]);
                case SyscallTable.ARG_PATH -> pathMatches(c, c.args[i]);
                case SyscallTable.ARG_POLLFDS -> pollfdsMatch(t, c, c.args[i], (int) c.args[i + 1]);
                case SyscallTable.ARG_FDSET -> fdSetMatches(t, c, c.args[i], (int) c.args[0]);
                default -> false;
            };
            if (hit) return true;
        }
        return false;
    }

    private static final int NR_FSCONFIG = 431, FSCONFIG_SET_PATH = 3, FSCONFIG_SET_PATH_EMPTY = 4, FSCONFIG_SET_FD = 5;

    /** fsconfig as strace matches it: not by its fs context fd, only by the path and dirfd or fd some commands pass. */
    private boolean fsconfigMatches(Tracee t, Call c) {
        return switch ((int) c.args[1]) {
            case FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY -> fdMatches(t, (int) c.args[4]) || pathMatches(c, c.args[3]);
            case FSCONFIG_SET_FD -> fdMatches(t, (int) c.args[4]);
            default -> false;
        };
    }

    private boolean fdMatches(Tracee t, int fd) {
        if (fd < 0) return false;
        if (fds != null && fds.contains(fd)) return true;
        if (paths.isEmpty()) return false;
        byte[] p = t.fdPathBytes(fd);
        return p != null && known(p, p.length);
    }

    private boolean pathMatches(Call c, long addr) {
        if (paths.isEmpty() || addr == 0) return false;
        int n = c.mem().readString(addr, scratch, PATH_MAX);
        return n > 0 && n < PATH_MAX && known(scratch, n);
    }

    private boolean known(byte[] b, int n) {
        for (byte[] p : paths) {
            if (p.length == n && Arrays.equals(p, 0, n, b, 0, n)) return true;
        }
        return false;
    }

    private boolean pollfdsMatch(Tracee t, Call c, long addr, int count) {
        if (count <= 0 || addr == 0) return false;
        byte[] entry = new byte[8];
        for (int i = 0; i < Math.min(count, MAX_POLLFDS); i++) {
            if (c.mem().read(addr + 8L * i, entry, 8) != 8) return false;
            int fd = (entry[0] & 0xff) | (entry[1] & 0xff) << 8 | (entry[2] & 0xff) << 16 | entry[3] << 24;
            if (fdMatches(t, fd)) return true;
        }
        return false;
    }

    private boolean fdSetMatches(Tracee t, Call c, long addr, int nfds) {
        if (nfds <= 0 || addr == 0) return false;
        int n = Math.min(nfds, FD_SETSIZE_LIMIT);
        byte[] set = new byte[((n + 63) / 64) * 8];
        if (c.mem().read(addr, set, set.length) != set.length) return false;
        for (int fd = 0; fd < n; fd++) {
            if ((set[fd >> 3] & (1 << (fd & 7))) != 0 && fdMatches(t, fd)) return true;
        }
        return false;
    }
}
