/* Video4Linux requests on fd -1 (EBADF): the structs strace's v4l2_ioctl prints at entry (with
 * -e verbose=), a format of each union member kind, a control id of a control class, a query with
 * its "next" flag, extended controls read again at the failed exit (with their error index). */
#include <linux/videodev2.h>
#include <string.h>
#include <sys/ioctl.h>

int main(void)
{
    struct v4l2_format f;
    memset(&f, 0, sizeof(f));
    f.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    f.fmt.pix.width = 640;
    f.fmt.pix.height = 480;
    f.fmt.pix.pixelformat = V4L2_PIX_FMT_YUYV;
    f.fmt.pix.field = V4L2_FIELD_NONE;
    ioctl(-1, VIDIOC_S_FMT, &f);
    f.type = V4L2_BUF_TYPE_VBI_CAPTURE;
    ioctl(-1, VIDIOC_TRY_FMT, &f);
    ioctl(-1, VIDIOC_G_FMT, &f);
    struct v4l2_control ctl = {.id = V4L2_CTRL_CLASS_USER + 0x1234, .value = 7};
    ioctl(-1, VIDIOC_S_CTRL, &ctl);
    ctl.id = V4L2_CID_BRIGHTNESS;
    ioctl(-1, VIDIOC_G_CTRL, &ctl);
    struct v4l2_queryctrl q = {.id = V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CID_CONTRAST};
    ioctl(-1, VIDIOC_QUERYCTRL, &q);
    struct v4l2_requestbuffers rb = {.count = 4, .type = V4L2_BUF_TYPE_VIDEO_OUTPUT, .memory = V4L2_MEMORY_MMAP};
    ioctl(-1, VIDIOC_REQBUFS, &rb);
    struct v4l2_ext_control ec[2] = {{.id = V4L2_CID_HUE, .value = 3}, {.id = V4L2_CID_SATURATION, .value = -1}};
    struct v4l2_ext_controls ecs = {.ctrl_class = V4L2_CTRL_CLASS_USER, .count = 2, .error_idx = 1, .controls = ec};
    ioctl(-1, VIDIOC_S_EXT_CTRLS, &ecs);
    int type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    ioctl(-1, VIDIOC_STREAMON, &type);
    v4l2_std_id std = V4L2_STD_PAL;
    ioctl(-1, VIDIOC_S_STD, &std);
    struct v4l2_crop crop = {.type = V4L2_BUF_TYPE_VIDEO_CAPTURE, .c = {-1, 2, 3, 4}};
    ioctl(-1, VIDIOC_S_CROP, &crop);
    return 0;
}
