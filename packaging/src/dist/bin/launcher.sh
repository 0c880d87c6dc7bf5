#!/bin/sh
# Launcher of a dci-handlers device handler for DCImanager 5 (POSIX sh).
#
# This one script is installed under several names: bin/dci-switch, bin/dci-ipmi, ... It follows
# the symlinks it was started through (the panel starts it as a link in
# /usr/local/mgr5/var/dcihandlers), takes the handler's name from the real file's name and the
# installation folder from the folder above bin/, and starts Java with that handler's jar and
# main class. stdout is reserved for the one XML document the panel reads.

# The handlers: launcher name -> jar in lib/ and main class. The one list of them: the build
# (packaging/src/build/stage.sh) reads it to make bin/<name>, lib/info/<name>.xml and the packages'
# links, so a new handler is one line here.
handler() {
    case $1 in
    dci-switch) jar=dci-switch.jar main=net.dcihandlers.snmpswitch.Main ;;
    dci-ipmi)   jar=dci-ipmi.jar   main=net.dcihandlers.ipmi.Main ;;
    dci-pdu)    jar=dci-pdu.jar    main=net.dcihandlers.pdu.Main ;;
    dci-ups)    jar=dci-ups.jar    main=net.dcihandlers.ups.snmp.Main ;;
    dci-ups-nut) jar=dci-ups.jar   main=net.dcihandlers.ups.nut.Main ;;
    *) return 1 ;;
    esac
}

# JVM options, kept in this one place (BENCHMARKS.md has what each is worth). Each call is a short
# process: the serial collector and C1 alone start fastest; a small young generation and heap start
# keep the memory of the many calls the panel makes at once small. DisplayVMOutputToStderr and the
# -Xlog options send every JVM message to stderr: stdout carries the document and nothing else.
# The Tier3 thresholds, ten times the JDK's, leave C1 only the code a call runs thousands of times
# (the BER decoding of a large switch): compiling the rest cost a status call a fifth of its CPU,
# for code that runs a few times and is gone.
# $DCI_JAVA_OPTS comes after these, so it can override any of them.
JVM_OPTIONS='-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:Tier3InvocationThreshold=2000 -XX:Tier3MinInvocationThreshold=1000 -XX:Tier3CompileThreshold=20000 -XX:Tier3BackEdgeThreshold=600000 -Xss512k -Xms6m -Xmx128m -Xmn2m -XX:-UsePerfData -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr -Xshare:auto'
JAVA_MIN=17

unset CDPATH

now=
clock() { # sets $now, hundredths of a second since boot
    now=
    if { read -r up rest </proc/uptime; } 2>/dev/null; then
        case $up in
        [1-9]*.[0-9][0-9]) now=${up%.*}${up#*.} ;;
        esac
    fi
    [ -n "$now" ]
}

# When the launcher started, in hundredths of a second since boot (empty where /proc is missing):
# the queue's waiting counts against the call's deadline.ms from here, as the JVM's clock does.
started=
if clock; then started=$now; fi

# The few external commands this script uses (readlink for symlinks; mkdir, rm, mv, rmdir, find for
# the class-data archive) are looked up on PATH and then in /usr/bin and /bin, so that a panel that
# runs handlers with a bare PATH still gets them; a call works without the archive's ones.
# Everything on the way to an error document is a shell builtin (printf, read, case, test).
tool() {
    command -v "$1" 2>/dev/null && return 0
    for dir in /usr/bin /bin; do
        [ -x "$dir/$1" ] && { printf '%s\n' "$dir/$1"; return 0; }
    done
    return 1
}

if [ "$#" -eq 0 ]; then
    mode=request
elif [ "$#" -eq 1 ] && [ "$1" = -info ]; then
    mode=info
elif [ "$#" -eq 1 ] && [ "$1" = --cds-archive ]; then
    mode=archive
else
    mode=manual
