#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Arrows point down: platforms -> qml -> sync client -> sync protocol -> core, and the
# server beside the client on the protocol. A layer's file is included by its path from
# the top of the tree (core/..., sync/..., qml/...); an include that reaches a layer its
# file may not use, or that names a layer's file any other way, fails the test.
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
    may=" $(allowed "$from") "
    dir=$(dirname "$file")
    while IFS= read -r inc; do
        if [ -f "$inc" ] && [ -n "$(layer_of_path "$inc")" ]; then
            [ -n "$from" ] || continue # tests and benchmarks may use every layer
            to=$(layer_of_path "$inc")
            if [[ $may != *" $to "* ]]; then
                echo "$file: includes \"$inc\" ($to), but $from may use only:$may"
                failures=$((failures + 1))
            fi
            continue
        fi
        for root in core sync qml sync/protocol sync/client sync/server qml/shell; do
            if [ -f "$root/$inc" ] && [ "$root/$inc" != "$dir/$inc" ]; then
                echo "$file: \"$inc\" is \"$root/$inc\": name it from the top of the tree"
                failures=$((failures + 1))
                break
            fi
        done
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file")
done < <(find core sync qml platforms tests bench -name '*.h' -o -name '*.cpp' | sort)

if [ $failures -gt 0 ]; then
    echo "$failures include(s) point the wrong way"
    exit 1
fi
echo "every include points down and names its layer"
