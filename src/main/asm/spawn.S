# long spawn(struct spawn_block *b)   -- forks; returns the child's pid (or -errno) in the parent.
# The child runs only raw syscalls (no libc, no locks: the JVM's other threads do not exist in it):
#   rt_sigprocmask(SIG_SETMASK, &b->sigmask), SIG_IGN for each bit of b->ignored,
#   dup2(from, to) for each of b->dups (the library API's stdin/stdout/stderr files), chdir(b->cwd) if set,
#   close_range over b->close_ranges, ptrace(PTRACE_TRACEME) if b->traceme, kill(getpid(), SIGSTOP)
#   (the tracer sets its options during this stop), optional seccomp filter (PR_SET_NO_NEW_PRIVS +
#   PR_SET_SECCOMP: installed after the stop so the filter's SECCOMP_RET_TRACE finds the tracer ready),
#   with b->run_as: setgroups, setresgid, setresuid (after the filter, which may need CAP_SYS_ADMIN),
#   execve(b->path, b->argv, b->envp), exit_group(1).
# Block layout (offsets): 0 path, 8 argv, 16 envp, 24 sigmask, 32 ignored mask,
#   40 close_ranges (array of {u32 first, u32 last}), 48 count, 56 struct kernel_sigaction for SIG_IGN (32 bytes),
#   88 seccomp sock_fprog* (0 = none), 96 traceme (0/1), 104 no_new_privs before the filter (0/1),
#   112 run_as (0/1), 120 groups (u32 array), 128 ngroups, 136 rgid, 144 egid, 152 ruid, 160 euid,
#   168 dups (array of {u32 from, u32 to}), 176 count, 184 cwd (0 = stay).
	.text
	.globl spawn
spawn:
	push %rbx
	push %r12
	push %r13
	mov %rdi, %rbx
	mov $57, %eax            # fork
	syscall
	test %rax, %rax
	jnz 9f
	mov $14, %eax            # rt_sigprocmask(SIG_SETMASK, &sigmask, NULL, 8)
	mov $2, %edi
	lea 24(%rbx), %rsi
	xor %edx, %edx
	mov $8, %r10d
	syscall
	mov 32(%rbx), %r12       # ignored-signal bits, bit 0 = signal 1
	mov $1, %r13d
1:	test $1, %r12b
	jz 2f
	mov $13, %eax            # rt_sigaction(sig, &sa_ign, NULL, 8)
	mov %r13d, %edi
	lea 56(%rbx), %rsi
	xor %edx, %edx
	mov $8, %r10d
	syscall
2:	shr $1, %r12
	inc %r13d
	cmp $65, %r13d
	jb 1b
	mov 168(%rbx), %r12      # dup2(from, to) for each pair
	mov 176(%rbx), %r13
11:	test %r13, %r13
	jz 12f
	mov $33, %eax
	mov (%r12), %edi
	mov 4(%r12), %esi
	syscall
	add $8, %r12
	dec %r13
	jmp 11b
12:	mov 184(%rbx), %rdi      # chdir(cwd)
	test %rdi, %rdi
	jz 13f
	mov $80, %eax
	syscall
	test %rax, %rax
	jnz 10f
13:	mov 40(%rbx), %r12       # close_range(first, last, 0) for each range
	mov 48(%rbx), %r13
3:	test %r13, %r13
	jz 4f
	mov $436, %eax
	mov (%r12), %edi
	mov 4(%r12), %esi
	xor %edx, %edx
	syscall
	add $8, %r12
	dec %r13
	jmp 3b
4:	cmpq $0, 96(%rbx)
	je 5f
	mov $101, %eax           # ptrace(PTRACE_TRACEME, 0, 0, 0)
	xor %edi, %edi
	xor %esi, %esi
	xor %edx, %edx
	xor %r10d, %r10d
	syscall
5:	mov $39, %eax            # kill(getpid(), SIGSTOP)
	syscall
	mov %eax, %edi
	mov $19, %esi
	mov $62, %eax
	syscall
	cmpq $0, 88(%rbx)
	je 6f
	cmpq $0, 104(%rbx)       # no_new_privs wanted? (not needed with CAP_SYS_ADMIN)
	je 7f
	mov $157, %eax           # prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
	mov $38, %edi
	mov $1, %esi
	xor %edx, %edx
	xor %r10d, %r10d
	xor %r8d, %r8d
	syscall
7:	mov $157, %eax           # prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, prog)
	mov $22, %edi
	mov $2, %esi
	mov 88(%rbx), %rdx
	syscall
6:	cmpq $0, 112(%rbx)       # -u: the user's groups, gids and uids (after the filter: it may need CAP_SYS_ADMIN)
	je 8f
	mov $116, %eax           # setgroups(ngroups, groups)
	mov 128(%rbx), %rdi
	mov 120(%rbx), %rsi
	syscall
	test %rax, %rax
	jnz 10f
	mov $119, %eax           # setresgid(rgid, egid, egid)
	mov 136(%rbx), %rdi
	mov 144(%rbx), %rsi
	mov %rsi, %rdx
	syscall
	test %rax, %rax
	jnz 10f
	mov $117, %eax           # setresuid(ruid, euid, euid)
	mov 152(%rbx), %rdi
	mov 160(%rbx), %rsi
	mov %rsi, %rdx
	syscall
	test %rax, %rax
	jnz 10f
8:	mov (%rbx), %rdi         # execve(path, argv, envp)
	mov 8(%rbx), %rsi
	mov 16(%rbx), %rdx
	mov $59, %eax
	syscall
10:	mov $1, %edi             # exit_group(1), as strace's child does when exec (or -u) fails
	mov $231, %eax
	syscall
9:	pop %r13
	pop %r12
	pop %rbx
	ret
