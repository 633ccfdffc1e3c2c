package org.bonemet.problem;

import java.util.HashMap;
import java.util.Map;

import org.bonemet.content.Languages;
import org.bonemet.content.YamlResource;

/**
 * The titles of problem responses in each served language, by HTTP status, read from {@code problem/<lang>.yaml};
 * English titles are the status's reason phrase, and a missing translation falls back to it.
 */
public final class ProblemTitles {

    /** A language's titles by status code. */
    public record Titles(Map<String, String> titles) {
    }

    private static final Map<String, Titles> BY_LANG = load();

    private ProblemTitles() {
    }

    private static Map<String, Titles> load() {
        Map<String, Titles> byLang = new HashMap<>();
        Languages.SUPPORTED.stream().filter(lang -> !Languages.DEFAULT.equals(lang))
                .forEach(lang -> {
                    Titles titles = read(lang);
                    if (titles != null) {
                        byLang.put(lang, titles);
                    }
                });
        return Map.copyOf(byLang);
    }

    static Titles read(String lang) {
        return YamlResource.read("problem/" + lang + ".yaml", Titles.class).orElse(null);
    }

    public static String title(int status, String lang, String english) {
        Titles t = BY_LANG.get(lang);
        return t == null || t.titles() == null ? english : t.titles().getOrDefault(String.valueOf(status), english);
    }
}
