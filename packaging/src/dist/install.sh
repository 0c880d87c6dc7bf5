#!/bin/sh
# Installs (or removes) the dci-handlers device handlers on a DCImanager 5 panel host. POSIX sh;
# run as root from the unpacked distribution. `install.sh --help` tells the options.
#
# DCImanager runs every executable it finds in <prefix>/var/dcihandlers, so only symlinks to the
# launchers go there; everything else lives in <prefix>/dci-handlers. Every file, link and folder
# this script creates is listed in <prefix>/dci-handlers/install.manifest, which --uninstall and
# the next install (to drop what a new version no longer ships) read. The copy installed there acts
# only on the installation it belongs to. The .deb and .rpm packages lay down the same tree
# themselves and call the installed copy for the rest (--package-configure, --package-remove).

# "a && b || die" is meant as written: die when any step before it fails.
# shellcheck disable=SC2015
set -u
umask 022
unset CDPATH

usage() {
    cat <<'EOF'
Usage: install.sh [--prefix DIR] [--java-home DIR] [--dry-run] [--uninstall]

Installs the dci-handlers device handlers for DCImanager 5:
  DIR/dci-handlers/{bin,lib,etc}  launchers, handler jars, configuration
  DIR/var/dcihandlers/dci-*       symlinks to the launchers (DCImanager runs these)
A configuration you have edited is kept; the new default goes beside it as
etc/dci-handlers.conf.dist. Running it again upgrades or repairs the installation.

  --prefix DIR      DCImanager's folder (default /usr/local/mgr5; created if missing)
  --java-home DIR   run the handlers with the Java 17+ installed in DIR, whatever the
                    panel's JAVA_HOME and PATH (links DIR as dci-handlers/runtime)
  --dry-run         show every step, change nothing, start no handler
  --uninstall       remove what install.sh installed (an edited configuration is kept);
                    the installed copy, DIR/dci-handlers/install.sh, removes its own
                    installation
  --help            this text

For the scripts of the .deb and .rpm packages, which install the same files themselves:
  --package-configure  make the class-data archives (kept when the jars are unchanged),
                       then check each handler as the panel will
  --package-remove     remove the class-data archives before the package's files go
EOF
}

die() {
    printf 'install.sh: %s\n' "$*" >&2
    if [ "${installing:-false}" = true ] && ! $dry && [ -d "$home" ]; then
        save_manifest keep-old
    fi
    exit 1
}

prefix=/usr/local/mgr5
prefix_given=false
dry=false
action=install
java_home=
while [ "$#" -gt 0 ]; do
    case $1 in
    --prefix) [ "$#" -ge 2 ] || die "--prefix needs a folder"; prefix=$2; prefix_given=true; shift 2 ;;
    --prefix=*) prefix=${1#*=}; prefix_given=true; shift ;;
    --java-home) [ "$#" -ge 2 ] || die "--java-home needs a folder"; java_home=$2; shift 2 ;;
    --java-home=*) java_home=${1#*=}; shift ;;
    --dry-run|-n) dry=true; shift ;;
    --uninstall) action=uninstall; shift ;;
    --package-configure) action=package-configure; shift ;;
    --package-remove) action=package-remove; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
    esac
done

# physical_path DIR: DIR absolute with every symlink resolved; DIR, or its last parts, may not exist
# yet (then those parts are kept as written, "." and ".." refused).
physical_path() {
    p=$1
    while :; do
        case $p in
        /) break ;;
        */) p=${p%/} ;;
        *) break ;;
        esac
    done
    if [ -d "$p" ]; then
        (cd -P -- "$p" && pwd -P)
        return
    fi
    case $p in
    */*) parent=${p%/*} ;;
    *) parent=. ;;
    esac
    last=${p##*/}
    case $last in '' | . | ..) return 1 ;; esac
    parent=$(physical_path "${parent:-/}") || return 1
    printf '%s/%s\n' "${parent%/}" "$last"
}

