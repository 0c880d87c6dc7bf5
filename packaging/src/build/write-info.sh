#!/bin/sh
# Writes the -info document of every handler into OUT/<handler>.xml at build time, so that the
# launcher can answer the panel's -info (at every panel start, for every handler) without starting
# a JVM: the document is the handler's fixed declaration, written by the handler itself here.
#
#   write-info.sh OUT JAVA LAUNCHER JAR...
#
# The handlers and their jars are read from the launcher's own table (handler()); each JAR is a
# shaded jar named after its artifact (handler-switch-<version>-all.jar is lib/dci-switch.jar).
set -eu
out=$1 java=$2 launcher=$3
shift 3
stage=$out.stage
rm -rf "$out" "$stage"
mkdir -p "$out" "$stage/lib"
for path in "$@"; do
    base=${path##*/}
    kind=${base#handler-}
    kind=${kind%%-[0-9]*}
    cp "$path" "$stage/lib/dci-$kind.jar"
done
names=$(sed -n 's/^    \(dci-[a-z-]*\)) .*/\1/p' "$launcher")
[ -n "$names" ] || { echo "write-info.sh: no handlers found in $launcher" >&2; exit 1; }
eval "$(sed -n '/^handler() {/,/^}/p' "$launcher")"
for name in $names; do
    handler "$name"
    [ -f "$stage/lib/$jar" ] || { echo "write-info.sh: $name needs lib/$jar, which no JAR argument gives" >&2; exit 1; }
    "$java" -cp "$stage/lib/$jar" "$main" -info >"$out/$name.xml"
    grep -q '<supported_funcs>' "$out/$name.xml" || { echo "write-info.sh: $name -info wrote no declaration" >&2; exit 1; }
done
rm -rf "$stage"
