package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.decode.ioctl.ArgRules;
import jstrace.table.Xlats;

/**
 * Video4Linux requests, type 'V' (linux/videodev2.h), decoded only with -e verbose= as strace's
 * v4l2_ioctl does (the argument in hex otherwise): the capabilities, formats, buffers, streaming
 * parameters, standards, inputs, controls, tuners, crops and frame sizes and intervals. A struct the
 * call changes is printed "in => out" (the fields it wrote); a getter's fields follow at exit.
 */
final class V4l2Ioctls {
    private V4l2Ioctls() {}

    private static long code(String name) {
        return ArgRules.code(name) & 0xffffffffL;
    }

    private static final long QUERYCAP = code("VIDIOC_QUERYCAP"), ENUM_FMT = code("VIDIOC_ENUM_FMT"),
            G_FMT = code("VIDIOC_G_FMT"), S_FMT = code("VIDIOC_S_FMT"), TRY_FMT = code("VIDIOC_TRY_FMT"),
            REQBUFS = code("VIDIOC_REQBUFS"), QUERYBUF = code("VIDIOC_QUERYBUF"), QBUF = code("VIDIOC_QBUF"),
            DQBUF = code("VIDIOC_DQBUF"), G_FBUF = code("VIDIOC_G_FBUF"), S_FBUF = code("VIDIOC_S_FBUF"),
            STREAMON = code("VIDIOC_STREAMON"), STREAMOFF = code("VIDIOC_STREAMOFF"),
            G_PARM = code("VIDIOC_G_PARM"), S_PARM = code("VIDIOC_S_PARM"), G_STD = code("VIDIOC_G_STD"),
            S_STD = code("VIDIOC_S_STD"), ENUMSTD = code("VIDIOC_ENUMSTD"), ENUMINPUT = code("VIDIOC_ENUMINPUT"),
            G_CTRL = code("VIDIOC_G_CTRL"), S_CTRL = code("VIDIOC_S_CTRL"), G_TUNER = code("VIDIOC_G_TUNER"),
            S_TUNER = code("VIDIOC_S_TUNER"), QUERYCTRL = code("VIDIOC_QUERYCTRL"),
            QUERY_EXT_CTRL = code("VIDIOC_QUERY_EXT_CTRL"), G_INPUT = code("VIDIOC_G_INPUT"),
            S_INPUT = code("VIDIOC_S_INPUT"), CROPCAP = code("VIDIOC_CROPCAP"), G_CROP = code("VIDIOC_G_CROP"),
            S_CROP = code("VIDIOC_S_CROP"), S_EXT_CTRLS = code("VIDIOC_S_EXT_CTRLS"),
            TRY_EXT_CTRLS = code("VIDIOC_TRY_EXT_CTRLS"), G_EXT_CTRLS = code("VIDIOC_G_EXT_CTRLS"),
            ENUM_FRAMESIZES = code("VIDIOC_ENUM_FRAMESIZES"), ENUM_FRAMEINTERVALS = code("VIDIOC_ENUM_FRAMEINTERVALS"),
            CREATE_BUFS = code("VIDIOC_CREATE_BUFS");

    /** Buffer types (enum v4l2_buf_type) and the format union member each uses. */
    private static final int VIDEO_CAPTURE = 1, VIDEO_OUTPUT = 2, VIDEO_OVERLAY = 3, VBI_CAPTURE = 4,
            VBI_OUTPUT = 5, SLICED_VBI_CAPTURE = 6, SLICED_VBI_OUTPUT = 7, VIDEO_OUTPUT_OVERLAY = 8,
            VIDEO_CAPTURE_MPLANE = 9, VIDEO_OUTPUT_MPLANE = 10, SDR_CAPTURE = 11, SDR_OUTPUT = 12,
            META_CAPTURE = 13, META_OUTPUT = 14;
    private static final int MEMORY_MMAP = 1, MEMORY_USERPTR = 2;
    private static final long TIMESTAMP_MASK = 0xe000, TSTAMP_SRC_MASK = 0x70000;
    /** V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CTRL_FLAG_NEXT_COMPOUND: a query's "the next one after" bits. */
    private static final long NEXT_FLAGS = 0xc0000000L;
    private static final int FRMSIZE_DISCRETE = 1, FRMSIZE_CONTINUOUS = 2, FRMSIZE_STEPWISE = 3,
            FRMIVAL_DISCRETE = 1, FRMIVAL_STEPWISE = 3;
    private static final int VIDEO_MAX_PLANES = 8, CLIP_SIZE = 24, EXT_CONTROL_SIZE = 20;