case $prefix in
'') die "--prefix is empty" ;;
*'
'*) die "a prefix with a line break is not supported" ;;
esac
src=$(cd -P -- "$(dirname -- "$0")" && pwd -P) || die "cannot find the folder of $0"

# Whether DIR is an installation: made by install.sh (install.manifest), or by a package (the
# panel's links point into it).
is_installation() {
    [ -f "$1/install.manifest" ] && return 0
    [ "${1##*/}" = dci-handlers ] || return 1
    for l in "${1%/*}"/var/dcihandlers/*; do
        if [ -h "$l" ] && [ "$(readlink -- "$l")" = "$1/bin/${l##*/}" ]; then
            return 0
        fi
    done
    return 1
}

# The copy installed in <prefix>/dci-handlers acts on that installation and no other.
if is_installation "$src" || [ "$action" = package-configure ] || [ "$action" = package-remove ]; then
    if [ "$action" = install ]; then
        [ -f "$src/install.manifest" ] ||
            die "this is the copy installed by the dci-handlers package in $src: the package manager upgrades and removes it"
        die "this is the installed copy in $src: it only removes that installation (--uninstall). To upgrade or repair, run install.sh of an unpacked distribution."
    fi
    [ "${src##*/}" = dci-handlers ] || die "$src is not an installation (<prefix>/dci-handlers)"
    own=${src%/*}
    own=${own:-/}
    if $prefix_given && [ "$(physical_path "$prefix")" != "$own" ]; then
        die "this copy belongs to the installation in $own and acts only on it; for $prefix, run $prefix/dci-handlers/install.sh"
    fi
    prefix=$own
fi

prefix=$(physical_path "$prefix") || die "cannot use $prefix as the prefix"
home=${prefix%/}/dci-handlers
links=${prefix%/}/var/dcihandlers
conf=$home/etc/dci-handlers.conf
manifest=$home/install.manifest

# --- steps: each says what it does and, in a dry run, only says it ---

step() {
    if $dry; then printf '  would %s\n' "$*"; else printf '  %s\n' "$*"; fi
}

# The new manifest, built as the steps run: "d DIR" (a folder created), "f FILE", "l LINK",
# "c CRC:SIZE FILE" (the configuration, with its checksum when installed, to tell an edit).
entries=
record() {
    entries="$entries$1
"
}
old_entries=
if [ -f "$manifest" ]; then
    old_entries=$(cat -- "$manifest") || die "cannot read $manifest"
fi

# The recorded checksum of the configuration file, if install.sh created it.
recorded_conf_sum() {
    while read -r kind sum path; do
        if [ "$kind" = c ] && [ "$path" = "$conf" ]; then
            printf '%s' "$sum"
            return
        fi
    done <<EOF
$old_entries
EOF
}

checksum() {
    # shellcheck disable=SC2046 # "CRC SIZE" split into two words on purpose
    set -- $(cksum <"$1")
    printf '%s:%s' "$1" "$2"
}

made_dirs='|'
ensure_dir() {
    [ -d "$1" ] && return 0
    case $made_dirs in *"|$1|"*) return 0 ;; esac
    ensure_dir "${1%/*}"
    step "create $1/"
    $dry || mkdir -- "$1" || die "cannot create $1"
    made_dirs="$made_dirs$1|"
    record "d $1"
}

# install_file SOURCE TARGET MODE: copy to a temporary name, then rename, so that a handler running
# during an upgrade keeps reading the complete old file.
install_file() {
    if [ -d "$2" ] && [ ! -h "$2" ]; then
        die "$2 is a folder; expected a file"
    fi
    if [ -f "$2" ] && [ ! -h "$2" ] && cmp -s "$1" "$2"; then
        step "keep unchanged $2"
        $dry || chmod "$3" "$2" || die "cannot set the mode of $2"
    else
        step "install $2"
        if ! $dry; then
            cp -- "$1" "$2.new.$$" && chmod "$3" "$2.new.$$" && mv -f -- "$2.new.$$" "$2" || {
                rm -f -- "$2.new.$$"
                die "cannot install $2"
            }
        fi
    fi
    record "f $2"
}

# install_link TARGET LINK
install_link() {
    if [ -h "$2" ] && [ "$(readlink -- "$2")" = "$1" ]; then
        step "keep unchanged $2 -> $1"
    else
        step "link $2 -> $1"
        if ! $dry; then
            # a link to a folder (runtime) is removed first: mv would move into the folder
            if [ -d "$2" ]; then rm -f -- "$2" || die "cannot replace $2"; fi
            ln -s -- "$1" "$2.new.$$" && mv -f -- "$2.new.$$" "$2" || {
                rm -f -- "$2.new.$$"
                die "cannot create the link $2"
            }
        fi
    fi
    record "l $2"
}

remove_path() {
    if [ -h "$1" ] || [ -f "$1" ]; then
        step "remove $1"
        $dry || rm -f -- "$1" || die "cannot remove $1"
    fi
}

# Appends to an edited configuration the settings of the new default it does not mention at all
# (neither set nor commented out): commented out, with the explanation above each, under the
# header of its section, so an upgrade shows what is new without changing what was chosen.
add_new_settings() { # add_new_settings NEW_DEFAULT EDITED
    additions=$(awk '
        FNR == NR {
            if (match($0, /^[#[:space:]]*[a-z0-9]+([.][a-z0-9]+)+[[:space:]]*=/)) {
                k = substr($0, RSTART, RLENGTH); gsub(/[#[:space:]=]/, "", k); known[k] = 1
            }
            next
        }
        /^# ---/ { section = $0; explanation = ""; next }
        /^#[a-z0-9]+([.][a-z0-9]+)+=/ {
            k = $0; sub(/^#/, "", k); sub(/=.*/, "", k)
            if (!(k in known)) {
                if (section != shown) { print ""; print section; shown = section }
                print ""; printf "%s", explanation; print $0
            }
            explanation = ""; next
        }
        /^# / { explanation = explanation $0 "\n"; next }
        { explanation = "" }
    ' "$2" "$1") || die "cannot read $1 and $2"
    [ -n "$additions" ] || return 0
    keys=$(printf '%s\n' "$additions" | sed -n 's/^#\([a-z0-9][a-z0-9.]*\)=.*/\1/p' | tr '\n' ' ')
    step "add to $conf the new settings ${keys% }, commented out"
    if ! $dry; then
        {
            printf '\n# --- Settings new in this version, added by install.sh (commented out, with their defaults) ---\n'
            printf '%s\n' "$additions"
        } >>"$conf" || die "cannot add to $conf"
    fi
}

