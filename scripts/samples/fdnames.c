/* What -y prints for files named like the kernel's " (deleted)" suffix, and a few calls whose
 * arguments strace prints by type: faccessat2's own flags, pidfd_getfd's target fd and flags, the
 * unsigned results of geteuid/getegid. Run from a directory with a writable target/ (the checkout). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
    const char *dir = "target/fdnames.d";
    mkdir(dir, 0700);
    if (chdir(dir) != 0) return 1;
    unlink("kept (deleted)");
    int kept = open("kept (deleted)", O_CREAT | O_RDONLY, 0600); /* there: not deleted */
    int gone = open("gone", O_CREAT | O_RDONLY, 0600);
    unlink("gone");
    fchmod(kept, 0600);
    fchmod(gone, 0600);
    syscall(SYS_faccessat2, AT_FDCWD, "kept (deleted)", F_OK, AT_EACCESS | AT_SYMLINK_NOFOLLOW);
    syscall(SYS_pidfd_getfd, -1, 0, 0xbad);
    geteuid();
    getegid();
    /* sendfile's offset: read at entry, then what the call moved it to */
    int data = open("data", O_CREAT | O_RDWR | O_TRUNC, 0600);
    int null = open("/dev/null", O_WRONLY);
    if (write(data, "hello", 5) != 5) return 1;
    off_t off = 0;
    sendfile(null, data, &off, 5);
    sendfile(null, data, &off, 5);
    sendfile(null, data, NULL, 5);
    unlink("data");
    unlink("kept (deleted)");
    return 0;
}
