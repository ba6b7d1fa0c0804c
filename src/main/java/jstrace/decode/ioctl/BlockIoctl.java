package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Block device requests, type 0x12 (strace's block_ioctl): the ones with a number or no argument. */
public final class BlockIoctl {
    private BlockIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "BLKPG", "BLKTRACESETUP")
            .in(ULONG, "BLKRASET", "BLKFRASET")
            .out(PTR_USHORT, "BLKSECTGET", "BLKROTATIONAL")
            .out(PTR_INT, "BLKROGET", "BLKBSZGET", "BLKSSZGET", "BLKALIGNOFF")
            .in(PTR_INT, "BLKROSET", "BLKBSZSET")
            .out(PTR_UINT, "BLKPBSZGET", "BLKIOMIN", "BLKIOOPT", "BLKDISCARDZEROES", "BLKGETZONESZ", "BLKGETNRZONES")
            .out(PTR_LONG, "BLKRAGET", "BLKFRAGET")
            .out(PTR_ULONG, "BLKGETSIZE")
            .out(PTR_U64, "BLKGETSIZE64", "BLKGETDISKSEQ")
            .in(PTR_U64_PAIR, "BLKDISCARD", "BLKSECDISCARD", "BLKZEROOUT")
            .none("BLKRRPART", "BLKFLSBUF", "BLKTRACESTART", "BLKTRACESTOP", "BLKTRACETEARDOWN");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
