package jstrace.decode;

import java.nio.ByteBuffer;

import jstrace.table.Xlats;

/**
 * SysV IPC control calls (msgctl, shmctl, semctl) with the kernel's 64-bit structs (msqid64_ds,
 * shmid64_ds, semid64_ds and the info structs), and msgsnd/msgrcv's message buffer.
 */
public final class IpcDecoders {
    private IpcDecoders() {}

    private static final int IPC_64 = 0x100, IPC_RMID = 0, IPC_SET = 1, IPC_STAT = 2, IPC_INFO = 3;
    private static final int MSG_STAT = 11, MSG_INFO = 12, MSG_STAT_ANY = 13;
    private static final int SHM_STAT = 13, SHM_INFO = 14, SHM_STAT_ANY = 15;
    private static final int SEM_STAT = 18, SEM_INFO = 19, SEM_STAT_ANY = 20;
    /** struct ipc64_perm, and the x86_64 sizes of the structs after it. */
    private static final int PERM_SIZE = 48, MSQID_SIZE = 120, MSGINFO_SIZE = 32, SHMID_SIZE = 112,
            SHMINFO_SIZE = 72, SHM_INFO_SIZE = 48, SEMID_SIZE = 104, SEMINFO_SIZE = 40, MSGBUF_SIZE = 16;

    /** The struct kinds a control command reads or writes. */
    private enum Buf { NONE, DS, INFO, SHM_INFO }

    @Decodes("msgctl")
    public static int msgctl(Call c) {
        int cmd = (int) c.args[1] & ~IPC_64;
        Buf kind = switch (cmd) {
            case IPC_SET, IPC_STAT, MSG_STAT, MSG_STAT_ANY -> Buf.DS;
            case IPC_INFO, MSG_INFO -> Buf.INFO;
            default -> Buf.NONE;
        };
        return control(c, 0, Xlats.MSGCTL_FLAGS(), kind, c.args[2], IpcDecoders::msqid);
    }

    @Decodes("shmctl")
    public static int shmctl(Call c) {
        int cmd = (int) c.args[1] & ~IPC_64;
        Buf kind = switch (cmd) {
            case IPC_SET, IPC_STAT, SHM_STAT, SHM_STAT_ANY -> Buf.DS;
            case IPC_INFO -> Buf.INFO;
            case SHM_INFO -> Buf.SHM_INFO;
            default -> Buf.NONE;
        };
        return control(c, 0, Xlats.SHMCTL_FLAGS(), kind, c.args[2], IpcDecoders::shmid);
    }

    @Decodes("semctl")
    public static int semctl(Call c) {
        int cmd = (int) c.args[2] & ~IPC_64;
        Buf kind = switch (cmd) {
            case IPC_SET, IPC_STAT, SEM_STAT, SEM_STAT_ANY -> Buf.DS;
            case IPC_INFO, SEM_INFO -> Buf.INFO;
            default -> Buf.NONE;
        };
        return control(c, 1, Xlats.SEMCTL_FLAGS(), kind, c.args[3], IpcDecoders::semid);
    }

    /** Prints one struct of a command: {@code cmd} without IPC_64. */
    private interface StructPrinter {
        void print(Call c, long addr, int cmd, Buf kind);
    }

    /**
     * The id, semctl's semnum ({@code extra} 1), the command and the buffer: IPC_SET's at entry, the
     * ones the kernel fills at exit, the address for the other commands.
     */
    private static int control(Call c, int extra, Xlat cmds, Buf kind, long addr, StructPrinter printer) {
        int cmdArg = 1 + extra;
        int cmd = (int) c.args[cmdArg] & ~IPC_64;
        if (!c.exiting) {
            Print.sint(c, c.args[0]);
            c.sep();
            if (extra == 1) {
                Print.sint(c, c.args[1]);
                c.sep();
            }
            command(c, cmds, c.args[cmdArg]);
            c.sep();
            if (kind == Buf.NONE) {
                Print.ptr(c, addr);
                return Call.DONE;
            }
            if (cmd == IPC_SET) {
                printer.print(c, addr, cmd, kind);
                return Call.DONE;
            }
            return 0;
        }
        printer.print(c, addr, cmd, kind);
        return 0;
    }

    /** IPC_64|IPC_STAT: the IPC_64 bit by name, then the command. */
    private static void command(Call c, Xlat cmds, long arg) {
        int v = (int) arg;
        int style = c.opts().xlatStyle;
        if ((v & IPC_64) != 0) {
            if (style == Decoding.XLAT_ABBREV) c.out.append("IPC_64");
            else {
                Print.hex(c.out, IPC_64);
                if (style == Decoding.XLAT_VERBOSE) c.out.append(" /* IPC_64 */");
            }
            c.out.append('|');
        }
        Print.xval(c.out, style, cmds, v & ~IPC_64, null);
    }

    /** {uid=N, gid=N, mode=0NNN[, key=N, cuid=N, cgid=N]}: IPC_SET sets only the first three. */
    private static void perm(Call c, ByteBuffer b, String name, int cmd) {
        StringBuilder o = c.out;
        o.append('{').append(name).append("={uid=");
        Print.id(c, Integer.toUnsignedLong(b.getInt(4)));
        o.append(", gid=");
        Print.id(c, Integer.toUnsignedLong(b.getInt(8)));
        o.append(", mode=").append(String.format("%#03o", b.getShort(20) & 0xffff));
        if (cmd != IPC_SET) {
            o.append(", key=").append(Integer.toUnsignedString(b.getInt(0))).append(", cuid=");
            Print.id(c, Integer.toUnsignedLong(b.getInt(12)));
            o.append(", cgid=");
            Print.id(c, Integer.toUnsignedLong(b.getInt(16)));
        }
        o.append('}');
    }

