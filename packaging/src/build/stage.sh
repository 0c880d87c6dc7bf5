#!/bin/sh
# Makes, at build time, what the distribution and the packages hold once per handler, from the
# one list of the handlers: the launcher's own table (handler() in src/dist/bin/launcher.sh), which
# the launcher needs at run time anyway.
#
#   stage.sh OUT JAVA LAUNCHER LINK_TARGET POM CONTROL CLASSPATH
#
#   OUT/dist/bin/<handler>           the launcher under each handler's name
#   OUT/dist/lib/<jar>               the shaded jars (handler-switch-<version>-all.jar is
#                                    lib/dci-switch.jar), from CLASSPATH: packaging's runtime
#                                    classpath, which holds its own (empty) classes and those jars
#   OUT/dist/lib/info/<handler>.xml  the -info document each handler writes itself, so that the
#                                    launcher answers the panel's -info (at every panel start, for
#                                    every handler) without starting a JVM
#   OUT/links.tar                    the panel's links, <handler> -> LINK_TARGET/<handler>, which
#                                    the .deb lays down
#
# What cannot follow the table is held to it, and the build fails naming the place and the
# handler: a handler's jar missing from CLASSPATH, a jar there that serves no handler, a link
# entry of the .rpm in POM (its plugin cannot loop) missing or extra, and a package description
# (the .rpm's in POM, the .deb's in CONTROL) that does not name exactly these handlers.
set -eu
out=$1 java=$2 launcher=$3 link_target=$4 pom=$5 control=$6 classpath=$7
fail() {
    echo "stage.sh: $*" >&2
    exit 1
}
rm -rf "$out"
mkdir -p "$out/dist/bin" "$out/dist/lib/info" "$out/links"
set -f
IFS=:
for path in $classpath; do
    case ${path##*/} in
    handler-*-all.jar)
        kind=${path##*/handler-}
        kind=${kind%%-[0-9]*}
        cp "$path" "$out/dist/lib/dci-$kind.jar" ;;
    *.jar) fail "$path is on packaging's runtime classpath, and is no handler module's shaded jar" ;;
    esac
done
unset IFS

names=$(sed -n 's/^    \(dci-[a-z-]*\)) .*/\1/p' "$launcher")
[ -n "$names" ] || fail "no handlers found in $launcher"
jar='' main=''
eval "$(sed -n '/^handler() {/,/^}/p' "$launcher")"
handlers=
used=
for name in $names; do
    handler "$name"
    [ -f "$out/dist/lib/$jar" ] ||
        fail "$name needs lib/$jar, which no jar on packaging's runtime classpath gives (a dependency of $pom on the module's shaded jar)"
    handlers="$handlers $name"
    used="$used $jar"
    cp "$launcher" "$out/dist/bin/$name"
    chmod 755 "$out/dist/bin/$name"
    "$java" -cp "$out/dist/lib/$jar" "$main" -info >"$out/dist/lib/info/$name.xml"
    grep -q '<supported_funcs>' "$out/dist/lib/info/$name.xml" || fail "$name -info wrote no declaration"
    ln -s "$link_target/$name" "$out/links/$name"
done
set +f
for path in "$out"/dist/lib/*.jar; do
    case "$used " in
    *" ${path##*/} "*) ;;
    *) fail "lib/${path##*/} serves no handler: add its handlers to the table in $launcher, or drop its dependency from $pom" ;;
    esac
done
# shellcheck disable=SC2086 # the names, one word each
tar --owner=0 --group=0 --numeric-owner -cf "$out/links.tar" -C "$out/links" $handlers

# held_to_the_table PLACE LIST: fails unless the words of LIST are exactly the handlers
held_to_the_table() {
    for name in $handlers; do
        case " $2 " in
        *" $name "*) ;;
        *) fail "$1 does not name $name, a handler of $launcher" ;;
        esac
    done
    for word in $2; do
        case "$handlers " in
        *" $word "*) ;;
        *) fail "$1 names $word, which is no handler of $launcher" ;;
        esac
    done
}

# the .rpm's links, one <entry> a line: each a handler's, and every handler's
set -f
links=
# shellcheck disable=SC2013,SC2016 # ${...} is the entries' own text; a pair holds no space
for pair in $(sed -n 's|.*<entry><name>${package.links}/\([^<]*\)</name><linkTo>${package.home}/bin/\([^<]*\)</linkTo>.*|\1:\2|p' "$pom"); do
    [ "${pair%:*}" = "${pair#*:}" ] || fail "$pom: the .rpm's link ${pair%:*} leads to bin/${pair#*:}"
    links="$links ${pair%:*}"
done
held_to_the_table "the .rpm's list of links in $pom" "$links"

# the descriptions tell people which handlers the package brings: every one, and no other
launchers_named() { # the words dci-* of $1 but the package's own name
    named=
    for word in $1; do
        word=${word#"("}
        word=${word%[,.;:)]}
        case $word in
        dci-handlers) ;;
        dci-*) named="$named $word" ;;
        esac
    done
}
launchers_named "$(sed -n 's|.*<description>\(.*\)</description>.*|\1|p' "$pom")"
held_to_the_table "the .rpm's description in $pom" "$named"
launchers_named "$(sed -n '/^Description:/,$p' "$control")"
held_to_the_table "the .deb's description in $control" "$named"
