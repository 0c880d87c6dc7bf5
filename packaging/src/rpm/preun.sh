#!/bin/sh
# dci-handlers: before erasing. The class-data archives are not the package's files: install.sh
# removes them. On an upgrade ($1 is 1: a version stays) they stay; the new version's %post keeps
# them if its jars are the same and makes them again if not.
if [ "$1" -eq 0 ]; then
    /usr/local/mgr5/dci-handlers/install.sh --package-remove
fi
exit 0
