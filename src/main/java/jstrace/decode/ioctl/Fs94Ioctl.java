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
