package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * The key management calls (strace's keyctl.c): add_key, request_key and keyctl with each
 * command's arguments; key serial numbers in decimal, the special ones (KEY_SPEC_*) by name.
 */
public final class KeyDecoders {
    private KeyDecoders() {}

    private static final int KEYCTL_GET_KEYRING_ID = 0, KEYCTL_JOIN_SESSION_KEYRING = 1, KEYCTL_UPDATE = 2,
            KEYCTL_REVOKE = 3, KEYCTL_CHOWN = 4, KEYCTL_SETPERM = 5, KEYCTL_DESCRIBE = 6, KEYCTL_CLEAR = 7,
            KEYCTL_LINK = 8, KEYCTL_UNLINK = 9, KEYCTL_SEARCH = 10, KEYCTL_READ = 11, KEYCTL_INSTANTIATE = 12,
            KEYCTL_NEGATE = 13, KEYCTL_SET_REQKEY_KEYRING = 14, KEYCTL_SET_TIMEOUT = 15,
            KEYCTL_ASSUME_AUTHORITY = 16, KEYCTL_GET_SECURITY = 17, KEYCTL_SESSION_TO_PARENT = 18,
            KEYCTL_REJECT = 19, KEYCTL_INSTANTIATE_IOV = 20, KEYCTL_INVALIDATE = 21, KEYCTL_GET_PERSISTENT = 22,
            KEYCTL_DH_COMPUTE = 23, KEYCTL_PKEY_QUERY = 24, KEYCTL_PKEY_ENCRYPT = 25, KEYCTL_PKEY_DECRYPT = 26,
            KEYCTL_PKEY_SIGN = 27, KEYCTL_PKEY_VERIFY = 28, KEYCTL_RESTRICT_KEYRING = 29, KEYCTL_MOVE = 30,
            KEYCTL_CAPABILITIES = 31;

    /** A key serial number: KEY_SPEC_* by name (-X verbose: the number, the name in a comment), else decimal. */
    static void serial(Call c, long v) {
        decimalXval(c, Xlats.KEY_SPEC(), (int) v, null);
    }

    /** strace's printxvals_ex with XLAT_STYLE_FMT_D: the number in decimal, {@code dflt} commenting an unknown one. */
    private static void decimalXval(Call c, Xlat x, int v, String dflt) {
        int s = c.out.length();
        String n = x.lookup(v);
        int style = c.opts().xlatStyle;
        if (n == null || style != Decoding.XLAT_ABBREV) c.out.append(v);
        if (n == null) {
            if (dflt != null && style != Decoding.XLAT_RAW) c.out.append(" /* ").append(dflt).append(" */");
        } else if (style == Decoding.XLAT_VERBOSE) {
            c.out.append(" /* ").append(n).append(" */");
        } else if (style == Decoding.XLAT_ABBREV) {
            c.out.append(n);
        }
        c.described(Description.CONSTANT, s, v, x);
    }

    @Decodes("add_key")
    public static int addKey(Call c) {
        Print.str(c, c.args[0]);
        c.sep();
        Print.str(c, c.args[1]);
        c.sep();
        Print.buf(c, c.args[2], c.args[3]);
        c.sep();
        Print.ulong(c, c.args[3]);
        c.sep();
        serial(c, c.args[4]);
        return Call.DONE;
    }

    @Decodes("request_key")
    public static int requestKey(Call c) {
        Print.str(c, c.args[0]);
        c.sep();
        Print.str(c, c.args[1]);
        c.sep();
        Print.str(c, c.args[2]);
        c.sep();
        serial(c, c.args[3]);
        return Call.DONE;
    }

    @Decodes("keyctl")
    public static int keyctl(Call c) {
        int cmd = (int) c.args[0];
        long a2 = c.args[1], a3 = c.args[2], a4 = c.args[3], a5 = c.args[4];
        if (!c.exiting) {
            Print.xval(c, Xlats.KEYCTL_COMMANDS(), cmd & 0xffffffffL);
            if (cmd != KEYCTL_SESSION_TO_PARENT) c.sep();
        }
        switch (cmd) {
            case KEYCTL_GET_KEYRING_ID -> {
                serial(c, a2);
                c.sep();
                Print.sint(c, a3);
            }
            case KEYCTL_JOIN_SESSION_KEYRING -> Print.str(c, a2);
            case KEYCTL_UPDATE -> {
                serial(c, a2);
                c.sep();
                Print.buf(c, a3, a4);
                c.sep();
                Print.ulong(c, a4);
            }
            case KEYCTL_REVOKE, KEYCTL_CLEAR, KEYCTL_INVALIDATE, KEYCTL_ASSUME_AUTHORITY -> serial(c, a2);
            case KEYCTL_LINK, KEYCTL_UNLINK -> {
                serial(c, a2);
                c.sep();
                serial(c, a3);
            }
            case KEYCTL_DESCRIBE, KEYCTL_READ, KEYCTL_GET_SECURITY -> {
                if (!c.exiting) {
                    serial(c, a2);
                    c.sep();
                    return 0;
                }
                if (c.failed) Print.ptr(c, a3);
                else stringOut(c, a3, returnedLength(c, a4), cmd != KEYCTL_READ);
                c.sep();
                Print.ulong(c, a4);
            }
            case KEYCTL_SEARCH -> {
                serial(c, a2);
                c.sep();
                Print.str(c, a3);
                c.sep();
                Print.str(c, a4);
                c.sep();
                serial(c, a5);
            }
            case KEYCTL_CHOWN -> {
                serial(c, a2);
                c.sep();
                Print.id(c, a3);
                c.sep();
                Print.id(c, a4);
            }
            case KEYCTL_SETPERM -> {
                serial(c, a2);
                c.sep();
                Print.flags(c, Xlats.KEY_PERMS(), a3 & 0xffffffffL);
            }
            case KEYCTL_INSTANTIATE, KEYCTL_INSTANTIATE_IOV -> {
                serial(c, a2);
                c.sep();
                if (cmd == KEYCTL_INSTANTIATE) Print.buf(c, a3, a4);
                else Iovecs.in(c, a3, a4);
                c.sep();
                Print.ulong(c, a4);
                c.sep();
                serial(c, a5);
            }
            case KEYCTL_NEGATE -> {
                serial(c, a2);
                c.sep();
                Print.uint(c, a3);
                c.sep();
                serial(c, a4);
            }
            case KEYCTL_SET_REQKEY_KEYRING -> decimalXval(c, Xlats.KEY_REQKEYS(), (int) a2, "KEY_REQKEY_DEFL_???");
            case KEYCTL_SET_TIMEOUT -> {
                serial(c, a2);
                c.sep();
                Print.uint(c, a3);
            }
            case KEYCTL_SESSION_TO_PARENT -> { }
            case KEYCTL_REJECT -> {
                serial(c, a2);
                c.sep();
                Print.uint(c, a3);
                c.sep();
                errorNumber(c, a4 & 0xffffffffL);
                c.sep();
                serial(c, a5);
            }
            case KEYCTL_GET_PERSISTENT -> {
                Print.id(c, a2);
                c.sep();
                serial(c, a3);
            }
            case KEYCTL_DH_COMPUTE -> {
                if (!c.exiting) {
                    dhParams(c, a2);
                    c.sep();
                    return 0;
                }
                if (c.failed) Print.ptr(c, a3);
                else Print.buf(c, a3, returnedLength(c, a4));
                c.sep();
                Print.ulong(c, a4);
                c.sep();
                kdfParams(c, a5);
            }
            case KEYCTL_PKEY_QUERY -> {
                if (!c.exiting) {
                    serial(c, a2);
                    c.sep();
                    Print.hex(c, a3);
                    c.sep();
                    Print.str(c, a4);
                    c.sep();
                    return 0;
                }
                pkeyQuery(c, a5);
            }
            case KEYCTL_PKEY_ENCRYPT, KEYCTL_PKEY_DECRYPT, KEYCTL_PKEY_SIGN, KEYCTL_PKEY_VERIFY -> {
                boolean out = cmd != KEYCTL_PKEY_VERIFY;
                if (c.exiting) {
                    if (c.failed) Print.ptr(c, a5);
                    else Print.buf(c, a5, c.saved);
                    return Call.DONE;
                }
                ByteBuffer p = pkeyParams(c, a2, out);
                c.sep();
                Print.str(c, a3);
                c.sep();
                if (p != null) Print.buf(c, a4, p.getInt(4) & 0xffffffffL);
                else Print.ptr(c, a4);
                c.sep();
                if (out && p != null) {
                    c.saved = p.getInt(8) & 0xffffffffL;
                    return 0;
                }
                if (!out || p == null) {
                    if (p != null) Print.buf(c, a5, p.getInt(8) & 0xffffffffL);
                    else Print.ptr(c, a5);
                }
            }
            case KEYCTL_RESTRICT_KEYRING -> {
                serial(c, a2);
                c.sep();
                Print.str(c, a3);
                c.sep();
                Print.str(c, a4);
            }
            case KEYCTL_MOVE -> {
                serial(c, a2);
                c.sep();
                serial(c, a3);
                c.sep();
                serial(c, a4);
                c.sep();
                Print.flags(c, Xlats.KEYCTL_MOVE_FLAGS(), a5 & 0xffffffffL);
            }
            case KEYCTL_CAPABILITIES -> {
                if (!c.exiting) return 0;
                if (c.failed) {
                    Print.ptr(c, a2);
                } else {
                    long n = Long.compareUnsigned(a3, c.rval) < 0 ? a3 : c.rval;
                    long[] pos = {0};
                    Structs.array(c, a2, n, 1, (call, b) -> {
                        int v = b.get(0) & 0xff;
                        if (pos[0] == 0) Print.flags(call, Xlats.KEYCTL_CAPS0(), v);
                        else if (pos[0] == 1) Print.flags(call, Xlats.KEYCTL_CAPS1(), v);
                        else Print.hex(call, v);
                        pos[0]++;
                    });
                }
                c.sep();
                Print.ulong(c, a3);
            }
            default -> {
                Print.hex(c, a2);
                c.sep();
                Print.hex(c, a3);
                c.sep();
                Print.hex(c, a4);
                c.sep();
                Print.hex(c, a5);
            }
        }
        return Call.DONE;
    }

    /** The bytes a read-like command returned, at most the buffer's length. */
    private static long returnedLength(Call c, long len) {
        return c.rval >= 0 && Long.compareUnsigned(c.rval, len) > 0 ? len : c.rval;
    }

    /** An errno value (KEYCTL_REJECT): its name (-X verbose: the number, the name in a comment), else the number. */
    private static void errorNumber(Call c, long v) {
        int s = c.out.length();
        String n = v <= Integer.MAX_VALUE ? Errno.name((int) v) : null;
        int style = c.opts().xlatStyle;
        if (n == null || style != Decoding.XLAT_ABBREV) c.out.append(v);
        if (n != null && style == Decoding.XLAT_VERBOSE) c.out.append(" /* ").append(n).append(" */");
        else if (n != null && style == Decoding.XLAT_ABBREV) c.out.append(n);
        c.described(Description.CONSTANT, s, v, Xlats.ERRNOS());
    }

    /**
     * {@code len} bytes as a quoted string (-s cuts it, "..." after), where {@code omitNul} a NUL as
     * the last byte printed ends the string (strace's QUOTE_OMIT_TRAILING_0: no "..." then).
     */
    private static void stringOut(Call c, long addr, long len, boolean omitNul) {
        if (addr == 0) {
            Print.ptr(c, 0);
            return;
        }
        int max = c.opts().maxStrlen;
        long want = Long.compareUnsigned(len, max + 1L) < 0 ? len : max + 1L;
        byte[] b = new byte[(int) want];
        if (c.mem().read(addr, b, (int) want) < want) {
            Print.ptr(c, addr);
            return;
        }
        int s = c.out.length();
        int size = (int) Math.min(want, max);
        boolean ended = false;
        int hexStyle = c.opts().hexStrings;
        boolean hex = hexStyle == Decoding.HEX_ALL;
        if (hexStyle == Decoding.HEX_NON_ASCII) {
            for (int i = 0; i < size && !hex; i++) {
                int ch = b[i] & 0xff;
                hex = ch > 0x7e || (ch < ' ' && (ch < 9 || ch > 13));
            }
        }
        int shown = size;
        // string_quote drops the last byte when it is a NUL, but not when it prints the whole string in hex
        if (omitNul && !hex && size > 0 && b[size - 1] == 0) {
            shown = size - 1;
            ended = true;
        }
        Print.quote(c.out, b, shown, hex ? Decoding.HEX_ALL : hexStyle);
        if (!ended && Long.compareUnsigned(len, max) > 0) c.out.append("...");
        c.described(Description.STRING, s, addr, null);
    }

    /** struct keyctl_dh_params {private, prime, base}: three key serials. */
    private static void dhParams(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 12);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append("{private=");
        serial(c, b.getInt(0));
        c.out.append(", prime=");
        serial(c, b.getInt(4));
        c.out.append(", base=");
        serial(c, b.getInt(8));
        c.out.append('}');
    }

    /** A __spare array of u32 when any is set: ", NAME=[0, 0x1, ...]". */
    private static void spare(Call c, ByteBuffer b, int off, int n) {
        boolean zero = true;
        for (int i = 0; i < n; i++) zero &= b.getInt(off + 4 * i) == 0;
        if (zero) return;
        c.out.append(", __spare=[");
        int limit = c.abbrev() && c.opts().maxStrlen < n ? c.opts().maxStrlen : n;
        for (int i = 0; i < n; i++) {
            if (i > 0) c.out.append(", ");
            if (i >= limit) {
                c.out.append("...");
                break;
            }
            Print.hex(c, b.getInt(off + 4 * i) & 0xffffffffL);
        }
        c.out.append(']');
    }

    /** struct keyctl_kdf_params (56 bytes): hashname, otherinfo (its otherinfolen bytes), __spare[8] when set. */
    private static void kdfParams(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 56);
        if (!Structs.readable(c, addr, b)) return;
        long otherinfo = b.getLong(8);
        long otherinfolen = b.getInt(16) & 0xffffffffL;
        c.out.append("{hashname=");
        Print.str(c, b.getLong(0));
        c.out.append(", otherinfo=");
        // the kernel does not read otherinfo when otherinfolen is zero
        if (otherinfolen != 0) Print.buf(c, otherinfo, otherinfolen);
        else Print.ptr(c, otherinfo);
        c.out.append(", otherinfolen=").append(otherinfolen);
        spare(c, b, 20, 8);
        c.out.append('}');
    }

    /** struct keyctl_pkey_query (56 bytes). */
    private static void pkeyQuery(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 56);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append("{supported_ops=");
        Print.flags(c, Xlats.KEYCTL_PKEY_OPS(), b.getInt(0) & 0xffffffffL);
        c.out.append(", key_size=").append(Integer.toUnsignedString(b.getInt(4)));
        c.out.append(", max_data_size=").append(b.getShort(8) & 0xffff);
        c.out.append(", max_sig_size=").append(b.getShort(10) & 0xffff);
        c.out.append(", max_enc_size=").append(b.getShort(12) & 0xffff);
        c.out.append(", max_dec_size=").append(b.getShort(14) & 0xffff);
        spare(c, b, 16, 10);
        c.out.append('}');
    }

    /** struct keyctl_pkey_params (40 bytes): the struct read, or null when its address was printed. */
    private static ByteBuffer pkeyParams(Call c, long addr, boolean out) {
        ByteBuffer b = Structs.fetch(c, addr, 40);
        if (!Structs.readable(c, addr, b)) return null;
        c.out.append("{key_id=");
        serial(c, b.getInt(0));
        c.out.append(", in_len=").append(Integer.toUnsignedString(b.getInt(4)));
        c.out.append(out ? ", out_len=" : ", in2_len=").append(Integer.toUnsignedString(b.getInt(8)));
        spare(c, b, 12, 7);
        c.out.append('}');
        return b;
    }
}
