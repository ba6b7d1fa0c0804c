/* getpid: one raw getpid (syscall 39) through syscall(2), then exit 0. */
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	syscall(39);
	return 0;
}
