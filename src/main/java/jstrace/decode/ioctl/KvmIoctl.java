package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** KVM requests, type 0xae (strace's kvm_ioctl): the structures and capability names are not decoded yet. */
public final class KvmIoctl {
    private KvmIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "KVM_SET_USER_MEMORY_REGION", "KVM_SET_REGS", "KVM_GET_REGS", "KVM_SET_SREGS", "KVM_GET_SREGS",
                    "KVM_SET_CPUID2", "KVM_GET_SUPPORTED_CPUID", "KVM_GET_EMULATED_CPUID");

    private static final int CREATE_VM = ArgRules.code("KVM_CREATE_VM"), CREATE_VCPU = ArgRules.code("KVM_CREATE_VCPU");

    public static int decode(Call c, int code, long arg) {
        // these return a file descriptor
        if (code == CREATE_VM) return IoctlFamily.DEFAULT_ARG | Call.RET_FD;
        if (code == CREATE_VCPU) {
            c.sep();
            jstrace.decode.Print.uint(c, arg);
            return IoctlFamily.PRINTED | Call.RET_FD;
        }
        return RULES.decode(c, code, arg);
    }
}
