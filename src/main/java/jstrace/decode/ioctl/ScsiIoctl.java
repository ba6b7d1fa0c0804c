package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** SCSI generic requests, type '"' (strace's scsi_ioctl): the ones with a number or no argument
 * (SG_IO is SgIoIoctls'). */
public final class ScsiIoctl {
    private ScsiIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "SG_GET_SCSI_ID", "SG_GET_REQUEST_TABLE", "SG_SCSI_RESET")
            .in(PTR_INT, "SG_NEXT_CMD_LEN", "SG_SET_COMMAND_Q", "SG_SET_DEBUG", "SG_SET_FORCE_LOW_DMA",
                    "SG_SET_FORCE_PACK_ID", "SG_SET_KEEP_ORPHAN", "SG_SET_RESERVED_SIZE", "SG_SET_TIMEOUT")
            .out(PTR_INT, "SG_EMULATED_HOST", "SG_GET_COMMAND_Q", "SG_GET_KEEP_ORPHAN",
                    "SG_GET_LOW_DMA", "SG_GET_NUM_WAITING", "SG_GET_PACK_ID", "SG_GET_RESERVED_SIZE",
                    "SG_GET_SG_TABLESIZE", "SG_GET_TRANSFORM", "SG_GET_VERSION_NUM")
            .in(HEX32, "SG_SET_TRANSFORM")
            .none("SG_GET_TIMEOUT");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
