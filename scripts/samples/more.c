/* adjtimex/clock_adjtime's timex (read-only requests), semop/semtimedop's sembuf arrays, the NUMA
 * calls' node masks and modes, move_pages' arrays, sendmmsg/recvmmsg's mmsghdr arrays, capget/capset's
 * header and data, sched_setattr/sched_getattr's sched_attr. Each with a bad pointer and, where it
 * applies, a structure that runs into an unmapped page. */
#define _GNU_SOURCE
#include <linux/capability.h>
#include <stdint.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/sem.h>
#include <sys/msg.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *) 1)

/* the kernel's struct sched_attr (VER1, 56 bytes) */
struct kattr {
    uint32_t size, policy;
    uint64_t flags;
    int32_t nice;
    uint32_t priority;
    uint64_t runtime, deadline, period;
    uint32_t util_min, util_max;
};

static void mmsg(void) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) != 0) return;
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(map + page, page);
    char *end = map + page;

    struct iovec iov[3] = {{"hello", 5}, {"world!", 6}, {"third", 5}};
    struct mmsghdr mm[3];
    memset(mm, 0, sizeof mm);
    for (int i = 0; i < 3; i++) {
        mm[i].msg_hdr.msg_iov = &iov[i];
        mm[i].msg_hdr.msg_iovlen = 1;
    }
    syscall(SYS_sendmmsg, sv[0], mm, 2, 0);

    char b[4][16];
    struct iovec riov[4];
    struct mmsghdr rm[4];
    struct sockaddr_un from;
    memset(rm, 0, sizeof rm);
    for (int i = 0; i < 4; i++) {
        riov[i].iov_base = b[i];
        riov[i].iov_len = sizeof b[i];
        rm[i].msg_hdr.msg_iov = &riov[i];
        rm[i].msg_hdr.msg_iovlen = 1;
    }
    rm[1].msg_hdr.msg_name = &from;
    rm[1].msg_hdr.msg_namelen = sizeof from;
    syscall(SYS_recvmmsg, sv[1], rm, 4, MSG_DONTWAIT, NULL);
    syscall(SYS_recvmmsg, sv[1], rm, 4, MSG_DONTWAIT, NULL); /* nothing left: EAGAIN */
    syscall(SYS_sendmmsg, sv[0], mm, 1, MSG_DONTWAIT);
    struct timespec ts = {1, 0};
    syscall(SYS_recvmmsg, sv[1], rm, 2, MSG_DONTWAIT, &ts);
    syscall(SYS_recvmmsg, sv[1], rm, 0, MSG_DONTWAIT, NULL);
    syscall(SYS_sendmmsg, sv[0], BAD, 2, 0);
    syscall(SYS_recvmmsg, sv[1], BAD, 2, MSG_DONTWAIT, NULL);
    syscall(SYS_sendmmsg, sv[0], NULL, 2, 0);
    syscall(SYS_sendmmsg, sv[0], mm, 0, 0);
    /* the second element runs into the unmapped page: the first is sent */
    struct mmsghdr *edge = (struct mmsghdr *) (end - sizeof(struct mmsghdr) - 32);
    memcpy(edge, mm, sizeof(struct mmsghdr));
    syscall(SYS_sendmmsg, sv[0], edge, 2, 0);
    syscall(SYS_recvmmsg, sv[1], rm, 4, MSG_DONTWAIT, NULL);
    /* more messages than elements are printed with abbreviation */
    struct mmsghdr many[6];
    for (int i = 0; i < 6; i++) many[i] = mm[i % 3];
    syscall(SYS_sendmmsg, sv[0], many, 6, 0);
    syscall(SYS_recvmmsg, sv[1], rm, 4, MSG_DONTWAIT, NULL);
    close(sv[0]);
    close(sv[1]);
}