fi
prog=${0##*/}

# Says why the handler cannot run: always on stderr (for logs and people), and to the panel's
# request also as an error document with status 0; the panel's -info gets status 1 (the handler is
# then not registered), a person gets status 2. Nothing but the document ever goes to stdout. The
# text is made safe for XML by the shell alone (no sed or tr: PATH may lack them).
cannot_run() {
    printf '%s: %s\n' "$prog" "$1" >&2
    if [ "$mode" = request ]; then
        answer_error unexpected_data "$prog: $1"
    fi
    if [ "$mode" = info ]; then exit 1; fi
    exit 2
}

# answer_error TYPE TEXT: the error document on stdout, then the request read and exit 0.
answer_error() {
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<doc><error><type>%s</type><text>%s</text></error></doc>\n' \
        "$1" "$(xml_text "$2")"
    # the answer is out; then the panel may still be writing the request: read it (up to 2 MB)
    # so that its writer never fails, with stdout closed so that nobody waits on it meanwhile
    exec 1>&-
    drain
    exit 0
}

# $1 with &, < and > escaped, and every byte but printable ASCII and tab written as '?' (a message
# may quote a path in any encoding; the document must stay UTF-8).
xml_text() {
    LC_ALL=C
    rest=$1
    text=
    while [ -n "$rest" ]; do
        tail=${rest#?}
        char=${rest%"$tail"}
        rest=$tail
        case $char in
        '&') text="$text&amp;" ;;
        '<') text="$text&lt;" ;;
        '>') text="$text&gt;" ;;
        [\ -~] | '	') text=$text$char ;;
        *) text="$text?" ;;
        esac
    done
    printf '%s' "$text"
}

drain() {
    [ -t 0 ] && return 0
    if head=$(tool head); then
        "$head" -c 2000000 >/dev/null 2>&1
    else
        while IFS= read -r line || [ -n "$line" ]; do :; done
    fi
}

# A signal before Java runs is answered like any other failure (a flock waiting in the queue for
# this call is stopped first).
waiter=
trap 'if [ -n "$waiter" ]; then kill "$waiter" 2>/dev/null; fi
cannot_run "stopped by a signal before Java started; nothing was sent to any device"' HUP INT TERM

# Sets $resolved to $1 with every symlink on the way followed (absolute, relative, chained). Not
# normalised: "a/b/../c" is left for the kernel, which gets ".." after a symlinked folder right.
resolve() {
    case $1 in
    */*) resolved=$1 ;;
    *) resolved=./$1 ;;
    esac
    hops=0
    while [ -h "$resolved" ]; do
        hops=$((hops + 1))
        [ "$hops" -le 40 ] || return 1
        link=$("$readlink" "$resolved") || return 1
        case $link in
        /*) resolved=$link ;;
        *) resolved=${resolved%/*}/$link ;;
        esac
    done
}

readlink=$(tool readlink) || readlink=
if [ -h "$0" ] && [ -z "$readlink" ]; then
    cannot_run "cannot follow the symlink $0 to the installation: there is no readlink command on PATH ($PATH) or in /usr/bin or /bin (package coreutils)"
fi
resolve "$0" || cannot_run "cannot follow the symlinks from $0"
name=${resolved##*/}
prog=$name
home=$(cd -P -- "${resolved%/*}/.." 2>/dev/null && pwd -P) ||
    cannot_run "cannot find the installation folder of $resolved"
handler "$name" ||
    cannot_run "'$name' is not a handler this launcher knows ($resolved was installed under a wrong name)"
[ -f "$home/lib/$jar" ] ||
    cannot_run "$home/lib/$jar is missing. Reinstall dci-handlers; the panel's folder must hold symlinks to the installed bin/$name, not copies of it."

# Java: a runtime bundled with the installation, else $JAVA_HOME, else java on PATH.
if [ -e "$home/runtime" ] || [ -h "$home/runtime" ]; then
    java=$home/runtime/bin/java
    java_origin="the runtime of the installation ($home/runtime)"
    [ -x "$java" ] || cannot_run "$home/runtime has no executable bin/java; reinstall dci-handlers or remove $home/runtime."
