package net.dcihandlers.ipmi;

import net.dcihandlers.core.HandlerException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds the ipmitool to run from ipmi.tool, before anything runs, so that a missing tool is
 * reported with the exact path (or PATH) that was tried.
 */
final class ToolPath {
    private ToolPath() {
    }

    /**
     * @param configured ipmi.tool: a path when it holds a '/', otherwise a name looked up on {@code searchPath}
     * @param searchPath the PATH the process would use
     */
    static Path resolve(String configured, String searchPath) throws HandlerException {
        if (configured.indexOf('/') >= 0) {
            Path p = path(configured);
            if (!Files.isRegularFile(p)) {
                throw HandlerException.badData(IpmiSettings.TOOL.key() + "=" + configured + ": there is no such file;"
                        + " install ipmitool (Debian package ipmitool) or correct " + IpmiSettings.TOOL.key());
            }
            if (!Files.isExecutable(p)) {
                throw HandlerException.badData(IpmiSettings.TOOL.key() + "=" + configured + " is not executable");
            }
            return p;
        }
        String dirs = searchPath == null ? "" : searchPath;
        for (String dir : dirs.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p;
            try {
                p = Path.of(dir, configured);
            } catch (InvalidPathException e) {
                continue;
            }
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        throw HandlerException.badData(configured + " was not found on PATH (" + dirs + "): install ipmitool"
                + " (Debian package ipmitool) or set " + IpmiSettings.TOOL.key() + " to its full path");
    }

    private static Path path(String s) throws HandlerException {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw HandlerException.badData(IpmiSettings.TOOL.key() + "=" + s + " is not a usable path");
        }
    }
}
