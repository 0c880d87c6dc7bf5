package net.dcihandlers.ipmi;

import net.dcihandlers.core.DeviceAddress;

import java.io.IOException;
import java.net.ConnectException;

/**
 * The first step of ipmi.protocol=auto, kept apart from {@link Redfish} so that it loads neither
 * Jackson nor the HTTP client: a BMC without Redfish costs one refused connection.
 */
final class HttpsPort {
    private HttpsPort() {
    }

    /**
     * Whether anything accepts TCP connections at the service's address, within {@code budgetMillis}:
     * asked before the TLS and HTTP machinery is set up (hundreds of milliseconds of class loading
     * on a loaded host), so that a BMC that serves no Redfish costs ipmi.protocol=auto one refused
     * connection and nothing more.
     */
    static void accepting(DeviceAddress https, long budgetMillis) throws Redfish.NotServed {
        String at = "https://" + (https.host().contains(":") ? "[" + https.host() + "]" : https.host()) + ":" + https.port();
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(https.host(), https.port()), (int) Math.max(1, budgetMillis));
        } catch (java.net.SocketTimeoutException e) {
            throw new Redfish.NotServed("no connection to " + at + " within " + budgetMillis + " ms");
        } catch (ConnectException e) {
            throw new Redfish.NotServed("nothing accepts connections at " + at + " (connection refused)");
        } catch (IOException | IllegalArgumentException e) {
            throw new Redfish.NotServed("no connection to " + at + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

}
