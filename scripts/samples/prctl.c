/* prctl options with their arguments (issue 14): names, sub-commands, strings, pointers read at
 * exit, values the kernel refuses. Only calls whose results do not depend on the host. */
#include <linux/filter.h>
#include <linux/prctl.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#define prctl(...) syscall(SYS_prctl, __VA_ARGS__)

int main(void) {
    int i;
    unsigned long p;
    char name[16];
    prctl(0xfacefeed00000000UL | PR_GET_CHILD_SUBREAPER, &i);
    prctl(PR_GET_CHILD_SUBREAPER, NULL);
    prctl(PR_SET_DUMPABLE, 7, 1, 2, 3);
    prctl(PR_SET_DUMPABLE, 1);
    prctl(PR_GET_DUMPABLE, 1, 2, 3, 4);
    prctl(PR_SET_NAME, "a-very-long-process-name");
    prctl(PR_GET_NAME, name);
    prctl(PR_GET_NAME, NULL);
    prctl(PR_SET_NAME, "prctl");
    prctl(PR_SET_PDEATHSIG, SIGUSR1);
    prctl(PR_GET_PDEATHSIG, &i);
    prctl(PR_SET_PDEATHSIG, 200);
    prctl(PR_SET_PDEATHSIG, 0);
    prctl(PR_CAPBSET_READ, 99);
    prctl(PR_CAP_AMBIENT, 9, 1, 2, 3);
    prctl(PR_SET_TSC, 0);
    prctl(PR_GET_TSC, &i);
    prctl(PR_GET_UNALIGN, &i);
    prctl(PR_GET_TID_ADDRESS, &p);
    prctl(PR_MCE_KILL, PR_MCE_KILL_SET, 5, 0, 0);
    prctl(PR_GET_SPECULATION_CTRL, 7, 0, 0, 0);
    prctl(PR_SET_SPECULATION_CTRL, 9, 8, 0, 0);
    prctl(PR_SET_PTRACER, -1, 0, 0, 0);
    prctl(PR_GET_KEEPCAPS, 1, 2, 3, 4);
    prctl(0x7777, 1, 2, 3, 4);
    prctl(PR_SET_MM, 77, 1, 2, 3);
    prctl(PR_SET_SECCOMP, 77, 1, 2, 3);
    /* a filter the kernel refuses (its jump leaves the program), so nothing is installed */
    struct sock_filter insns[] = {BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 5, 5),
                                  BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 5)};
    struct sock_fprog prog = {2, insns};
    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (void *) 1);
    prctl(PR_GET_FP_MODE);
    prctl(PR_SVE_SET_VL, 0x60010, 1, 2, 3);
    prctl(PR_SET_TAGGED_ADDR_CTRL, 0x7ff9, 1, 2, 3);
    prctl(PR_PAC_RESET_KEYS, 0x21, 0, 0, 0);
    prctl(PR_SCHED_CORE, 0xffffffff00000001UL, 1, 2, 0);
    syscall(SYS_arch_prctl, 0x1004 /* ARCH_GET_GS */, NULL);
    syscall(SYS_arch_prctl, 0xfacefeed00009999UL, 1);
    return 0;
}
