package org.bonemet.cds;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/** Tokens of the pretend CDS client of src/test/resources/cds (issuer https://ehr.example/test). */
final class CdsTokens {

    static final String ISSUER = "https://ehr.example/test";

    private CdsTokens() {
    }

    static JwtClaims claims(String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject("ehr-client");
        claims.setAudience(audience);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(2);
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    static String rs384(String audience) {
        return sign(claims(audience), AlgorithmIdentifiers.RSA_USING_SHA384, "rsa-private.pem", "test-rsa");
    }

    static String es384(String audience) {
        return sign(claims(audience), AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384, "ec-private.pem", "test-ec");
    }

    /** A token signed with {@code algorithm} by the key in {@code keyFile}, naming {@code kid}; "none" makes it unsigned. */
    static String sign(JwtClaims claims, String algorithm, String keyFile, String kid) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setAlgorithmHeaderValue(algorithm);
            jws.setKeyIdHeaderValue(kid);
            jws.setHeader("typ", "JWT");
            if (algorithm.equals(AlgorithmIdentifiers.NONE)) {
                jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
            } else if (algorithm.startsWith("HS")) {
                jws.setKey(new org.jose4j.keys.HmacKey("a-shared-secret-that-is-long-enough-for-hs256!".getBytes(StandardCharsets.UTF_8)));
            } else {
                jws.setKey(privateKey(keyFile, algorithm.startsWith("ES") ? "EC" : "RSA"));
            }
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(String file, String type) throws Exception {
        try (InputStream in = CdsTokens.class.getClassLoader().getResourceAsStream("cds/" + file)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----|\\s", "");
            return KeyFactory.getInstance(type).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }
}
