package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.table.Xlats;

/**
 * Requests of type 0x94 (strace's fs_0x94_ioctl, then btrfs_ioctl): FICLONE and the btrfs ones with
 * a number or no argument; the btrfs structures are not decoded yet.
 */
public final class Fs94Ioctl {
    private Fs94Ioctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "FICLONERANGE", "FIDEDUPERANGE", "FS_IOC_GETFSLABEL", "FS_IOC_SETFSLABEL",
                    "BTRFS_IOC_SUBVOL_GETFLAGS", "BTRFS_IOC_SUBVOL_SETFLAGS", "BTRFS_IOC_BALANCE_V2",
                    "BTRFS_IOC_BALANCE_PROGRESS", "BTRFS_IOC_DEFRAG_RANGE", "BTRFS_IOC_DEV_INFO", "BTRFS_IOC_DEV_REPLACE",
                    "BTRFS_IOC_GET_FEATURES", "BTRFS_IOC_SET_FEATURES", "BTRFS_IOC_GET_SUPPORTED_FEATURES",
                    "BTRFS_IOC_FS_INFO", "BTRFS_IOC_GET_DEV_STATS", "BTRFS_IOC_INO_LOOKUP", "BTRFS_IOC_INO_PATHS",
                    "BTRFS_IOC_LOGICAL_INO", "BTRFS_IOC_QGROUP_ASSIGN", "BTRFS_IOC_QGROUP_CREATE", "BTRFS_IOC_QGROUP_LIMIT",
                    "BTRFS_IOC_QUOTA_CTL", "BTRFS_IOC_QUOTA_RESCAN", "BTRFS_IOC_QUOTA_RESCAN_STATUS",
                    "BTRFS_IOC_SET_RECEIVED_SUBVOL", "BTRFS_IOC_SCRUB", "BTRFS_IOC_SCRUB_PROGRESS", "BTRFS_IOC_TREE_SEARCH",
                    "BTRFS_IOC_TREE_SEARCH_V2", "BTRFS_IOC_SEND", "BTRFS_IOC_SPACE_INFO", "BTRFS_IOC_SNAP_CREATE",
                    "BTRFS_IOC_RESIZE", "BTRFS_IOC_SCAN_DEV", "BTRFS_IOC_FORGET_DEV", "BTRFS_IOC_ADD_DEV", "BTRFS_IOC_RM_DEV",
                    "BTRFS_IOC_SUBVOL_CREATE", "BTRFS_IOC_SNAP_DESTROY", "BTRFS_IOC_DEVICES_READY",
                    "BTRFS_IOC_SNAP_CREATE_V2", "BTRFS_IOC_SUBVOL_CREATE_V2")
            .in(INT, "FICLONE") // the source fd, which strace prints without -y's path
            .none("BTRFS_IOC_TRANS_START", "BTRFS_IOC_TRANS_END", "BTRFS_IOC_SYNC", "BTRFS_IOC_SCRUB_CANCEL",
                    "BTRFS_IOC_QUOTA_RESCAN_WAIT", "BTRFS_IOC_DEFRAG", "BTRFS_IOC_BALANCE")
            .out(PTR_U64, "BTRFS_IOC_START_SYNC")
            .in(PTR_U64, "BTRFS_IOC_DEFAULT_SUBVOL", "BTRFS_IOC_WAIT_SYNC");
    private static final int BALANCE_CTL = ArgRules.code("BTRFS_IOC_BALANCE_CTL");

    public static int decode(Call c, int code, long arg) {
        if (code == BALANCE_CTL) {
            c.sep();
            Print.xval(c, Xlats.BTRFS_BALANCE_CTL_CMDS(), arg, "BTRFS_BALANCE_CTL_???");
            return IoctlFamily.PRINTED;
        }
        return RULES.decode(c, code, arg);
    }
}
