/* iovec: readv/writev/preadv/pwritev/preadv2/pwritev2 and process_vm_readv/writev with known buffers,
 * a bad iovec pointer, an iovec array cut by an unmapped page and more iovecs than -s shows. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

/* through a volatile, so that gcc does not warn about the bad pointers */
static void *volatile bad = (void *) 1, *volatile null;

int main(void)
{
	int p[2];
	char a[8], b[8], big[64];
	struct iovec w[2] = {{"hello", 5}, {"world\n", 6}};
	struct iovec r[2] = {{a, sizeof a}, {b, sizeof b}};
	struct iovec many[40];
	long page = sysconf(_SC_PAGESIZE);
	char *two = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int fd = memfd_create("iov", 0);

	if (pipe2(p, O_NONBLOCK) || two == MAP_FAILED || fd < 0)
		return 1;
	munmap(two + page, page);
	memset(big, 'x', sizeof big);

	writev(p[1], w, 2);
	readv(p[0], r, 2);
	writev(p[1], bad, 1);
	readv(p[0], bad, 1);
	writev(p[1], w, 0);
	writev(p[1], null, 1);

	/* the second iovec lies across the end of the mapping, the first ends before it */
	struct iovec *edge = (struct iovec *) (two + page - 24);
	edge[0].iov_base = "abc";
	edge[0].iov_len = 3;
	writev(p[1], edge, 2);
	readv(p[0], r, 1);
	/* an iovec itself across the boundary */
	writev(p[1], (struct iovec *) (two + page - 8), 1);

	/* a buffer longer than -s, and more iovecs than -s */
	struct iovec one = {big, sizeof big};
	writev(p[1], &one, 1);
	read(p[0], big, sizeof big);
	for (int i = 0; i < 40; i++) {
		many[i].iov_base = "z";
		many[i].iov_len = 1;
	}
	writev(p[1], many, 40);
	read(p[0], big, sizeof big);

	pwritev(fd, w, 2, 0);
	preadv(fd, r, 2, 3);
	pwritev2(fd, w, 1, 0, RWF_DSYNC);
	preadv2(fd, r, 1, 0, 0);
	preadv(-1, r, 2, 0);

	struct iovec remote = {w[0].iov_base, 5}, local = {a, 5};
	process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
	remote.iov_base = b;
	process_vm_writev(getpid(), &local, 1, &remote, 1, 0);
	process_vm_readv(getpid(), &local, 1, bad, 1, 0);
	return 0;
}
