package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** epoll_ctl and the events epoll_wait/epoll_pwait/epoll_pwait2 return. */
public final class EpollDecoders {
    private EpollDecoders() {}

    /** struct epoll_event is packed on x86_64: 4 bytes of events, 8 of data. */
    private static final int EVENT_SIZE = 12, EPOLL_CTL_DEL = 2;

    @Decodes("epoll_ctl")
    public static int epollCtl(Call c) {
        Print.fd(c, c.args[0]);
        c.sep();
        int op = (int) c.args[1];
        Print.xval(c.out, c.opts().xlatStyle, Xlats.EPOLLCTLS(), Integer.toUnsignedLong(op), "EPOLL_CTL_???");
        c.sep();
        Print.fd(c, c.args[2]);
        c.sep();
        ByteBuffer b = op == EPOLL_CTL_DEL ? null : Structs.read(c, c.args[3], EVENT_SIZE);
        if (b == null) Print.ptr(c, c.args[3]);
        else event(c, b, 0);
        return Call.DONE;
    }

    /** {events=EPOLLIN, data={u32=3, u64=3}}: the data as both, the tracee's choice being unknown. */
    static void event(Call c, ByteBuffer b, int off) {
        c.out.append("{events=");
        Print.flags(c, Xlats.EPOLLEVENTS(), Integer.toUnsignedLong(b.getInt(off)));
        long data = b.getLong(off + 4);
        c.out.append(", data={u32=").append(Integer.toUnsignedString((int) data))
                .append(", u64=").append(Long.toUnsignedString(data)).append("}}");
    }

    @PrintsStruct("epoll_events")
    public static void events(Call c, long addr, long n) {
        Structs.array(c, addr, n, EVENT_SIZE, (call, b) -> event(call, b, 0));
    }
}