# Class-data archives (lib/cds/<handler>-<java version>.jsa) are made by the launchers for the Java
# they run on, never shipped. lib/cds/made-from lists the files they were made from (checksum, size
# and name of each jar and launcher, and the bundled or linked Java runtime's release and modules
# files): archives made from other files are stale, identical files keep theirs.
stamp=$home/lib/cds/made-from

# code_signature TREE [RUNTIME]: that list for the jars and launchers in TREE and the Java in RUNTIME.
code_signature() {
    (cd -- "$1" && cksum lib/*.jar bin/*) || return 1
    if [ -n "${2:-}" ]; then
        for f in release lib/modules; do
            if [ -f "$2/$f" ]; then
                printf 'runtime/%s %s\n' "$f" "$(cksum <"$2/$f")" || return 1
            fi
        done
    fi
}

# clear_archives WHY: removes every archive (and the list, and what an interrupted training left).
clear_archives() {
    [ -d "$home/lib/cds" ] || return 0
    for f in "$home/lib/cds"/*; do
        [ -e "$f" ] || [ -h "$f" ] || continue
        case $f in
        "$stamp") step "remove $f (the list of the files the archives were made from)" ;;
        *) step "remove $f ($1)" ;;
        esac
        $dry || rm -rf -- "$f" || die "cannot remove $f"
    done
}

# check_archives TREE RUNTIME: archives_fresh=true when the archives in place were made from the same
# jars, launchers and runtime as TREE and RUNTIME hold; otherwise removes them.
check_archives() {
    new_signature=$(code_signature "$1" "$2") || die "cannot read the jars and launchers in $1"
    old_signature=
    if [ -f "$stamp" ]; then
        old_signature=$(cat -- "$stamp") || die "cannot read $stamp"
    fi
    if [ -n "$old_signature" ] && [ "$old_signature" = "$new_signature" ]; then
        archives_fresh=true
    else
        archives_fresh=false
        clear_archives "class-data archive made from other jars"
    fi
}

# archive_of NAME: the archive in place for that handler, if any (the Java version follows the name).
archive_of() {
    for f in "$home/lib/cds/$1"-[0-9]*.jsa; do
        if [ -f "$f" ]; then
            printf '%s' "$f"
            return 0
        fi
    done
    return 1
}

# Makes each handler's class-data archive now, as root, so the panel's first calls are fast too;
# keeps those made from the same files. After check_archives.
prepare_archives() {
    if $dry; then
        if [ -n "${DCI_NO_CDS:-}" ]; then
            return 0
        fi
        for name in $launchers; do
            if $archives_fresh && existing=$(archive_of "$name"); then
                step "keep $existing (class-data archive; its jars are unchanged)"
            else
                step "prepare the class-data archive of $name (in $home/lib/cds)"
            fi
        done
        return 0
    fi
    if ! $archives_fresh; then
        mkdir -p -- "$home/lib/cds" && printf '%s\n' "$new_signature" >"$stamp.new.$$" &&
            mv -f -- "$stamp.new.$$" "$stamp" || {
            rm -f -- "$stamp.new.$$"
            die "cannot write $stamp"
        }
    fi
    [ -z "${DCI_NO_CDS:-}" ] || return 0
    for name in $launchers; do
        if $archives_fresh && existing=$(archive_of "$name"); then
            step "keep $existing (class-data archive; its jars are unchanged)"
        elif out=$("$home/bin/$name" --cds-archive 2>&1 </dev/null); then
            step "prepare ${out#*: }"
        else
            printf '  (no class-data archive for %s: %s; it starts a little slower)\n' "$name" "$out"
        fi
    done
}

remove_dir_if_empty() {
    [ -d "$1" ] && [ ! -h "$1" ] || return 0
    if $dry; then
        step "remove $1/ if nothing else is left in it"
    elif [ -n "$(ls -A -- "$1")" ]; then
        step "leave $1/ in place (it holds files that are not removed)"
    else
        step "remove $1/"
        rmdir -- "$1" || die "cannot remove $1"
    fi
}

# The handlers' state folder (state.dir's default, var/ of the installation): what they learn about
# devices from one call to the next (BMC certificates pinned on first use, the IPMI cipher suite
# found per BMC). Owner only, since it decides whom the handlers trust. An upgrade keeps what it
# holds, and so does --uninstall (as an edited configuration): a reinstall trusts the same BMCs.
state=$home/var
ensure_state_dir() {
    if [ -d "$state" ] && [ ! -h "$state" ]; then
        step "keep $state/ (the handlers' state), mode 0700"
    else
        step "create $state/ (the handlers' state: pinned BMC certificates, IPMI cipher suites), mode 0700"
        $dry || mkdir -- "$state" || die "cannot create $state"
    fi
    $dry || chmod 700 -- "$state" || die "cannot set the mode of $state"
}

# save_manifest [keep-old]: writes the manifest of this run; with keep-old (an install stopped
# half-way) the old entries stay listed too, so that nothing installed is ever forgotten.
save_manifest() {
    {
        printf '%s' "$entries"
        if [ "${1:-}" = keep-old ] && [ -n "$old_entries" ]; then
            printf '%s\n' "$old_entries" | while IFS= read -r e; do
                case "
$entries" in
                *"
$e
"*) ;;
                *) printf '%s\n' "$e" ;;
                esac
            done
        fi
    } >"$manifest.new.$$" && mv -f -- "$manifest.new.$$" "$manifest" || {
        rm -f -- "$manifest.new.$$"
        printf 'install.sh: cannot write %s\n' "$manifest" >&2
        exit 1
    }
}

# Paths of the manifest entries (of one kind, or all), one per line.
paths_of() {
    printf '%s\n' "$2" | while read -r kind rest; do
        case $kind in
        c) [ "$1" = all ] && printf '%s\n' "${rest#* }" ;;
        d|f|l) { [ "$1" = all ] || [ "$1" = "$kind" ]; } && printf '%s\n' "$rest" ;;
        esac
    done
}

listed() { # listed PATH LIST
    case "
$2
" in
    *"
$1
"*) return 0 ;;
    esac
    return 1
}

# Runs each launcher with -info as the panel will, and says what the panel will register.
report() {
    failed=0
    registered=
    for launcher in "$@"; do
        out=$("$launcher" -info </dev/null 2>&1)
        rc=$?
        type=$(printf '%s\n' "$out" | sed -n 's:.*<type>\(.*\)</type>.*:\1:p' | head -n 1)
        label=$(printf '%s\n' "$out" | sed -n 's:.*<name>\(.*\)</name>.*:\1:p' | head -n 1)
        if [ "$rc" -eq 0 ] && [ -n "$type" ]; then
            registered="$registered  ${launcher##*/}: $type \"$label\"
"
        else
            failed=$((failed + 1))
            printf '\nWARNING: %s will NOT be registered: its -info failed (status %s):\n%s\n' \
                "${launcher##*/}" "$rc" "$out" >&2
        fi
    done
    if [ "$failed" -gt 0 ]; then
        if [ "$action" = package-configure ]; then
            how="and make it the default java (update-alternatives --config java on Debian/Ubuntu,
alternatives --config java on RHEL/AlmaLinux)."
        else
            how="and make it the default java, or rerun install.sh with --java-home DIR."
        fi
        cat >&2 <<EOF

