/* errnos: system calls whose failures are known, made with syscall(2) so the library picks no other
 * call: openat fails 3 times with ENOENT and twice with EISDIR, close 4 times with EBADF (and
 * succeeds once), mkdir once with EEXIST; then it exits 0. Used to check --errno-summary. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	for (int i = 0; i < 3; i++)
		syscall(SYS_openat, AT_FDCWD, "/nonexistent/jstrace-sample", O_RDONLY);
	for (int i = 0; i < 2; i++)
		syscall(SYS_openat, AT_FDCWD, "/", O_WRONLY);
	for (int i = 0; i < 4; i++)
		syscall(SYS_close, -1);
	int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY);
	syscall(SYS_close, fd);
	syscall(SYS_mkdir, "/", 0755);
	return 0;
}
