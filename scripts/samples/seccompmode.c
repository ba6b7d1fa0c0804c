/* seccompmode FILE: reads FILE (open, read until EOF, close) and prints "Seccomp: N", N being
 * prctl(PR_GET_SECCOMP): 2 under a seccomp filter. A trace of openat/read/close is then the same
 * in every run, unlike one of cat /proc/self/status, whose size changes with its counters. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char buf[4096];
	if (argc != 2)
		return 2;
	int fd = open(argv[1], O_RDONLY);
	if (fd < 0)
		return 1;
	while (read(fd, buf, sizeof buf) > 0)
		;
	close(fd);
	printf("Seccomp: %d\n", prctl(PR_GET_SECCOMP));
	return 0;
}
