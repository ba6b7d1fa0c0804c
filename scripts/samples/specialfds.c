/* An eventfd, a signalfd and a pidfd, each named by a call after it is made (for --decode-fds=eventfd,signalfd,pidfd). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
    int efd = eventfd(42, EFD_SEMAPHORE);
    uint64_t one = 1;
    write(efd, &one, sizeof one);
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR1);
    sigaddset(&mask, SIGTERM);
    int sfd = signalfd(-1, &mask, 0);
    int pfd = (int) syscall(SYS_pidfd_open, getpid(), 0);
    close(efd);
    close(sfd);
    close(pfd);
    return 0;
}