WARNING: $failed handler(s) cannot run. If the reason is Java: the handlers need Java 17 or
newer. Install it (e.g. package openjdk-17-jre-headless on Debian/Ubuntu, java-17-openjdk-headless
on RHEL/AlmaLinux) $how
EOF
    fi
    if [ -n "${JAVA_HOME:-}" ] && [ -z "$java_home" ] && [ ! -e "$home/runtime" ] && [ "$action" = install ]; then
        cat >&2 <<EOF

Note: JAVA_HOME is set in this shell ($JAVA_HOME), but the panel may not have it. To make the
handlers use that Java whatever the panel's environment, rerun with --java-home "$JAVA_HOME".
EOF
    fi
    if [ -n "$registered" ]; then
        printf '\nDCImanager will register:\n%s' "$registered"
    fi
}

# What a dry run says instead: it starts no handler.
report_dry() {
    printf '\nThe panel would find these handlers (a dry run starts none; the install runs each with -info\nas the panel will, and says what it registers):\n'
    for name in $launchers; do
        printf '  %s -> %s\n' "$links/$name" "$home/bin/$name"
    done
}

restart_note() {
    cat <<'EOF'

Restart the panel so that it runs the handlers in var/dcihandlers with -info and registers them
(DCImanager 5: typically `systemctl restart dcimgr`; use the restart method of your installation).
EOF
}

