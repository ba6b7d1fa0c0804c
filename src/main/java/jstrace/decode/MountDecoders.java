package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** mount (whose flags say which other arguments the kernel reads), fsconfig's command-dependent arguments, mount_setattr's struct mount_attr. */
public final class MountDecoders {
    private MountDecoders() {}

    private static final long MS_MGC_MSK = 0xffff0000L, MS_MGC_VAL = 0xc0ed0000L, MS_REMOUNT = 0x20,
            MS_BIND = 0x1000, MS_MOVE = 0x2000,
            MS_PROPAGATION = 0x20000 | 0x40000 | 0x80000 | 0x100000; // MS_UNBINDABLE|MS_PRIVATE|MS_SLAVE|MS_SHARED

    /** A remount ignores the type, a bind, move or propagation change the type and data: strace prints their addresses. */
    @Decodes("mount")
    public static int mount(Call c) {
        long flags = c.args[3];
        boolean oldMagic = (flags & MS_MGC_MSK) == MS_MGC_VAL;
        if (oldMagic) flags &= ~MS_MGC_MSK;
        boolean ignoreType = (flags & MS_REMOUNT) != 0;
        boolean ignoreData = !ignoreType && (flags & (MS_BIND | MS_MOVE | MS_PROPAGATION)) != 0;
        ignoreType |= ignoreData;
        Print.path(c, c.args[0]);
        c.sep();
        Print.path(c, c.args[1]);
        c.sep();
        strOrAddress(c, c.args[2], ignoreType);
        c.sep();
        if (oldMagic) {
            Print.xval(c, Xlats.MOUNT_MAGIC(), MS_MGC_VAL);
            if (flags != 0) c.out.append('|');
        }
        if (flags != 0 || !oldMagic) Print.flags(c, Xlats.MOUNT_FLAGS(), flags);
        c.sep();
        strOrAddress(c, c.args[4], ignoreData);
        return Call.DONE;
    }

    private static void strOrAddress(Call c, long addr, boolean address) {
        if (address) Print.ptr(c, addr);
        else Print.str(c, addr);
    }

    private static final int SET_FLAG = 0, SET_STRING = 1, SET_BINARY = 2, SET_PATH = 3, SET_PATH_EMPTY = 4,
            SET_FD = 5;
    /** strace reads fsconfig's key and string value as strings of at most 256 bytes, a binary value up to 1 MiB. */
    private static final int FSCONFIG_STR_MAX = 256, FSCONFIG_BINARY_MAX = 1024 * 1024;

    @Decodes("fsconfig")
    public static int fsconfig(Call c) {
        int cmd = (int) c.args[1];
        int aux = (int) c.args[4];
        Print.fd(c, c.args[0]);
        c.sep();
        Print.xval(c, Xlats.FSCONFIG_CMDS(), cmd & 0xffffffffL);
        c.sep();
        if (cmd >= SET_FLAG && cmd <= SET_FD) Print.strn(c, c.args[2], FSCONFIG_STR_MAX);
        else Print.ptr(c, c.args[2]);
        c.sep();
        long value = c.args[3];
        switch (cmd) {
            case SET_STRING -> Print.strn(c, value, FSCONFIG_STR_MAX);
            case SET_PATH, SET_PATH_EMPTY -> Print.path(c, value);
            case SET_BINARY -> {
                if (aux >= 0 && aux <= FSCONFIG_BINARY_MAX) Print.hexBuf(c, value, aux);
                else Print.ptr(c, value);
            }
            default -> Print.ptr(c, value);
        }
        c.sep();
        switch (cmd) {
            case SET_PATH, SET_PATH_EMPTY -> Print.dirfd(c, aux);
            case SET_FD -> Print.fd(c, aux);
            default -> Print.sint(c, aux);
        }
        return Call.DONE;
    }

    private static final int MOUNT_ATTR_SIZE_VER0 = 32;
    private static final long MOUNT_ATTR_IDMAP = 0x100000;

    /** struct mount_attr of {@code size} bytes: userns_fd is an fd only for an id-mapping change. */
    @PrintsStruct("mount_attr")
    public static void mountAttr(Call c, long addr, long size) {
        if (Long.compareUnsigned(size, MOUNT_ATTR_SIZE_VER0) < 0) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = Structs.read(c, addr, MOUNT_ATTR_SIZE_VER0);
        if (!Structs.readable(c, addr, b)) return;
        long set = b.getLong(0), clr = b.getLong(8), propagation = b.getLong(16), userns = b.getLong(24);
        c.out.append("{attr_set=");
        Print.flags(c, Xlats.MOUNT_ATTR_ATTR(), set);
        c.out.append(", attr_clr=");
        Print.flags(c, Xlats.MOUNT_ATTR_ATTR(), clr);
        c.out.append(", propagation=");
        Print.xval(c, Xlats.MOUNT_ATTR_PROPAGATION(), propagation);
        c.out.append(", userns_fd=");
        if (Long.compareUnsigned(userns, Integer.MAX_VALUE) > 0 || ((set | clr) & MOUNT_ATTR_IDMAP) == 0) {
            c.out.append(Long.toUnsignedString(userns));
        } else {
            Print.fd(c, userns);
        }
        Structs.nonzeroTail(c, addr, MOUNT_ATTR_SIZE_VER0, size, ", ");
        c.out.append('}');
    }
}
