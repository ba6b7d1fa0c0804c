/*
 * -k: a dynamically linked program built with -g, whose write(2) is two calls deep in its own code.
 * With an argument it then loads that shared library (libstackshout.so) and calls its shout(), whose
 * write is in code mapped after the first one: a stack cache must have been renewed to name it.
 */
#include <dlfcn.h>
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

int main(int argc, char **argv)
{
	greet();
	if (argc > 1) {
		void *lib = dlopen(argv[1], RTLD_NOW);
		void (*shout)(void) = lib ? (void (*)(void)) dlsym(lib, "shout") : NULL;
		if (!shout)
			return 2;
		shout();
	}
	return 0;
}
