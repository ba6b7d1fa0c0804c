# The two JNI functions of the shared object jstrace builds at run time (jstrace.nativ.JniStub):
#   long Kernel.syscall6(long nr, long a1, ..., long a6)   the raw system call, -errno on failure
#   long Kernel.call6(long fn, long a1, ..., long a6)      calls the C function at fn
# A static native method gets (JNIEnv *, jclass) first, so its Java arguments start in rdx:
# rdx rcx r8 r9, then the stack (8(%rsp) = a4, 16 = a5, 24 = a6 at entry).
	.text
	.globl syscall6
syscall6:
	mov %rdx, %rax
	mov %rcx, %rdi
	mov %r8, %rsi
	mov %r9, %rdx
	mov 8(%rsp), %r10
	mov 16(%rsp), %r8
	mov 24(%rsp), %r9
	syscall
	ret
# a tail call: the System V registers of fn(a1..a6) set, the JNI caller's return address left on
# the stack for fn to return to (six register arguments, so no stack argument needs moving)
	.globl call6
call6:
	mov %rdx, %rax
	mov %rcx, %rdi
	mov %r8, %rsi
	mov %r9, %rdx
	mov 8(%rsp), %rcx
	mov 16(%rsp), %r8
	mov 24(%rsp), %r9
	jmp *%rax
