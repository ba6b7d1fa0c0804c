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
 * with jnr-posix. jnr-posix takes a while to load, so only this path touches it.
 */
public final class Users {
    private Users() {}

    /** A user found by name: uid, primary gid and the groups initgroups(3) would give. */
    public record User(int uid, int gid, int[] groups) {}

    /** Whether this process runs as root (real and effective uid 0), which -u needs. */
    public static boolean isRoot() {
        return Kernel.syscall(102 /* getuid */, 0) == 0 && Kernel.syscall(107 /* geteuid */, 0) == 0;
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