# The Java runtime of the installation (bundled, or linked with --java-home), if it has one.
installed_runtime() {
    if [ -e "$home/runtime" ]; then printf '%s' "$home/runtime"; fi
}

launchers_in() { # launchers_in DIR: the executable files in DIR, by name
    launchers=
    for f in "$1"/*; do
        [ -f "$f" ] && [ -x "$f" ] && launchers="$launchers ${f##*/}"
    done
    [ -n "$launchers" ] || die "no launchers in $1"
}

# --- the steps of the .deb and .rpm packages, which install the files and links themselves ---

if [ "$action" = package-configure ] || [ "$action" = package-remove ]; then
    [ ! -f "$manifest" ] ||
        die "$home was installed by install.sh, not by a package; remove it with $home/install.sh --uninstall"
    $dry && echo "Dry run: nothing is changed."
    if [ "$action" = package-remove ]; then
        echo "Removing the class-data archives of $home:"
        clear_archives "class-data archive"
        if [ -d "$home/lib/cds" ] && [ -z "$(ls -A -- "$home/lib/cds")" ]; then
            step "remove $home/lib/cds/"
            $dry || rmdir -- "$home/lib/cds" || die "cannot remove $home/lib/cds"
        fi
        exit 0
    fi
    launchers_in "$home/bin"
    echo "Preparing dci-handlers in $home:"
    check_archives "$home" "$(installed_runtime)"
    prepare_archives
    if $dry; then
        report_dry
        exit 0
    fi
    set --
    for name in $launchers; do set -- "$@" "$links/$name"; done
    report "$@"
    restart_note
    exit 0
