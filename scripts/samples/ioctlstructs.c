/* ioctl requests whose argument is a struct, on fd -1 (EBADF): what the decoders print of the
 * argument at entry (the requests that write into it print their address at the failed exit), for a
 * whole struct, one cut off by an unmapped page (its address) and NULL. The evdev requests taking a
 * size or a number in the request code print computed names (EVIOCGBIT(EV_KEY, 8), ...). */
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/gpio.h>
#include <linux/input.h>
#include <linux/random.h>
#include <linux/watchdog.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

/* A buffer of size bytes ending where an unmapped page starts: a bigger struct there is cut off. */
static void *tail(char *page_end, size_t size)
{
    return page_end - size;
}

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED) return 1;
    munmap(map + page, page);
    char *end = map + page;

    struct fiemap *fm = tail(end, sizeof *fm);
    memset(fm, 0, sizeof *fm);
    fm->fm_start = 4096;
    fm->fm_length = 1 << 20;
    fm->fm_flags = FIEMAP_FLAG_SYNC | 0x100;
    fm->fm_extent_count = 3;
    ioctl(-1, FS_IOC_FIEMAP, fm);
    ioctl(-1, FS_IOC_FIEMAP, (char *) fm + 8);
    ioctl(-1, FS_IOC_FIEMAP, NULL);

    unsigned *flags = tail(end, sizeof *flags);
    *flags = FS_APPEND_FL | FS_NOATIME_FL | 0x4000000;
    ioctl(-1, FS_IOC_SETFLAGS, flags);
    ioctl(-1, FS_IOC_GETFLAGS, flags);

    struct gpiohandle_request *hr = tail(end, sizeof *hr);
    memset(hr, 0, sizeof *hr);
    hr->lines = 3;
    hr->lineoffsets[0] = 1, hr->lineoffsets[1] = 5, hr->lineoffsets[2] = 9;
    hr->flags = GPIOHANDLE_REQUEST_OUTPUT | GPIOHANDLE_REQUEST_ACTIVE_LOW;
    hr->default_values[1] = 1;
    strcpy(hr->consumer_label, "sample");
    ioctl(-1, GPIO_GET_LINEHANDLE_IOCTL, hr);
    ioctl(-1, GPIO_GET_LINEHANDLE_IOCTL, (char *) hr + 4);

    struct gpio_v2_line_request *lr = tail(end, sizeof *lr);
    memset(lr, 0, sizeof *lr);
    lr->num_lines = 2;
    lr->offsets[0] = 7, lr->offsets[1] = 8;
    strcpy(lr->consumer, "v2");
    lr->config.flags = GPIO_V2_LINE_FLAG_INPUT | GPIO_V2_LINE_FLAG_EDGE_RISING;
    lr->config.num_attrs = 2;
    lr->config.attrs[0].attr.id = GPIO_V2_LINE_ATTR_ID_DEBOUNCE;
    lr->config.attrs[0].attr.debounce_period_us = 1000;
    lr->config.attrs[0].mask = 3;
    lr->config.attrs[1].attr.id = 77;
    lr->config.attrs[1].attr.values = 0xabc;
    lr->event_buffer_size = 16;
    ioctl(-1, GPIO_V2_GET_LINE_IOCTL, lr);

    struct gpio_v2_line_values *lv = tail(end, sizeof *lv);
    lv->bits = 0x5, lv->mask = 0xf;
    ioctl(-1, GPIO_V2_LINE_SET_VALUES_IOCTL, lv);
    ioctl(-1, GPIO_V2_LINE_GET_VALUES_IOCTL, lv);
    ioctl(-1, GPIO_GET_CHIPINFO_IOCTL, lv);

    struct input_absinfo *abs = tail(end, sizeof *abs);
    memset(abs, 0, sizeof *abs);
    abs->value = 10, abs->minimum = -5, abs->maximum = 100, abs->resolution = 3;
    ioctl(-1, EVIOCSABS(ABS_Y), abs);
    ioctl(-1, EVIOCGABS(ABS_MT_SLOT), abs);
    ioctl(-1, EVIOCGBIT(EV_KEY, 8), abs);
    ioctl(-1, EVIOCGBIT(0, 4), abs);
    ioctl(-1, EVIOCGNAME(32), abs);
    ioctl(-1, EVIOCGMTSLOTS(16), abs);
    unsigned *keys = tail(end, 2 * sizeof *keys);
    keys[0] = 30, keys[1] = KEY_A;
    ioctl(-1, EVIOCSKEYCODE, keys);
    ioctl(-1, EVIOCSREP, keys);
    ioctl(-1, EVIOCGRAB, 1);

    struct ff_effect *ff = tail(end, sizeof *ff);
    memset(ff, 0, sizeof *ff);
    ff->type = FF_RUMBLE, ff->id = -1, ff->u.rumble.strong_magnitude = 200;
    ioctl(-1, EVIOCSFF, ff);

    int *n = tail(end, sizeof *n);
    *n = 30;
    ioctl(-1, WDIOC_SETTIMEOUT, n);
    ioctl(-1, WDIOC_KEEPALIVE, n);
    ioctl(-1, RNDADDTOENTCNT, n);
    ioctl(-1, RNDCLEARPOOL, 0);
    return 0;
}
