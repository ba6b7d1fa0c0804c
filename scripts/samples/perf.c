/* perf_event_open(2)'s struct perf_event_attr: sizes (0, short, each version, longer than known),
 * config by event type, the flag bits, breakpoint fields, and the size the kernel writes back on
 * E2BIG. Every call fails (bad cpu/pid/flags), so none depends on perf_event_paranoid. */
#define _GNU_SOURCE
#include <linux/hw_breakpoint.h>
#include <linux/perf_event.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long peo(void *attr, int pid, int cpu, int group_fd, unsigned long flags) {
    return syscall(SYS_perf_event_open, attr, pid, cpu, group_fd, flags);
}

int main(void) {
    union {
        struct perf_event_attr a;
        unsigned char bytes[256];
    } u;

    peo(NULL, 0, 0, -1, 0);
    peo((void *) 16, -1, -1, -1, PERF_FLAG_FD_CLOEXEC | 0x100);

    memset(&u, 0, sizeof u);
    u.a.type = PERF_TYPE_HARDWARE;
    u.a.size = 32; /* less than PERF_ATTR_SIZE_VER0: not decoded */
    peo(&u, 0, -2, -1, 0);

    u.a.size = 0; /* read as PERF_ATTR_SIZE_VER0 */
    u.a.config = 0x7ULL << 32 | PERF_COUNT_HW_BRANCH_MISSES;
    u.a.sample_period = 1000;
    u.a.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_BRANCH_STACK | PERF_SAMPLE_STACK_USER;
    u.a.read_format = PERF_FORMAT_ID | 0x100;
    u.a.disabled = 1;
    u.a.exclude_kernel = 1;
    u.a.precise_ip = 2;
    u.a.mmap2 = 1;
    u.a.sigtrap = 1;
    u.a.wakeup_events = 5;
    u.a.config1 = 0xfeed;
    peo(&u, 0, -2, -1, 0);

    u.a.type = PERF_TYPE_SOFTWARE;
    u.a.size = PERF_ATTR_SIZE_VER3;
    u.a.config = PERF_COUNT_SW_CPU_MIGRATIONS;
    u.a.freq = 1;
    u.a.sample_freq = 99;
    u.a.use_clockid = 1;
    u.a.clockid = CLOCK_MONOTONIC_RAW;
    u.a.branch_sample_type = PERF_SAMPLE_BRANCH_USER | PERF_SAMPLE_BRANCH_ANY_CALL;
    u.a.sample_regs_user = 0xff;
    u.a.sample_stack_user = 4096;
    peo(&u, 0, -2, -1, PERF_FLAG_FD_NO_GROUP);

    u.a.type = PERF_TYPE_HW_CACHE;
    u.a.size = PERF_ATTR_SIZE_VER7;
    u.a.config = 0x3ULL << 32 | 0x5 << 24 | PERF_COUNT_HW_CACHE_RESULT_MISS << 16 |
                 PERF_COUNT_HW_CACHE_OP_PREFETCH << 8 | 0x9;
    u.a.watermark = 1;
    u.a.wakeup_watermark = 77;
    u.a.sample_regs_intr = 0x3;
    u.a.aux_watermark = 8192;
    u.a.sample_max_stack = 64;
    u.a.aux_sample_size = 16;
    u.a.sig_data = 0xdeadbeef;
    u.bytes[110] = 0x12; /* __reserved_2 */
    u.bytes[116] = 0x34; /* __reserved_3 */
    u.bytes[47] = 0x80; /* __reserved_1 */
    peo(&u, 0, -2, -1, 0);

    memset(&u, 0, sizeof u);
    u.a.type = PERF_TYPE_BREAKPOINT;
    u.a.size = PERF_ATTR_SIZE_VER1;
    u.a.bp_type = HW_BREAKPOINT_W;
    u.a.bp_addr = 0x1000;
    u.a.bp_len = HW_BREAKPOINT_LEN_4;
    peo(&u, 0, -2, -1, 0);
    u.a.bp_type = HW_BREAKPOINT_X | HW_BREAKPOINT_R;
    peo(&u, 0, -2, -1, 0);

    u.a.type = PERF_TYPE_TRACEPOINT;
    u.a.size = 200; /* longer than known, nonzero tail: E2BIG, size written back */
    u.a.config = 12345;
    u.bytes[190] = 1;
    peo(&u, 0, -2, -1, 0);

    memset(&u, 0, sizeof u);
    u.a.type = 0x77;
    u.a.size = 0x44; /* between versions */
    u.a.config = 0xabc;
    peo(&u, 0, -2, -1, 0);
    return 0;
}