elif [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
    java_origin="JAVA_HOME=$JAVA_HOME"
    [ -x "$java" ] || cannot_run "JAVA_HOME=$JAVA_HOME has no executable bin/java. Point JAVA_HOME to a Java $JAVA_MIN or newer, or unset it to use java from PATH."
else
    java=$(command -v java 2>/dev/null) || java=
    java_origin="PATH"
    [ -n "$java" ] || cannot_run "no Java found: JAVA_HOME is not set and there is no java on PATH ($PATH). Install Java $JAVA_MIN or newer (e.g. package openjdk-$JAVA_MIN-jre-headless or java-$JAVA_MIN-openjdk-headless), or set JAVA_HOME to one, or reinstall with install.sh --java-home DIR."
fi

# Its version: from the release file of the Java home the binary belongs to (symlinks followed:
# /usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/X/bin/java), without starting a JVM;
# from `java -version` only when there is no release file.
version=
if [ -n "$readlink" ]; then resolve "$java" || resolved=$java; else resolved=$java; fi
java_bin=${resolved%/*}
case $java_bin in
*/jre/bin) release=$java_bin/../../release ;;
*) release=$java_bin/../release ;;
esac
if [ -f "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
        JAVA_VERSION=*)
            version=${line#JAVA_VERSION=}
            version=${version#\"}
            version=${version%%\"*}
            break ;;
        esac
    done <"$release"
fi
if [ -z "$version" ]; then
    out=$("$java" -version 2>&1) || out=
    case $out in
    *' version "'*)
        version=${out#*' version "'}
        version=${version%%\"*} ;;
    esac
fi
case $version in
1.*) major=${version#1.} ;;
*) major=$version ;;
esac
major=${major%%[!0-9]*}
[ -n "$major" ] ||
    cannot_run "cannot tell the version of $java (from $java_origin); Java $JAVA_MIN or newer is needed."
[ "$major" -ge "$JAVA_MIN" ] ||
    cannot_run "Java $JAVA_MIN or newer is needed, but $java (from $java_origin) is Java $version. Install Java $JAVA_MIN or newer (e.g. package openjdk-$JAVA_MIN-jre-headless or java-$JAVA_MIN-openjdk-headless) and make it the default java, or set JAVA_HOME to it, or reinstall with install.sh --java-home DIR."

# The class-data archive of this handler for this Java (lib/cds/<handler>-<java version>.jsa): the
# classes a call loads, already parsed and verified, made by a training run of the handler. A
# request uses it when it is there and newer than the jar; when it is missing or stale, the call
# runs without it and a training run in the background makes it for the next calls. -info is
# answered from lib/info/ (below), or by a JVM without the archive, as it loads few classes.
# `<launcher> --cds-archive` makes it at once.
cds_dir=$home/lib/cds
safe_version=
rest=$version
while [ -n "$rest" ]; do
    tail=${rest#?}
    char=${rest%"$tail"}
    rest=$tail
    case $char in
    [A-Za-z0-9._-]) safe_version=$safe_version$char ;;
    *) safe_version=${safe_version}_ ;;
    esac
done
cds=$cds_dir/$name-$safe_version.jsa

# The archive is a static one: the classes the training run loads (the JDK's and the handler's)
# are listed, then dumped into one archive that replaces the JDK's default one, so a call maps only
# what it uses. Made under temporary names, then moved in place.
make_archive() {
    mkdir=$(tool mkdir) && rm=$(tool rm) && mv=$(tool mv) || return 1
    "$mkdir" -p "$cds_dir" 2>/dev/null || return 1
    tmp=$cds.$$.tmp
    # shellcheck disable=SC2086 # word splitting of the option strings is intended
    "$java" "-Ddci.home=$home" $JVM_OPTIONS -Xshare:off -XX:DumpLoadedClassList="$tmp.classes" \
        -cp "$home/lib/$jar" "$main" --cds-training </dev/null >/dev/null 2>&1 &&
        "$java" -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$tmp.classes" \
            -XX:SharedArchiveFile="$tmp" -cp "$home/lib/$jar" </dev/null >/dev/null 2>&1
    "$rm" -f "$tmp.classes"
    if [ -s "$tmp" ] && "$mv" -f "$tmp" "$cds"; then
        return 0
    fi
    "$rm" -f "$tmp"
    return 1
}

# No globbing while the option strings are split into words; "$@" is passed on untouched.
set -f
cds_option=
case $mode in
archive)
    if rm=$(tool rm); then "$rm" -f "$cds"; fi
    make_archive || { printf '%s: could not write %s\n' "$prog" "$cds" >&2; exit 1; }
    printf '%s: class-data archive %s\n' "$prog" "$cds" >&2
    exit 0 ;;
info)
    # The declaration the build had the handler write (lib/info/, src/build/stage.sh), as
    # long as the jar is no newer than it (a jar replaced by hand is asked itself): the panel asks
    # every handler at each start, and this answers without a JVM.
    # shellcheck disable=SC3013
    if [ -f "$home/lib/info/$name.xml" ] && ! [ "$home/lib/$jar" -nt "$home/lib/info/$name.xml" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            printf '%s\n' "$line"
        done <"$home/lib/info/$name.xml"
        exit 0
    fi ;;
*)
    # -nt is in every sh the handlers meet (dash, bash, busybox, ksh) though not in POSIX; where a
    # test lacks it, the call runs without the archive
    # shellcheck disable=SC3013
    if [ -f "$cds" ] && [ "$cds" -nt "$home/lib/$jar" ]; then
        cds_option=-XX:SharedArchiveFile=$cds
    elif [ -z "${DCI_NO_CDS:-}" ] && { [ -w "$home/lib" ] || [ -w "$cds_dir" ]; } && mkdir=$(tool mkdir); then
        # one training at a time; a lock left by a training that died is cleared after 10 minutes
        if [ -d "$cds.lock" ] && find=$(tool find) && rmdir=$(tool rmdir); then
            "$find" "$cds.lock" -maxdepth 0 -mmin +10 -exec "$rmdir" {} \; 2>/dev/null
        fi
        if "$mkdir" -p "$cds_dir" 2>/dev/null && "$mkdir" "$cds.lock" 2>/dev/null; then
            # Detached: started from a subshell that ends at once, so that it is no child of the
            # handler (which kills all its children when it ends) and holds up no answer. It is
            # no part of the call: it makes a cache for later calls, takes longer than a call may,
            # reads no request and gets none of the secrets a person may have in the environment;
            # the training run ends itself after a time limit (Training.TIME_LIMIT_MS).
            (
                unset DCI_PASSWORD DCI_SNMP_AUTH_PHRASE DCI_SNMP_PRIV_PHRASE DCI_SNMP_COMMUNITY
                (make_archive; rmdir=$(tool rmdir) && "$rmdir" "$cds.lock") \
                    </dev/null >/dev/null 2>&1 &
            )
        fi
    fi ;;