fi

# The launchers' queue of waiting calls for this installation (bin/<handler>: queue_folder): lock
# files only, in /run/dci-handlers for root, else $XDG_RUNTIME_DIR/dci-handlers or
# /tmp/dci-handlers-<uid>; the folder is named after the installation's path. Removed with the
# installation (a call still running holds its locks through open descriptors and is not disturbed).
remove_queue_folders() {
    rest=$home
    name=queue
    while [ -n "$rest" ]; do
        tail=${rest#?}
        char=${rest%"$tail"}
        rest=$tail
        case $char in
        [A-Za-z0-9.-]) name=$name$char ;;
        *) name=${name}_ ;;
        esac
    done
    for base in /run/dci-handlers ${XDG_RUNTIME_DIR:+"$XDG_RUNTIME_DIR/dci-handlers"} "/tmp/dci-handlers-$(id -u)"; do
        queue=$base/$name
        [ -d "$queue" ] && [ ! -h "$queue" ] && [ ! -h "$base" ] && [ -O "$queue" ] || continue
        step "remove $queue/ (the handlers' queue of waiting calls)"
        if ! $dry; then
            rm -f -- "$queue/lock" "$queue/next" "$queue/head" "$queue"/slot.* "$queue"/ticket.* &&
                rmdir -- "$queue" 2>/dev/null || step "leave $queue/ in place (it holds files the handlers did not make)"
            rmdir -- "$base" 2>/dev/null || true
        fi
    done
}

# --- uninstall ---

if [ "$action" = uninstall ]; then
    if [ ! -f "$manifest" ]; then
        if [ -e "$home/bin" ] || [ -e "$home/install.sh" ]; then
            die "$home was not installed by install.sh (it has no install.manifest): if it came from the dci-handlers package, remove that with the package manager (apt remove dci-handlers, or dnf remove dci-handlers)"
        fi
        die "$manifest not found: nothing installed by install.sh under $prefix"
    fi
    $dry && echo "Dry run: nothing is changed."
    echo "Removing dci-handlers from $prefix:"
    sum=$(recorded_conf_sum)
    if [ -n "$sum" ] && [ -f "$conf" ]; then
        if [ "$(checksum "$conf")" = "$sum" ]; then
            remove_path "$conf"
        else
            step "keep $conf (edited; remove it yourself when no longer needed)"
        fi
    fi
    # links first, so the panel never sees a link to a removed launcher; then files, then folders
    for kind in l f; do
        while IFS= read -r path; do
            [ -n "$path" ] && remove_path "$path"
        done <<EOF
