package net.dcihandlers.sim.redfish;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The simulated BMC's TLS identity, made with the JDK's own keytool: a self-signed certificate as
 * BMCs ship (naming no address), or one signed by a throw-away CA (whose PEM a test gives the
 * client to verify against) naming 127.0.0.1 and localhost.
 */
public final class Certificates {
    static final char[] PASS = "simulator".toCharArray();

    private final Path keystore;
    private final Path caPem;

    private Certificates(Path keystore, Path caPem) {
        this.keystore = keystore;
        this.caPem = caPem;
    }

    /** A self-signed certificate for CN {@code name}, as a BMC makes itself. */
    public static Certificates selfSigned(Path dir, String name) throws IOException {
        Path ks = dir.resolve(name + ".p12");
        keytool("-genkeypair", "-alias", "bmc", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
                "-dname", "CN=" + name + ", O=Simulated BMC", "-keystore", ks.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASS), "-keypass", new String(PASS));
        return new Certificates(ks, null);
    }

    /** A certificate for 127.0.0.1 and localhost signed by a new CA, whose certificate {@link #caPem()} holds. */
    public static Certificates caSigned(Path dir, String name) throws IOException {
        Path ca = dir.resolve(name + "-ca.p12");
        Path ks = dir.resolve(name + ".p12");
        String pass = new String(PASS);
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
                "-dname", "CN=" + name + " CA", "-ext", "bc:c", "-keystore", ca.toString(), "-storetype", "PKCS12",
                "-storepass", pass, "-keypass", pass);
        Path caPem = dir.resolve(name + "-ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", pass,
                "-file", caPem.toString());
        keytool("-genkeypair", "-alias", "bmc", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
                "-dname", "CN=" + name, "-keystore", ks.toString(), "-storetype", "PKCS12",
                "-storepass", pass, "-keypass", pass);
        Path csr = dir.resolve(name + ".csr");
        keytool("-certreq", "-alias", "bmc", "-keystore", ks.toString(), "-storepass", pass, "-file", csr.toString());
        Path signed = dir.resolve(name + ".pem");
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", pass, "-infile", csr.toString(),
                "-outfile", signed.toString(), "-rfc", "-validity", "3650",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-ext", "eku=serverAuth");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", ks.toString(),
                "-storepass", pass);
        keytool("-importcert", "-alias", "bmc", "-file", signed.toString(), "-keystore", ks.toString(),
                "-storepass", pass);
        return new Certificates(ks, caPem);
    }

    /** The PEM of the CA that signed the certificate; null for a self-signed one. */
    public Path caPem() {
        return caPem;
    }

    SSLContext context() throws IOException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                ks.load(in, PASS);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, PASS);
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(kmf.getKeyManagers(), null, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** The SHA-256 fingerprint of the certificate served, as clients show it (AB:CD:...). */
    public String fingerprint() throws IOException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                ks.load(in, PASS);
            }
            Certificate c = ks.getCertificate("bmc");
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(c.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void keytool(String... args) throws IOException {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> cmd = new ArrayList<>();
        cmd.add(tool.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("keytool did not finish: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new IOException("keytool " + args[0] + " failed (" + p.exitValue() + "): " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
