/* futex operations (issue 14): FUTEX_WAKE_OP's encoded val3 (known and unknown operation and
 * comparison, OPARG_SHIFT), counts above INT_MAX printed unsigned, an op with FUTEX_CLOCK_REALTIME
 * that the kernel does not take with it, and an unknown command with all its arguments. */
#include <linux/futex.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

static uint32_t word, word2;

int main(void) {
    syscall(SYS_futex, &word, FUTEX_WAKE_OP, 1, 0, &word2, FUTEX_OP(FUTEX_OP_SET, 0, FUTEX_OP_CMP_EQ, 0));
    syscall(SYS_futex, &word, FUTEX_WAKE_OP_PRIVATE, 0xfadeddad, 1, &word2,
            FUTEX_OP(FUTEX_OP_OPARG_SHIFT | FUTEX_OP_ANDN, 0xdfa, FUTEX_OP_CMP_GE, 0xced));
    syscall(SYS_futex, &word, FUTEX_WAKE_OP, 1, 0, &word2, (5u << 28) | (6u << 24));
    syscall(SYS_futex, &word, FUTEX_WAKE, 0xfadeddad);
    syscall(SYS_futex, &word, FUTEX_WAKE | FUTEX_CLOCK_REALTIME, 1);
    syscall(SYS_futex, &word, FUTEX_REQUEUE_PRIVATE, 0xfadeddad, 0xcafef00d, &word2);
    syscall(SYS_futex, &word, 0xbefeeded, 0xfadeddad, (void *) 0x1000, &word2, 0x9caffee1);
    return 0;
}
