#!/bin/sh
# Builds the sample programs the smoke tests trace into OUTDIR (default: target/samples under the
# repository). Static binaries, so their traces do not depend on the dynamic loader or the libraries
# installed; stacktrace and libstackshout.so (for -k) are dynamically linked, with debug information.
# Idempotent: a sample is rebuilt only when its source is newer than the binary.
#
#   scripts/samples/build.sh [OUTDIR]
set -eu
# the compiler's diagnostics in ASCII: the tests show them (read as ISO-8859-1) when a build fails
LC_ALL=C
export LC_ALL
here=$(cd -P -- "$(dirname -- "$0")" && pwd -P)
out=${1:-$here/../../target/samples}
CC=${CC:-gcc}
command -v "$CC" >/dev/null 2>&1 || { echo "build.sh: $CC not found" >&2; exit 127; }
mkdir -p -- "$out"

build() { # NAME SOURCE FLAGS...
    name=$1 src=$here/$2
    shift 2
    if [ -x "$out/$name" ] && [ ! "$src" -nt "$out/$name" ] && [ ! "$here/build.sh" -nt "$out/$name" ]; then
        return 0
    fi
    # build under a temporary name and rename, so a concurrent run never sees half a binary
    "$CC" "$@" -o "$out/$name.tmp.$$" "$src"
    mv -f -- "$out/$name.tmp.$$" "$out/$name"
}

build hello hello.S -nostdlib -static
for c in getpid openmissing killself exit3 iovec msghdr epoll timers misc more seccompmode argwidth sleeps errnos cloneptrace prctl specialfds namespaces ioctls i386calls ioctlstructs netlink extensible flagsets unnamed fdnames ioctls2 netlink2 sysdecode sysdecode2 strpage cloneparent bpf perf sockets netlink3 v4l2 sockopts ptracereq ioctls3 rtcmtd ldt kcmp futexops clonepidfd; do
    build "$c" "$c.c" -O2 -static -Wall
done
build threads threads.c -O2 -static -Wall -pthread
build threadexec threadexec.c -O2 -static -Wall -pthread
build threadsleep threadsleep.c -O2 -static -Wall -pthread
build forktree forktree.c -O2 -static -Wall
build keysquota keysquota.c -O2 -static -Wall
build stacktrace stacktrace.c -O0 -g -Wall -ldl
build libstackshout.so stackshout.c -O0 -g -Wall -shared -fPIC