static void caps(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(map + page, page);
    char *end = map + page;

    struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct d[2];
    memset(d, 0, sizeof d);
    /* first down to a small set every root has, so the traces do not depend on the environment */
    d[0].effective = d[0].permitted = (1 << CAP_CHOWN) | (1 << CAP_KILL);
    syscall(SYS_capset, &h, d);
    syscall(SYS_capget, &h, d);
    syscall(SYS_capset, &h, d);
    struct __user_cap_data_struct e[2] = {{0, 0, 0}, {1, 1 | 2, 0x80000000u}};
    syscall(SYS_capset, &h, e); /* EPERM: not permitted */
    e[0].effective = 1 | 4;
    e[0].permitted = 0x80000001u;
    e[1].effective = 0;
    syscall(SYS_capset, &h, e);
    e[0].inheritable = 0x40000000u;
    e[1].permitted = e[1].inheritable = 0;
    syscall(SYS_capset, &h, e);
    h.version = _LINUX_CAPABILITY_VERSION_1;
    syscall(SYS_capget, &h, d);
    h.version = 0x12345678;
    syscall(SYS_capget, &h, d); /* EINVAL, the kernel writes its version back */
    syscall(SYS_capget, &h, NULL);
    syscall(SYS_capget, BAD, d);
    h.version = _LINUX_CAPABILITY_VERSION_3;
    syscall(SYS_capget, &h, BAD);
    syscall(SYS_capset, &h, BAD);
    syscall(SYS_capset, NULL, d);
    syscall(SYS_capget, &h, end - 12);
    syscall(SYS_capset, &h, end - 12);
    h.pid = getpid();
    syscall(SYS_capget, &h, d);
    syscall(SYS_capget, end - 4, d);
}

static void sched(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(map + page, page);
    char *end = map + page;

    union { struct kattr a; char raw[128]; } u;
    memset(&u, 0, sizeof u);
    syscall(SYS_sched_getattr, 0, &u.a, sizeof u.a, 0);
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    u.a.size = 48;
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    syscall(SYS_sched_getattr, 0, &u.a, 48, 0);
    u.a.size = 0;
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    u.a.size = sizeof u.a;
    u.a.flags = 0x18; /* SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS */
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    u.a.flags = 0x8 | 0x100;
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    u.a.flags = 0x10;
    u.a.policy = 77;
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    u.a.policy = -1;
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    memset(&u, 0, sizeof u);
    u.a.size = 100;
    u.raw[90] = 1; /* a non-zero byte past the kernel's structure: E2BIG */
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    u.a.size = 12;
    syscall(SYS_sched_setattr, 0, &u.a, 0);
    syscall(SYS_sched_setattr, 0, BAD, 0);
    syscall(SYS_sched_setattr, 0, NULL, 0);
    syscall(SYS_sched_getattr, 0, BAD, 56, 0);
    syscall(SYS_sched_getattr, 0, &u.a, 0, 0);
    syscall(SYS_sched_getattr, 0, &u.a, 56, 1);
    syscall(SYS_sched_getattr, 0, end - 40, 56, 0);
    *(uint32_t *) (end - 4) = 0;
    syscall(SYS_sched_setattr, 0, end - 4, 0);
    syscall(SYS_sched_getattr, 0, &u.a, 100, 0);
}

static void sem(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(map + page, page);
    char *end = map + page;

    /* keys without a name: strace prints them in hex, no comment (no such queue or segment: ENOENT) */
    msgget(0x12345, 0);
    shmget(0x1234, 10, 0);
    int id = semget(IPC_PRIVATE, 2, 0600);
    if (id < 0) return;
    struct sembuf ops[3] = {{0, 2, 0}, {1, 1, SEM_UNDO}, {0, -1, IPC_NOWAIT | SEM_UNDO}};
    syscall(SYS_semop, id, ops, 3);
    struct sembuf odd = {1, -5, 0x4000 | IPC_NOWAIT};
    syscall(SYS_semop, id, &odd, 1);
    struct timespec ts = {0, 1000};
    struct sembuf wait = {1, -5, 0};
    syscall(SYS_semtimedop, id, &wait, 1, &ts);
    syscall(SYS_semop, id, BAD, 1);
    syscall(SYS_semop, id, ops, 0);
    struct sembuf *edge = (struct sembuf *) (end - sizeof(struct sembuf));
    *edge = ops[0];
    syscall(SYS_semop, id, edge, 2);
    syscall(SYS_semtimedop, id, ops, 1, BAD);
    semctl(id, 0, IPC_RMID);
}

