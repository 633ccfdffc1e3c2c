package org.bonemet.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Bearer tokens signed with the development key pair (dev/jwt), which the test profile trusts. */
public final class Tokens {

    static final String ISSUER = "https://bonemet.example/dev";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    public static String of(String user, String... roles) {
        return "Bearer " + Jwt.issuer(ISSUER).upn(user).groups(Set.of(roles)).expiresIn(600).sign(KEY);
    }

    static String expired(String user, String role) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return "Bearer " + Jwt.issuer(ISSUER).upn(user).groups(Set.of(role)).issuedAt(past - 600).expiresAt(past).sign(KEY);
    }

    static String fromIssuer(String issuer, String user, String role) {
        return "Bearer " + Jwt.issuer(issuer).upn(user).groups(Set.of(role)).expiresIn(600).sign(KEY);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(Path.of("dev/jwt/privateKey.pem")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
