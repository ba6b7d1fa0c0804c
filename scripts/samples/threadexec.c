/* threadexec: a second thread execs /bin/true while the main thread waits in pause(); the kernel
 * gives the exec'ing thread the process's pid ("+++ superseded by execve in pid N +++"). */
#include <pthread.h>
#include <unistd.h>

static void *run(void *arg)
{
	(void) arg;
	usleep(50000); /* the main thread is in pause() by then */
	char *argv[] = {"true", NULL};
	execve("/bin/true", argv, NULL);
	return NULL;
}

int main(void)
{
	pthread_t t;
	pthread_create(&t, NULL, run, NULL);
	for (;;)
		pause();
}