    static int decode(Call c, long req) {
        if (!c.verbose()) return NOT_MINE; // strace: the argument in hex then
        long arg = c.args[2];
        if (req == QUERYCAP) return capability(c, arg);
        if (req == ENUM_FMT) return fmtdesc(c, arg);
        if (req == G_FMT || req == S_FMT || req == TRY_FMT) return format(c, arg, req == G_FMT);
        if (req == REQBUFS) return requestBuffers(c, arg);
        if (req == QUERYBUF || req == QBUF || req == DQBUF) return buffer(c, arg, req == DQBUF);
        if (req == G_FBUF || req == S_FBUF) return framebuffer(c, arg, req == G_FBUF);
        if (req == STREAMON || req == STREAMOFF) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 4);
            if (b != null) {
                c.out.append('[');
                Print.xval(c, Xlats.V4L2_BUF_TYPES(), u32(b, 0));
                c.out.append(']');
            }
            return Call.DONE;
        }
        if (req == G_PARM || req == S_PARM) return streamparm(c, arg, req == G_PARM);
        if (req == G_STD || req == S_STD || req == G_INPUT || req == S_INPUT) {
            boolean getter = req == G_STD || req == G_INPUT;
            if (getter && !c.exiting) {
                c.sep();
                return 0;
            }
            if (!getter) c.sep();
            boolean std = req == G_STD || req == S_STD;
            ByteBuffer b = fetch(c, arg, std ? 8 : 4);
            if (b == null) return Call.DONE;
            c.out.append('[');
            if (std) Print.hex(c.out, b.getLong(0));
            else c.out.append(u32(b, 0));
            c.out.append(']');
            return Call.DONE;
        }
        if (req == ENUMSTD) return standard(c, arg);
        if (req == ENUMINPUT) return input(c, arg);
        if (req == G_CTRL || req == S_CTRL) return control(c, arg, req == G_CTRL);
        if (req == G_TUNER || req == S_TUNER) return tuner(c, arg, req == G_TUNER);
        if (req == QUERYCTRL || req == QUERY_EXT_CTRL) return queryctrl(c, arg, req == QUERY_EXT_CTRL);
        if (req == CROPCAP) return cropcap(c, arg);
        if (req == G_CROP || req == S_CROP) return crop(c, arg, req == G_CROP);
        if (req == S_EXT_CTRLS || req == TRY_EXT_CTRLS || req == G_EXT_CTRLS) return extControls(c, arg, req == G_EXT_CTRLS);
        if (req == ENUM_FRAMESIZES) return frmsizeenum(c, arg);
        if (req == ENUM_FRAMEINTERVALS) return frmivalenum(c, arg);
        if (req == CREATE_BUFS) return createBuffers(c, arg);
        return NOT_MINE;
    }

    /** The struct again at exit: null when the call failed or it is unreadable now. */
    private static ByteBuffer atExit(Call c, long arg, int size) {
        return c.failed ? null : Structs.read(c, arg, size);
    }

    // ---- the requests ---------------------------------------------------------------------

    /** struct v4l2_capability, at exit. */
    private static int capability(Call c, long arg) {
        if (!c.exiting) {
            c.sep();
            return 0;
        }
        ByteBuffer b = fetch(c, arg, 104);
        if (b == null) return Call.DONE;
        c.out.append("{driver=");
        cstr(c, b, 0, 16);
        c.out.append(", card=");
        cstr(c, b, 16, 32);
        c.out.append(", bus_info=");
        cstr(c, b, 48, 32);
        c.out.append(", version=");
        kernelVersion(c, u32(b, 80));
        c.out.append(", capabilities=");
        Print.flags(c, Xlats.V4L2_DEVICE_CAPABILITIES_FLAGS(), u32(b, 84));
        if (u32(b, 88) != 0) {
            c.out.append(", device_caps=");
            Print.flags(c, Xlats.V4L2_DEVICE_CAPABILITIES_FLAGS(), u32(b, 88));
        }
        c.out.append('}');
        return Call.DONE;
    }

    /** struct v4l2_fmtdesc: index and type in, flags, description and pixel format out. */
    private static int fmtdesc(Call c, long arg) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 64);
            if (b == null) return Call.DONE;
            c.out.append("{index=").append(u32(b, 0)).append(", type=");
            Print.xval(c, Xlats.V4L2_BUF_TYPES(), u32(b, 4));
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 64);
        if (b != null) {
            c.out.append(", flags=");
            Print.flags(c, Xlats.V4L2_FORMAT_DESCRIPTION_FLAGS(), u32(b, 8));
            c.out.append(", description=");
            cstr(c, b, 12, 32);
            c.out.append(", pixelformat=");
            pixelformat(c, u32(b, 44), Xlats.V4L2_PIX_FMTS());
        }
        c.out.append('}');
        return Call.DONE;
    }

    /** struct v4l2_format: the type, then the union member of the type (a getter's at exit, a setter's "=> {...}"). */
    private static int format(Call c, long arg, boolean getter) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 208);
            if (b == null) return Call.DONE;
            c.out.append("{type=");
            Print.xval(c, Xlats.V4L2_BUF_TYPES(), u32(b, 0));
            if (getter) return 0;
            if (!formatFmt(c, b, 0, ", ")) {
                c.out.append('}');
                return Call.DONE;
            }
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 208);
        if (b != null) formatFmt(c, b, 0, getter ? ", " : "} => {");
        c.out.append('}');
        return Call.DONE;
    }

    /**
     * The union of the struct v4l2_format at {@code off} by its type, after {@code prefix}; false when
     * the type has none or its clips were not all printed (strace then ends the struct at entry).
     */
    private static boolean formatFmt(Call c, ByteBuffer b, int off, String prefix) {
        int type = b.getInt(off);
        int f = off + 8;
        StringBuilder o = c.out;
        switch (type) {
            case VIDEO_CAPTURE, VIDEO_OUTPUT -> {
                o.append(prefix).append("fmt.pix={width=").append(u32(b, f)).append(", height=").append(u32(b, f + 4))
                        .append(", pixelformat=");
                pixelformat(c, u32(b, f + 8), Xlats.V4L2_PIX_FMTS());
                o.append(", field=");
                Print.xval(c, Xlats.V4L2_FIELDS(), u32(b, f + 12));
                o.append(", bytesperline=").append(u32(b, f + 16)).append(", sizeimage=").append(u32(b, f + 20))
                        .append(", colorspace=");
                Print.xval(c, Xlats.V4L2_COLORSPACES(), u32(b, f + 24));
                o.append('}');
                return true;
            }
            case VIDEO_CAPTURE_MPLANE, VIDEO_OUTPUT_MPLANE -> {
                o.append(prefix).append("fmt.pix_mp={width=").append(u32(b, f)).append(", height=").append(u32(b, f + 4))
                        .append(", pixelformat=");
                pixelformat(c, u32(b, f + 8), Xlats.V4L2_PIX_FMTS());
                o.append(", field=");
                Print.xval(c, Xlats.V4L2_FIELDS(), u32(b, f + 12));
                o.append(", colorspace=");
                Print.xval(c, Xlats.V4L2_COLORSPACES(), u32(b, f + 16));
                int planes = u8(b, f + 180);
                o.append(", plane_fmt=");
                Structs.heldArray(c, Math.min(planes, VIDEO_MAX_PLANES), i -> o.append("{sizeimage=")
                        .append(u32(b, f + 20 + 20 * i)).append(", bytesperline=").append(u32(b, f + 24 + 20 * i))
                        .append('}'));
                o.append(", num_planes=").append(planes).append('}');
                return true;
            }
            case VIDEO_OUTPUT_OVERLAY, VIDEO_OVERLAY -> {
                o.append(prefix).append("fmt.win={w=");
                rect(o, b, f);
                o.append(", field=");
                Print.xval(c, Xlats.V4L2_FIELDS(), u32(b, f + 16));
                o.append(", chromakey=");
                Print.hex(o, u32(b, f + 20));
                o.append(", clips=");
                long clipcount = u32(b, f + 32);
                boolean all = Structs.array(c, b.getLong(f + 24), clipcount, CLIP_SIZE, (call, e) -> {
                    call.out.append("{c=");
                    rect(call.out, e, 0);
                    call.out.append('}');
                });
                o.append(", clipcount=").append(clipcount).append(", bitmap=");
                Print.ptr(c, b.getLong(f + 40));
                int alpha = u8(b, f + 48);
                if (alpha != 0) {
                    o.append(", global_alpha=");
                    Print.hex(o, alpha);
                }
                o.append('}');
                return all;
            }
            case VBI_CAPTURE, VBI_OUTPUT -> {
                o.append(prefix).append("fmt.vbi={sampling_rate=").append(u32(b, f)).append(", offset=")
                        .append(u32(b, f + 4)).append(", samples_per_line=").append(u32(b, f + 8))
                        .append(", sample_format=");
                pixelformat(c, u32(b, f + 12), Xlats.V4L2_PIX_FMTS());
                o.append(", start=");
                valArray(c, 2, i -> o.append(b.getInt(f + 16 + 4 * i)));
                o.append(", count=");
                valArray(c, 2, i -> o.append(u32(b, f + 24 + 4 * i)));
                o.append(", flags=");
                Print.flags(c, Xlats.V4L2_VBI_FLAGS(), u32(b, f + 32));
                o.append('}');
                return true;
            }
            case SLICED_VBI_CAPTURE, SLICED_VBI_OUTPUT -> {
                o.append(prefix).append("fmt.sliced={service_set=");
                Print.flags(c, Xlats.V4L2_SLICED_FLAGS(), u16(b, f));
                o.append(", service_lines=");
                valArray(c, 2, row -> valArray(c, 24, i -> Print.hex(o, u16(b, f + 2 + 48 * row + 2 * i))));
                o.append(", io_size=").append(u32(b, f + 100)).append('}');
                return true;
            }
            case SDR_CAPTURE, SDR_OUTPUT -> {
                o.append(prefix).append("fmt.sdr={pixelformat=");
                pixelformat(c, u32(b, f), Xlats.V4L2_SDR_FMTS());
                if (u32(b, f + 4) != 0) o.append(", buffersize=").append(u32(b, f + 4));
                o.append('}');
                return true;
            }
            case META_CAPTURE, META_OUTPUT -> {
                o.append(prefix).append("fmt.meta={dataformat=");
                pixelformat(c, u32(b, f), Xlats.V4L2_META_FMTS());
                o.append(", buffersize=").append(u32(b, f + 4)).append('}');
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** struct v4l2_requestbuffers: type, memory and count in, the count granted out. */
    private static int requestBuffers(Call c, long arg) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 20);
            if (b == null) return Call.DONE;
            c.out.append("{type=");
            Print.xval(c, Xlats.V4L2_BUF_TYPES(), u32(b, 4));
            c.out.append(", memory=");
            Print.xval(c, Xlats.V4L2_MEMORIES(), u32(b, 8));
            c.out.append(", count=").append(u32(b, 0));
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 20);
        if (b != null) c.out.append(" => ").append(u32(b, 0));
        c.out.append('}');
        return Call.DONE;
    }

    /** struct v4l2_buffer: type (and index, but for DQBUF) in; the rest out, DQBUF's index and timestamp too. */
    private static int buffer(Call c, long arg, boolean dq) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 88);
            if (b == null) return Call.DONE;
            c.out.append("{type=");
            Print.xval(c, Xlats.V4L2_BUF_TYPES(), u32(b, 4));
            if (!dq) c.out.append(", index=").append(u32(b, 0));
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 88);
        if (b != null) {
            StringBuilder o = c.out;
            if (dq) o.append(", index=").append(u32(b, 0));
            o.append(", memory=");
            long memory = u32(b, 60);
            Print.xval(c, Xlats.V4L2_MEMORIES(), memory);
            if (memory == MEMORY_MMAP) {
                o.append(", m.offset=");
                Print.hex(o, u32(b, 64));
            } else if (memory == MEMORY_USERPTR) {
                o.append(", m.userptr=");
                Print.ptr(c, b.getLong(64));
            }
            o.append(", length=").append(u32(b, 72)).append(", bytesused=").append(u32(b, 8)).append(", flags=");
            bufferFlags(c, u32(b, 12));
            if (dq) {
                o.append(", timestamp=");
                Structs.timeval(o, b.getLong(24), b.getLong(32));
            }
            o.append(", ...");
        }
        c.out.append('}');
        return Call.DONE;
    }

    /** The flags of a buffer: its flag bits, then the timestamp type and source (two values in the word). */
    private static void bufferFlags(Call c, long v) {
        if (c.opts().xlatStyle == Decoding.XLAT_RAW) {
            Print.hex(c.out, v);
            return;
        }
        long type = v & TIMESTAMP_MASK, src = v & TSTAMP_SRC_MASK, flags = v & ~TIMESTAMP_MASK & ~TSTAMP_SRC_MASK;
        if (flags != 0) {
            Print.flags(c, Xlats.V4L2_BUF_FLAGS(), flags);
            c.out.append('|');
        }
        Print.xval(c, Xlats.V4L2_BUF_FLAGS_TS_TYPE(), type);
        c.out.append('|');
        Print.xval(c, Xlats.V4L2_BUF_FLAGS_TS_SRC(), src);
    }

    /** struct v4l2_framebuffer: the getter's at exit, the setter's at entry. */
    private static int framebuffer(Call c, long arg, boolean getter) {
        if (getter && !c.exiting) {
            c.sep();
            return 0;
        }
        if (!getter) c.sep();
        ByteBuffer b = fetch(c, arg, 48);
        if (b == null) return Call.DONE;
        c.out.append("{capability=");
        Print.hex(c.out, u32(b, 0));
        c.out.append(", flags=");
        Print.hex(c.out, u32(b, 4));
        c.out.append(", base=");
        Print.ptr(c, b.getLong(8));
        c.out.append('}');
        return Call.DONE;
    }

    /** struct v4l2_streamparm: the type, then the capture or output parameters (of the video types only). */
    private static int streamparm(Call c, long arg, boolean getter) {
        ByteBuffer b;
        if (!c.exiting) {
            c.sep();
            b = fetch(c, arg, 204);
            if (b == null) return Call.DONE;
            c.out.append("{type=");
            long type = u32(b, 0);
            Print.xval(c, Xlats.V4L2_BUF_TYPES(), type);
            if (type != VIDEO_CAPTURE && type != VIDEO_OUTPUT) {
                c.out.append('}');
                return Call.DONE;
            }
            if (getter) return 0;
            c.out.append(", ");
        } else {
            b = atExit(c, arg, 204);
            if (b == null) {
                c.out.append('}');
                return Call.DONE;
            }
            c.out.append(getter ? ", " : "} => {");
        }
        boolean capture = u32(b, 0) == VIDEO_CAPTURE;
        StringBuilder o = c.out;
        o.append(capture ? "parm.capture={capability=" : "parm.output={capability=");
        Print.flags(c, Xlats.V4L2_STREAMING_CAPABILITIES(), u32(b, 4));
        o.append(capture ? ", capturemode=" : ", outputmode=");
        Print.flags(c, Xlats.V4L2_CAPTURE_MODES(), u32(b, 8));
        o.append(", timeperframe=");
        fract(o, b, 12);
        o.append(", extendedmode=");
        Print.hex(o, u32(b, 20));
        o.append(capture ? ", readbuffers=" : ", writebuffers=").append(u32(b, 24)).append('}');
        if (!c.exiting) return 0;
        o.append('}');
        return Call.DONE;
    }

    /** struct v4l2_standard: the index in; name, frame period and lines out. */
    private static int standard(Call c, long arg) {
        if (!c.exiting) return index(c, arg, 72);
        ByteBuffer b = atExit(c, arg, 72);
        if (b != null) {
            c.out.append(", name=");
            cstr(c, b, 16, 24);
            c.out.append(", frameperiod=");
            fract(c.out, b, 40);
            c.out.append(", framelines=").append(u32(b, 48));
        }
        c.out.append('}');
        return Call.DONE;
    }

    /** struct v4l2_input: the index in; name and type out. */
    private static int input(Call c, long arg) {
        if (!c.exiting) return index(c, arg, 80);
        ByteBuffer b = atExit(c, arg, 80);
        if (b != null) {
            c.out.append(", name=");
            cstr(c, b, 4, 32);
            c.out.append(", type=");
            Print.xval(c, Xlats.V4L2_INPUT_TYPES(), u32(b, 36));
        }
        c.out.append('}');
        return Call.DONE;
    }

    /** At entry: "{index=N" of a struct whose first field is the index. */
    private static int index(Call c, long arg, int size) {
        c.sep();
        ByteBuffer b = fetch(c, arg, size);
        if (b == null) return Call.DONE;
        c.out.append("{index=").append(u32(b, 0));
        return 0;
    }

    /** struct v4l2_control: the id (and a setter's value) in, the value out. */
    private static int control(Call c, long arg, boolean getter) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 8);
            if (b == null) return Call.DONE;
            c.out.append("{id=");
            cid(c, u32(b, 0), false);
            if (!getter) c.out.append(", value=").append(b.getInt(4));
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 8);
        if (b != null) c.out.append(getter ? ", value=" : " => ").append(b.getInt(4));
        c.out.append('}');
        return Call.DONE;
    }

    /** struct v4l2_tuner: the index in; the rest a getter's at exit, a setter's in and out. */
    private static int tuner(Call c, long arg, boolean getter) {
        ByteBuffer b;
        if (!c.exiting) {
            c.sep();
            b = fetch(c, arg, 84);
            if (b == null) return Call.DONE;
            c.out.append("{index=").append(u32(b, 0));
            if (getter) return 0;
            c.out.append(", ");
        } else {
            b = atExit(c, arg, 84);
            if (b == null) {
                c.out.append('}');
                return Call.DONE;
            }
            c.out.append(getter ? ", " : "} => {");
        }
        StringBuilder o = c.out;
        o.append("name=");
        cstr(c, b, 4, 32);
        o.append(", type=");
        Print.xval(c, Xlats.V4L2_TUNER_TYPES(), u32(b, 36));
        o.append(", capability=");
        Print.flags(c, Xlats.V4L2_TUNER_CAPABILITIES(), u32(b, 40));
        o.append(", rangelow=").append(u32(b, 44)).append(", rangehigh=").append(u32(b, 48)).append(", rxsubchans=");
        Print.flags(c, Xlats.V4L2_TUNER_RXSUBCHANSES(), u32(b, 52));
        o.append(", audmode=");
        Print.xval(c, Xlats.V4L2_TUNER_AUDMODES(), u32(b, 56));
        o.append(", signal=").append(b.getInt(60)).append(", afc=").append(b.getInt(64));
        if (!c.exiting) return 0;
        o.append('}');
        return Call.DONE;
    }

    /**
     * struct v4l2_queryctrl or v4l2_query_ext_ctrl: the id (with its "next" flags) in; out the id when
     * the call changed it, the type and name, and the limits and flags unless abbreviated.
     */
    private static int queryctrl(Call c, long arg, boolean ext) {
        int size = ext ? 232 : 68;
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, size);
            if (b == null) return Call.DONE;
            c.saved = u32(b, 0);
            c.out.append("{id=");
            cid(c, c.saved, true);
            return 0;
        }
        ByteBuffer b = atExit(c, arg, size);
        StringBuilder o = c.out;
        if (b == null) {
            o.append('}');
            return Call.DONE;
        }
        if (u32(b, 0) != c.saved) {
            o.append(" => ");
            cid(c, u32(b, 0), false);
        }
        o.append(", type=");
        Print.xval(c, Xlats.V4L2_CONTROL_TYPES(), u32(b, 4));
        o.append(", name=");
        cstr(c, b, 8, 32);
        if (c.abbrev()) {
            o.append(", ...}");
            return Call.DONE;
        }
        if (ext) {
            o.append(", minimum=").append(b.getLong(40)).append(", maximum=").append(b.getLong(48))
                    .append(", step=").append(Long.toUnsignedString(b.getLong(56))).append(", default_value=")
                    .append(b.getLong(64)).append(", flags=");
            Print.flags(c, Xlats.V4L2_CONTROL_FLAGS(), u32(b, 72));
            long dims = u32(b, 84);
            o.append(", elem_size=").append(u32(b, 76)).append(", elems=").append(u32(b, 80))
                    .append(", nr_of_dims=").append(dims).append(", dims=");
            Structs.heldArray(c, (int) Math.min(dims, 4), i -> o.append(u32(b, 88 + 4 * i)));
            reserved(c, b, 104, 32);
        } else {
            o.append(", minimum=").append(b.getInt(40)).append(", maximum=").append(b.getInt(44))
                    .append(", step=").append(b.getInt(48)).append(", default_value=").append(b.getInt(52))
                    .append(", flags=");
            Print.flags(c, Xlats.V4L2_CONTROL_FLAGS(), u32(b, 56));
            reserved(c, b, 60, 2);
        }
        o.append('}');
        return Call.DONE;
    }

    /** ", reserved=[0x...]" of {@code n} 32-bit words, unless all are zero. */
    private static void reserved(Call c, ByteBuffer b, int off, int n) {
        if (zero(b, off, 4 * n)) return;
        c.out.append(", reserved=");
        Structs.heldArray(c, n, i -> Print.hex(c.out, u32(b, off + 4 * i)));
    }

    /** struct v4l2_cropcap: the type in; bounds, default rectangle and pixel aspect out. */
    private static int cropcap(Call c, long arg) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 44);
            if (b == null) return Call.DONE;
            c.out.append("{type=");
            Print.xval(c, Xlats.V4L2_BUF_TYPES(), u32(b, 0));
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 44);
        if (b != null) {
            c.out.append(", bounds=");
            rect(c.out, b, 4);
            c.out.append(", defrect=");
            rect(c.out, b, 20);
            c.out.append(", pixelaspect=");
            fract(c.out, b, 36);
        }
        c.out.append('}');
        return Call.DONE;
    }

    /** struct v4l2_crop: the type, and the rectangle (a setter's in, a getter's out). */
    private static int crop(Call c, long arg, boolean getter) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 20);
            if (b == null) return Call.DONE;
            c.out.append("{type=");
            Print.xval(c, Xlats.V4L2_BUF_TYPES(), u32(b, 0));
            if (getter) return 0;
            c.out.append(", c=");
            rect(c.out, b, 4);
            c.out.append('}');
            return Call.DONE;
        }
        ByteBuffer b = atExit(c, arg, 20);
        if (b != null) {
            c.out.append(", c=");
            rect(c.out, b, 4);
        }
        c.out.append('}');
        return Call.DONE;
    }

    /**
     * struct v4l2_ext_controls: class and count, then the controls (a getter's at exit, a setter's in
     * and out); read at exit even when the call failed, which then adds the index of the failing one.
     */
    private static int extControls(Call c, long arg, boolean getter) {
        ByteBuffer b;
        StringBuilder o = c.out;
        if (!c.exiting) {
            c.sep();
            b = fetch(c, arg, 32);
            if (b == null) return Call.DONE;
            o.append("{ctrl_class=");
            Print.xval(c, Xlats.V4L2_CONTROL_CLASSES(), u32(b, 0));
            o.append(", count=").append(u32(b, 4));
            if (u32(b, 4) == 0) {
                o.append('}');
                return Call.DONE;
            }
            if (getter) return 0;
            o.append(", ");
        } else {
            b = Structs.read(c, arg, 32);
            if (b == null) {
                o.append('}');
                return Call.DONE;
            }
            o.append(getter ? ", " : "} => {");
        }
        o.append("controls=");
        boolean all = Structs.array(c, b.getLong(24), u32(b, 4), EXT_CONTROL_SIZE, V4l2Ioctls::extControl);
        if (c.exiting && c.failed) o.append(", error_idx=").append(u32(b, 8));
        if (c.exiting || !all) {
            o.append('}');
            return Call.DONE;
        }
        return 0;
    }

    /** struct v4l2_ext_control: the id and size, then the string (of size bytes) or the value. */
    private static void extControl(Call c, ByteBuffer e) {
        c.out.append("{id=");
        Print.xval(c, Xlats.V4L2_CONTROL_IDS(), u32(e, 0));
        long size = u32(e, 4);
        c.out.append(", size=").append(size);
        if (size > 0) {
            c.out.append(", string=");
            Print.buf(c, e.getLong(12), size);
        } else {
            c.out.append(", value=").append(e.getInt(12)).append(", value64=").append(e.getLong(12));
        }
        c.out.append('}');
    }

    /** struct v4l2_frmsizeenum: index and pixel format in; the type and its sizes out. */
    private static int frmsizeenum(Call c, long arg) {
        if (!c.exiting) {
            if (index(c, arg, 44) != 0) return Call.DONE;
            ByteBuffer b = Structs.read(c, arg, 44);
            c.out.append(", pixel_format=");
            pixelformat(c, b == null ? 0 : u32(b, 4), Xlats.V4L2_PIX_FMTS());
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 44);
        StringBuilder o = c.out;
        if (b != null) {
            long type = u32(b, 8);
            o.append(", type=");
            Print.xval(c, Xlats.V4L2_FRAMESIZE_TYPES(), type);
            if (type == FRMSIZE_DISCRETE) {
                o.append(", discrete={width=").append(u32(b, 12)).append(", height=").append(u32(b, 16)).append('}');
            } else if (type == FRMSIZE_STEPWISE) {
                String[] names = {"min_width", "max_width", "step_width", "min_height", "max_height", "step_height"};
                for (int i = 0; i < names.length; i++) {
                    o.append(i == 0 ? ", stepwise={" : ", ").append(names[i]).append('=').append(u32(b, 12 + 4 * i));
                }
                o.append('}');
            }
        }
        o.append('}');
        return Call.DONE;
    }

    /** struct v4l2_frmivalenum: index, pixel format and size in; the type and its intervals out. */
    private static int frmivalenum(Call c, long arg) {
        if (!c.exiting) {
            if (index(c, arg, 52) != 0) return Call.DONE;
            ByteBuffer b = Structs.read(c, arg, 52);
            if (b == null) return Call.DONE;
            c.out.append(", pixel_format=");
            pixelformat(c, u32(b, 4), Xlats.V4L2_PIX_FMTS());
            c.out.append(", width=").append(u32(b, 8)).append(", height=").append(u32(b, 12));
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 52);
        StringBuilder o = c.out;
        if (b != null) {
            long type = u32(b, 16);
            o.append(", type=");
            Print.xval(c, Xlats.V4L2_FRAMEINTERVAL_TYPES(), type);
            if (type == FRMIVAL_DISCRETE) {
                o.append(", discrete=");
                fract(o, b, 20);
            } else if (type == FRMIVAL_STEPWISE || type == FRMSIZE_CONTINUOUS) {
                o.append(", stepwise={min=");
                fract(o, b, 20);
                o.append(", max=");
                fract(o, b, 28);
                o.append(", step=");
                fract(o, b, 36);
                o.append('}');
            }
        }
        o.append('}');
        return Call.DONE;
    }

    /** struct v4l2_create_buffers: count, memory and format in; the index and count out, after the return value. */
    private static int createBuffers(Call c, long arg) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 256);
            if (b == null) return Call.DONE;
            c.out.append("{count=").append(u32(b, 4)).append(", memory=");
            Print.xval(c, Xlats.V4L2_MEMORIES(), u32(b, 8));
            c.out.append(", format={type=");
            Print.xval(c, Xlats.V4L2_BUF_TYPES(), u32(b, 16));
            formatFmt(c, b, 16, ", ");
            c.out.append("}}");
            return 0;
        }
        ByteBuffer b = atExit(c, arg, 256);
        if (b == null) return Call.DONE;
        c.retText = "{index=" + u32(b, 0) + ", count=" + u32(b, 4) + "}";
        return Call.DONE | Call.RET_STR;
    }

    // ---- fields ---------------------------------------------------------------------------

    /** A control id: by name, as CLASS+0x.. within a control class, else in hex; a query's "next" flags first. */
    private static void cid(Call c, long id, boolean nextFlags) {
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (style == Decoding.XLAT_RAW) {
            Print.hex(o, id);
            return;
        }
        if (nextFlags && (id & NEXT_FLAGS) != 0) {
            Print.flags(c, Xlats.V4L2_CONTROL_QUERY_FLAGS(), id & NEXT_FLAGS);
            o.append('|');
            id &= ~NEXT_FLAGS;
        }
        String name = Xlats.V4L2_CONTROL_IDS().lookup(id);
        if (name == null) {
            Xlat classes = Xlats.V4L2_CONTROL_CLASSES();
            long best = -1;
            String cls = null;
            for (int i = 0; i < classes.values.length; i++) {
                long v = classes.values[i];
                if (v <= id && v > best) {
                    best = v;
                    cls = classes.names[i];
                }
            }
            if (cls != null && id - best < 0x10000) {
                long rest = id - best;
                name = cls + "+" + (rest == 0 ? "0" : "0x" + Long.toHexString(rest));
            }
        }
        if (name == null) {
            Print.hex(o, id);
            o.append(" /* V4L2_CID_??? */");
        } else if (style == Decoding.XLAT_VERBOSE) {
            Print.hex(o, id);
            o.append(" /* ").append(name).append(" */");
        } else {
            o.append(name);
        }
    }

    /** A four-character code: v4l2_fourcc('a', 'b', 'c', 'd') with its name in a comment when known; -X raw: hex. */
    private static void pixelformat(Call c, long fourcc, Xlat names) {
        StringBuilder o = c.out;
        if (c.opts().xlatStyle == Decoding.XLAT_RAW) {
            Print.hex(o, fourcc);
            return;
        }
        o.append("v4l2_fourcc(");
        for (int i = 0; i < 4; i++) {
            if (i > 0) o.append(", ");
            int ch = (int) (fourcc >> (8 * i)) & 0xff;
            o.append('\'');
            if (ch >= 0x20 && ch < 0x7f) {
                if (ch == '\'' || ch == '\\') o.append('\\');
                o.append((char) ch);
            } else {
                o.append("\\x").append(Character.forDigit(ch >> 4, 16)).append(Character.forDigit(ch & 15, 16));
            }
            o.append('\'');
        }
        o.append(')');
        String n = names.lookup(fourcc);
        if (n != null) o.append(" /* ").append(n).append(" */");
    }

    /** A kernel version: KERNEL_VERSION(major, minor, patch); -X raw: hex, -X verbose: both. */
    private static void kernelVersion(Call c, long v) {
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (style != Decoding.XLAT_ABBREV) Print.hex(o, v);
        if (style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
        o.append("KERNEL_VERSION(").append(v >> 16).append(", ").append((v >> 8) & 0xff).append(", ")
                .append(v & 0xff).append(')');
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
    }

    /** struct v4l2_rect {left, top, width, height}. */
    private static void rect(StringBuilder o, ByteBuffer b, int off) {
        o.append("{left=").append(b.getInt(off)).append(", top=").append(b.getInt(off + 4)).append(", width=")
                .append(u32(b, off + 8)).append(", height=").append(u32(b, off + 12)).append('}');
    }

    /** struct v4l2_fract: numerator/denominator. */
    private static void fract(StringBuilder o, ByteBuffer b, int off) {
        o.append(u32(b, off)).append('/').append(u32(b, off + 4));
    }

    /** A char array: quoted up to its NUL, or its first size - 1 bytes and "..." without a NUL in them. */
    private static void cstr(Call c, ByteBuffer b, int off, int size) {
        byte[] s = new byte[size];
        b.get(off, s);
        int len = 0;
        while (len < size && s[len] != 0) len++;
        Print.quote(c.out, s, Math.min(len, size - 1), c.opts().hexStrings);
        if (len >= size - 1) c.out.append("...");
    }

    private interface Element {
        void print(int i);
    }

    /** A struct's array of plain values, printed whole whatever -s says (strace's PRINT_FIELD_*_ARRAY). */
    private static void valArray(Call c, int n, Element e) {
        c.out.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) c.out.append(", ");
            e.print(i);
        }
        c.out.append(']');
    }

    private static int u16(ByteBuffer b, int off) {
        return Short.toUnsignedInt(b.getShort(off));
    }
}
