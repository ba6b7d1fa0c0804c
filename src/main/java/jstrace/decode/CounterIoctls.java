package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** Counter character device ioctls (type 0x3e): COUNTER_ADD_WATCH_IOCTL's struct counter_watch, the argless rest. */
final class CounterIoctls {
    private CounterIoctls() {}

    private static final int T = 0x3e;
    static final long ADD_WATCH = ioc(IOC_W, T, 0, 6), ENABLE_EVENTS = ioc(IOC_NONE, T, 1, 0),
            DISABLE_EVENTS = ioc(IOC_NONE, T, 2, 0);

    static int decode(Call c, long req) {
        if (req == ENABLE_EVENTS || req == DISABLE_EVENTS) return Call.DONE;
        if (req != ADD_WATCH) return NOT_MINE;
        c.sep();
        ByteBuffer b = fetch(c, c.args[2], 6);
        if (b == null) return Call.DONE;
        int style = c.opts().xlatStyle;
        c.out.append("{component={type=");
        Print.xval(c.out, style, Xlats.COUNTER_IOCTL_COMPONENT_TYPES(), u8(b, 0), "COUNTER_COMPONENT_???");
        c.out.append(", scope=");
        Print.xval(c.out, style, Xlats.COUNTER_IOCTL_SCOPES(), u8(b, 1), "COUNTER_SCOPE_???");
        c.out.append(", parent=").append(u8(b, 2)).append(", id=").append(u8(b, 3)).append("}, event=");
        Print.xval(c.out, style, Xlats.COUNTER_IOCTL_EVENT_TYPES(), u8(b, 4), "COUNTER_EVENT_???");
        c.out.append(", channel=").append(u8(b, 5)).append('}');
        return Call.DONE;
    }
}