    private static ByteBuffer fetch(Call c, long addr, int size) {
        ByteBuffer b = Structs.fetch(c, addr, size);
        if (b == null) Print.ptr(c, addr);
        return b;
    }

    private static void field(StringBuilder o, String name, long v) {
        o.append(", ").append(name).append('=').append(Long.toUnsignedString(v));
    }

    private static void intFields(StringBuilder o, ByteBuffer b, String... names) {
        for (int i = 0; i < names.length; i++) {
            o.append(i == 0 ? "{" : ", ").append(names[i]).append('=').append(b.getInt(4 * i));
        }
    }

    private static void msqid(Call c, long addr, int cmd, Buf kind) {
        StringBuilder o = c.out;
        if (kind == Buf.INFO) {
            ByteBuffer b = fetch(c, addr, MSGINFO_SIZE);
            if (b == null) return;
            intFields(o, b, "msgpool", "msgmap", "msgmax", "msgmnb", "msgmni", "msgssz", "msgtql");
            o.append(", msgseg=").append(b.getShort(28) & 0xffff).append('}');
            return;
        }
        ByteBuffer b = fetch(c, addr, MSQID_SIZE);
        if (b == null) return;
        perm(c, b, "msg_perm", cmd);
        if (cmd != IPC_SET) {
            field(o, "msg_stime", b.getLong(48));
            field(o, "msg_rtime", b.getLong(56));
            field(o, "msg_ctime", b.getLong(64));
            field(o, "msg_qnum", b.getLong(80));
        }
        field(o, "msg_qbytes", b.getLong(88));
        if (cmd != IPC_SET) {
            o.append(", msg_lspid=").append(b.getInt(96)).append(", msg_lrpid=").append(b.getInt(100));
        }
        o.append('}');
    }

    private static void shmid(Call c, long addr, int cmd, Buf kind) {
        StringBuilder o = c.out;
        if (kind == Buf.INFO) {
            ByteBuffer b = fetch(c, addr, SHMINFO_SIZE);
            if (b == null) return;
            String[] names = {"shmmax", "shmmin", "shmmni", "shmseg", "shmall"};
            for (int i = 0; i < names.length; i++) {
                o.append(i == 0 ? "{" : ", ").append(names[i]).append('=').append(Long.toUnsignedString(b.getLong(8 * i)));
            }
            o.append('}');
            return;
        }
        if (kind == Buf.SHM_INFO) {
            ByteBuffer b = fetch(c, addr, SHM_INFO_SIZE);
            if (b == null) return;
            o.append("{used_ids=").append(b.getInt(0));
            field(o, "shm_tot", b.getLong(8));
            field(o, "shm_rss", b.getLong(16));
            field(o, "shm_swp", b.getLong(24));
            field(o, "swap_attempts", b.getLong(32));
            field(o, "swap_successes", b.getLong(40));
            o.append('}');
            return;
        }
        ByteBuffer b = fetch(c, addr, SHMID_SIZE);
        if (b == null) return;
        perm(c, b, "shm_perm", cmd);
        if (cmd != IPC_SET) {
            field(o, "shm_segsz", b.getLong(48));
            o.append(", shm_cpid=");
            Print.pid(c, b.getInt(80));
            o.append(", shm_lpid=");
            Print.pid(c, b.getInt(84));
            field(o, "shm_nattch", b.getLong(88));
            field(o, "shm_atime", b.getLong(56));
            field(o, "shm_dtime", b.getLong(64));
            field(o, "shm_ctime", b.getLong(72));
        }
        o.append('}');
    }

    private static void semid(Call c, long addr, int cmd, Buf kind) {
        StringBuilder o = c.out;
        if (kind == Buf.INFO) {
            ByteBuffer b = fetch(c, addr, SEMINFO_SIZE);
            if (b == null) return;
            intFields(o, b, "semmap", "semmni", "semmns", "semmnu", "semmsl", "semopm", "semume", "semusz",
                    "semvmx", "semaem");
            o.append('}');
            return;
        }
        ByteBuffer b = fetch(c, addr, SEMID_SIZE);
        if (b == null) return;
        perm(c, b, "sem_perm", cmd);
        if (cmd != IPC_SET) {
            field(o, "sem_otime", b.getLong(48));
            // x86_64's semid64_ds has a reserved word after each time
            field(o, "sem_ctime", b.getLong(64));
            field(o, "sem_nsems", b.getLong(80));
        }
        o.append('}');
    }

    /** msgsnd/msgrcv's struct msgbuf: {mtype=N, mtext="..."} with {@code count} bytes of text. */
    @PrintsStruct("msgbuf")
    public static void msgbuf(Call c, long addr, long count) {
        ByteBuffer b = Structs.fetch(c, addr, MSGBUF_SIZE); // strace reads the whole struct msgbuf
        if (!Structs.readable(c, addr, b)) return;
        c.out.append("{mtype=").append(b.getLong(0)).append(", mtext=");
        Print.buf(c, addr + 8, count);
        c.out.append('}');
    }
}
