package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** UBI requests, types 'O' and 'o' (strace's ubi_ioctl): the structures are not decoded yet. */
public final class UbiIoctl {
    private UbiIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "UBI_IOCATT", "UBI_IOCEBCH", "UBI_IOCEBMAP", "UBI_IOCMKVOL", "UBI_IOCRNVOL", "UBI_IOCRSVOL",
                    "UBI_IOCSETVOLPROP")
            .in(PTR_S64, "UBI_IOCVOLUP")
            .in(PTR_INT, "UBI_IOCDET", "UBI_IOCEBER", "UBI_IOCEBISMAP", "UBI_IOCEBUNMAP", "UBI_IOCRMVOL",
                    "UBI_IOCRPEB", "UBI_IOCSPEB")
            .none("UBI_IOCVOLCRBLK", "UBI_IOCVOLRMBLK");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
