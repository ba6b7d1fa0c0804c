/* ioctl requests of many families on fd -1 (each fails with EBADF before any argument is read): the
 * names jstrace prints for them, from syscall-tables/xlat/ioctl_names.xlat, must be strace's. The
 * codes are numbers, so the sample builds without the kernel headers that define them. */
#include <sys/ioctl.h>

static const unsigned long requests[] = {
    0x80086d01, /* MMTIMER_GETRES */
    0x80044501, /* EVIOCGVERSION */
    0xc020660b, /* FS_IOC_FIEMAP */
    0x84009422, /* BTRFS_IOC_BALANCE_PROGRESS */
    0x40063e00, /* COUNTER_ADD_WATCH_IOCTL */
    0x30d,      /* HDIO_GET_IDENTITY, a plain number */
    0x80503d01, /* PTP_CLOCK_GETCAPS */
    0x80247009, /* RTC_RD_TIME */
    0xc018aa3f, /* UFFDIO_API */
    0x80285700, /* WDIOC_GETSUPPORT */
    0x800ca400, /* TEE_IOC_VERSION */
    0x8044b401, /* GPIO_GET_CHIPINFO_IOCTL */
    0x4c0a,     /* LOOP_CONFIGURE, a plain number */
    0xc0502100, /* SECCOMP_IOCTL_NOTIF_RECV, through the SECCOMP_IOWR wrapper */
    0x80082407, /* PERF_EVENT_IOC_ID */
    0x80685600, /* VIDIOC_QUERYCAP */
    0x80045430, /* TIOCGPTN */
    0xc0045002, /* SNDCTL_DSP_SPEED, through soundcard.h's _SIOWR */
    0x80044100, /* SNDRV_PCM_IOCTL_PVERSION */
    0x80204d01, /* MIXER_READ(1) or MEMGETINFO: the OSS mixer family by number first */
    0xc0185500, /* USBDEVFS_CONTROL */
    0xc0184800, /* DMA_HEAP_IOCTL_ALLOC */
    0x400454ca, /* TUNSETIFF */
    0x81009431, /* FS_IOC_GETFSLABEL */
    0x2285,     /* SG_IO, a plain number */
    0x5603,     /* VT_GETSTATE, a plain number */
    0x8921,     /* SIOCGIFMTU */
    0x40049409, /* BTRFS_IOC_CLONE or FICLONE: several names, in strcmp order */
    0x4020940d, /* BTRFS_IOC_CLONE_RANGE or FICLONERANGE */
    0x80081272, /* BLKGETSIZE64 */
    0xc0186201, /* an unknown request: _IOC(...) */
    0xc0284e3e, /* another unknown one */
};

int main(void)
{
    for (unsigned i = 0; i < sizeof requests / sizeof requests[0]; i++) ioctl(-1, requests[i], 1);
    return 0;
}
