package org.bonemet.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partner key as sent in {@code X-API-Key}: {@code bmk_<id>_<secret>}, where the id (12 lowercase letters and
 * digits) names the key and the secret is 32 random bytes in base64url (43 characters). Only the secret's SHA-256 is
 * stored: a 256-bit random secret cannot be guessed from its hash, so a slow password hash would add nothing.
 */
public record KeySecret(String id, String secret) {

    static final int MAX_LENGTH = 60;
    private static final Pattern FORMAT = Pattern.compile("bmk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key in {@code header}, or empty when it does not have the format of one. */
    public static Optional<KeySecret> parse(String header) {
        if (header == null || header.length() != MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(header);
        return m.matches() ? Optional.of(new KeySecret(m.group(1), m.group(2))) : Optional.empty();
    }

    static KeySecret generate(String id) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new KeySecret(id, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static String newId() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    /** What the client sends. */
    String header() {
        return "bmk_" + id + "_" + secret;
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares in constant time, so that the time taken tells nothing about how much of a guess was right. */
    boolean matches(byte[] storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash(), storedHash);
    }

    @Override
    public String toString() {
        return "KeySecret[" + id + "]";
    }
}
