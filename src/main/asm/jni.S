# The two JNI functions of the shared object jstrace builds at run time (jstrace.nativ.JniStub):
#   long Kernel.syscall6(long nr, long a1, ..., long a6)   the raw system call, -errno on failure
#   long Kernel.call6(long fn, long a1, ..., long a6)      calls the C function at fn
# A static native method gets (JNIEnv *, jclass) first, so its Java arguments start in rdx:
# rdx rcx r8 r9, then the stack (8(%rsp) = a4, 16 = a5, 24 = a6 at entry).
# the Java arguments a1..a6 into the System V argument registers (rdi rsi rdx rcx r8 r9),
# and the first Java argument (nr or fn) into rax
	.macro java_args_to_sysv a4
	mov %rdx, %rax
	mov %rcx, %rdi
	mov %r8, %rsi
	mov %r9, %rdx
	mov 8(%rsp), \a4
	mov 16(%rsp), %r8
	mov 24(%rsp), %r9
	.endm

	.text
	.globl syscall6
syscall6:
	java_args_to_sysv %r10        # the kernel takes its fourth argument in r10, not rcx
	syscall
	ret
# a tail call: the System V registers of fn(a1..a6) set, the JNI caller's return address left on
# the stack for fn to return to (six register arguments, so no stack argument needs moving)
	.globl call6
call6:
	java_args_to_sysv %rcx
	jmp *%rax
