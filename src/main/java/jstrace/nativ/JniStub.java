package jstrace.nativ;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The native methods of {@link Kernel} ({@code syscall6}, {@code call6}): their machine code
 * (src/main/asm/jni.S) in a minimal x86-64 ELF shared object made here, written to a new file, loaded
 * with System.load and deleted at once. No C compiler at build time, no library to extract from the jar.
 *
 * <p>The file is created with O_EXCL (never through a link someone planted) in the first of {@code
 * jstrace.native.dir}, {@code $TMPDIR}, /tmp, /dev/shm and /var/tmp where it can be written and mapped
 * executable (not in a directory mounted noexec).
 */
final class JniStub {
    private JniStub() {}

    /** Bytes of src/main/asm/jni.S (checked by KernelStubTest where {@code as} exists). */
    static final byte[] CODE = Kernel.bytes("4889d0 4889cf 4c89c6 4c89ca 4c8b542408 4c8b442410 4c8b4c2418 0f05 c3"
            + " 4889d0 4889cf 4c89c6 4c89ca 488b4c2408 4c8b442410 4c8b4c2418 ffe0");
    /** Where call6 starts in {@link #CODE}. */
    static final int CALL6_AT = 30;
    static final String[] SYMBOLS = {"Java_jstrace_nativ_Kernel_syscall6", "Java_jstrace_nativ_Kernel_call6"};

    static void load() {
        // the first directory that takes it: TMPDIR or /tmp may be mounted noexec
        java.util.List<String> dirs = new java.util.ArrayList<>();
        for (String d : new String[] {System.getProperty("jstrace.native.dir"), System.getenv("TMPDIR"), "/tmp", "/dev/shm", "/var/tmp"}) {
            if (d != null && !d.isEmpty() && !dirs.contains(d)) dirs.add(d);
        }
        String why = "";
        for (String dir : dirs) {
            try {
                loadFrom(dir);
                return;
            } catch (IOException | UnsatisfiedLinkError e) {
                why = e.getMessage();
            }
        }
        throw new IllegalStateException("cannot load its JNI stub from any of " + String.join(", ", dirs)
                + " (set TMPDIR to a directory jstrace may write to that is not mounted noexec): " + why);
    }

    /** This process's pid, from /proc/self: ProcessHandle.current() would start the JDK's process-reaper machinery. */
    private static String selfPid() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self")).toString();
        } catch (IOException | RuntimeException e) {
            return "unknown"; // no /proc: the time stamp and CREATE_NEW still keep the name unique
        }
    }

    private static void loadFrom(String dir) throws IOException {
        Path file = Path.of(dir, "jstrace-jni-" + selfPid() + "-" + System.nanoTime() + ".so");
        try {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(sharedObject());
            }
            System.load(file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final int EHSIZE = 64, PHSIZE = 56, SYMSIZE = 24, PAGE = 0x1000;
    private static final int PT_LOAD = 1, PT_DYNAMIC = 2, PT_GNU_STACK = 0x6474e551, PF_X = 1, PF_W = 2, PF_R = 4;
    private static final int DT_NULL = 0, DT_HASH = 4, DT_STRTAB = 5, DT_SYMTAB = 6, DT_STRSZ = 10, DT_SYMENT = 11;

    /**
     * The shared object: page 0 (R+X) holds the headers, the dynamic symbols, their SysV hash table
     * (one bucket), their names and the code; page 1 (R+W, as ld.so may relocate it in place) the
     * dynamic section. PT_GNU_STACK says the stack stays non-executable.
     */
    static byte[] sharedObject() {
        int phnum = 4, nsyms = SYMBOLS.length + 1;
        int symtab = EHSIZE + PHSIZE * phnum;
        int hash = symtab + SYMSIZE * nsyms;
        int strtab = hash + 4 * (2 + 1 + nsyms);
        ByteBuffer names = ByteBuffer.allocate(256);
        names.put((byte) 0);
        int[] nameAt = new int[SYMBOLS.length];
        for (int i = 0; i < SYMBOLS.length; i++) {
            nameAt[i] = names.position();
            names.put(SYMBOLS[i].getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        }
        int strsz = names.position();
        int code = (strtab + strsz + 15) & ~15;
        int textEnd = code + CODE.length;
        int dynsz = 16 * 6;
        ByteBuffer e = ByteBuffer.allocate(PAGE + dynsz).order(ByteOrder.LITTLE_ENDIAN);
        Daemonizer.elfHeader(e, 3 /* ET_DYN */, 0, phnum);
        phdr(e, PT_LOAD, PF_R | PF_X, 0, textEnd, PAGE);
        phdr(e, PT_LOAD, PF_R | PF_W, PAGE, dynsz, PAGE);
        phdr(e, PT_DYNAMIC, PF_R | PF_W, PAGE, dynsz, 8);
        phdr(e, PT_GNU_STACK, PF_R | PF_W, 0, 0, 16);
        e.position(symtab + SYMSIZE); // symbol 0 is the null symbol
        int[] at = {code, code + CALL6_AT};
        int[] size = {CALL6_AT, CODE.length - CALL6_AT};
        for (int i = 0; i < SYMBOLS.length; i++) {
            e.putInt(nameAt[i]);
            e.put((byte) 0x12); // STB_GLOBAL, STT_FUNC
            e.put((byte) 0);
            e.putShort((short) 1); // any defined section: there are no section headers
            e.putLong(at[i]);
            e.putLong(size[i]);
        }
        // one bucket: every name hashes to it; its chain runs through all symbols down to 0
        e.position(hash);
        e.putInt(1).putInt(nsyms).putInt(nsyms - 1);
        for (int i = 0; i < nsyms; i++) e.putInt(i == 0 ? 0 : i - 1);
        e.position(strtab);
        e.put(names.array(), 0, strsz);
        e.position(code);
        e.put(CODE);
        e.position(PAGE);
        long[][] dynamic = {{DT_HASH, hash}, {DT_STRTAB, strtab}, {DT_SYMTAB, symtab}, {DT_STRSZ, strsz},
            {DT_SYMENT, SYMSIZE}, {DT_NULL, 0}};
        for (long[] d : dynamic) e.putLong(d[0]).putLong(d[1]);
        return e.array();
    }

    /** A program header mapping file offset {@code at} at the same address. */
    private static void phdr(ByteBuffer e, int type, int flags, long at, long size, long align) {
        e.putInt(type).putInt(flags).putLong(at).putLong(at).putLong(at).putLong(size).putLong(size).putLong(align);
    }
}