$(paths_of "$kind" "$old_entries")
EOF
    done
    remove_path "$manifest"
    clear_archives "class-data archive"
    remove_queue_folders
    if [ -d "$state" ] && [ ! -h "$state" ]; then
        if [ -n "$(ls -A -- "$state")" ]; then
            step "keep $state/ (what the handlers learned about devices: pinned BMC certificates; remove it yourself when no longer needed)"
        else
            step "remove $state/"
            $dry || rmdir -- "$state" || die "cannot remove $state"
        fi
    fi
    # a folder sorts after its parent, so in reverse order it is emptied first
    while IFS= read -r path; do
        [ -n "$path" ] && remove_dir_if_empty "$path"
    done <<EOF
$(paths_of d "$old_entries" | sort -r)
EOF
    if ! $dry; then
        echo
        echo "Restart the panel so that it forgets the removed handlers (DCImanager 5: typically"
        echo "\`systemctl restart dcimgr\`; use the restart method of your installation)."
    fi
    exit 0
fi

# --- install ---

[ -d "$src/bin" ] && [ -d "$src/lib" ] && [ -f "$src/etc/dci-handlers.conf" ] ||
    die "$src is not an unpacked dci-handlers distribution (bin/, lib/, etc/dci-handlers.conf)"
[ "$src" != "$home" ] ||
    die "this is the installed copy; run install.sh from the unpacked distribution to install (here only --uninstall)"
if [ ! -f "$manifest" ] && { [ -e "$home/bin" ] || [ -e "$home/install.sh" ]; }; then
    die "$home holds an installation that install.sh did not make (the dci-handlers .deb or .rpm package?); remove that first (apt remove dci-handlers, or dnf remove dci-handlers), or install elsewhere with --prefix"
fi

launchers_in "$src/bin"

# Refuse before changing anything if the panel's folder holds something else under our names.
old_links=$(paths_of l "$old_entries")
for name in $launchers; do
    l=$links/$name
    if { [ -e "$l" ] || [ -h "$l" ]; } &&
        ! { [ -h "$l" ] && [ "$(readlink -- "$l")" = "$home/bin/$name" ]; } &&
        ! listed "$l" "$old_links"; then
        die "$l exists and is not a link installed by install.sh; move it away first"
    fi
done

if [ -n "$java_home" ]; then
    [ -e "$src/runtime" ] && die "this distribution brings its own runtime; --java-home is not needed"
    java_home=$(cd -P -- "$java_home" 2>/dev/null && pwd -P) || die "no folder $java_home"
    if $dry; then
        # no handler is started in a dry run: only what can be seen without running Java
        [ -x "$java_home/bin/java" ] || die "--java-home $java_home is not usable: it has no executable bin/java"
    else
        # the launcher's own check, with that Java as JAVA_HOME
        # shellcheck disable=SC2086 # the names, one word each
        set -- $launchers
        if ! check=$(JAVA_HOME=$java_home "$src/bin/$1" -info 2>&1 >/dev/null); then
            die "--java-home $java_home is not usable: $check"
        fi
    fi
fi

$dry && echo "Dry run: nothing is changed."
echo "Installing dci-handlers into $prefix:"
if [ ! -d "$prefix" ]; then
    echo "  (note: $prefix does not exist yet: DCImanager 5 is not installed there. If it is installed"
    echo "  elsewhere, give its folder with --prefix; otherwise the handlers wait there for it.)"
fi
installing=true

# folders created by an earlier install stay listed (and are removed by --uninstall) while they exist
while IFS= read -r path; do
    [ -n "$path" ] && [ -d "$path" ] && record "d $path"
done <<EOF
$(paths_of d "$old_entries")
EOF
ensure_dir "$home"
# a distribution with its own runtime replaces a Java chosen earlier with --java-home
if [ -d "$src/runtime" ] && [ -h "$home/runtime" ]; then
    remove_path "$home/runtime"
