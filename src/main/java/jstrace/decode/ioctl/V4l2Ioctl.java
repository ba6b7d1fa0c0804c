package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Video4Linux requests, type 'V' (strace's v4l2_ioctl): the structures are not decoded yet. */
public final class V4l2Ioctl {
    private V4l2Ioctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "VIDIOC_CREATE_BUFS", "VIDIOC_CROPCAP", "VIDIOC_DQBUF", "VIDIOC_ENUMINPUT", "VIDIOC_ENUMSTD",
                    "VIDIOC_ENUM_FMT", "VIDIOC_ENUM_FRAMEINTERVALS", "VIDIOC_ENUM_FRAMESIZES", "VIDIOC_G_CROP",
                    "VIDIOC_G_CTRL", "VIDIOC_G_EXT_CTRLS", "VIDIOC_G_FBUF", "VIDIOC_G_FMT", "VIDIOC_G_INPUT",
                    "VIDIOC_G_PARM", "VIDIOC_G_STD", "VIDIOC_G_TUNER", "VIDIOC_QBUF", "VIDIOC_QUERYBUF", "VIDIOC_QUERYCAP",
                    "VIDIOC_QUERYCTRL", "VIDIOC_QUERY_EXT_CTRL", "VIDIOC_REQBUFS", "VIDIOC_STREAMOFF", "VIDIOC_STREAMON",
                    "VIDIOC_S_CROP", "VIDIOC_S_CTRL", "VIDIOC_S_EXT_CTRLS", "VIDIOC_S_FBUF", "VIDIOC_S_FMT",
                    "VIDIOC_S_INPUT", "VIDIOC_S_PARM", "VIDIOC_S_STD", "VIDIOC_S_TUNER", "VIDIOC_TRY_EXT_CTRLS",
                    "VIDIOC_TRY_FMT");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
