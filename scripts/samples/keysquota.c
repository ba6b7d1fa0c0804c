/* quotactl, quotactl_fd, keyctl, add_key, request_key, io_uring_setup and io_uring_register with
 * arguments that fail the same way everywhere (bad ids, bad fds, unreadable pointers). */
#include <linux/io_uring.h>
#include <linux/keyctl.h>
#include <string.h>
#include <sys/quota.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
    struct if_dqblk dq;
    struct if_dqinfo di;
    unsigned int fmt = 0;
    memset(&dq, 0x11, sizeof dq);
    memset(&di, 0, sizeof di);
    syscall(SYS_quotactl, QCMD(Q_QUOTAON, USRQUOTA), "/dev/jstrace-none", QFMT_VFS_V1, "/tmp/jstrace-none");
    syscall(SYS_quotactl, QCMD(Q_GETQUOTA, GRPQUOTA), "/dev/jstrace-none", 0, &dq);
    syscall(SYS_quotactl, QCMD(Q_SETQUOTA, USRQUOTA), "/dev/jstrace-none", 1000, &dq);
    syscall(SYS_quotactl, QCMD(Q_SETINFO, PRJQUOTA), NULL, 0, &di);
    syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), "/dev/jstrace-none", 0, &fmt);
    syscall(SYS_quotactl, 0xbadc0de, NULL, -1, NULL);
    syscall(SYS_quotactl_fd, -1, QCMD(Q_GETFMT, GRPQUOTA), 0, &fmt);

    syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0);
    syscall(SYS_keyctl, KEYCTL_SETPERM, -12345, 0x3f010000);
    syscall(SYS_keyctl, KEYCTL_UPDATE, -12345, "payload", 7);
    syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, 42);
    syscall(SYS_keyctl, KEYCTL_REJECT, -12345, 10, 129, KEY_SPEC_SESSION_KEYRING);
    syscall(SYS_keyctl, KEYCTL_MOVE, -12345, KEY_SPEC_USER_KEYRING, 0, KEYCTL_MOVE_EXCL);
    syscall(SYS_keyctl, 0xfacefeed, 1, 2, 3, 4);
    syscall(SYS_add_key, "user", "jstrace-none", "data", 4, -12345);
    syscall(SYS_request_key, "user", "jstrace-none", NULL, 0);

    struct io_uring_params p;
    memset(&p, 0, sizeof p);
    p.flags = IORING_SETUP_ATTACH_WQ;
    p.wq_fd = 0;
    syscall(SYS_io_uring_setup, 2, &p);
    int fds[3] = {0, -1, IORING_REGISTER_FILES_SKIP};
    struct io_uring_files_update up = {.offset = 1, .fds = (unsigned long) fds};
    syscall(SYS_io_uring_register, -1, IORING_REGISTER_FILES, fds, 3);
    syscall(SYS_io_uring_register, -1, IORING_REGISTER_FILES_UPDATE, &up, 3);
    struct io_uring_restriction r[2] = {{.opcode = IORING_RESTRICTION_SQE_OP, .sqe_op = IORING_OP_READV},
                                        {.opcode = IORING_RESTRICTION_SQE_FLAGS_ALLOWED, .sqe_flags = IOSQE_ASYNC}};
    syscall(SYS_io_uring_register, -1, IORING_REGISTER_RESTRICTIONS, r, 2);
    unsigned int workers[2] = {4, 8};
    syscall(SYS_io_uring_register, -1, IORING_REGISTER_IOWQ_MAX_WORKERS, workers, 2);
    return 0;
}
