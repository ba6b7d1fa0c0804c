/* Calls by numbers the syscall table has no name for: one in x86_64's hole (400) and one beyond the
 * table (1000). Traced whatever -e trace= says, as strace does, and printed raw. */
#include <unistd.h>
#include <sys/syscall.h>

int main(void) {
    syscall(400, 1, 2, 3, 4, 5, 6);
    syscall(1000, 1, 2, 3, 4, 5, 6);
    getpid();
    return 0;
}
