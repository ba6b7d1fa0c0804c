package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * quotactl and quotactl_fd (strace's quota.c): the command as QCMD(Q_x, xQUOTA), then what that
 * command takes: a quota format and a path (Q_QUOTAON), an id and a struct if_dqblk / if_nextdqblk
 * / fs_disk_quota (read at exit for the GET commands), a struct if_dqinfo, a format or flag word.
 */
public final class QuotaDecoders {
    private QuotaDecoders() {}

    // command numbers as QCMD_CMD (cmd >> 8) gives them: the new ones with 0x800000 set
    private static final int Q_SYNC = 0x800001, Q_QUOTAON = 0x800002, Q_QUOTAOFF = 0x800003, Q_GETFMT = 0x800004,
            Q_GETINFO = 0x800005, Q_SETINFO = 0x800006, Q_GETQUOTA = 0x800007, Q_SETQUOTA = 0x800008,
            Q_GETNEXTQUOTA = 0x800009;
    private static final int Q_XQUOTAON = 0x5801, Q_XQUOTAOFF = 0x5802, Q_XGETQUOTA = 0x5803, Q_XSETQLIM = 0x5804,
            Q_XGETQSTAT = 0x5805, Q_XQUOTARM = 0x5806, Q_XQUOTASYNC = 0x5807, Q_XGETQSTATV = 0x5808,
            Q_XGETNEXTQUOTA = 0x5809;

    @Decodes("quotactl")
    public static int quotactl(Call c) {
        if (!c.exiting) {
            qcmd(c, c.args[0]);
            c.sep();
            Print.path(c, c.args[1]);
        }
        return data(c, (int) c.args[2], (int) (c.args[0] & 0xffffffffL) >>> 8, c.args[3]);
    }

    @Decodes("quotactl_fd")
    public static int quotactlFd(Call c) {
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            qcmd(c, c.args[1]);
        }
        return data(c, (int) c.args[2], (int) (c.args[1] & 0xffffffffL) >>> 8, c.args[3]);
    }

    /** The command word: QCMD(Q_x, xQUOTA) (names always abbreviated inside); -X raw the number, -X verbose both. */
    @PrintsStruct("quotactl_cmd")
    public static void qcmd(Call c, long v) {
        long q = v & 0xffffffffL;
        int style = c.opts().xlatStyle;
        int s = c.out.length();
        StringBuilder o = c.out;
        if (style != Decoding.XLAT_ABBREV) o.append(q);
        if (style != Decoding.XLAT_RAW) {
            if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
            o.append("QCMD(");
            Print.xval(o, Decoding.XLAT_ABBREV, Xlats.QUOTACMDS(), q >>> 8, null);
            o.append(", ");
            Print.xval(o, Decoding.XLAT_ABBREV, Xlats.QUOTATYPES(), q & 0xff, null);
            o.append(')');
            if (style == Decoding.XLAT_VERBOSE) o.append(" */");
        }
        c.described(Description.CONSTANT, s, q, Xlats.QUOTACMDS());
    }

    private static int data(Call c, int id, int cmd, long addr) {
        switch (cmd) {
            case Q_QUOTAOFF, Q_SYNC, Q_XQUOTASYNC -> {
                return Call.DONE;
            }
            case Q_QUOTAON -> {
                c.sep();
                Print.xval(c, Xlats.QUOTA_FORMATS(), id & 0xffffffffL);
                c.sep();
                Print.path(c, addr);
                return Call.DONE;
            }
            case Q_GETQUOTA, Q_GETNEXTQUOTA, Q_XGETQUOTA, Q_XGETNEXTQUOTA -> {
                if (!c.exiting) {
                    c.sep();
                    Print.id(c, id);
                    c.sep();
                    return 0;
                }
                if (cmd == Q_GETQUOTA) dqblk(c, addr, false);
                else if (cmd == Q_GETNEXTQUOTA) dqblk(c, addr, true);
                else diskQuota(c, addr);
                return Call.DONE;
            }
            case Q_SETQUOTA, Q_XSETQLIM -> {
                c.sep();
                Print.id(c, id);
                c.sep();
                if (cmd == Q_SETQUOTA) dqblk(c, addr, false);
                else diskQuota(c, addr);
                return Call.DONE;
            }
            case Q_GETFMT -> {
                if (!c.exiting) {
                    c.sep();
                    return 0;
                }
                ByteBuffer b = Structs.fetch(c, addr, 4);
                if (Structs.readable(c, addr, b)) {
                    c.out.append('[');
                    Print.xval(c, Xlats.QUOTA_FORMATS(), b.getInt(0) & 0xffffffffL);
                    c.out.append(']');
                }
                return Call.DONE;
            }
            case Q_GETINFO, Q_SETINFO -> {
                if (!c.exiting) {
                    c.sep();
                    if (cmd == Q_GETINFO) return 0;
                }
                dqinfo(c, addr);
                return Call.DONE;
            }
            case Q_XGETQSTAT, Q_XGETQSTATV -> {
                if (!c.exiting) {
                    c.sep();
                    return 0;
                }
                if (cmd == Q_XGETQSTAT) quotaStat(c, addr);
                else quotaStatv(c, addr);
                return Call.DONE;
            }
            case Q_XQUOTAON, Q_XQUOTAOFF, Q_XQUOTARM -> {
                c.sep();
                ByteBuffer b = Structs.fetch(c, addr, 4);
                if (Structs.readable(c, addr, b)) {
                    c.out.append('[');
                    Print.flags(c, cmd == Q_XQUOTARM ? Xlats.XFS_DQBLK_FLAGS() : Xlats.XFS_QUOTA_FLAGS(),
                            b.getInt(0) & 0xffffffffL);
                    c.out.append(']');
                }
                return Call.DONE;
            }
            default -> {
                c.sep();
                Print.id(c, id);
                c.sep();
                Print.ptr(c, addr);
                return Call.DONE;
            }
        }
    }

    private static void u64(StringBuilder o, String name, ByteBuffer b, int off) {
        o.append(name).append('=').append(Long.toUnsignedString(b.getLong(off)));
    }

    /** struct if_dqblk (packed, 68 bytes) or if_nextdqblk (72: dqb_id after dqb_valid); abbreviated after the counts. */
    private static void dqblk(Call c, long addr, boolean next) {
        ByteBuffer b = Structs.fetch(c, addr, next ? 72 : 68);
        if (!Structs.readable(c, addr, b)) return;
        StringBuilder o = c.out;
        String[] names = {"dqb_bhardlimit", "dqb_bsoftlimit", "dqb_curspace", "dqb_ihardlimit", "dqb_isoftlimit",
                "dqb_curinodes"};
        o.append('{');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) o.append(", ");
            u64(o, names[i], b, 8 * i);
        }
        if (!c.abbrev()) {
            o.append(", ");
            u64(o, "dqb_btime", b, 48);
            o.append(", ");
            u64(o, "dqb_itime", b, 56);
            o.append(", dqb_valid=");
            Print.flags(c, Xlats.IF_DQBLK_VALID(), b.getInt(64) & 0xffffffffL);
            if (next) o.append(", dqb_id=").append(Integer.toUnsignedString(b.getInt(68)));
        } else {
            if (next) o.append(", dqb_id=").append(Integer.toUnsignedString(b.getInt(68)));
            o.append(", ...");
        }
        o.append('}');
    }

    /** struct if_dqinfo. */
    private static void dqinfo(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 24);
        if (!Structs.readable(c, addr, b)) return;
        StringBuilder o = c.out;
        o.append('{');
        u64(o, "dqi_bgrace", b, 0);
        o.append(", ");
        u64(o, "dqi_igrace", b, 8);
        o.append(", dqi_flags=");
        Print.flags(c, Xlats.IF_DQINFO_FLAGS(), b.getInt(16) & 0xffffffffL);
        o.append(", dqi_valid=");
        Print.flags(c, Xlats.IF_DQINFO_VALID(), b.getInt(20) & 0xffffffffL);
        o.append('}');
    }

    /** struct fs_disk_quota (linux/dqblk_xfs.h, 112 bytes). */
    private static void diskQuota(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 112);
        if (!Structs.readable(c, addr, b)) return;
        StringBuilder o = c.out;
        o.append("{d_version=").append(b.get(0));
        o.append(", d_flags=");
        Print.flags(c, Xlats.XFS_DQBLK_FLAGS(), b.get(1) & 0xff);
        o.append(", d_fieldmask=");
        Print.hex(o, b.getShort(2) & 0xffff);
        o.append(", d_id=").append(Integer.toUnsignedString(b.getInt(4)));
        String[] limits = {"d_blk_hardlimit", "d_blk_softlimit", "d_ino_hardlimit", "d_ino_softlimit", "d_bcount",
                "d_icount"};
        for (int i = 0; i < limits.length; i++) {
            o.append(", ");
            u64(o, limits[i], b, 8 + 8 * i);
        }
        if (!c.abbrev()) {
            o.append(", d_itimer=").append(b.getInt(56));
            o.append(", d_btimer=").append(b.getInt(60));
            o.append(", d_iwarns=").append(b.getShort(64) & 0xffff);
            o.append(", d_bwarns=").append(b.getShort(66) & 0xffff);
            // d_itimer_hi, d_btimer_hi, d_rtbtimer_hi and d_padding2 (68..71) are not printed
            o.append(", ");
            u64(o, "d_rtb_hardlimit", b, 72);
            o.append(", ");
            u64(o, "d_rtb_softlimit", b, 80);
            o.append(", ");
            u64(o, "d_rtbcount", b, 88);
            o.append(", d_rtbtimer=").append(b.getInt(96));
            o.append(", d_rtbwarns=").append(b.getShort(100) & 0xffff);
        } else {
            o.append(", ...");
        }
        o.append('}');
    }

    /** struct fs_qfilestat / fs_qfilestatv at {@code off}: {qfs_ino, qfs_nblks, qfs_nextents}. */
    private static void qfilestat(StringBuilder o, ByteBuffer b, int off) {
        o.append("{qfs_ino=").append(Long.toUnsignedString(b.getLong(off)));
        o.append(", qfs_nblks=").append(Long.toUnsignedString(b.getLong(off + 8)));
        o.append(", qfs_nextents=").append(Integer.toUnsignedString(b.getInt(off + 16))).append('}');
    }

    /** fs_quota_stat_t (linux/dqblk_xfs.h, 80 bytes): two fs_qfilestat of 24 bytes at 8 and 32. */
    private static void quotaStat(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 80);
        if (!Structs.readable(c, addr, b)) return;
        StringBuilder o = c.out;
        o.append("{qs_version=").append(b.get(0));
        if (!c.abbrev()) {
            o.append(", qs_flags=");
            Print.flags(c, Xlats.XFS_QUOTA_FLAGS(), b.getShort(2) & 0xffff);
            o.append(", qs_uquota=");
            qfilestat(o, b, 8);
            o.append(", qs_gquota=");
            qfilestat(o, b, 32);
            o.append(", qs_incoredqs=").append(Integer.toUnsignedString(b.getInt(56)));
            o.append(", qs_btimelimit=").append(b.getInt(60));
            o.append(", qs_itimelimit=").append(b.getInt(64));
            o.append(", qs_rtbtimelimit=").append(b.getInt(68));
            o.append(", qs_bwarnlimit=").append(b.getShort(72) & 0xffff);
            o.append(", qs_iwarnlimit=").append(b.getShort(74) & 0xffff);
        } else {
            o.append(", ...");
        }
        o.append('}');
    }

    /** struct fs_quota_statv: three fs_qfilestatv of 24 bytes at 16, 40, 64. */
    private static void quotaStatv(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 160);
        if (!Structs.readable(c, addr, b)) return;
        StringBuilder o = c.out;
        o.append("{qs_version=").append(b.get(0));
        if (!c.abbrev()) {
            o.append(", qs_flags=");
            Print.flags(c, Xlats.XFS_QUOTA_FLAGS(), b.getShort(2) & 0xffff);
            o.append(", qs_incoredqs=").append(Integer.toUnsignedString(b.getInt(4)));
            o.append(", qs_uquota=");
            qfilestat(o, b, 8);
            o.append(", qs_gquota=");
            qfilestat(o, b, 32);
            o.append(", qs_pquota=");
            qfilestat(o, b, 56);
            o.append(", qs_btimelimit=").append(b.getInt(80));
            o.append(", qs_itimelimit=").append(b.getInt(84));
            o.append(", qs_rtbtimelimit=").append(b.getInt(88));
            o.append(", qs_bwarnlimit=").append(b.getShort(92) & 0xffff);
            o.append(", qs_iwarnlimit=").append(b.getShort(94) & 0xffff);
        } else {
            o.append(", ...");
        }
        o.append('}');
    }
}
