/* Raw syscalls whose 32-bit arguments carry garbage in the upper half of the register, as strace's
 * own tests pass them: the kernel reads only the argument's type, and so must the tracer. Each call
 * is made once, in a fixed order; the output is what a trace of it must show. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define GARBAGE 0xdefaced00000000UL

int main(void)
{
    syscall(SYS_umask, GARBAGE | 022);
    syscall(SYS_close, GARBAGE | 1000);
    syscall(SYS_dup3, GARBAGE | 1000, GARBAGE | 1001, GARBAGE | O_CLOEXEC);
    syscall(SYS_clock_getres, GARBAGE | CLOCK_MONOTONIC, 0);
    syscall(SYS_kill, GARBAGE | 0x7fffffff, GARBAGE | 0);
    syscall(SYS_socket, GARBAGE | AF_UNIX, GARBAGE | SOCK_STREAM | SOCK_CLOEXEC, GARBAGE);
    syscall(SYS_fchmod, GARBAGE | 1000, GARBAGE | 0755);
    syscall(SYS_lseek, GARBAGE | 1000, 0x123456789aL, GARBAGE | SEEK_END);
    syscall(SYS_exit_group, GARBAGE);
    return 1;
}
