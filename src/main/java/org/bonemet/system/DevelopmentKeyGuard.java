package org.bonemet.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Production never trusts the development key pairs of dev/jwt (editors) and dev/cds (CDS clients), whose private
 * halves are public: started with either, the service stops at once with a message saying so.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    /** A line of dev/jwt/publicKey.pem: part of the development key's modulus, found in no other key. */
    static final String DEVELOPMENT_KEY_PART = "btrzELNOEU9r2h0rZ9F8BKHXc6pOgrT+wnhmZiiGp/2kDPoxju4E3qvoE2sYCt4W";

    /** Part of the modulus of dev/cds/jwks.json, the development CDS client key, found in no other key. */
    static final String DEVELOPMENT_CDS_KEY_PART = "yYpuGmqvJjy1zLnhI5nPWbyJn6cl7ExckX5-dTOmfvOgiSRM2nASn4l8QUtDkYbP";

    @Inject
    ApiConfig config;
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && isDevelopmentKey(publicKey.orElse("") + read(publicKeyLocation))) {
            throw new IllegalStateException("mp.jwt.verify.publickey names the development key of dev/jwt, whose private key is public: "
                    + "configure the production public key (MP_JWT_VERIFY_PUBLICKEY or MP_JWT_VERIFY_PUBLICKEY_LOCATION).");
        }
        if (LaunchMode.current() == LaunchMode.NORMAL && read(config.cds().jwksLocation()).contains(DEVELOPMENT_CDS_KEY_PART)) {
            throw new IllegalStateException("bonemet.cds.jwks-location names the development CDS client key of dev/cds, whose private key is "
                    + "public: configure the JWKS of the trusted EHRs (BONEMET_CDS_JWKS_LOCATION).");
        }
    }

    static boolean isDevelopmentKey(String keyMaterial) {
        return keyMaterial.replaceAll("\\s", "").contains(DEVELOPMENT_KEY_PART);
    }

    private static String read(Optional<String> location) {
        if (location.isEmpty()) {
            return "";
        }
        String where = location.get().replaceFirst("^file:", "");
        try {
            Path path = Path.of(where);
            if (Files.isReadable(path)) {
                return Files.readString(path, StandardCharsets.US_ASCII);
            }
            try (InputStream in = DevelopmentKeyGuard.class.getClassLoader().getResourceAsStream(where.replaceFirst("^classpath:", ""))) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
