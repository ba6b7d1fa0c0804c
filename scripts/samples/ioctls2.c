/* More ioctl requests whose argument is a struct or a setting, on fd -1 (EBADF): the disk (HDIO),
 * PTP clock, SCSI generic (SG_IO v3 and v4: read back at the failed exit too) and
 * terminal (struct termios, termios2, termio) requests requests as strace prints them at entry, for a whole struct, one cut off by an unmapped page
 * (its address) and NULL. */
#include <linux/hdreg.h>
#include <asm/termbits.h>
#include <linux/bsg.h>
#include <linux/ptp_clock.h>
#include <scsi/sg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

/* A buffer of size bytes ending where an unmapped page starts: a bigger struct there is cut off. */
static void *tail(char *page_end, size_t size)
{
    return page_end - size;
}

static void hdio(char *end)
{
    unsigned char *cmd = tail(end, 4);
    cmd[0] = 0xca; /* ATA_CMD_WRITE */
    cmd[1] = 1;
    cmd[2] = 2;
    cmd[3] = 0;
    ioctl(-1, HDIO_DRIVE_CMD, cmd);
    cmd[0] = 0x80; /* no name */
    ioctl(-1, HDIO_DRIVE_CMD, cmd);
    ioctl(-1, HDIO_DRIVE_CMD, cmd + 1);
    ioctl(-1, HDIO_DRIVE_CMD, NULL);
    unsigned *words = tail(end, 3 * sizeof *words);
    words[0] = 0xdeadbeef;
    words[1] = 1;
    words[2] = 0;
    ioctl(-1, HDIO_DRIVE_RESET, words);
    ioctl(-1, HDIO_SCAN_HWIF, words + 1);
    ioctl(-1, HDIO_GETGEO, words);
    ioctl(-1, HDIO_GET_32BIT, words);
    ioctl(-1, HDIO_GET_IDENTITY, words);
    ioctl(-1, HDIO_SET_DMA, 1UL);
    ioctl(-1, HDIO_SET_ACOUSTIC, -2UL);
    ioctl(-1, HDIO_SET_NICE, 1UL << IDE_NICE_1 | 1UL << IDE_NICE_DSC_OVERLAP | 0x100);
    ioctl(-1, HDIO_SET_NICE, 0x100UL);
    ioctl(-1, HDIO_SET_BUSSTATE, (unsigned long) BUSSTATE_TRISTATE);
    ioctl(-1, HDIO_SET_BUSSTATE, 7UL);
    ioctl(-1, HDIO_SET_XFER, 3UL);
}

static void ptp(char *end)
{
    struct ptp_extts_request *extts = tail(end, sizeof *extts);
    memset(extts, 0, sizeof *extts);
    extts->index = 1;
    extts->flags = PTP_ENABLE_FEATURE | PTP_RISING_EDGE | 0x100;
    ioctl(-1, PTP_EXTTS_REQUEST, extts);
    extts->rsv[1] = 7;
    ioctl(-1, PTP_EXTTS_REQUEST2, extts);
    ioctl(-1, PTP_EXTTS_REQUEST, (char *) extts + 1);
    struct ptp_perout_request *perout = tail(end, sizeof *perout);
    memset(perout, 0, sizeof *perout);
    perout->start.sec = 1700000000;
    perout->start.nsec = 5;
    perout->period.sec = 1;
    perout->period.reserved = 3;
    perout->index = 2;
    ioctl(-1, PTP_PEROUT_REQUEST, perout);
    perout->flags = PTP_PEROUT_DUTY_CYCLE | PTP_PEROUT_PHASE;
    perout->on.nsec = 500;
    ioctl(-1, PTP_PEROUT_REQUEST2, perout);
    ioctl(-1, PTP_ENABLE_PPS, 1UL);
    struct ptp_sys_offset *off = tail(end, sizeof *off);
    memset(off, 0, sizeof *off);
    off->n_samples = 3;
    ioctl(-1, PTP_SYS_OFFSET, off);
    struct ptp_sys_offset_extended *ext = tail(end, sizeof *ext);
    memset(ext, 0, sizeof *ext);
    ext->n_samples = 2;
    ext->rsv[2] = 9;
    ioctl(-1, PTP_SYS_OFFSET_EXTENDED, ext);
    struct ptp_pin_desc *pin = tail(end, sizeof *pin);
    memset(pin, 0, sizeof *pin);
    strcpy(pin->name, "pin");
    pin->index = 4;
    pin->func = PTP_PF_PEROUT;
    pin->chan = 1;
    ioctl(-1, PTP_PIN_GETFUNC, pin);
    ioctl(-1, PTP_PIN_SETFUNC, pin);
    pin->func = 9;
    pin->rsv[0] = 1;
    ioctl(-1, PTP_PIN_SETFUNC2, pin);
    ioctl(-1, PTP_SYS_OFFSET_PRECISE, pin);
    ioctl(-1, PTP_CLOCK_GETCAPS, NULL);
}

