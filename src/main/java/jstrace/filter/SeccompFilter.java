package jstrace.filter;

import static jstrace.nativ.Kernel.MEM;

import java.util.ArrayList;
import java.util.List;

/**
 * --seccomp-bpf: a classic-BPF program that stops the tracee (SECCOMP_RET_TRACE) only at the traced
 * syscalls and lets every other call run untouched. execve and execveat always stop: the tracer
 * needs to see the command's exec even when it is not printed.
 */
public final class SeccompFilter {
    private SeccompFilter() {}

    private static final int BPF_LD_W_ABS = 0x20, BPF_JEQ_K = 0x15, BPF_JGE_K = 0x35, BPF_RET_K = 0x06;
    private static final int AUDIT_ARCH_X86_64 = 0xc000003e;
    private static final int RET_ALLOW = 0x7fff0000, RET_TRACE = 0x7ff00000;
    private static final int EXECVE = 59, EXECVEAT = 322;

    /** Instructions as {code, jt, jf, k}. */
    static List<int[]> program(boolean[] traced) {
        List<int[]> p = new ArrayList<>();
        p.add(new int[] {BPF_LD_W_ABS, 0, 0, 4});                      // seccomp_data.arch
        p.add(new int[] {BPF_JEQ_K, 1, 0, AUDIT_ARCH_X86_64});
        p.add(new int[] {BPF_RET_K, 0, 0, RET_TRACE});                 // another ABI: trace everything
        p.add(new int[] {BPF_LD_W_ABS, 0, 0, 0});                      // seccomp_data.nr
        // beyond the table (x32's numbers too): traced whatever the set, as without the filter
        p.add(new int[] {BPF_JGE_K, 0, 1, traced.length});
        p.add(new int[] {BPF_RET_K, 0, 0, RET_TRACE});
        for (int nr = 0; nr < traced.length; nr++) {
            if (!traced[nr] && nr != EXECVE && nr != EXECVEAT) continue;
            p.add(new int[] {BPF_JEQ_K, 0, 1, nr});
            p.add(new int[] {BPF_RET_K, 0, 0, RET_TRACE});
        }
        p.add(new int[] {BPF_RET_K, 0, 0, RET_ALLOW});
        return p;
    }

    /** A struct sock_fprog in native memory for the spawn stub (kept for the life of jstrace). */
    public static long install(boolean[] traced) {
        List<int[]> p = program(traced);
        long filter = MEM.allocateMemory(8L * p.size(), true);
        for (int i = 0; i < p.size(); i++) {
            int[] ins = p.get(i);
            long a = filter + 8L * i;
            MEM.putShort(a, (short) ins[0]);
            MEM.putByte(a + 2, (byte) ins[1]);
            MEM.putByte(a + 3, (byte) ins[2]);
            MEM.putInt(a + 4, ins[3]);
        }
        long fprog = MEM.allocateMemory(16, true);
        MEM.putLong(fprog, 0);
        MEM.putShort(fprog, (short) p.size());
        MEM.putLong(fprog + 8, filter);
        return fprog;
    }
}
