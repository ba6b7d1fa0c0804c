/* -k: a dynamically linked program built with -g, whose write(2) is two calls deep in its own code. */
#include <unistd.h>

static void __attribute__((noinline)) say(const char *s, size_t n)
{
	if (write(1, s, n) != (ssize_t) n)
		_exit(1);
}

static void __attribute__((noinline)) greet(void)
{
	say("hi\n", 3);
}

int main(void)
{
	greet();
	return 0;
}
