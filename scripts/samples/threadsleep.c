/* threadsleep: three threads and the main thread wait in pause() until the process is killed. Used to
 * attach to a threaded process with -f -p. */
#include <pthread.h>
#include <unistd.h>

enum { THREADS = 3 };

static void *wait_forever(void *arg)
{
	(void) arg;
	for (;;)
		pause();
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, wait_forever, NULL);
	for (;;)
		pause();
}