static void numa(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(map + 2 * page, page);
    char *end = map + 2 * page;

    unsigned long mask[2] = {1, 0};
    syscall(SYS_mbind, map, page, 0 /* MPOL_DEFAULT */, NULL, 0, 0);
    syscall(SYS_mbind, map, page, 2 /* MPOL_BIND */, mask, 2, 1 /* MPOL_MF_STRICT */);
    syscall(SYS_mbind, map, page, 2 | 0x8000 /* MPOL_F_STATIC_NODES */, mask, 65, 0);
    syscall(SYS_mbind, map, page, 77 | 0x4000, mask, 1, 0);
    syscall(SYS_mbind, map, page, 2, BAD, 64, 0);
    *(unsigned long *) (end - 8) = 1;
    syscall(SYS_mbind, map, page, 2, end - 8, 129, 0);
    syscall(SYS_set_mempolicy, 3 /* MPOL_INTERLEAVE */ | 0x4000 /* MPOL_F_RELATIVE_NODES */, mask, 64);
    int mode = -1;
    unsigned long got[2] = {0, 0};
    syscall(SYS_get_mempolicy, &mode, got, 128, NULL, 0);
    syscall(SYS_set_mempolicy, 0, NULL, 0);
    syscall(SYS_migrate_pages, 0, 64, mask, mask);
    syscall(SYS_migrate_pages, 0, 64, BAD, NULL);
    syscall(SYS_set_mempolicy, 99, NULL, 0);
    syscall(SYS_get_mempolicy, &mode, got, 128, NULL, 0);
    syscall(SYS_get_mempolicy, BAD, BAD, 128, NULL, 0);
    syscall(SYS_get_mempolicy, &mode, NULL, 0, map, 3 /* MPOL_F_NODE|MPOL_F_ADDR */);

    map[0] = 1;
    void *pages[3] = {map, map + page, NULL};
    int nodes[3] = {0, 0, 0};
    int status[3] = {-1, -1, -1};
    syscall(SYS_move_pages, 0, 2, pages, NULL, status, 0);
    syscall(SYS_move_pages, 0, 1, pages, nodes, status, 2 /* MPOL_MF_MOVE */);
    syscall(SYS_move_pages, 0, 2, BAD, NULL, status, 0);
    syscall(SYS_move_pages, 0, 2, pages, NULL, BAD, 0);
    syscall(SYS_move_pages, 0, 2, end - 8, NULL, status, 0);
}

static void timex(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(map + page, page);
    char *end = map + page;

    /* read-only requests: nothing is changed */
    struct timex tx;
    memset(&tx, 0, sizeof tx);
    syscall(SYS_adjtimex, &tx);
    memset(&tx, 0, sizeof tx);
    tx.modes = ADJ_OFFSET_SS_READ;
    syscall(SYS_adjtimex, &tx);
    memset(&tx, 0, sizeof tx);
    syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
    syscall(SYS_clock_adjtime, 99, &tx);
    syscall(SYS_adjtimex, BAD);
    syscall(SYS_adjtimex, NULL);
    memset(end - 64, 0, 64);
    syscall(SYS_adjtimex, end - 64);
    syscall(SYS_clock_adjtime, CLOCK_REALTIME, BAD);
}

int main(void) {
    timex();
    sem();
    numa();
    mmsg();
    caps();
    sched();
    return 0;
}
