/* More ioctl requests whose argument is a struct or a setting, on fd -1 (EBADF): the disk (HDIO),
 * PTP clock, ... requests as strace prints them at entry, for a whole struct, one cut off by an unmapped page
 * (its address) and NULL. */
#include <linux/hdreg.h>
#include <linux/ptp_clock.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
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

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED) return 1;
    munmap(map + page, page);
    char *end = map + page;
    hdio(end);
    ptp(end);
    return 0;
}
