package org.bonemet.editing;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;

/** Who is acting: the token's {@code upn}, else its {@code sub}. */
public final class Authors {

    private Authors() {
    }

    public static String of(JsonWebToken token) {
        String name = token.getClaim("upn");
        if (name == null || name.isBlank()) {
            name = token.getSubject();
        }
        if (name == null || name.isBlank()) {
            throw new UnauthorizedException("The token names nobody (no upn or sub claim).");
        }
        return name;
    }
}
