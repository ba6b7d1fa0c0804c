package jstrace.nativ;

/**
 * Raw Linux system calls from Java.
 *
 * <p>Two JNI functions ({@link JniStub}, src/main/asm/jni.S): {@code syscall6} (returns the kernel's
 * result, {@code -errno} on failure, so no libc errno is involved) and {@code call6} (calls a C
 * function by address). Machine-code stubs (sources in {@code src/main/asm/}) live in one mmap'd page
 * and are called through call6: {@code spawn} (fork + child set-up + execve, see {@link Spawner}),
 * the signal handlers. None of this loads jffi: only the stack tracer's libraries (-k) do.
 */
public final class Kernel {
    private Kernel() {}

    /** Bytes of src/main/asm/spawn.S (checked by KernelStubTest where {@code as} exists). */
    static final byte[] SPAWN_CODE = bytes(
            "53415441554889fbb8390000000f054885c00f8598010000b80e000000bf02000000488d731831d241ba080000000f05"
            + "4c8b632041bd0100000041f6c4017416b80d0000004489ef488d733831d241ba080000000f0549d1ec41ffc54183fd41"
            + "72d84c8ba3a80000004c8babb00000004d85ed7419b821000000418b3c24418b7424040f054983c40849ffcdebe2488b"
            + "bbb80000004885ff7410b8500000000f054885c00f85fa0000004c8b63284c8b6b304d85ed741bb8b4010000418b3c24"
            + "418b74240431d20f054983c40849ffcdebe048837b60007410b86500000031ff31f631d24531d20f05b8270000000f05"
            + "89c7be13000000b83e0000000f0548837b5800743548837b68007419b89d000000bf26000000be0100000031d24531d2"
            + "4531c00f05b89d000000bf16000000be02000000488b53580f0548837b70007451b874000000488bbb80000000488b73"
            + "780f054885c0754cb877000000488bbb88000000488bb3900000004889f20f054885c0752fb875000000488bbb980000"
            + "00488bb3a00000004889f20f054885c07512488b3b488b7308488b5310b83b0000000f05bf01000000b8e70000000f05"
            + "415d415c5bc3");

    /** Bytes of src/main/asm/execwait.S, the program -D runs in jstrace's own process (see {@link Daemonizer}). */
    static final byte[] EXEC_WAIT_CODE = bytes(
            "4883ec10 31c0 bfff030000 4889e6 ba01000000 0f05 4883f8fc 74e9 4883c410 b803000000 bfff030000 0f05"
            + " 488b0c24 488b7c2410 488d742418 488d54cc10 b83b000000 0f05 bf7f000000 b8e7000000 0f05");

    /** A signal handler that does nothing ("ret") and its restorer (rt_sigreturn), for {@link #installWakeSignal}. */
    static final byte[] NOOP_HANDLER_CODE = bytes("c3");

    /** Bytes of src/main/asm/forward.S; the two 0x1122334455667788 immediates become {@link #FORWARD_DATA}. */
    static final byte[] FORWARD_CODE = bytes("48b98877665544332211 8939 b827000000 0f05 89c7"
            + " 48b98877665544332211 8b7104 ba28000000 b8ea000000 0f05 c3");
    static final byte[] RESTORER_CODE = bytes("b80f000000 0f05");

    private static final int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
    public static final NativeMemory MEM;

    static {
        JniStub.load();
        MEM = new NativeMemory();
    }

    static native long syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

    static native long call6(long fn, long a1, long a2, long a3, long a4, long a5, long a6);

    /** forward's data: the signal that arrived (+0) and the tracer thread's tid (+4). */
    private static final long FORWARD_DATA = MEM.allocateMemory(8, true);
    private static final long SPAWN;
    private static final long NOOP_HANDLER;
    private static final long RESTORER;

