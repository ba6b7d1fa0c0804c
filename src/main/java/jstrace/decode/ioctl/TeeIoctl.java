package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** TEE requests, type 0xa4 (strace's tee_ioctl): the structures are not decoded yet. */
public final class TeeIoctl {
    private TeeIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "TEE_IOC_CANCEL", "TEE_IOC_CLOSE_SESSION", "TEE_IOC_INVOKE", "TEE_IOC_OPEN_SESSION",
                    "TEE_IOC_SHM_ALLOC", "TEE_IOC_SHM_REGISTER", "TEE_IOC_SUPPL_RECV", "TEE_IOC_SUPPL_SEND",
                    "TEE_IOC_VERSION");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