static void sg_io(char *end)
{
    static unsigned char cmd[6] = {0x12, 0, 0, 0, 36, 0}, data[4] = {1, 2, 3, 4};
    static struct iovec iov[2] = {{data, 2}, {data + 2, 2}};
    sg_io_hdr_t *h = tail(end, sizeof *h);
    memset(h, 0, sizeof *h);
    h->interface_id = 'S';
    h->dxfer_direction = SG_DXFER_TO_DEV;
    h->cmd_len = sizeof cmd;
    h->cmdp = cmd;
    h->dxfer_len = sizeof data;
    h->dxferp = data;
    h->timeout = 1000;
    h->flags = SG_FLAG_DIRECT_IO | 0x20 | 0x100; /* 0x20: SG_FLAG_Q_AT_HEAD */
    ioctl(-1, SG_IO, h);
    h->dxfer_direction = SG_DXFER_FROM_DEV;
    h->iovec_count = 2;
    h->dxferp = iov;
    h->resid = 1;
    ioctl(-1, SG_IO, h);
    h->dxfer_direction = SG_DXFER_TO_FROM_DEV;
    h->iovec_count = 0;
    h->dxferp = data;
    ioctl(-1, SG_IO, h);
    *(int *) (end - 4) = 'S'; /* an interface id with the rest of the struct unmapped */
    ioctl(-1, SG_IO, (char *) end - 4);
    h->interface_id = 'X';
    ioctl(-1, SG_IO, h);
    struct sg_io_v4 *v4 = tail(end, sizeof *v4);
    memset(v4, 0, sizeof *v4);
    v4->guard = 'Q';
    v4->subprotocol = BSG_SUB_PROTOCOL_SCSI_TRANSPORT;
    v4->request_len = sizeof cmd;
    v4->request = (unsigned long) cmd;
    v4->dout_xfer_len = sizeof data;
    v4->dout_xferp = (unsigned long) data;
    v4->din_iovec_count = 2;
    v4->din_xfer_len = 4;
    v4->din_xferp = (unsigned long) iov;
    v4->flags = 0x10; /* BSG_FLAG_Q_AT_TAIL, not in the UAPI header */
    v4->usr_ptr = 0x1234;
    ioctl(-1, SG_IO, v4);
}

static void term(char *end)
{
    struct termios2 *t2 = tail(end, sizeof *t2);
    memset(t2, 0, sizeof *t2);
    t2->c_iflag = ICRNL | IXON | 0x80000;
    t2->c_oflag = OPOST | ONLCR | NL1 | CR3 | XTABS | 0x100000;
    t2->c_cflag = B38400 | CS8 | CREAD | HUPCL | (B9600 << IBSHIFT);
    t2->c_lflag = ISIG | ICANON | ECHO | IEXTEN;
    t2->c_line = 3;
    t2->c_cc[VINTR] = 3;
    t2->c_cc[VMIN] = 1;
    t2->c_cc[18] = 0xff;
    t2->c_ispeed = 9600;
    t2->c_ospeed = 38400;
    ioctl(-1, TCSETS2, t2);
    struct termios *t = tail(end, sizeof *t);
    memcpy(t, t2, sizeof *t);
    t->c_cflag = BOTHER | CS5;
    t->c_oflag = 0;
    ioctl(-1, TCSETSW, t);
    ioctl(-1, TIOCSLCKTRMIOS, (char *) t + 1);
    ioctl(-1, TCGETS, t);
    struct termio *tio = tail(end, sizeof *tio);
    memset(tio, 0, sizeof *tio);
    tio->c_iflag = IGNBRK;
    tio->c_cflag = B0 | CS7 | 0x8000;
    tio->c_line = 40;
    ioctl(-1, TCSETAF, tio);
}

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED) return 1;
    munmap(map + page, page);
    char *end = map + page;
    hdio(end);
    ptp(end);
    sg_io(end);
    term(end);
    return 0;
}
