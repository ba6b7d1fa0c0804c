package jstrace.nativ;

import static jstrace.nativ.Kernel.MEM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine-code stubs: the bytes in {@link Kernel} are those of src/main/asm/*.S (checked where
 * GNU as and objcopy exist), and raw_syscall passes every argument through, the fifth one included
 * (jnr/jffi are known to garble the sixth native parameter, which is our fifth syscall argument).
 */
class KernelStubTest {
    @TempDir
    Path tmp;

    @Test
    void jniBytesMatchTheSource() throws Exception {
        assertArrayEquals(assemble("jni.S"), JniStub.CODE);
    }

    @Test
    void spawnBytesMatchTheSource() throws Exception {
        assertArrayEquals(assemble("spawn.S"), Kernel.SPAWN_CODE);
    }

    @Test
    void execWaitBytesMatchTheSource() throws Exception {
        assertArrayEquals(assemble("execwait.S"), Kernel.EXEC_WAIT_CODE);
    }

    @Test
    void forwardBytesMatchTheSource() throws Exception {
        assertArrayEquals(assemble("forward.S"), Kernel.FORWARD_CODE);
    }

    @Test
    void stubsFitTheirPlaceInThePage() {
        // Kernel puts spawn at +64 of one 4096-byte page; syscall6 ends with ret where call6 starts
        assertTrue(64 + Kernel.SPAWN_CODE.length <= 512, "spawn must end before the no-op handler at +512");
        assertEquals((byte) 0xc3, JniStub.CODE[JniStub.CALL6_AT - 1], "syscall6 ends with ret");
        assertEquals((byte) 0xc3, Kernel.SPAWN_CODE[Kernel.SPAWN_CODE.length - 1], "ends with ret");
    }

    /** as --64 + objcopy -O binary -j .text: the bytes of the .text section of src/main/asm/NAME. */
    private byte[] assemble(String name) throws Exception {
        assumeTrue(onPath("as") && onPath("objcopy"), "GNU as / objcopy not installed");
        Path src = Path.of(System.getProperty("user.dir"), "src/main/asm", name);
        assertTrue(Files.isRegularFile(src), src.toString());
        Path obj = tmp.resolve(name + ".o"), bin = tmp.resolve(name + ".bin");
        exec("as", "--64", "-o", obj.toString(), src.toString());
        exec("objcopy", "-O", "binary", "-j", ".text", obj.toString(), bin.toString());
        byte[] b = Files.readAllBytes(bin);
        assertTrue(b.length > 0, "empty .text from " + name);
        return b;
    }

