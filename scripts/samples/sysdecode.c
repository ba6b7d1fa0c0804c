/* System V IPC control structs and message buffers, mknod's device argument, fanotify_mark's FAN_NOFD, utimensat's UTIME_NOW/UTIME_OMIT, mremap's new address,
 * remap_file_pages' flag sets, syslog's actions: every object made is removed, the other calls fail harmlessly. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <sys/sysmacros.h>
#include <sys/klog.h>
#include <unistd.h>

int main(void) {
    syscall(SYS_mknod, "/nonexistent-jstrace/fifo", S_IFIFO | 0600, makedev(1, 3));
    syscall(SYS_mknod, "/nonexistent-jstrace/chr", S_IFCHR | 0644, makedev(1, 3));
    syscall(SYS_mknodat, AT_FDCWD, "/nonexistent-jstrace/blk", S_IFBLK | S_ISUID | 0600, makedev(259, 0x12345));
    syscall(SYS_mknod, "/nonexistent-jstrace/bad", 0177777, 0);
    syscall(SYS_open, "/nonexistent-jstrace/o", O_RDONLY | 0x80000000);
    syscall(SYS_fanotify_mark, -1, 0, 0, -1, 0);
    syscall(SYS_fanotify_mark, -1, 0, 0, AT_FDCWD, "/");
    struct timespec times[2] = {{0, 0}, {5, UTIME_NOW}};
    syscall(SYS_utimensat, AT_FDCWD, "/nonexistent-jstrace/u", times, 0);
    times[0].tv_nsec = UTIME_OMIT;
    syscall(SYS_utimensat, AT_FDCWD, "/nonexistent-jstrace/u", times, 0);
    syscall(SYS_mremap, (void *) 0x10000, 4096, 8192, 0, (void *) 0x20000);
    syscall(SYS_mremap, (void *) 0x10000, 4096, 8192, MREMAP_MAYMOVE | MREMAP_FIXED, (void *) 0x20000);
    syscall(SYS_remap_file_pages, (void *) 0x10000, 4096, 0x100000000UL, 1, 0xfUL | MAP_FIXED | (21UL << 26));

    int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    struct { long mtype; char mtext[8]; } msg = {42, "hello"}, got;
    msgsnd(q, &msg, 6, 0);
    msgrcv(q, &got, sizeof got.mtext, 42, IPC_NOWAIT);
    msgrcv(q, &got, sizeof got.mtext, 0, IPC_NOWAIT);
    struct msqid_ds ds;
    msgctl(q, IPC_STAT, &ds);
    msgctl(q, IPC_SET, &ds);
    struct msginfo mi;
    msgctl(q, IPC_INFO, (struct msqid_ds *) &mi);
    msgctl(q, IPC_RMID, 0);
    msgctl(q, IPC_STAT, (struct msqid_ds *) 1);

    int shm = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
    struct shmid_ds sds;
    shmctl(shm, IPC_STAT, &sds);
    shmctl(shm, IPC_SET, &sds);
    struct shminfo si;
    shmctl(shm, IPC_INFO, (struct shmid_ds *) &si);
    shmctl(shm, IPC_RMID, 0);
    shmget(IPC_PRIVATE, 4096, SHM_HUGETLB | (63U << 26) | 0600);

    int sem = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
    struct semid_ds semds;
    semctl(sem, 0, IPC_STAT, &semds);
    semctl(sem, 0, IPC_SET, &semds);
    struct seminfo seminf;
    semctl(sem, 0, IPC_INFO, &seminf);
    semctl(sem, 1, GETVAL, 0);
    semctl(sem, 0, IPC_RMID, 0);

    klogctl(10, 0, 0);
    klogctl(8, 0, 9);
    klogctl(11, 0, 5);
    return 0;
}
