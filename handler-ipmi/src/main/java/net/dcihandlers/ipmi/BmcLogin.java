package net.dcihandlers.ipmi;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.DeviceAddress;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.DeviceParams;

import java.nio.charset.StandardCharsets;

/** Where the BMC is and who we are to it. The password never leaves through toString. */
record BmcLogin(DeviceAddress address, String user, String password) {
    /** The RMCP port IPMI over LAN listens on. */
    static final int IPMI_PORT = 623;
    /** IPMI user names are at most 16 bytes. */
    static final int MAX_USER_BYTES = 16;

    static BmcLogin of(Call call) throws HandlerException {
        DeviceParams d = call.device();
        DeviceAddress address = call.address(IPMI_PORT);
        String user = d.user() == null ? "" : d.user();
        checkUser(user);
        return new BmcLogin(address, user, d.pass() == null ? "" : d.pass());
    }

    static void checkUser(String user) throws HandlerException {
        if (!user.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && !Character.isISOControl(c))) {
            throw HandlerException.badData("the IPMI user name holds control characters; IPMI user names are printable");
        }
        int bytes = user.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_USER_BYTES) {
            throw HandlerException.badData("the IPMI user name is " + bytes + " bytes long; IPMI allows at most "
                    + MAX_USER_BYTES);
        }
    }

    /** How messages name the user: the empty name is IPMI's anonymous (null) user. */
    String userLabel() {
        return user.isEmpty() ? "the anonymous (empty) user" : "user '" + user + "'";
    }

    @Override
    public String toString() {
        return "BmcLogin[" + address + ", user=" + user + ", password hidden]";
    }
}