esac

# --- The host's queue ---
# At most queue.slots calls (default: twice the processors this process may run on) do their work at
# once; the others wait here, before their JVM starts, in the order they came. A call holds its slot
# as a flock(2) lock on a slot file, through a descriptor (9) that the JVM inherits: the kernel
# drops the lock when the call's process ends, however it ends (kill -9 included); Java closes it in
# the children it starts. Arrival order: under a short lock a call takes the next ticket and locks
# its own ticket file, then waits for the ticket before it to be released (a ticket left by a call
# that gave up or died while waiting says which ticket it waited for: the wait goes on with that
# one); the call at the head of the line takes the first slot that frees. The waiting counts
# against deadline.ms: a call that cannot have a slot with at least min(2 s, half of deadline.ms)
# left answers a `connection` error saying the host is busy, having sent nothing.
#
# The folder, per installation: /run/dci-handlers/queue<installation path with '/' as '_'> for
# root; for other users $XDG_RUNTIME_DIR/dci-handlers/... or /tmp/dci-handlers-<uid>/... (a folder
# of their own: calls of different users do not share a queue; the panel's calls are all one
# user's). Without flock (util-linux), mkdir for a folder not yet made, or /proc, calls run
# unqueued (the -v trace says why). Panel requests and request documents run by hand queue;
# -info, --help, functions run from options (which may ask for a password) and --dump do not:
# every option but -v and --pretty takes a call out of the queue.
queue_says() { # a line of the -v trace (manual mode)
    if [ "$verbose" = yes ]; then printf '%s: queue: %s\n' "$prog" "$1" >&2; fi
}

# flock_until FD LIMIT: locks FD, waiting up to LIMIT (hundredths since boot); 0 locked, 75 not in
# time, else flock failed. In the background, so that a signal to the launcher is handled at once.
flock_until() {
    clock || return 1
    left=$(($2 - now))
    [ "$left" -gt 0 ] || return 75
    frac=$((left % 100))
    case $frac in ?) frac=0$frac ;; esac
    # without this call's ticket (8): should the launcher be killed meanwhile, this flock lives
    # on until its time is up, and must not keep the ticket, which the calls behind wait for
    # (unless the ticket is what it locks: then it holds it only if it gets it, and exits at once)
    if [ "$1" = 8 ]; then
        "$flock" -E 75 -w "$((left / 100)).$frac" 8 &
    else
        "$flock" -E 75 -w "$((left / 100)).$frac" "$1" 8>&- &
    fi
    waiter=$!
    wait "$waiter"
    rc=$?
    waiter=
    return "$rc"
}

