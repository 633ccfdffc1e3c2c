package org.bonemet.cds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.bonemet.system.ApiConfig;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Trusting CDS clients (CDS Hooks 2.0): a bearer JWT signed RS384 or ES384 by an allowlisted issuer, verified against
 * the configured JWKS (a {@code jku} header is never followed), with {@code aud} the service's URL, a {@code jti} seen
 * only once, and an expiry at most five minutes ahead. Without configured issuers and keys every call is refused.
 */
@ApplicationScoped
public class CdsClientAuth {

    private static final Logger LOG = Logger.getLogger(CdsClientAuth.class);
    private static final int SKEW_SECONDS = 30;
    private static final int MAX_LIFETIME_MINUTES = 5;

    /** Why a token is refused: answered 401 with this reason, which says nothing secret. */
    public static final class UnauthorizedException extends RuntimeException {
        public UnauthorizedException(String reason) {
            super(reason);
        }
    }

    @Inject
    ApiConfig config;

    private final Cache<String, Boolean> seen = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(MAX_LIFETIME_MINUTES + 1, TimeUnit.MINUTES).build();
    private volatile VerificationKeyResolver keys;

    /** The verified claims of the call's token, or {@link UnauthorizedException}. */
    public JwtClaims verify(String authorization, String serviceUrl) {
        Optional<List<String>> issuers = config.cds().issuers();
        if (issuers.isEmpty() || issuers.get().isEmpty() || config.cds().jwksLocation().isEmpty()) {
            throw new UnauthorizedException("no trusted CDS clients are configured (BONEMET_CDS_ISSUERS, BONEMET_CDS_JWKS_LOCATION)");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException("a bearer token is required");
        }
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384))
                .setVerificationKeyResolver(keys()).setExpectedIssuers(true, issuers.get().toArray(String[]::new))
                .setExpectedAudience(true, serviceUrl, serviceUrl + "/").setRequireExpirationTime().setRequireJwtId()
                .setMaxFutureValidityInMinutes(MAX_LIFETIME_MINUTES).setAllowedClockSkewInSeconds(SKEW_SECONDS).build();
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(authorization.substring(7).strip());
        } catch (InvalidJwtException e) {
            throw new UnauthorizedException(reason(e));
        }
        try {
            if (seen.asMap().putIfAbsent(claims.getIssuer() + " " + claims.getJwtId(), Boolean.TRUE) != null) {
                throw new UnauthorizedException("the token was already used (jti)");
            }
        } catch (org.jose4j.jwt.MalformedClaimException e) {
            throw new UnauthorizedException("the token's claims are malformed");
        }
        return claims;
    }

    private static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "the token has expired";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Audience")) {
            return "the token's aud is not this service's URL";
        }
        if (message.contains("Issuer")) {
            return "the token's issuer is not trusted";
        }
        if (message.contains("too far in the future") || message.contains("maximum allowed")) {
            return "the token expires more than five minutes ahead";
        }
        if (message.contains("jti") || message.contains("JWT ID")) {
            return "the token has no jti";
        }
        if (message.contains("algorithm") || message.contains("Algorithm")) {
            return "the token's algorithm is not RS384 or ES384";
        }
        return "the token's signature or form is not valid";
    }

    private VerificationKeyResolver keys() {
        VerificationKeyResolver resolver = keys;
        if (resolver == null) {
            String location = config.cds().jwksLocation().orElseThrow();
            if (location.startsWith("https://") || location.startsWith("http://")) {
                resolver = new HttpsJwksVerificationKeyResolver(new HttpsJwks(location));
            } else {
                try {
                    resolver = new JwksVerificationKeyResolver(new JsonWebKeySet(read(location)).getJsonWebKeys());
                } catch (Exception e) {
                    LOG.errorf("The CDS clients' JWKS at %s is not readable: %s", location, e.getMessage());
                    throw new UnauthorizedException("the trusted keys are not readable");
                }
            }
            keys = resolver;
        }
        return resolver;
    }

    private static String read(String location) throws java.io.IOException {
        String where = location.replaceFirst("^file:", "");
        if (where.startsWith("classpath:")) {
            try (var in = CdsClientAuth.class.getClassLoader().getResourceAsStream(where.substring("classpath:".length()))) {
                if (in == null) {
                    throw new java.io.FileNotFoundException(where);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(where), StandardCharsets.UTF_8);
    }
}
