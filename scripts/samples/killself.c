/* killself: kills itself with SIGSEGV by kill(getpid(), SIGSEGV), or with "killself TERM" raises
 * SIGTERM (glibc's raise is tgkill). The core size limit is set to 0 first, so the result is
 * "killed by SIGSEGV" (never "core dumped") whatever ulimit -c says. */
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct rlimit none = { 0, 0 };
	setrlimit(RLIMIT_CORE, &none);
	if (argc > 1 && strcmp(argv[1], "TERM") == 0)
		raise(SIGTERM);
	else
		kill(getpid(), SIGSEGV);
	return 0;
}
