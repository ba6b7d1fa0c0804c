/* strpage: strings that run into an unmapped page before their NUL. strace prints the address and warns
 * "umovestr: short read (N < MAX) @ADDR: Bad address" on stderr; a string that ends in time is printed. */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) return 1;
	munmap(page + 4096, 4096);
	char *end = page + 4096;
	memset(page, 'x', 4096);
	(void) chdir(end - 1);          /* 1 byte readable, no NUL: the path's read fails */
	(void) chdir(end - 8);          /* 8 bytes */
	end[-1] = 0;
	(void) chdir(end - 4);          /* "xxx": ends before the hole */
	(void) chdir(end);              /* nothing readable: just the address, no warning */
	return 0;
}
