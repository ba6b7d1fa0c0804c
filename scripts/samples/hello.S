# hello: writes "hello\n" to fd 1 and exits 0 with raw system calls only (no libc, no start files).
# Build: gcc -nostdlib -static -o hello hello.S
# Its whole trace is execve, write, exit: the smallest deterministic trace there is.
	.section .rodata
msg:
	.ascii "hello\n"
	.set msglen, . - msg

	.text
	.globl _start
_start:
	mov $1, %eax            # write(1, msg, 6)
	mov $1, %edi
	lea msg(%rip), %rsi
	mov $msglen, %edx
	syscall
	mov $60, %eax           # exit(0)
	xor %edi, %edi
	syscall
	hlt

	.section .note.GNU-stack,"",@progbits
