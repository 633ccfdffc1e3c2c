package org.bonemet.evaluation;

import java.util.Map;

import org.bonemet.content.Languages;
import org.bonemet.content.YamlResource;
import org.bonemet.selection.Threshold;

/**
 * Translations of the texts that evaluation writes itself (score titles and interpretations, alerts, triage,
 * the disclaimer), read from {@code evaluation/<lang>.yaml}. English lives with the code and
 * data it belongs to; a missing translation falls back to it. A {@code {threshold-slug}} in any of them becomes the
 * shared {@link Threshold} in both units, so a limit is written once.
 */
public final class EvaluationTexts {

    record ScoreTexts(String title, Map<String, String> inputs, Map<String, String> bands) {
    }

    record AlertTexts(String title, String message) {
    }

    record TriageTexts(Map<String, String> findings, Map<String, String> nextSteps) {
    }

    record Texts(String disclaimer, Map<String, ScoreTexts> scores, Map<String, AlertTexts> alerts, TriageTexts triage) {
    }

    private static final Map<String, Texts> BY_LANG = load();

    private static Map<String, Texts> load() {
        Map<String, Texts> texts = new java.util.HashMap<>();
        for (String lang : Languages.SUPPORTED) {
            Texts t = Languages.DEFAULT.equals(lang) ? null : read(lang);
            if (t != null) {
                texts.put(lang, t);
            }
        }
        return Map.copyOf(texts);
    }

    private EvaluationTexts() {
    }

    static Texts read(String lang) {
        return YamlResource.read("evaluation/" + lang + ".yaml", Texts.class).orElse(null);
    }

    private static Texts texts(String lang) {
        return Languages.DEFAULT.equals(lang) ? null : BY_LANG.get(lang);
    }

    public static String disclaimer(String lang, String english) {
        Texts t = texts(lang);
        return t == null || t.disclaimer() == null ? english : t.disclaimer().strip();
    }

    public static String scoreTitle(String score, String lang, String english) {
        ScoreTexts s = score(score, lang);
        return s == null || s.title() == null ? english : s.title().strip();
    }

    public static String scoreInput(String score, String input, String lang, String english) {
        ScoreTexts s = score(score, lang);
        return s == null || s.inputs() == null ? english : s.inputs().getOrDefault(input, english).strip();
    }

    public static String band(String score, String band, String lang, String english) {
        ScoreTexts s = score(score, lang);
        return Threshold.render(s == null || s.bands() == null ? english : s.bands().getOrDefault(band, english).strip(), lang);
    }

    public static String alertTitle(String key, String lang, String english) {
        AlertTexts a = alert(key, lang);
        return Threshold.render(a == null ? english : a.title().strip(), lang);
    }

    public static String alertMessage(String key, String lang, String english) {
        AlertTexts a = alert(key, lang);
        return Threshold.render(a == null ? english : a.message().strip(), lang);
    }

    public static String finding(String slug, String lang, String english) {
        Texts t = texts(lang);
        return Threshold.render(t == null || t.triage() == null ? english : t.triage().findings().getOrDefault(slug, english).strip(), lang);
    }

    public static String nextStep(String kind, String lang, String english) {
        Texts t = texts(lang);
        return t == null || t.triage() == null ? english : t.triage().nextSteps().getOrDefault(kind, english).strip();
    }

    private static ScoreTexts score(String score, String lang) {
        Texts t = texts(lang);
        return t == null || t.scores() == null ? null : t.scores().get(score);
    }

    private static AlertTexts alert(String key, String lang) {
        Texts t = texts(lang);
        return t == null || t.alerts() == null ? null : t.alerts().get(key);
    }
}
