package org.bonemet.content;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the response language: a {@code lang} parameter wins, else the best supported entry of
 * {@code Accept-Language} by q-value, else English.
 */
public final class Languages {

    public static final String DEFAULT = "en";
    public static final List<String> SUPPORTED = List.of("en", "de");

    private Languages() {
    }

    /** @throws InvalidInputException when {@code lang} names a language the API does not serve */
    public static String negotiate(String langParameter, String acceptLanguage) {
        if (langParameter != null) {
            String lang = langParameter.trim().toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(lang)) {
                throw InvalidInputException.of("lang", "must be one of " + String.join(", ", SUPPORTED));
            }
            return lang;
        }
        return fromHeader(acceptLanguage).orElse(DEFAULT);
    }

    static Optional<String> fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(r -> r.getWeight() > 0)
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                .map(r -> r.getRange().equals("*") ? DEFAULT : r.getRange().split("-")[0])
                .filter(SUPPORTED::contains)
                .findFirst();
    }
}