# The two settings the launcher reads, from the file the handler will read: "key=value", "key:
# value" or "key value", the last one written counting, as Java's properties read them.
conf_deadline=
conf_slots=
conf_file=${DCI_HANDLERS_CONF:-$home/etc/dci-handlers.conf}
setting_value() { # the value after the key in $rest
    value=${rest#"${rest%%[![:space:]]*}"}
    case $value in [=:]*) value=${value#?} ;; esac
    value=${value#"${value%%[![:space:]]*}"}
    value=${value%"${value##*[![:space:]]}"}
}
read_settings() {
    [ -f "$conf_file" ] && [ -r "$conf_file" ] || return 0
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line#"${line%%[![:space:]]*}"}
        case $line in
        deadline.ms | deadline.ms[=:[:space:]]*) rest=${line#deadline.ms}; setting_value; conf_deadline=$value ;;
        queue.slots | queue.slots[=:[:space:]]*) rest=${line#queue.slots}; setting_value; conf_slots=$value ;;
        esac
    done <"$conf_file"
}

# The processors this process may run on (Cpus_allowed_list, e.g. "0-3,8"), and its uid.
cpus=0
uid=
read_status() {
    while IFS= read -r line; do
        case $line in
        Uid:*)
            uid=${line#Uid:}
            uid=${uid#"${uid%%[![:space:]]*}"}
            uid=${uid%%[[:space:]]*} ;;
        Cpus_allowed_list:*)
            list=${line#Cpus_allowed_list:}
            list=${list#"${list%%[![:space:]]*}"}
            while [ -n "$list" ]; do
                item=${list%%,*}
                case $list in *,*) list=${list#*,} ;; *) list= ;; esac
                case $item in
                *[!0-9-]* | -* | *- | *-*-*) ;;
                *-*) cpus=$((cpus + ${item#*-} - ${item%-*} + 1)) ;;
                ?*) cpus=$((cpus + 1)) ;;
                esac
            done ;;
        esac
    done </proc/self/status
} 2>/dev/null

# queue_folder: sets $queue to this installation's queue folder, made if need be; 1 if it cannot.
queue_folder() {
    case $uid in '' | *[!0-9]*) queue_why="cannot tell this process's user (/proc/self/status)"; return 1 ;; esac
    if [ "$uid" = 0 ] && [ -d /run ] && [ -w /run ]; then
        base=/run/dci-handlers
    elif [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && [ -w "$XDG_RUNTIME_DIR" ]; then
        base=$XDG_RUNTIME_DIR/dci-handlers
    else
        base=/tmp/dci-handlers-$uid
    fi
    rest=$home
    queue=$base/queue
    while [ -n "$rest" ]; do
        tail=${rest#?}
        char=${rest%"$tail"}
        rest=$tail
        case $char in
        [A-Za-z0-9.-]) queue=$queue$char ;;
        *) queue=${queue}_ ;;
        esac
    done
    if [ ! -d "$queue" ]; then
        mkdir=$(tool mkdir) || { queue_why="no mkdir command to make $queue (package coreutils)"; return 1; }
        [ -d "$base" ] || "$mkdir" -m 755 "$base" 2>/dev/null
        "$mkdir" -m 700 "$queue" 2>/dev/null
    fi
    # only a folder of this user's own, reached through no symlink, holds its locks
    if [ -d "$queue" ] && [ ! -h "$queue" ] && [ ! -h "$base" ] && [ -O "$queue" ] && [ -O "$base" ] && [ -w "$queue" ]; then
        return 0
    fi
    queue_why="cannot make or use $queue (it must be a folder of this user, reached through no symlink)"
    return 1
}

# busy AHEAD: the answer of a call that got no slot in time.
busy() {
    exec 6<&- 7>&- 8>&- 9>&-
    clock || now=$limit
    waited=$((now - started))
    frac=$((waited % 100))
    case $frac in ?) frac=0$frac ;; esac
    case $1 in 1) queued_ahead="1 call was" ;; *) queued_ahead="$1 calls were" ;; esac
    text="the host is busy: the $slots slots for handler calls at once (queue.slots) stayed taken by other calls, and $queued_ahead queued ahead of this one when it came; it gave up after waiting $((waited / 100)).$frac s, to answer within deadline.ms=$deadline. Nothing was sent to the device; the call can be made again"
    printf '%s: %s\n' "$prog" "$text" >&2
    if [ "$mode" = request ]; then
        answer_error connection "$prog: $text"
    fi
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<doc><error><type>connection</type><text>%s</text></error></doc>\n' \
        "$(xml_text "$prog: $text")"
    exit 1
}

