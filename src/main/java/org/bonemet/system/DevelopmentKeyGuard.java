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

/**
 * Production never trusts the development key pair of dev/jwt, whose private half is public: started with
 * it, the service stops at once with a message saying so.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    /** A line of dev/jwt/publicKey.pem: part of the development key's modulus, found in no other key. */
    static final String DEVELOPMENT_KEY_PART = "btrzELNOEU9r2h0rZ9F8BKHXc6pOgrT+wnhmZiiGp/2kDPoxju4E3qvoE2sYCt4W";

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && isDevelopmentKey(publicKey.orElse("") + read(publicKeyLocation))) {
            throw new IllegalStateException("mp.jwt.verify.publickey names the development key of dev/jwt, whose private key is public: "
                    + "configure the production public key (MP_JWT_VERIFY_PUBLICKEY or MP_JWT_VERIFY_PUBLICKEY_LOCATION).");
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
