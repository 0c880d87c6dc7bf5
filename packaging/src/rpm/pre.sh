#!/bin/sh
# dci-handlers: before installing. An installation made by install.sh from the archive is
# install.sh's to remove (its manifest lists what it made); the package does not install over it.
home=/usr/local/mgr5/dci-handlers
if [ "$1" -eq 1 ] && [ -f "$home/install.manifest" ]; then
    echo "dci-handlers: $home was installed by install.sh; remove it first with $home/install.sh --uninstall (an edited configuration is kept), then install this package." >&2
    exit 1
fi
exit 0