    private void exec(String... cmd) throws Exception {
        Path log = tmp.resolve("log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(new File("/dev/null")).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", cmd) + " timed out");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + Files.readString(log));
    }

    static boolean onPath(String prog) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, prog))) return true;
        }
        return false;
    }

    // ---- calling through the stub ------------------------------------------------------------

    @Test
    void getpidIsOurPid() {
        assertEquals(ProcessHandle.current().pid(), Kernel.syscall(Sys.GETPID, 0));
        assertEquals(ProcessHandle.current().pid(), Kernel.syscall(Sys.GETPID, 11, 22, 33, 44, 55));
    }

    @Test
    void theSixthSyscallArgumentArrives() {
        // process_vm_readv's sixth argument is its flags, which must be 0: 1 is refused
        long iov = MEM.allocateMemory(32, true);
        try {
            long pid = ProcessHandle.current().pid();
            assertEquals(0, Kernel.syscall6(Sys.PROCESS_VM_READV, pid, iov, 1, iov + 16, 1, 0));
            assertEquals(-22 /* EINVAL */, Kernel.syscall6(Sys.PROCESS_VM_READV, pid, iov, 1, iov + 16, 1, 1));
        } finally {
            MEM.freeMemory(iov);
        }
    }

    @Test
    void call6CallsACFunctionWithItsArguments() {
        // libc's syscall(SYS_getppid): the function pointer and the first argument pass through
        long syscall = Kernel.symbol("syscall");
        assumeTrue(syscall != 0, "no syscall() in the JVM's libc");
        assertEquals(Kernel.syscall(110 /* getppid */, 0), Kernel.call6(syscall, 110, 0, 0, 0, 0, 0));
        assertEquals(-1, Kernel.call6(syscall, Sys.CLOSE, -1, 0, 0, 0, 0));
    }

    @Test
    void theSharedObjectIsLoadedFromAFileDeletedAtOnce() throws Exception {
        // the JNI stub's file is gone from the directory it was written to; its mapping stays
        String maps = Files.readString(Path.of("/proc/self/maps"));
        assertTrue(maps.contains("jstrace-jni-"), "the stub is mapped");
        for (String line : maps.split("\n")) {
            if (line.contains("jstrace-jni-")) assertTrue(line.endsWith("(deleted)"), line);
        }
    }

    @Test
    void errorsComeBackAsMinusErrno() {
        long r = Kernel.syscall(Sys.CLOSE, -1);
        assertEquals(-9 /* EBADF */, r);
        assertTrue(Kernel.failed(r));
        assertFalse(Kernel.failed(0));
        assertFalse(Kernel.failed(-4096));
        assertTrue(Kernel.failed(-4095));
        assertFalse(Kernel.failed(0x7f0000000000L));
        assertEquals(-38 /* ENOSYS */, Kernel.syscall(100000, 0));
    }

    @Test
    void firstFourArgumentsArriveIntact() {
        // pipe2 would do for two, but read/write with a large count and an offset shows all of a1..a3
        long buf = MEM.allocateMemory(64, true);
        try {
            byte[] text = "jstrace".getBytes();
            MEM.putByteArray(buf, text, 0, text.length);
            long fds = MEM.allocateMemory(8, true);
            assertEquals(0, Kernel.syscall(293 /* pipe2 */, fds, 02000000 /* O_CLOEXEC */));
            int rd = MEM.getInt(fds), wr = MEM.getInt(fds + 4);
            try {
                assertEquals(text.length, Kernel.syscall(Sys.WRITE, wr, buf, text.length));
                assertEquals(3, Kernel.syscall(Sys.READ, rd, buf + 32, 3));
                byte[] got = new byte[3];
                MEM.getByteArray(buf + 32, got, 0, 3);
                assertEquals("jst", new String(got));
                // fcntl(rd, F_GETFD) sees the O_CLOEXEC the second argument of pipe2 asked for
                assertEquals(1 /* FD_CLOEXEC */, Kernel.syscall(Sys.FCNTL, rd, 1 /* F_GETFD */));
            } finally {
                Kernel.syscall(Sys.CLOSE, rd);
                Kernel.syscall(Sys.CLOSE, wr);
                MEM.freeMemory(fds);
            }
        } finally {
            MEM.freeMemory(buf);
        }
    }

    /**
     * process_vm_readv(pid, local_iov, liovcnt, remote_iov, riovcnt, flags): riovcnt is the fifth
     * syscall argument (the stub's sixth native parameter). Reading 2 remote iovecs of 8 bytes gives 16
     * bytes only when riovcnt arrives as 2; 1 gives 8, 0 gives 0, garbage gives EINVAL.
     */
    @Test
    void fifthArgumentArrivesIntact() {
        long src = MEM.allocateMemory(16, true), dst = MEM.allocateMemory(16, true);
        long local = MEM.allocateMemory(16, true), remote = MEM.allocateMemory(32, true);
        try {
            byte[] pattern = HexFormat.of().parseHex("0102030405060708f1f2f3f4f5f6f7f8");
            MEM.putByteArray(src, pattern, 0, 16);
            MEM.setMemory(dst, 16, (byte) 0);
            MEM.putLong(local, dst);
            MEM.putLong(local + 8, 16);
            MEM.putLong(remote, src);
            MEM.putLong(remote + 8, 8);
            MEM.putLong(remote + 16, src + 8);
            MEM.putLong(remote + 24, 8);
            long pid = ProcessHandle.current().pid();

            assertEquals(16, Kernel.syscall(Sys.PROCESS_VM_READV, pid, local, 1, remote, 2));
            byte[] got = new byte[16];
            MEM.getByteArray(dst, got, 0, 16);
            assertArrayEquals(pattern, got);

            assertEquals(8, Kernel.syscall(Sys.PROCESS_VM_READV, pid, local, 1, remote, 1));
            assertEquals(0, Kernel.syscall(Sys.PROCESS_VM_READV, pid, local, 1, remote, 0));
            // IOV_MAX + 1 remote iovecs: EINVAL, so a large fifth argument is not cut to its low bits
            assertEquals(-22 /* EINVAL */, Kernel.syscall(Sys.PROCESS_VM_READV, pid, local, 1, remote, 1025));
            assertEquals(-22, Kernel.syscall(Sys.PROCESS_VM_READV, pid, local, 1, remote, (1L << 32) | 2));
        } finally {
            MEM.freeMemory(src);
            MEM.freeMemory(dst);
            MEM.freeMemory(local);
            MEM.freeMemory(remote);
        }
    }

    /** The four-argument overloads pass 0 as the fifth: riovcnt 0 reads nothing. */
    @Test
    void shorterOverloadsPassZeros() {
        long pid = ProcessHandle.current().pid();
        long local = MEM.allocateMemory(16, true);
        try {
            MEM.putLong(local, local);
            MEM.putLong(local + 8, 8);
            assertEquals(0, Kernel.syscall(Sys.PROCESS_VM_READV, pid, local, 1, local));
        } finally {
            MEM.freeMemory(local);
        }
    }
}
