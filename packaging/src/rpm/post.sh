#!/bin/sh
# dci-handlers: after installing or upgrading. The files and the panel's links are the package's;
# install.sh makes the class-data archives (kept when the jars are unchanged) and checks every
# handler as the panel will, as after an install from the archive.
/usr/local/mgr5/dci-handlers/install.sh --package-configure
