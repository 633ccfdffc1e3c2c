package org.bonemet.content;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a code is well-formed for its terminology, including the check digits that LOINC (mod 10)
 * and SNOMED CT (Verhoeff) carry, so that a mistyped code is refused rather than published.
 */
public final class CodeFormat {

    public static final Map<String, Pattern> PATTERNS = Map.of(
            "icd-10", Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?"),
            "icd-10-cm", Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?"),
            "icd-11", Pattern.compile("[0-9A-Z]{4}(\\.[0-9A-Z]{1,4})?"),
            "snomed-ct", Pattern.compile("[1-9][0-9]{5,17}"),
            "loinc", Pattern.compile("[0-9]{1,7}-[0-9]"),
            "mesh", Pattern.compile("[CDM][0-9]{6,9}"),
            "ncit", Pattern.compile("C[0-9]{1,7}"),
            "umls", Pattern.compile("C[0-9]{7}"));

    private CodeFormat() {
    }

    /**
     * The comparison key of a code as hospital systems may hold it: upper case, without dots or white space
     * ({@code c79.51}, {@code C7951} and {@code C79.51} are one code). Matches the database's code_key.
     */
    public static String key(String code) {
        return code.replaceAll("[\\s.]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean knownSystem(String system) {
        return PATTERNS.containsKey(system);
    }

    /** Why the code is not valid in {@code system}, or empty when it is. */
    public static Optional<String> problem(String system, String code) {
        Pattern pattern = PATTERNS.get(system);
        if (pattern == null) {
            return Optional.of("unknown code system '" + system + "'; use one of " + String.join(", ", PATTERNS.keySet().stream().sorted().toList()));
        }
        if (code == null || !pattern.matcher(code).matches()) {
            return Optional.of("'" + code + "' is not a well-formed " + system + " code");
        }
        if (system.equals("loinc") && !loincCheckDigitValid(code)) {
            return Optional.of("'" + code + "' fails the LOINC mod-10 check digit");
        }
        if (system.equals("snomed-ct") && !snomedValid(code)) {
            return Optional.of("'" + code + "' fails the SNOMED CT Verhoeff check digit or is not a concept id");
        }
        return Optional.empty();
    }

    /** LOINC's mod 10: double every other digit from the right of the part before the hyphen (Luhn). */
    static boolean loincCheckDigitValid(String code) {
        String[] parts = code.split("-");
        String payload = parts[0];
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                digit = digit / 10 + digit % 10;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10 == parts[1].charAt(0) - '0';
    }

    private static final int[][] D = {
            { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
            { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
            { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
            { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 } };
    private static final int[][] P = {
            { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
            { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
            { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 } };

    /** A SNOMED CT concept id: Verhoeff check digit last, partition "00" (short) or "10" (long) before it. */
    static boolean snomedValid(String id) {
        String partition = id.substring(id.length() - 3, id.length() - 1);
        if (!partition.equals("00") && !partition.equals("10")) {
            return false;
        }
        int c = 0;
        for (int i = 0; i < id.length(); i++) {
            c = D[c][P[i % 8][id.charAt(id.length() - 1 - i) - '0']];
        }
        return c == 0;
    }
}
