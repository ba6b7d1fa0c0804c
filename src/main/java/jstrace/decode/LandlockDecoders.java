package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** landlock_create_ruleset (whose result is an fd unless it asks for the ABI version) and landlock_add_rule. */
public final class LandlockDecoders {
    private LandlockDecoders() {}

    private static final long LANDLOCK_CREATE_RULESET_VERSION = 1;
    /** struct landlock_ruleset_attr's one field known to strace 6.1. */
    private static final int RULESET_ATTR_SIZE = 8;

    @Decodes("landlock_create_ruleset")
    public static int createRuleset(Call c) {
        long addr = c.args[0], size = c.args[1], flags = c.args[2] & 0xffffffffL;
        if (Long.compareUnsigned(size, RULESET_ATTR_SIZE) < 0) {
            Print.ptr(c, addr);
        } else {
            ByteBuffer b = Structs.read(c, addr, RULESET_ATTR_SIZE);
            if (Structs.readable(c, addr, b)) {
                c.out.append("{handled_access_fs=");
                Print.flags(c, Xlats.LANDLOCK_RULESET_ACCESS_FS(), b.getLong(0));
                if (size != RULESET_ATTR_SIZE) c.out.append(", ...");
                c.out.append('}');
            }
        }
        c.sep();
        Print.ulong(c, size);
        c.sep();
        Print.flags(c, Xlats.LANDLOCK_CREATE_RULESET_FLAGS(), flags);
        return Call.DONE | ((flags & LANDLOCK_CREATE_RULESET_VERSION) != 0 ? 0 : Call.RET_FD);
    }

    private static final int LANDLOCK_RULE_PATH_BENEATH = 1;
    /** struct landlock_path_beneath_attr is packed: allowed_access (8 bytes), parent_fd (4). */
    private static final int PATH_BENEATH_SIZE = 12;

    @Decodes("landlock_add_rule")
    public static int addRule(Call c) {
        Print.fd(c, c.args[0]);
        c.sep();
        int type = (int) c.args[1];
        Print.xval(c, Xlats.LANDLOCK_RULE_TYPES(), type & 0xffffffffL);
        c.sep();
        long addr = c.args[2];
        ByteBuffer b = type == LANDLOCK_RULE_PATH_BENEATH ? Structs.read(c, addr, PATH_BENEATH_SIZE) : null;
        if (type == LANDLOCK_RULE_PATH_BENEATH && Structs.readable(c, addr, b)) {
            c.out.append("{allowed_access=");
            Print.flags(c, Xlats.LANDLOCK_RULESET_ACCESS_FS(), b.getLong(0));
            c.out.append(", parent_fd=");
            Print.fd(c, b.getInt(8));
            c.out.append('}');
        } else if (type != LANDLOCK_RULE_PATH_BENEATH) {
            Print.ptr(c, addr);
        }
        c.sep();
        Print.hex(c, c.args[3] & 0xffffffffL);
        return Call.DONE;
    }
}
