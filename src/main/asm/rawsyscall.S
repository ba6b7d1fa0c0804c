# long raw_syscall(long nr, long a1, long a2, long a3, long a4, long a5)
# System V arguments (rdi rsi rdx rcx r8 r9) moved to the kernel's (rax rdi rsi rdx r10 r8);
# the sixth syscall argument (r9) is always 0. Returns the raw result: -errno on failure,
# so no libc errno (and no thread-local errno plumbing) is involved.
	.text
	.globl raw_syscall
raw_syscall:
	mov %rdi, %rax
	mov %rsi, %rdi
	mov %rdx, %rsi
	mov %rcx, %rdx
	mov %r8, %r10
	mov %r9, %r8
	xor %r9d, %r9d
	syscall
	ret
