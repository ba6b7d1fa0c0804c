/* libstackshout.so, built with -g: the library stacktrace loads with dlopen (see stacktrace.c). */
#include <unistd.h>

void shout(void)
{
	if (write(1, "shout\n", 6) != 6)
		_exit(1);
}
