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

/* requests of each argument rule (issue 14), with arguments that show it: none, a number, an fd,
 * a mode, a pointer to a number, a structure not decoded (NULL), and the hex default of an
 * undecoded request, including an _IOC_NONE one */
static int number = 123;
static unsigned long long pair[2] = {4096, 8192};
static const struct { unsigned long request, arg; } argued[] = {
    {0xc0045877, 5},                  /* FIFREEZE: no argument */
    {0xb701, 0},                      /* NS_GET_USERNS: no argument */
    {0x7002, 0xdeadbeefbadc0dedUL},   /* RTC_AIE_OFF: no argument */
    {0x9408, 0},                      /* BTRFS_IOC_SYNC: no argument */
    {0x305, 0},                       /* HDIO_GET_QDMA: the default, in hex */
    {0xae00, 0},                      /* KVM_GET_API_VERSION: the default */
    {0x3d00, 0},                      /* _IOC(_IOC_NONE, 0x3d, 0, 0): the default */
    {0xc0186201, 0x10},               /* an unknown request: the default */
    {0x4c00, 0xdeadbeefbadc0dedUL},   /* LOOP_SET_FD: an fd, cut to an int */
    {0x1262, 42},                     /* BLKRASET: an unsigned long */
    {0x4c80, 0xfffffffffffffffeUL},   /* LOOP_CTL_ADD: an int */
    {0x4d13, 3},                      /* MTDFILEMODE: a mode */
    {0x4d13, 9},                      /* MTDFILEMODE: an unknown mode */
    {0x4b2f, 0},                      /* KIOCSOUND: off */
    {0x4b2f, 1000},                   /* KIOCSOUND: a frequency */
    {0x4b30, 0x10003e8},              /* KDMKTONE */
    {0x4b3a, 1},                      /* KDSETMODE */
    {0x4b45, 7},                      /* KDSKBMODE: an unknown keyboard mode */
    {0x4b34, 0x3b5},                  /* KDADDIO: a game port */
    {0x4b4e, 9},                      /* KDSIGACCEPT: a signal */
    {0x40049421, 2},                  /* BTRFS_IOC_BALANCE_CTL */
    {0x2400, 1},                      /* PERF_EVENT_IOC_ENABLE: flags */
    {0x2204, 0xffffffff12345678UL},   /* SG_SET_TRANSFORM: an unsigned int in hex */
    {0xae41, 3},                      /* KVM_CREATE_VCPU */
    {0xc0185879, 0},                  /* FITRIM: a structure, NULL */
    {0x80247009, 0},                  /* RTC_RD_TIME: a structure read at exit, NULL */
    {0x80084812, 0},                  /* HIDIOCGPHYS(8): a name by number */
    {0x125d, 0},                      /* BLKROSET: a pointer to an int, set below */
    {0xc0045706, 0},                  /* WDIOC_SETTIMEOUT: a pointer to an int, set below */
    {0x1277, 0},                      /* BLKDISCARD: a pointer to two numbers, set below */
    {0x125e, 0},                      /* BLKROGET: a pointer to an int, read at exit: its address */
};

int main(void)
{
    for (unsigned i = 0; i < sizeof requests / sizeof requests[0]; i++) ioctl(-1, requests[i], 1);
    for (unsigned i = 0; i < sizeof argued / sizeof argued[0]; i++) {
        unsigned long arg = argued[i].arg;
        if (argued[i].request == 0x125d || argued[i].request == 0xc0045706) arg = (unsigned long) &number;
        if (argued[i].request == 0x1277) arg = (unsigned long) pair;
        if (argued[i].request == 0x125e) arg = (unsigned long) &number;
        ioctl(-1, argued[i].request, arg);
    }
    return 0;
}
