package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Device mapper requests, type 0xfd (strace's dm_ioctl): struct dm_ioctl is not decoded yet. */
public final class DmIoctl {
    private DmIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "DM_DEV_ARM_POLL", "DM_DEV_CREATE", "DM_DEV_REMOVE", "DM_DEV_RENAME", "DM_DEV_SET_GEOMETRY",
                    "DM_DEV_STATUS", "DM_DEV_SUSPEND", "DM_DEV_WAIT", "DM_LIST_DEVICES", "DM_LIST_VERSIONS", "DM_REMOVE_ALL",
                    "DM_TABLE_CLEAR", "DM_TABLE_DEPS", "DM_TABLE_LOAD", "DM_TABLE_STATUS", "DM_TARGET_MSG", "DM_VERSION");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
