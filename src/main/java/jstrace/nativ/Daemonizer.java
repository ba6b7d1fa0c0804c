package jstrace.nativ;

import static jstrace.nativ.Kernel.MEM;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jstrace.decode.Errno;

/**
 * -D, -DD, -DDD: the traced command runs in jstrace's own process (the pid its shell waits for) and
 * the tracer is a detached grandchild (-DD: in its own process group, -DDD: its own session).
 *
 * <p>A JVM cannot fork, so the roles are swapped by exec: this process starts a second JVM in the
 * background (through {@code sh -c '"$@" &'}, which exits at once, leaving it a grandchild) with the
 * hidden option {@code --daemon-attach=PID,FD,LEVEL}; then it execs {@code execwait}, a
 * single-threaded program of a few instructions (src/main/asm/execwait.S, run from a memfd), which
 * blocks in read(1023) until the tracer has seized it and writes to the pipe, then execs the command
 * with the environment jstrace was given. The command so keeps the pid, parent, fds, signal mask and
 * ignored signals the shell gave jstrace.
 */
public final class Daemonizer {
    private Daemonizer() {}

    /** The fd execwait waits on. */
    static final int SYNC_FD = 1023;
    private static final int PIPE2 = 293, DUP2 = 33, CLOSE_RANGE = 436, CLOSE_RANGE_CLOEXEC = 4,
            MEMFD_CREATE = 319, EXECVEAT = 322, AT_EMPTY_PATH = 0x1000, MFD_CLOEXEC = 1, SIG_SETMASK = 2;

    /**
     * Starts the tracer JVM for this process and becomes the command. Returns only on failure (the
     * message says what failed).
     */
    public static String becomeCommand(byte[] path, List<byte[]> argv, List<byte[]> env, long sigmask, long ignored,
            int[] keptFds, int level, List<String> jstraceArgs) {
        NativeBuffer fds = new NativeBuffer(8);
        long r = Kernel.syscall(PIPE2, fds.address, 0);
        if (Kernel.failed(r)) return "pipe2: " + Errno.message((int) -r);
        int readEnd = fds.getInt(0), writeEnd = fds.getInt(4);
        int self = (int) Kernel.syscall(Sys.GETPID, 0);

        // the tracer: this JVM's own command line with the user's arguments replaced
        List<byte[]> tracer = new ArrayList<>();
        tracer.add(b("sh"));
        tracer.add(b("-c"));
        tracer.add(b("\"$@\" &"));
        tracer.add(b("sh"));
        List<byte[]> jvm = ownCommandLine();
        if (jvm == null) return "cannot read /proc/self/cmdline";
        tracer.addAll(jvm);
        tracer.add(b("--daemon-attach=" + self + "," + writeEnd + "," + level));
        for (String a : jstraceArgs) tracer.add(b(a));
        int[] tracerFds = new int[keptFds.length + 1];
        System.arraycopy(keptFds, 0, tracerFds, 0, keptFds.length);
        tracerFds[keptFds.length] = writeEnd;
        List<byte[]> ownEnv = new ArrayList<>();
        System.getenv().forEach((k, v) -> ownEnv.add(b(k + "=" + v)));
        int sh = Spawner.startUntraced(new Spawner.Request(b("/bin/sh"), tracer, ownEnv, 0, 0, tracerFds, 0, false, false));
        NativeBuffer status = new NativeBuffer(8);
        Kernel.syscall(Sys.WAIT4, sh, status.address, 0, 0); // sh exits once java is in the background

        Kernel.syscall(Sys.CLOSE, writeEnd);
        if (readEnd != SYNC_FD) {
            Kernel.syscall(DUP2, readEnd, SYNC_FD);
            Kernel.syscall(Sys.CLOSE, readEnd);
        }
        // every fd the shell did not give us closes at the exec (not now: JVM threads still use them)
        int[] keep = new int[keptFds.length + 1];
        System.arraycopy(keptFds, 0, keep, 0, keptFds.length);
        keep[keptFds.length] = SYNC_FD;
        for (long range : Spawner.closeRanges(keep)) {
            Kernel.syscall(CLOSE_RANGE, range >>> 32, range & 0xffffffffL, CLOSE_RANGE_CLOEXEC);
        }
        // ignored signals stay ignored across exec, caught ones become SIG_DFL; the mask is this thread's
        NativeBuffer act = new NativeBuffer(32);
        act.putLong(0, 1); // SIG_IGN
        for (int sig = 1; sig <= 64; sig++) {
            if ((ignored & (1L << (sig - 1))) != 0) Kernel.syscall(Sys.RT_SIGACTION, sig, act.address, 0, 8);
        }
        NativeBuffer mask = new NativeBuffer(8);
        mask.putLong(0, sigmask);
        Kernel.syscall(Sys.RT_SIGPROCMASK, SIG_SETMASK, mask.address, 0, 8);

        long memfd = Kernel.syscall(MEMFD_CREATE, NativeBuffer.cString(b("execwait")), MFD_CLOEXEC);
        if (Kernel.failed(memfd)) return "memfd_create: " + Errno.message((int) -memfd);
        byte[] elf = elf(Kernel.EXEC_WAIT_CODE);
        long buf = MEM.allocateMemory(elf.length, false);
        MEM.putByteArray(buf, elf, 0, elf.length);
        Kernel.syscall(Sys.WRITE, memfd, buf, elf.length);
        List<byte[]> args = new ArrayList<>();
        args.add(b("execwait"));
        args.add(path);
        args.addAll(argv);
        long empty = NativeBuffer.cString(new byte[0]);
        long e = Kernel.syscall(EXECVEAT, memfd, empty, Spawner.pointerArray(args), Spawner.pointerArray(env), AT_EMPTY_PATH);
        return "execveat: " + Errno.message((int) -e);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * /proc/self/cmdline up to and including "-jar JAR" or the main class (scripts/jstrace runs
     * {@code -cp JAR jstrace.Main}), or null.
     */
    static List<byte[]> ownCommandLine() {
        byte[] raw;
        try {
            raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException e) {
            return null;
        }
        List<byte[]> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                words.add(java.util.Arrays.copyOfRange(raw, start, i));
                start = i + 1;
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (new String(words.get(i), StandardCharsets.UTF_8).equals("-jar")) return new ArrayList<>(words.subList(0, i + 2));
        }
        for (int i = 0; i < words.size(); i++) {
            if (new String(words.get(i), StandardCharsets.UTF_8).equals(jstrace.Main.class.getName())) {
                return new ArrayList<>(words.subList(0, i + 1));
            }
        }
        return null;
    }

