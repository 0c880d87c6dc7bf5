package net.dcihandlers.core.snmp.profile;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A handler's profiles, each read as the handler's own record of a family: all of them at once,
 * so that a mistake in any file is reported whichever device is asked.
 *
 * @param <T> what the handler makes of a profile
 */
public final class Families<T> {
    /** How a handler reads one profile; it ends with {@link Profile#done()}. */
    @FunctionalInterface
    public interface Reading<T> {
        T of(Profile p) throws HandlerException;
    }

    private final ProfileSet set;
    private final Map<Profile, T> read;

    private Families(ProfileSet set, Map<Profile, T> read) {
        this.set = set;
        this.read = read;
    }

    /** The handler's built-in profiles and the installation's (see {@link ProfileSet}), each read. */
    public static <T> Families<T> load(String handler, Class<?> owner, Call call, Reading<T> reading)
            throws HandlerException {
        ProfileSet set = ProfileSet.load(handler, owner, call.config(), call.trace());
        Map<Profile, T> read = new IdentityHashMap<>();
        for (Profile p : set.profiles()) {
            read.put(p, reading.of(p));
        }
        return new Families<>(set, read);
    }

    public ProfileSet set() {
        return set;
    }

    /** The family of an identified device, or null where no profile applied. */
    public T of(DeviceIdentity id) {
        return id.profile() == null ? null : read.get(id.profile());
    }
}