TICKETS=1000
# queue_wait: returns with descriptor 9 holding a slot, or answers busy; 1 if the queue cannot be used.
queue_wait() {
    limit=$((started + (deadline - reserve) / 10))
    # nobody in line (the last ticket taken is the head's, which has left): a free slot is taken
    # at once, without a ticket
    next=
    head=
    { read -r next <"$queue/next"; read -r head <"$queue/head"; } 2>/dev/null
    if [ -n "$next" ] && [ "$next" = "$head" ]; then
        k=0
        while [ "$k" -lt "$slots" ]; do
            command exec 9>>"$queue/slot.$k" || return 1
            if "$flock" -n 9; then
                ahead=0
                queue_admitted
                return 0
            fi
            exec 9>&-
            k=$((k + 1))
        done
    fi
    # the line: a ticket, taken under a short lock (a holder that dies frees it)
    command exec 7>>"$queue/lock" || return 1
    clock || return 1
    left=$((limit - now))
    [ "$left" -gt 0 ] || busy "an unknown number of"
    frac=$((left % 100))
    case $frac in ?) frac=0$frac ;; esac
    "$flock" -E 75 -w "$((left / 100)).$frac" 7
    case $? in 0) ;; 75) busy "an unknown number of" ;; *) exec 7>&-; queue_why="flock failed"; return 1 ;; esac
    ticket=0
    head=
    { read -r ticket <"$queue/next"; read -r head <"$queue/head"; } 2>/dev/null
    case $ticket in '' | *[!0-9]*) ticket=0 ;; esac
    [ "$ticket" -lt "$TICKETS" ] || ticket=0
    case $head in '' | *[!0-9]*) head= ;; esac
    previous=$(((ticket + TICKETS - 1) % TICKETS))
    # "new" until this call holds its ticket's lock, taken after the short lock is released so that
    # no process is started while it is held (on an overloaded host that would queue the arrivals
    # behind each other's fork and exec)
    printf 'new %s\n' "$previous" >"$queue/ticket.$ticket"
    printf '%s\n' $(((ticket + 1) % TICKETS)) >"$queue/next"
    ahead="an unknown number of"
    if [ -n "$head" ] && [ "$head" -lt "$TICKETS" ]; then ahead=$(((ticket - head + TICKETS) % TICKETS)); fi
    exec 7>&-
    # the call behind may hold this ticket's lock for an instant while it reads the ticket's state:
    # wait for it (within the deadline), never take that instant for a full line
    command exec 8>>"$queue/ticket.$ticket" || { exec 8>&-; busy "$ahead"; }
    flock_until 8 "$limit"
    case $? in 0) ;; *) exec 8>&-; busy "$ahead" ;; esac
    printf 'waiting %s\n' "$previous" >"$queue/ticket.$ticket"
    # the line: wait for the ticket before this one (unless nobody is ahead)
    if [ "$ahead" != 0 ]; then
        p=$previous
        hops=0
        early=0
        while [ "$p" != "$ticket" ] && [ "$hops" -lt "$TICKETS" ] && [ -f "$queue/ticket.$p" ] &&
            command exec 6<"$queue/ticket.$p"; do
            flock_until 6 "$limit"
            case $? in 0) ;; 75) busy "$ahead" ;; *) exec 6<&-; busy "$ahead" ;; esac
            state=
            pp=
            read -r state pp <&6
            exec 6<&-
            case $state:$pp in
            waiting:[0-9]*) p=$pp ;;
            new:[0-9]*)
                # the call before has its ticket but not yet its lock: look again shortly (a
                # 20 ms wait on this call's own ticket, which it holds), or, after 2 s, take it
                # for gone
                early=$((early + 1))
                if [ "$early" -le 100 ]; then
                    command exec 5<"$queue/ticket.$ticket" && "$flock" -w 0.02 5
                    exec 5<&-
                    continue
                fi
                p=$pp ;;
            *) break ;;
            esac
            early=0
            hops=$((hops + 1))
        done
    fi
    # the head of the line: the first slot that frees
    printf 'head\n' >"$queue/ticket.$ticket"
    printf '%s\n' "$ticket" >"$queue/head"
    # each slot in turn, up to 200/slots ms each: a sweep of all slots takes 0.2 s
    step=$((200 / slots))
    [ "$step" -ge 5 ] || step=5
    case $step in ?) step=00$step ;; ??) step=0$step ;; esac
    k=0
    while :; do
        command exec 9>>"$queue/slot.$k" || { exec 8>&-; return 1; }
        "$flock" -E 75 -w "0.$step" 9
        case $? in
        0) break ;;
        75) exec 9>&- ;;
        *) exec 8>&- 9>&-; queue_why="flock failed"; return 1 ;;
        esac
        clock || now=$limit
        [ "$now" -lt "$limit" ] || busy "$ahead"
        k=$(((k + 1) % slots))
    done
    printf '%s\n' $(((ticket + 1) % TICKETS)) >"$queue/head"
    exec 8>&-
    queue_admitted
    return 0
}

