package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** GPIO character device ioctls (type 0xb4): the v1 chip/line/handle/event requests and the v2 line requests. */
final class GpioIoctls {
    private GpioIoctls() {}

    private static final int T = 0xb4;
    static final long CHIPINFO = ioc(IOC_R, T, 0x01, 68), LINEINFO = ioc(IOC_RW, T, 0x02, 72),
            LINEHANDLE = ioc(IOC_RW, T, 0x03, 364), LINEEVENT = ioc(IOC_RW, T, 0x04, 48),
            V2_LINEINFO = ioc(IOC_RW, T, 0x05, 256), V2_LINEINFO_WATCH = ioc(IOC_RW, T, 0x06, 256),
            V2_GET_LINE = ioc(IOC_RW, T, 0x07, 592), GET_VALUES = ioc(IOC_RW, T, 0x08, 64),
            SET_VALUES = ioc(IOC_RW, T, 0x09, 64), SET_CONFIG = ioc(IOC_RW, T, 0x0a, 84),
            LINEINFO_WATCH = ioc(IOC_RW, T, 0x0b, 72), LINEINFO_UNWATCH = ioc(IOC_RW, T, 0x0c, 4),
            V2_SET_CONFIG = ioc(IOC_RW, T, 0x0d, 272), V2_GET_VALUES = ioc(IOC_RW, T, 0x0e, 16),
            V2_SET_VALUES = ioc(IOC_RW, T, 0x0f, 16);
    /** GPIO_V2_LINE_ATTR_ID_*. */
    private static final int ATTR_FLAGS = 1, ATTR_OUTPUT_VALUES = 2, ATTR_DEBOUNCE = 3;
    private static final int V1_LINES_MAX = 64, V2_ATTRS_MAX = 10, V2_LINES_MAX = 64;

    static int decode(Call c, long req) {
        long addr = c.args[2];
        if (req == CHIPINFO) {
            if (!c.exiting) return 0;
            c.sep();
            ByteBuffer b = fetch(c, addr, 68);
            if (b != null) {
                c.out.append("{name=");
                cstring(c, b, 0, 32);
                c.out.append(", label=");
                cstring(c, b, 32, 32);
                c.out.append(", lines=").append(u32(b, 64)).append('}');
            }
            return Call.DONE;
        }
        if (req == LINEINFO_UNWATCH) {
            c.sep();
            ByteBuffer b = fetch(c, addr, 4);
            if (b != null) c.out.append("{offset=").append(u32(b, 0)).append('}');
            return Call.DONE;
        }
        if (req == LINEINFO || req == LINEINFO_WATCH) return lineInfo(c, addr);
        if (req == V2_LINEINFO || req == V2_LINEINFO_WATCH) return v2LineInfo(c, addr);
        if (req == LINEHANDLE) return handleRequest(c, addr);
        if (req == LINEEVENT) return eventRequest(c, addr);
        if (req == V2_GET_LINE) return v2LineRequest(c, addr);
        if (req == GET_VALUES && !c.exiting) return 0;
        if (req == GET_VALUES || req == SET_VALUES) {
            c.sep();
            ByteBuffer b = fetch(c, addr, 64);
            if (b != null) {
                c.out.append("{values=");
                uints(c, b, 0, 1, V1_LINES_MAX);
                c.out.append('}');
            }
            return Call.DONE;
        }
        if (req == SET_CONFIG) {
            c.sep();
            ByteBuffer b = fetch(c, addr, 84);
            if (b != null) {
                c.out.append("{flags=");
                Print.flags(c, Xlats.GPIO_HANDLE_FLAGS(), u32(b, 0), "GPIOHANDLE_REQUEST_???");
                c.out.append(", default_values=");
                uints(c, b, 4, 1, V1_LINES_MAX);
                c.out.append('}');
            }
            return Call.DONE;
        }
        if (req == V2_SET_CONFIG) {
            c.sep();
            ByteBuffer b = fetch(c, addr, 272);
            if (b != null) v2LineConfig(c, b, 0);
            return Call.DONE;
        }
        if (req == V2_GET_VALUES) {
            if (!inOut(c)) return Call.DONE;
            ByteBuffer b = fetch(c, addr, 16);
            if (b == null) return Call.DONE;
            c.out.append(c.exiting ? "{bits=" : "{mask=");
            Print.hex(c, b.getLong(c.exiting ? 0 : 8));
            c.out.append('}');
            return c.exiting ? Call.DONE : 0;
        }
        if (req == V2_SET_VALUES) {
            c.sep();
            ByteBuffer b = fetch(c, addr, 16);
            if (b != null) {
                c.out.append("{bits=");
                Print.hex(c, b.getLong(0));
                c.out.append(", mask=");
                Print.hex(c, b.getLong(8));
                c.out.append('}');
            }
            return Call.DONE;
        }
        return NOT_MINE;
    }