    static {
        long page = syscall6(Sys.MMAP, 0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (failed(page)) throw new IllegalStateException("mmap: " + page);
        long spawnAt = page + 64;
        MEM.putByteArray(spawnAt, SPAWN_CODE, 0, SPAWN_CODE.length);
        MEM.putByteArray(page + 512, NOOP_HANDLER_CODE, 0, NOOP_HANDLER_CODE.length);
        MEM.putByteArray(page + 528, RESTORER_CODE, 0, RESTORER_CODE.length);
        MEM.putInt(FORWARD_DATA, 0);
        MEM.putInt(FORWARD_DATA + 4, 0);
        byte[] forward = FORWARD_CODE.clone();
        for (int at : new int[] {2, 23}) { // the movabs immediates
            for (int i = 0; i < 8; i++) forward[at + i] = (byte) (FORWARD_DATA >>> (8 * i));
        }
        MEM.putByteArray(page + 544, forward, 0, forward.length);
        syscall6(Sys.MPROTECT, page, 4096, PROT_READ | PROT_EXEC, 0, 0, 0);
        SPAWN = spawnAt;
        NOOP_HANDLER = page + 512;
        RESTORER = page + 528;
        FORWARD = page + 544;
    }

    private static final long FORWARD;

    /**
     * Makes {@code signals} requests to the thread {@code tid}: each sets a flag ({@link
     * #forwardedSignalSeen}) and sends that thread {@code wake} (see {@link #installWakeSignal}).
     * Raw rt_sigaction, so it works for signals ignored when the JVM started (background jobs of a
     * script ignore SIGINT and SIGQUIT) and whichever thread the kernel picks to handle them.
     */
    public static void forwardSignals(int[] signals, int tid) {
        MEM.putInt(FORWARD_DATA + 4, tid);
        long act = MEM.allocateMemory(32, true);
        MEM.putLong(act, FORWARD);
        MEM.putLong(act + 8, 0x04000000L); // SA_RESTORER
        MEM.putLong(act + 16, RESTORER);
        MEM.putLong(act + 24, 0);
        for (int sig : signals) syscall(Sys.RT_SIGACTION, sig, act, 0, 8);
        MEM.freeMemory(act);
    }

    /** The forwarded signal that arrived last (0: none yet). */
    public static int forwardedSignal() {
        return MEM.getInt(FORWARD_DATA);
    }

    /**
     * Sets {@code signals} to SIG_DFL (-I anywhere: they end jstrace at once) or SIG_IGN (-I never),
     * by raw rt_sigaction, replacing the JVM's own handlers.
     */
    public static void setSignalDisposition(int[] signals, boolean ignore) {
        long act = MEM.allocateMemory(32, true);
        MEM.putLong(act, ignore ? 1 : 0);
        for (int sig : signals) syscall(Sys.RT_SIGACTION, sig, act, 0, 8);
        MEM.freeMemory(act);
    }

    /** syscall(nr, a1..a5) with the sixth kernel argument 0; returns -errno on failure. */
    public static long syscall(long nr, long a1, long a2, long a3, long a4, long a5) {
        return syscall6(nr, a1, a2, a3, a4, a5, 0);
    }

    public static long syscall(long nr, long a1, long a2, long a3, long a4) {
        return syscall(nr, a1, a2, a3, a4, 0);
    }

    public static long syscall(long nr, long a1, long a2, long a3) {
        return syscall(nr, a1, a2, a3, 0, 0);
    }

    public static long syscall(long nr, long a1, long a2) {
        return syscall(nr, a1, a2, 0, 0, 0);
    }

    public static long syscall(long nr, long a1) {
        return syscall(nr, a1, 0, 0, 0, 0);
    }

    /**
     * Calls the C function at {@code function} (a symbol of the JVM's own libc, see {@link #symbol})
     * with up to four integer or pointer arguments; returns its rax.
     */
    static long callC(long function, long a1, long a2, long a3, long a4) {
        return call6(function, a1, a2, a3, a4, 0, 0);
    }

    /** The address of a function of the libraries the JVM has loaded (libc), or 0. */
    static long symbol(String name) {
        return com.kenai.jffi.Library.getDefault().getSymbolAddress(name);
    }

    /** Runs the spawn stub on a prepared block; returns the child's pid or -errno. */
    static long spawn(long block) {
        return call6(SPAWN, block, 0, 0, 0, 0, 0);
    }

    /**
     * Installs a no-op handler for {@code sig} without SA_RESTART: a blocking syscall of the thread the
     * signal is sent to (tgkill) then returns EINTR. The JVM's own handlers restart syscalls, so they
     * cannot wake a thread blocked in wait4.
     */
    public static void installWakeSignal(int sig) {
        long act = MEM.allocateMemory(32, true);
        MEM.putLong(act, NOOP_HANDLER);
        MEM.putLong(act + 8, 0x04000000L); // SA_RESTORER, and no SA_RESTART
        MEM.putLong(act + 16, RESTORER);
        MEM.putLong(act + 24, 0);
        syscall(Sys.RT_SIGACTION, sig, act, 0, 8);
        MEM.freeMemory(act);
    }

    /** True when a raw result is an error (-4095..-1), as the kernel defines it. */
    public static boolean failed(long r) {
        return r < 0 && r >= -4095;
    }

    static byte[] bytes(String hex) {
        String h = hex.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
