#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A device's binary carries no server: neither QtHttpServer nor libsodium may be among the
# libraries it needs (what the dynamic loader reads, not what CMake was told).
# Usage: check_needed_libraries.sh BINARY...
set -u
failures=0
for binary in "$@"; do
    needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    if [ -z "$needed" ]; then
        echo "$binary: no needed libraries read (is it a dynamic executable?)"
        failures=$((failures + 1))
        continue
    fi
    for lib in libQt6HttpServer libsodium; do
        if grep -q "^$lib" <<<"$needed"; then
            echo "$binary needs $lib"
            failures=$((failures + 1))
        fi
    done
done
[ $failures -eq 0 ] && echo "no server library in: $*"
exit $((failures > 0))
