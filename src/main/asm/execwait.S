# The program -D runs in jstrace's own process (so the traced command keeps the pid the shell
# started): started as "execwait PATH ARGV0 ARGS..." with the command's environment, it blocks in
# read(1023) until the daemon tracer has attached (a byte, or EOF if the tracer died), closes fd
# 1023 and execs PATH with ARGV0 ARGS... and its own environment. A failed exec exits 127.
# Position independent; jstrace wraps these bytes in a minimal ELF file (see Daemonizer).
	.text
	.globl _start
_start:
	sub $16, %rsp
1:	xor %eax, %eax              # read(1023, rsp, 1)
	mov $1023, %edi
	mov %rsp, %rsi
	mov $1, %edx
	syscall
	cmp $-4, %rax               # EINTR: read again
	je 1b
	add $16, %rsp
	mov $3, %eax                # close(1023)
	mov $1023, %edi
	syscall
	mov (%rsp), %rcx            # argc
	mov 16(%rsp), %rdi          # argv[1]: the path
	lea 24(%rsp), %rsi          # &argv[2]: the command's argv
	lea 16(%rsp,%rcx,8), %rdx   # envp, after argv's NULL
	mov $59, %eax               # execve
	syscall
	mov $127, %edi              # exit_group(127)
	mov $231, %eax
	syscall
