/*
 * i386 system calls from a 64-bit program (issue 14): int $0x80 enters the kernel's 32-bit entry,
 * which takes the i386 numbers and arguments (eax; ebx, ecx, edx, esi, edi, ebp) whatever the
 * process's own mode. getpid (20), write (4) of a buffer below 4 GiB (mmap MAP_32BIT: int $0x80
 * sees only the low 32 bits of a pointer), an unassigned number (500), then 64-bit calls again.
 */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static long int80(long nr, long a, long b, long c) {
    long ret;
    __asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
    return ret;
}

int main(void) {
    char *buf = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
    if (buf == MAP_FAILED) return 1;
    memcpy(buf, "i386\n", 5);
    int80(20, 0, 0, 0);                 /* getpid */
    int80(4, 1, (long) buf, 5);         /* write(1, "i386\n", 5) */
    int80(500, 1, 2, 3);                /* no such i386 call */
    syscall(SYS_getpid);                /* x86_64 getpid: back in 64-bit mode */
    return 0;
}