    private static int lineInfo(Call c, long addr) {
        if (!inOut(c)) return Call.DONE;
        ByteBuffer b = fetch(c, addr, 72);
        if (b == null) return Call.DONE;
        if (!c.exiting) {
            c.out.append("{line_offset=").append(u32(b, 0)).append('}');
            return 0;
        }
        c.out.append("{flags=");
        Print.flags(c, Xlats.GPIO_LINE_FLAGS(), u32(b, 4), "GPIOLINE_FLAG_???");
        c.out.append(", name=");
        cstring(c, b, 8, 32);
        c.out.append(", consumer=");
        cstring(c, b, 40, 32);
        c.out.append('}');
        return Call.DONE;
    }

    /** At exit of a request that made a line fd: {fd=N}. */
    private static void requestFd(Call c, ByteBuffer b, int off) {
        c.out.append("{fd=");
        Print.fd(c, b.getInt(off));
        c.out.append('}');
    }

    private static int handleRequest(Call c, long addr) {
        if (!inOut(c)) return Call.DONE;
        ByteBuffer b = fetch(c, addr, 364);
        if (b == null) return Call.DONE;
        if (c.exiting) {
            requestFd(c, b, 360);
            return Call.DONE;
        }
        long lines = u32(b, 356);
        long shown = Math.min(lines, V1_LINES_MAX);
        c.out.append("{lines=").append(lines).append(", lineoffsets=");
        uints(c, b, 0, 4, shown);
        c.out.append(", flags=");
        Print.flags(c, Xlats.GPIO_HANDLE_FLAGS(), u32(b, 256), "GPIOHANDLE_REQUEST_???");
        c.out.append(", default_values=");
        uints(c, b, 260, 1, shown);
        c.out.append(", consumer_label=");
        cstring(c, b, 324, 32);
        c.out.append('}');
        return 0;
    }

    private static int eventRequest(Call c, long addr) {
        if (!inOut(c)) return Call.DONE;
        ByteBuffer b = fetch(c, addr, 48);
        if (b == null) return Call.DONE;
        if (c.exiting) {
            requestFd(c, b, 44);
            return Call.DONE;
        }
        c.out.append("{lineoffset=").append(u32(b, 0)).append(", handleflags=");
        Print.flags(c, Xlats.GPIO_HANDLE_FLAGS(), u32(b, 4), "GPIOHANDLE_REQUEST_???");
        c.out.append(", eventflags=");
        Print.flags(c, Xlats.GPIO_EVENT_FLAGS(), u32(b, 8), "GPIOEVENT_REQUEST_???");
        c.out.append(", consumer_label=");
        cstring(c, b, 12, 32);
        c.out.append('}');
        return 0;
    }

