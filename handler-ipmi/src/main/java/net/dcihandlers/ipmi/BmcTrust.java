package net.dcihandlers.ipmi;

import net.dcihandlers.core.CoreSettings;
import net.dcihandlers.core.DeviceAddress;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.state.StateDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Which certificate a BMC may present (redfish.tls). BMCs ship self-signed certificates naming
 * no address, so the default is trust on first use: the SHA-256 fingerprint of the certificate
 * first seen is pinned in the state folder, and a different one later is refused with both
 * fingerprints named, until the pin file is removed. {@code verify} checks the chain and the
 * address against the system trust store or a CA file; {@code insecure} takes any certificate.
 */
final class BmcTrust {
    private final TlsMode mode;
    private final DeviceAddress bmc;
    private final Trace trace;
    private final StateDir state;
    private final X509TrustManager verifier;
    /** The fingerprint of the certificate the BMC presented, once the handshake got that far. */
    private volatile String presented;
    private String configSource;
    /** Why the certificate was refused, in words for the error; null when it was not. */
    private volatile String refusal;

    private BmcTrust(TlsMode mode, DeviceAddress bmc, Trace trace, StateDir state, X509TrustManager verifier) {
        this.mode = mode;
        this.bmc = bmc;
        this.trace = trace;
        this.state = state;
        this.verifier = verifier;
    }

    static BmcTrust of(TlsMode mode, String caFile, DeviceAddress bmc, Optional<StateDir> state, Trace trace,
                       String configSource) throws HandlerException {
        X509TrustManager verifier = null;
        if (mode == TlsMode.VERIFY) {
            verifier = verifier(caFile, configSource);
        }
        BmcTrust t = new BmcTrust(mode, bmc, trace, state.orElse(null), verifier);
        t.configSource = configSource;
        return t;
    }

    /** The pin file for this BMC. */
    Path pinFile() {
        return state.path(pinName());
    }

    private String pinName() {
        return StateDir.entry("redfish-pin", bmc.host(), bmc.port());
    }

    String presented() {
        return presented;
    }

    String refusal() {
        return refusal;
    }

    SSLContext context() throws HandlerException {
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new TrustManager[] {new Manager()}, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw HandlerException.badData("cannot set up TLS: " + e);
        }
    }

    static String fingerprint(Certificate cert) throws CertificateException {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new CertificateException(e);
        }
    }

    private void check(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("no certificate");
        }
        presented = fingerprint(chain[0]);
        trace.line("TLS: the BMC presents a certificate for '" + chain[0].getSubjectX500Principal().getName()
                + "', SHA-256 " + presented);
        switch (mode) {
            case INSECURE -> trace.line("TLS: any certificate accepted (redfish.tls=insecure)");
            case VERIFY -> {
                try {
                    if (verifier instanceof X509ExtendedTrustManager x && engine != null) {
                        x.checkServerTrusted(chain, authType, engine);
                    } else {
                        verifier.checkServerTrusted(chain, authType);
                    }
                } catch (CertificateException e) {
                    refusal = "its certificate (SHA-256 " + presented + ") is not one the trust store vouches for"
                            + " for this address (" + e.getMessage() + ")";
                    throw e;
                }
                trace.line("TLS: certificate verified (redfish.tls=verify)");
            }
            case TOFU -> pinned(presented);
        }
    }

    private void pinned(String seen) throws CertificateException {
        if (state == null) {
            // only known now: a BMC that serves no Redfish needs no state folder
            refusal = "redfish.tls=tofu pins each BMC's certificate in the state folder, and none is known: set "
                    + CoreSettings.STATE_DIR.key() + " in the configuration (" + configSource + "), or choose"
                    + " redfish.tls=verify";
            throw new CertificateException(refusal);
        }
        Optional<String> pin;
        try {
            pin = state.read(pinName()).map(BmcTrust::pinValue);
        } catch (HandlerException e) {
            refusal = e.getMessage();
            throw new CertificateException(e.getMessage());
        }
        if (pin.isEmpty() || pin.get().isEmpty()) {
            try {
                state.write(pinName(), "# the certificate of the Redfish service at " + bmc
                        + ", pinned on first use by dci-ipmi; delete this file to accept a new one\nsha256 " + seen + "\n");
            } catch (HandlerException e) {
                refusal = "its certificate could not be pinned: " + e.getMessage();
                throw new CertificateException(refusal);
            }
            trace.line("TLS: first use: certificate pinned in " + pinFile());
            return;
        }
        if (!pin.get().equalsIgnoreCase(seen)) {
            refusal = "it presented a certificate with SHA-256 fingerprint " + seen + ", but the one pinned on first use"
                    + " has " + pin.get() + " (" + pinFile() + "). If the BMC's certificate was replaced on purpose"
                    + " (a new certificate, a reset BMC), delete " + pinFile() + " to accept the new one; otherwise"
                    + " something else answers at this address";
            throw new CertificateException("certificate changed");
        }
        trace.line("TLS: certificate matches the pin in " + pinFile());
    }

    private static String pinValue(String text) {
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("sha256 ")) {
                return t.substring(7).strip();
            }
        }
        return "";
    }

    private static X509TrustManager verifier(String caFile, String configSource) throws HandlerException {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (caFile.isEmpty()) {
                f.init((KeyStore) null);
            } else {
                KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
                ks.load(null, null);
                int n = 0;
                try (InputStream in = Files.newInputStream(Path.of(caFile))) {
                    for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                        ks.setCertificateEntry("ca" + n++, c);
                    }
                }
                if (n == 0) {
                    throw HandlerException.badData("redfish.ca.file " + caFile + " (" + configSource
                            + ") holds no PEM certificate");
                }
                f.init(ks);
            }
            for (TrustManager tm : f.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw HandlerException.badData("the JDK offers no X.509 trust manager");
        } catch (IOException | GeneralSecurityException e) {
            throw HandlerException.badData("cannot read redfish.ca.file " + caFile + " (" + configSource + "): " + e.getMessage());
        }
    }

    /**
     * An extended trust manager, so the JDK does not add its own host-name check: verify mode
     * hands the engine to the system's manager, which checks the name; the others pin or take the
     * certificate.
     */
    private final class Manager extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain, authType, null);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain, authType, null);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
