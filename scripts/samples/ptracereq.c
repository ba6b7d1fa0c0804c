/* ptrace requests whose arguments strace decodes per request, against pid 1 (not our tracee: ESRCH
 * or EPERM), with fixed values so the text does not depend on the host. */
#include <elf.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static long pt(long req, long pid, long addr, long data)
{
    return syscall(SYS_ptrace, req, pid, addr, data);
}

int main(void)
{
    static unsigned long regs[27];
    static siginfo_t si;
    static struct iovec iov = { regs, 16 };
    static unsigned long long psi[2] = { 5, (3ULL << 32) | 1 };
    static unsigned long long mask = 1ULL << (SIGUSR1 - 1);
    int pid = 1;

    pt(PTRACE_CONT, pid, 0, SIGUSR1);
    pt(PTRACE_KILL, pid, 0, 0);
    pt(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC);
    pt(PTRACE_GETREGS, pid, 0, (long) regs);
    pt(PTRACE_SETREGS, pid, 0, (long) regs);
    pt(PTRACE_GETFPREGS, pid, 0, (long) regs);
    pt(PTRACE_GETREGSET, pid, NT_PRSTATUS, (long) &iov);
    pt(PTRACE_SETREGSET, pid, NT_PRSTATUS, (long) &iov);
    pt(PTRACE_SETREGSET, pid, NT_FPREGSET, (long) &iov);
    memset(&si, 0, sizeof(si));
    si.si_signo = SIGSEGV;
    si.si_code = SEGV_BNDERR;
    si.si_errno = ENOENT;
    pt(PTRACE_SETSIGINFO, pid, 0, (long) &si);
    si.si_signo = SIGTRAP;
    si.si_code = 42;
    pt(PTRACE_SETSIGINFO, pid, 0, (long) &si);
    pt(PTRACE_PEEKSIGINFO, pid, (long) psi, 0);
    pt(PTRACE_SETSIGMASK, pid, 8, (long) &mask);
    pt(PTRACE_GETSIGMASK, pid, 8, (long) &mask);
    pt(PTRACE_SECCOMP_GET_METADATA, pid, 16, (long) psi);
    pt(PTRACE_GET_SYSCALL_INFO, pid, 88, 0);
    return 0;
}
