#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file says its licence in its first lines (after a #! line), as the
# LICENSE file at the top gives it: GPL-3.0-or-later.
# Usage: check_spdx.sh SOURCE_DIR
set -u
cd "${1:?source dir}" || exit 2
missing=0
while IFS= read -r file; do
    if ! head -n 3 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "$file: no SPDX-License-Identifier line at the top"
        missing=$((missing + 1))
    fi
done < <({
    find core sync qml platforms tests bench scripts \
        \( -name '*.cpp' -o -name '*.h' -o -name '*.qml' -o -name '*.sh' -o -name CMakeLists.txt \) \
        -type f
    echo CMakeLists.txt
    echo .ci/run
} | sort)
[ -f LICENSE ] || { echo "no LICENSE file"; missing=$((missing + 1)); }
if [ $missing -gt 0 ]; then
    echo "$missing file(s) without a licence line"
    exit 1
fi
echo "every source file names its licence"