    /** A minimal static x86-64 ELF executable whose one loadable segment is {@code code}, entered at its start. */
    static byte[] elf(byte[] code) {
        final int ehsize = 64, phsize = 56;
        final long base = 0x400000;
        ByteBuffer e = ByteBuffer.allocate(ehsize + phsize + code.length).order(ByteOrder.LITTLE_ENDIAN);
        elfHeader(e, 2 /* ET_EXEC */, base + ehsize + phsize, 1);
        e.putInt(1); // PT_LOAD
        e.putInt(5); // PF_R | PF_X
        e.putLong(0); // from file offset 0
        e.putLong(base);
        e.putLong(base);
        e.putLong(ehsize + phsize + code.length);
        e.putLong(ehsize + phsize + code.length);
        e.putLong(0x1000);
        e.put(code);
        return e.array();
    }

    /** The 64-byte header of an x86-64 ELF file of {@code type} whose {@code phnum} program headers follow it. */
    static void elfHeader(ByteBuffer e, int type, long entry, int phnum) {
        e.put(new byte[] {0x7f, 'E', 'L', 'F', 2 /* 64-bit */, 1 /* little-endian */, 1 /* version */, 0 /* SysV */});
        e.put(new byte[8]);
        e.putShort((short) type);
        e.putShort((short) 62); // EM_X86_64
        e.putInt(1);
        e.putLong(entry);
        e.putLong(64); // program headers
        e.putLong(0); // no section headers
        e.putInt(0);
        e.putShort((short) 64); // e_ehsize
        e.putShort((short) 56); // e_phentsize
        e.putShort((short) phnum);
        e.putShort((short) 64); // e_shentsize
        e.putShort((short) 0);
        e.putShort((short) 0);
    }
}
