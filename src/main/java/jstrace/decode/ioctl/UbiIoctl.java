package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import java.nio.ByteBuffer;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.Structs;
import jstrace.table.Xlats;

/**
 * UBI requests, types 'O' and 'o' (strace's ubi_ioctl, mtd/ubi-user.h): the volume make, resize and
 * rename requests, LEB change and map requests, attach requests and volume properties; UBI_IOCMKVOL
 * and UBI_IOCATT print the number the kernel wrote back after " => " at a successful exit.
 */
public final class UbiIoctl {
    private UbiIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(PTR_S64, "UBI_IOCVOLUP")
            .in(PTR_INT, "UBI_IOCDET", "UBI_IOCEBER", "UBI_IOCEBISMAP", "UBI_IOCEBUNMAP", "UBI_IOCRMVOL",
                    "UBI_IOCRPEB", "UBI_IOCSPEB")
            .none("UBI_IOCVOLCRBLK", "UBI_IOCVOLRMBLK");
    private static final int ATT = ArgRules.code("UBI_IOCATT"), EBCH = ArgRules.code("UBI_IOCEBCH"),
            EBMAP = ArgRules.code("UBI_IOCEBMAP"), MKVOL = ArgRules.code("UBI_IOCMKVOL"),
            RNVOL = ArgRules.code("UBI_IOCRNVOL"), RSVOL = ArgRules.code("UBI_IOCRSVOL"),
            SETVOLPROP = ArgRules.code("UBI_IOCSETVOLPROP");
    /** Struct sizes (packed): ubi_attach_req, mkvol, rsvol, rnvol, leb_change, map, set_vol_prop. */
    private static final int ATT_SIZE = 24, MKVOL_SIZE = 152, RSVOL_SIZE = 12, RNVOL_SIZE = 16 + 32 * 136,
            EBCH_SIZE = 16, EBMAP_SIZE = 8, PROP_SIZE = 16;
    private static final int MAX_VOLUME_NAME = 127, MAX_RNVOL = 32;

    public static int decode(Call c, int code, long arg) {
        if (RULES.has(code)) return RULES.decode(c, code, arg);
        if ((code == MKVOL || code == ATT) && c.exiting) {
            if (!c.failed) {
                c.out.append(" => ");
                ByteBuffer n = Structs.fetch(c, arg, 4);
                if (n == null) Print.ptr(c, arg);
                else c.out.append('[').append(n.getInt(0)).append(']');
            }
            return IoctlFamily.PRINTED;
        }
        int size = code == ATT ? ATT_SIZE : code == MKVOL ? MKVOL_SIZE : code == RSVOL ? RSVOL_SIZE
                : code == RNVOL ? RNVOL_SIZE : code == EBCH ? EBCH_SIZE : code == EBMAP ? EBMAP_SIZE
                : code == SETVOLPROP ? PROP_SIZE : 0;
        if (size == 0) return IoctlFamily.DEFAULT_ARG;
        c.sep();
        ByteBuffer b = Structs.fetch(c, arg, size);
        if (b == null) {
            Print.ptr(c, arg);
            return IoctlFamily.PRINTED;
        }
        if (code == ATT) {
            c.out.append("{ubi_num=").append(b.getInt(0)).append(", mtd_num=").append(b.getInt(4))
                    .append(", vid_hdr_offset=").append(b.getInt(8)).append(", max_beb_per1024=")
                    .append(b.getShort(12)).append('}');
            return IoctlFamily.AT_EXIT;
        }
        if (code == MKVOL) {
            c.out.append("{vol_id=").append(b.getInt(0)).append(", alignment=").append(b.getInt(4))
                    .append(", bytes=").append(b.getLong(8)).append(", vol_type=");
            Print.xval(c, Xlats.UBI_VOLUME_TYPES(), b.get(16), "UBI_???_VOLUME");
            c.out.append(", flags=");
            Print.flags(c, Xlats.UBI_VOLUME_FLAGS(), Byte.toUnsignedLong(b.get(17)), "UBI_VOL_???");
            short nameLen = b.getShort(18);
            c.out.append(", name_len=").append(nameLen).append(", name=");
            name(c, b, 24, nameLen);
            c.out.append('}');
            return IoctlFamily.AT_EXIT;
        }
        if (code == RSVOL) {
            c.out.append("{bytes=").append(b.getLong(0)).append(", vol_id=").append(b.getInt(8)).append('}');
        } else if (code == RNVOL) {
            int count = b.getInt(0);
            c.out.append("{count=").append(count).append(", ents=[");
            int n = Math.max(0, Math.min(count, MAX_RNVOL));
            int limit = c.abbrev() ? Math.min(n, c.opts().maxStrlen) : n;
            for (int i = 0; i < n; i++) {
                if (i > 0) c.out.append(", ");
                if (i >= limit) {
                    c.out.append("...");
                    break;
                }
                int at = 16 + 136 * i;
                short nameLen = b.getShort(at + 4);
                c.out.append("{vol_id=").append(b.getInt(at)).append(", name_len=").append(nameLen).append(", name=");
                name(c, b, at + 8, nameLen);
                c.out.append('}');
            }
            c.out.append("]}");
        } else if (code == EBCH) {
            c.out.append("{lnum=").append(b.getInt(0)).append(", bytes=").append(b.getInt(4)).append(", dtype=");
            Print.xval(c, Xlats.UBI_DATA_TYPES(), b.get(8), "UBI_???");
            c.out.append('}');
        } else if (code == EBMAP) {
            c.out.append("{lnum=").append(b.getInt(0)).append(", dtype=");
            Print.xval(c, Xlats.UBI_DATA_TYPES(), b.get(4), "UBI_???");
            c.out.append('}');
        } else {
            c.out.append("{property=");
            Print.xval(c, Xlats.UBI_VOLUME_PROPS(), Byte.toUnsignedLong(b.get(0)), "UBI_VOL_PROP_???");
            c.out.append(", value=");
            Print.hex(c, b.getLong(8));
            c.out.append('}');
        }
        return IoctlFamily.PRINTED;
    }

    /**
     * A volume name of name_len bytes at most (strace's PRINT_FIELD_CSTRING_SZ with 1 + name_len clamped
     * to the field): quoted up to its NUL, with "..." when there is none within it.
     */
    private static void name(Call c, ByteBuffer b, int off, int nameLen) {
        int size = 1 + Math.max(0, Math.min(nameLen, MAX_VOLUME_NAME));
        byte[] s = new byte[size];
        b.get(off, s);
        int len = 0;
        while (len < size && s[len] != 0) len++;
        Print.quote(c.out, s, Math.min(len, size - 1), c.opts().hexStrings);
        if (len >= size) c.out.append("...");
    }
}
