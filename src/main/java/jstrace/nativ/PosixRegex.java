package jstrace.nativ;

import java.nio.charset.StandardCharsets;

/**
 * A POSIX extended regular expression, compiled and matched by the C library's regcomp and regexec
 * (strace's -e trace=/REGEX): the same syntax, the same matches and the same error messages as
 * strace's. Only loaded when such an expression is given.
 */
public final class PosixRegex {
    private static final long REGCOMP = Kernel.symbol("regcomp"), REGEXEC = Kernel.symbol("regexec"),
            REGERROR = Kernel.symbol("regerror"), REGFREE = Kernel.symbol("regfree");
    /** glibc's regex_t is 64 bytes on x86_64; room to spare. */
    private static final int REGEX_T_SIZE = 256;
    private static final int REG_EXTENDED = 1, REG_NOSUB = 8;

    /** regcomp refused the expression; the message is regerror's. */
    public static final class SyntaxError extends Exception {
        public SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private final long preg;

    private PosixRegex(long preg) {
        this.preg = preg;
    }

    /** regcomp(pattern, REG_EXTENDED | REG_NOSUB). */
    public static PosixRegex compile(String pattern) throws SyntaxError {
        if (REGCOMP == 0 || REGEXEC == 0) throw new SyntaxError("regular expressions are not available");
        long preg = Kernel.MEM.allocateMemory(REGEX_T_SIZE, true);
        long p = NativeBuffer.cString(pattern.getBytes(StandardCharsets.UTF_8));
        int rc = (int) Kernel.callC(REGCOMP, preg, p, REG_EXTENDED | REG_NOSUB, 0);
        Kernel.MEM.freeMemory(p);
        if (rc != 0) {
            String message = error(rc, preg);
            Kernel.MEM.freeMemory(preg);
            throw new SyntaxError(message);
        }
        return new PosixRegex(preg);
    }

    private static String error(int rc, long preg) {
        if (REGERROR == 0) return "error " + rc;
        long buf = Kernel.MEM.allocateMemory(512, true);
        Kernel.callC(REGERROR, rc, preg, buf, 512);
        byte[] b = new byte[512];
        Kernel.MEM.getByteArray(buf, b, 0, 512);
        Kernel.MEM.freeMemory(buf);
        int n = 0;
        while (n < b.length && b[n] != 0) n++;
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /** regexec: whether the expression matches somewhere in {@code s}. */
    public boolean find(String s) {
        long p = NativeBuffer.cString(s.getBytes(StandardCharsets.UTF_8));
        int rc = (int) Kernel.callC(REGEXEC, preg, p, 0, 0);
        Kernel.MEM.freeMemory(p);
        return rc == 0;
    }

    /** regfree. */
    public void free() {
        if (REGFREE != 0) Kernel.callC(REGFREE, preg, 0, 0, 0);
        Kernel.MEM.freeMemory(preg);
    }
}
