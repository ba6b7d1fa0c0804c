/* openmissing: opens a file that does not exist, with open(3) (glibc makes it openat(2)) and with the
 * raw open(2) system call, then exits 0. Both fail with ENOENT. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	open("/nonexistent/jstrace-sample", O_RDONLY);
	syscall(SYS_open, "/nonexistent/jstrace-sample", O_WRONLY | O_CREAT | O_CLOEXEC, 0640);
	return 0;
}