fi
# everything but the launchers first, so that a link never points to a half-installed handler
# (symlinks too: a bundled Java runtime has some, which are installed as the same links)
files=$(cd -- "$src" && find . \( -type f -o -type l \) ! -path './bin/*' | sort) || die "cannot list $src"
while IFS= read -r rel; do
    rel=${rel#./}
    case $rel in
    etc/dci-handlers.conf|install.manifest|lib/cds/*) continue ;;
    esac
    case $rel in */*) ensure_dir "$home/${rel%/*}" ;; esac
    if [ -h "$src/$rel" ]; then
        install_link "$(readlink -- "$src/$rel")" "$home/$rel"
        continue
    fi
    if [ -x "$src/$rel" ]; then mode=755; else mode=644; fi
    install_file "$src/$rel" "$home/$rel" "$mode"
done <<EOF
$files
EOF

# the configuration: the default always as .dist; the real file only if absent, or if it is still
# exactly what install.sh put there (then it takes the new default)
ensure_dir "$home/etc"
install_file "$src/etc/dci-handlers.conf" "$conf.dist" 644
new_sum=$(checksum "$src/etc/dci-handlers.conf")
if [ ! -e "$conf" ]; then
    step "install $conf"
    if ! $dry; then
        cp -- "$src/etc/dci-handlers.conf" "$conf" && chmod 644 "$conf" || die "cannot install $conf"
    fi
    record "c $new_sum $conf"
else
    sum=$(recorded_conf_sum)
    current=$(checksum "$conf")
    if [ -n "$sum" ] && [ "$current" = "$sum" ]; then
        if [ "$current" = "$new_sum" ]; then
            step "keep unchanged $conf"
        else
            step "update $conf (not edited since installed)"
            if ! $dry; then
                cp -- "$src/etc/dci-handlers.conf" "$conf.new.$$" && mv -f -- "$conf.new.$$" "$conf" ||
                    die "cannot update $conf"
            fi
        fi
        record "c $new_sum $conf"
    else
        step "keep $conf (edited; the new default is $conf.dist)"
        add_new_settings "$src/etc/dci-handlers.conf" "$conf"
        # still listed (with the checksum it was installed with) if install.sh created it
        [ -n "$sum" ] && record "c $sum $conf"
    fi
fi

ensure_state_dir

ensure_dir "$home/bin"
for name in $launchers; do
    install_file "$src/bin/$name" "$home/bin/$name" 755
done

if [ -n "$java_home" ]; then
    install_link "$java_home" "$home/runtime"
elif [ ! -d "$src/runtime" ] && listed "$home/runtime" "$old_links" && [ -h "$home/runtime" ]; then
    # a Java chosen with --java-home by an earlier install stays chosen
    step "keep $home/runtime -> $(readlink -- "$home/runtime")"
    record "l $home/runtime"
fi

ensure_dir "$links"
for name in $launchers; do
    install_link "$home/bin/$name" "$links/$name"
done

# what an earlier version installed and this one does not ship any more: links first
new_paths=$(paths_of all "$entries")
for kind in l f; do
    while IFS= read -r path; do
        [ -n "$path" ] && ! listed "$path" "$new_paths" && remove_path "$path"
    done <<EOF
$(paths_of "$kind" "$old_entries")
EOF
done

# class-data archives: kept when made from the very files now installed, else removed (and made
# again below); a dry run compares with what it would install
if $dry; then
    if [ -d "$src/runtime" ]; then
        runtime_dir=$src/runtime
    elif [ -n "$java_home" ]; then
        runtime_dir=$java_home
    else
        runtime_dir=$(installed_runtime)
    fi
    check_archives "$src" "$runtime_dir"
else
    check_archives "$home" "$(installed_runtime)"
fi
ensure_dir "$home/lib/cds"

step "write $manifest"
if $dry; then
    prepare_archives
    report_dry
    exit 0
fi
save_manifest
installing=false
prepare_archives
set --
for name in $launchers; do set -- "$@" "$links/$name"; done
report "$@"
restart_note
exit 0
