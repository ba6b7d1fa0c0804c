package jstrace.decode.ioctl;

import jstrace.decode.Call;

/** Disk requests, type 0x03 (strace's hdio_ioctl): HDIO_GETGEO and HDIO_DRIVE_CMD are not decoded yet. */
public final class HdioIoctl {
    private HdioIoctl() {}

    public static int decode(Call c, int code, long arg) {
        return IoctlFamily.DEFAULT_ARG;
    }
}