    private static int v2LineInfo(Call c, long addr) {
        if (!inOut(c)) return Call.DONE;
        ByteBuffer b = fetch(c, addr, 256);
        if (b == null) return Call.DONE;
        if (!c.exiting) {
            c.out.append("{offset=").append(u32(b, 64)).append('}');
            return 0;
        }
        c.out.append("{name=");
        cstring(c, b, 0, 32);
        c.out.append(", consumer=");
        cstring(c, b, 32, 32);
        c.out.append(", flags=");
        Print.flags(c, Xlats.GPIO_V2_LINE_FLAGS(), b.getLong(72), "GPIO_V2_LINE_FLAG_???");
        long n = u32(b, 68);
        c.out.append(", num_attrs=").append(n);
        if (n != 0) {
            c.out.append(", attrs=");
            Structs.heldArray(c, Math.min(n, V2_ATTRS_MAX), i -> {
                c.out.append('{');
                attribute(c, b, 80 + 16 * i, false);
                c.out.append('}');
            });
        }
        if (!zero(b, 240, 16)) {
            c.out.append(", padding=");
            hexes(c.out, b, 240, 4);
        }
        c.out.append('}');
        return Call.DONE;
    }

    private static int v2LineRequest(Call c, long addr) {
        if (!inOut(c)) return Call.DONE;
        ByteBuffer b = fetch(c, addr, 592);
        if (b == null) return Call.DONE;
        if (c.exiting) {
            requestFd(c, b, 588);
            return Call.DONE;
        }
        long lines = u32(b, 560);
        c.out.append("{num_lines=").append(lines).append(", offsets=");
        uints(c, b, 0, 4, Math.min(lines, V2_LINES_MAX));
        c.out.append(", consumer=");
        cstring(c, b, 256, 32);
        c.out.append(", config=");
        v2LineConfig(c, b, 288);
        long events = u32(b, 564);
        if (events != 0) c.out.append(", event_buffer_size=").append(events);
        if (!zero(b, 568, 20)) {
            c.out.append(", padding=");
            hexes(c.out, b, 568, 5);
        }
        c.out.append('}');
        return 0;
    }

    /** struct gpio_v2_line_config at {@code off}. */
    private static void v2LineConfig(Call c, ByteBuffer b, int off) {
        c.out.append("{flags=");
        Print.flags(c, Xlats.GPIO_V2_LINE_FLAGS(), b.getLong(off), "GPIO_V2_LINE_FLAG_???");
        long n = u32(b, off + 8);
        c.out.append(", num_attrs=").append(n);
        if (!zero(b, off + 12, 20)) {
            c.out.append(", padding=");
            hexes(c.out, b, off + 12, 5);
        }
        if (n != 0) {
            c.out.append(", attrs=");
            Structs.heldArray(c, Math.min(n, V2_ATTRS_MAX), i -> {
                int at = off + 32 + 24 * i;
                c.out.append('{');
                attribute(c, b, at, true);
                c.out.append(", mask=");
                Print.hex(c, b.getLong(at + 16));
                c.out.append('}');
            });
        }
        c.out.append('}');
    }

    /** struct gpio_v2_line_attribute: the union member its id names, or id, padding and the raw data. */
    private static void attribute(Call c, ByteBuffer b, int off, boolean asField) {
        long id = u32(b, off), padding = u32(b, off + 4), data = b.getLong(off + 8);
        if (padding == 0 && id == ATTR_FLAGS) {
            c.out.append("flags=");
            Print.flags(c, Xlats.GPIO_V2_LINE_FLAGS(), data, "GPIO_V2_LINE_FLAG_???");
        } else if (padding == 0 && id == ATTR_OUTPUT_VALUES) {
            c.out.append("values=");
            Print.hex(c, data);
        } else if (padding == 0 && id == ATTR_DEBOUNCE) {
            c.out.append("debounce_period_us=").append(Integer.toUnsignedLong((int) data));
        } else {
            if (asField) c.out.append("attr={");
            c.out.append("id=").append(id);
            if (padding != 0) {
                c.out.append(", padding=");
                Print.hex(c, padding);
            }
            c.out.append(", data=");
            Print.hex(c, data);
            if (asField) c.out.append('}');
        }
    }
}
