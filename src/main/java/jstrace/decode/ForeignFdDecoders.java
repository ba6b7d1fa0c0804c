package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * Calls that name fds of another process, printed with -y as that process's fds (strace's printfd_pid):
 * kcmp(pid1, pid2, type, idx1, idx2), pidfd_getfd(pidfd, targetfd, flags).
 */
public final class ForeignFdDecoders {
    private ForeignFdDecoders() {}

    private static final int KCMP_FILE = 0, KCMP_EPOLL_TFD = 7, KCMP_EPOLL_SLOT_SIZE = 12;

    @Decodes("kcmp")
    public static int kcmp(Call c) {
        int pid1 = (int) c.args[0], pid2 = (int) c.args[1], type = (int) c.args[2];
        long idx1 = c.args[3], idx2 = c.args[4];
        Print.pid(c, pid1);
        c.sep();
        Print.pid(c, pid2);
        c.sep();
        Print.xval(c, Xlats.KCMP_TYPES(), Integer.toUnsignedLong(type));
        switch (type) {
            case KCMP_FILE -> {
                c.sep();
                fdOf(c, pid1, (int) idx1);
                c.sep();
                fdOf(c, pid2, (int) idx2);
            }
            case KCMP_EPOLL_TFD -> {
                c.sep();
                fdOf(c, pid1, (int) idx1);
                c.sep();
                ByteBuffer b = Structs.fetch(c, idx2, KCMP_EPOLL_SLOT_SIZE);
                if (b == null) {
                    Print.ptr(c, idx2);
                    break;
                }
                c.out.append("{efd=");
                fdOf(c, pid2, b.getInt(0));
                c.out.append(", tfd=");
                fdOf(c, pid2, b.getInt(4));
                c.out.append(", toff=").append(Integer.toUnsignedString(b.getInt(8))).append('}');
            }
            case 1, 2, 3, 4, 5, 6 -> { } // VM, FILES, FS, SIGHAND, IO, SYSVSEM: no indexes
            default -> {
                c.sep();
                Print.hex(c, idx1);
                c.sep();
                Print.hex(c, idx2);
            }
        }
        return Call.DONE;
    }

    /** pidfd_getfd: targetfd is an fd of the process the pidfd refers to. */
    @Decodes("pidfd_getfd")
    public static int pidfdGetfd(Call c) {
        int pidfd = (int) c.args[0], targetfd = (int) c.args[1];
        Print.fd(c, pidfd);
        c.sep();
        int target = pidfd >= 0 ? FdDetails.pidfdPid(c.tracee.pid, pidfd) : -1;
        if (target > 0) fdOf(c, target, targetfd);
        else Print.sint(c, targetfd);
        c.sep();
        Print.hex(c, Integer.toUnsignedLong((int) c.args[2]));
        return Call.DONE | Call.RET_FD;
    }

    /** fd {@code fd} of process {@code pid} (strace's printfd_pid_tracee_ns). */
    private static void fdOf(Call c, int pid, int fd) {
        int s = c.out.length();
        c.out.append(fd);
        if (fd >= 0 && pid > 0 && c.opts().decodeFds != 0) FdDetails.append(c.out, c.tracee, pid, fd, c.opts());
        c.described(Description.FD, s, fd, null);
    }
}