queue_admitted() { # the -v trace of a call that has its slot (descriptor 9)
    if [ "$verbose" = yes ]; then
        clock || now=$started
        waited=$((now - started))
        frac=$((waited % 100))
        case $frac in ?) frac=0$frac ;; esac
        queue_says "slot $k of $slots in $queue after waiting $((waited / 100)).$frac s ($ahead calls queued ahead when it came)"
    fi
}

# locate_flock: sets $flock to the flock command on PATH, else in /usr/bin or /bin (as tool() does,
# without a subshell: a call pays for every process the launcher starts).
locate_flock() {
    rest=$PATH:/usr/bin:/bin
    while [ -n "$rest" ]; do
        dir=${rest%%:*}
        case $rest in *:*) rest=${rest#*:} ;; *) rest= ;; esac
        flock=${dir:-.}/flock
        if [ -f "$flock" ] && [ -x "$flock" ]; then return 0; fi
    done
    return 1
}

queued=no
verbose=no
case $mode in
request) queued=yes ;;
manual)
    queued=yes
    operands=0
    for arg in "$@"; do
        case $arg in
        -v | --verbose) verbose=yes ;;
        --pretty) ;;
        -*) queued=no ;;
        *) operands=$((operands + 1)) ;;
        esac
    done
    [ "$operands" -le 1 ] || queued=no ;;
esac
if [ "$queued" = yes ]; then
    read_settings
    case $conf_slots in
    '' | [Aa][Uu][Tt][Oo]) slots= ;;
    [Oo][Ff][Ff]) slots=0 ;;
    *[!0-9]* | ?????*) cannot_run "configuration $conf_file: queue.slots=$conf_slots is not valid; expected auto, off or a whole number from 0 to 9999" ;;
    *) slots=${conf_slots#"${conf_slots%%[!0]*}"}; slots=${slots:-0} ;;
    esac
    read_status
    if [ -z "$slots" ]; then
        [ "$cpus" -ge 1 ] || cpus=1
        slots=$((2 * cpus))
    fi
    deadline=${conf_deadline#"${conf_deadline%%[!0]*}"}
    case $deadline in
    '' | *[!0-9]* | ???????*) deadline=10000 ;;
    esac
    if [ "$deadline" -lt 1000 ] || [ "$deadline" -gt 600000 ]; then deadline=10000; fi
    reserve=$((deadline / 2))
    [ "$reserve" -le 2000 ] || reserve=2000
    if [ "$slots" = 0 ]; then
        queue_says "off (queue.slots=$conf_slots in $conf_file)"
    elif [ -z "$started" ]; then
        queue_says "not used: no clock (/proc/uptime cannot be read); the call runs unqueued"
    elif ! locate_flock; then
        queue_says "not used: no flock command on PATH ($PATH) or in /usr/bin or /bin (package util-linux); the call runs unqueued"
    elif ! queue_folder || ! queue_wait; then
        queue_says "not used: $queue_why; the call runs unqueued"
    fi
fi

# shellcheck disable=SC2086 # word splitting of the option strings is intended
set -- "-Ddci.home=$home" $JVM_OPTIONS ${cds_option:+"$cds_option"} ${DCI_JAVA_OPTS:-} -cp "$home/lib/$jar" "$main" "$@"
trap - HUP INT TERM
exec "$java" "$@"
