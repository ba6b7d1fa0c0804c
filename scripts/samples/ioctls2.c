/* More ioctl requests whose argument is a struct or a setting, on fd -1 (EBADF): the disk (HDIO),
 * ... requests as strace prints them at entry, for a whole struct, one cut off by an unmapped page
 * (its address) and NULL. */
#include <linux/hdreg.h>
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

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED) return 1;
    munmap(map + page, page);
    char *end = map + page;
    hdio(end);
    return 0;
}
