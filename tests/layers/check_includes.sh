#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Arrows point down: platforms -> qml -> sync client -> sync protocol -> core, and the
# server beside the client on the protocol. Every quoted include with a folder in it is
# resolved against the layers' include roots; an include that reaches a layer its file may
# not use, or that names a file two layers both hold, fails the test.
# Usage: check_includes.sh SOURCE_DIR
set -u
src=${1:?source dir}
cd "$src" || exit 2

layer_of_path() {
    case $1 in
    core/*) echo core ;;
    sync/protocol/*) echo protocol ;;
    sync/client/*) echo client ;;
    sync/server/*) echo server ;;
    qml/*) echo qml ;;
    platforms/app/*) echo app ;;
    platforms/cli/*) echo cli ;;
    platforms/server/*) echo server-main ;;
    esac
}

allowed() {
    case $1 in
    core) echo "core" ;;
    protocol) echo "core protocol" ;;
    client) echo "core protocol client" ;;
    server) echo "core protocol server" ;;
    qml) echo "core protocol client qml" ;;
    app) echo "core protocol client qml" ;;
    cli) echo "core protocol client" ;;
    server-main) echo "core protocol server" ;;
    esac
}

failures=0
while IFS= read -r file; do
    from=$(layer_of_path "$file")
    [ -n "$from" ] || continue
    may=" $(allowed "$from") "
    while IFS= read -r inc; do
        found=()
        for root in core sync qml; do
            [ -f "$root/$inc" ] && found+=("$root/$inc")
        done
        if [ ${#found[@]} -gt 1 ]; then
            echo "$file: \"$inc\" names a file in two layers: ${found[*]}"
            failures=$((failures + 1))
            continue
        fi
        [ ${#found[@]} -eq 1 ] || continue # a Qt or test-support header
        to=$(layer_of_path "${found[0]}")
        if [[ $may != *" $to "* ]]; then
            echo "$file: includes \"$inc\" ($to), but $from may use only:$may"
            failures=$((failures + 1))
        fi
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\/[^"]*\)".*/\1/p' "$file")
done < <(find core sync qml platforms -name '*.h' -o -name '*.cpp' | sort)

if [ $failures -gt 0 ]; then
    echo "$failures include(s) point the wrong way"
    exit 1
fi
echo "every include points down"
