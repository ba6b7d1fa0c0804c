package jstrace.nativ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import jnr.posix.Group;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import jnr.posix.Passwd;

/**
 * -u USERNAME: the user's ids and groups, looked up through libc (getpwnam, getgrent, so NSS applies)
 * with jnr-posix; -u UID:GID: the ids as given. jnr-posix takes a while to load, so only this path touches it.
 */
public final class Users {
    private Users() {}

    /** A user found by name: uid, primary gid and the groups initgroups(3) would give. */
    public record User(int uid, int gid, int[] groups) {}

    /** Whether this process runs as root (real and effective uid 0), which -u needs. */
    public static boolean isRoot() {
        return Kernel.syscall(102 /* getuid */, 0) == 0 && Kernel.syscall(107 /* geteuid */, 0) == 0;
    }

    /**
     * strace 6.9+'s -u UID:GID (any spec with a colon): the numeric ids, no lookup, and no
     * supplementary groups (strace then calls setgroups(0, NULL) rather than initgroups). Null when
     * {@code spec} has no colon; IllegalArgumentException when a part is not an id.
     */
    public static User idPair(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) return null;
        long uid = unsignedId(spec, 0), gid = unsignedId(spec, colon + 1);
        if (uid < 0 || gid < 0) throw new IllegalArgumentException("Invalid UID:GID pair '" + spec + "'");
        return new User((int) uid, (int) gid, new int[0]);
    }

    /**
     * strace's string_to_uint_ex for an id: strtoll's number at {@code from} (leading white space and
     * a sign allowed), ended by the string's end or a colon, at most (uid_t) -1 - 1; -1 otherwise.
     */
    private static long unsignedId(String s, int from) {
        int i = from;
        while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) i++;
        boolean negative = i < s.length() && s.charAt(i) == '-';
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        int digits = i;
        long v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            if (v <= 0xFFFF_FFFFL) v = v * 10 + (s.charAt(i) - '0'); // past the limit: stays past it
            i++;
        }
        if (i == digits || negative && v != 0 || v > 0xFFFF_FFFEL) return -1;
        if (i < s.length() && s.charAt(i) != ':') return -1;
        return v;
    }

    /** The user named {@code name}, or null when there is none. */
    public static User lookup(String name) {
        POSIX posix = POSIXFactory.getNativePOSIX();
        Passwd pw = posix.getpwnam(name);
        if (pw == null) return null;
        int gid = (int) pw.getGID();
        // initgroups: the primary group, then every group that lists the user as a member
        Set<Integer> groups = new LinkedHashSet<>();
        groups.add(gid);
        posix.setgrent();
        try {
            for (Group g = posix.getgrent(); g != null; g = posix.getgrent()) {
                String[] members = g.getMembers();
                if (members == null) continue;
                for (String m : members) {
                    if (name.equals(m)) {
                        groups.add((int) g.getGID());
                        break;
                    }
                }
            }
        } finally {
            posix.endgrent();
        }
        return new User((int) pw.getUID(), gid, groups.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * What the child takes before execve, as strace does: the user's ids, except that the effective
     * uid (gid) is the file's owner (group) when the program is set-user-ID (set-group-ID).
     */
    public static Spawner.RunAs runAs(User u, String program) {
        int euid = u.uid(), egid = u.gid();
        try {
            int mode = (Integer) Files.getAttribute(Path.of(program), "unix:mode");
            if ((mode & 04000) != 0) euid = (Integer) Files.getAttribute(Path.of(program), "unix:uid");
            if ((mode & 02000) != 0) egid = (Integer) Files.getAttribute(Path.of(program), "unix:gid");
        } catch (IOException | UnsupportedOperationException | ClassCastException e) {
            // not stat-able here: execve reports it
        }
        return new Spawner.RunAs(u.uid(), u.gid(), euid, egid, u.groups());
    }
}
