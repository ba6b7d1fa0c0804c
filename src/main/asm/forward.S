# void forward(int sig): the handler jstrace installs (raw rt_sigaction) for the signals that end a
# -p trace (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE). A JVM will not install a handler for a
# signal that was ignored when it started (as SIGINT is for a background job of a script), and a
# process-directed signal may land on any JVM thread; so this handler only records the request in
# the request word (DATA+0, the signal's number) and sends the wake signal to the tracer thread (tid at DATA+4), whose
# wait4 then fails with EINTR. DATA (0x1122334455667788 here) is patched in at start-up.
	.text
	.globl forward
forward:
	movabs $0x1122334455667788, %rcx
	movl %edi, (%rcx)          # the signal number: the request
	mov $39, %eax              # getpid
	syscall
	mov %eax, %edi
	movabs $0x1122334455667788, %rcx
	mov 4(%rcx), %esi          # the tracer thread's tid
	mov $40, %edx              # the wake signal
	mov $234, %eax             # tgkill
	syscall
	ret
