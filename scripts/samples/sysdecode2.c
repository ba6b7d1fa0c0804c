/* Decoders whose arguments depend on each other or on the outcome: mount's flags, fsconfig's command,
 * mount_setattr's and landlock's structs, memfd_create's huge page bits, the time left by sleeps, epoll_pwait2
 * at exit, a sigevent, fcntl's locks and owners, sched_getscheduler's result, CPU masks, move_pages' status, AIO control blocks.
 * Each call fails harmlessly (bad fds, paths that do not exist, bad values) or only reads. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/landlock.h>
#include <linux/mount.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    mount("jstrace-src", "/jstrace-no-such-dir", "jstrace-fs", MS_MGC_VAL | MS_RDONLY, "jstrace-data");
    mount("jstrace-src", "/jstrace-no-such-dir", "jstrace-fs", MS_BIND, "jstrace-data");
    mount("jstrace-src", "/jstrace-no-such-dir", "jstrace-fs", MS_REMOUNT, "jstrace-data");
    syscall(SYS_fsconfig, -1, 8, "key", "value", -100);
    syscall(SYS_fsconfig, -1, FSCONFIG_SET_PATH, "source", "/jstrace-no-such-dir", -100);
    syscall(SYS_fsconfig, -1, FSCONFIG_SET_STRING, "key", "value", 3);
    struct mount_attr attr = {.attr_set = MOUNT_ATTR_RDONLY | 0x4000000, .propagation = MS_PRIVATE, .userns_fd = 5};
    syscall(SYS_mount_setattr, -1, "/jstrace-no-such-dir", 0, &attr, sizeof(attr));
    struct landlock_ruleset_attr rs = {.handled_access_fs = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_DIR};
    syscall(SYS_landlock_create_ruleset, &rs, sizeof(rs), 0x2);
    syscall(SYS_landlock_create_ruleset, NULL, 0, 0x3);
    struct landlock_path_beneath_attr pb = {.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE, .parent_fd = -1};
    syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
    syscall(SYS_landlock_add_rule, -1, 7, &pb, 0x10);
    syscall(SYS_memfd_create, "jstrace-memfd", 0x4 | (21u << 26) | 0x100);
    struct timespec bad = {.tv_sec = 0, .tv_nsec = 1000000000}, left = {1, 2};
    syscall(SYS_nanosleep, &bad, &left);
    syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &bad, &left);
    struct timespec timeout = {0, 1};
    uint64_t mask = 1;
    syscall(SYS_epoll_pwait2, -1, NULL, 1, &timeout, &mask, 8);
    struct sigevent sev;
    memset(&sev, 0, sizeof(sev));
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR1;
    sev.sigev_value.sival_int = 7;
    syscall(SYS_mq_notify, -1, &sev);
    syscall(SYS_mq_unlink, "jstrace-no-such-queue");
    syscall(SYS_sched_getscheduler, 0);
    /* no such process: the masks are printed, nothing is changed */
    uint64_t cpus[25] = {1, [1] = 0x30};
    syscall(SYS_sched_setaffinity, -1, 2, cpus);
    syscall(SYS_sched_setaffinity, -1, 200, cpus);
    syscall(SYS_move_pages, 0, 0, NULL, NULL, (int[1]){0}, 0x8);
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_END, .l_start = -5, .l_len = 10};
    syscall(SYS_fcntl, -1, F_SETLK, &fl);
    syscall(SYS_fcntl, -1, F_OFD_GETLK, &fl);
    struct f_owner_ex owner = {.type = F_OWNER_PGRP, .pid = 0};
    syscall(SYS_fcntl, -1, F_SETOWN_EX, &owner);
    syscall(SYS_fcntl, -1, F_NOTIFY, DN_ACCESS | DN_MULTISHOT);
    syscall(SYS_fcntl, -1, F_SETLEASE, F_WRLCK);
    aio_context_t ctx = 0;
    if (syscall(SYS_io_setup, 1, &ctx) != 0) return 0;
    char buf[4] = "abc";
    struct iocb cb = {.aio_data = 0x1234, .aio_lio_opcode = IOCB_CMD_PWRITE, .aio_fildes = -1,
                      .aio_buf = (uintptr_t) buf, .aio_nbytes = 3, .aio_offset = 5};
    struct iocb *cbs[1] = {&cb};
    syscall(SYS_io_submit, ctx, 1, cbs);
    syscall(SYS_io_submit, ctx, -1L, cbs);
    struct io_event ev;
    syscall(SYS_io_cancel, ctx, &cb, &ev);
    syscall(SYS_io_destroy, ctx);
    return 0;
}
