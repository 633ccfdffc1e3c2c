package org.bonemet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.bonemet.content.YamlResource;
import org.bonemet.score.Score;
import org.bonemet.score.Scores;
import org.junit.jupiter.api.Test;

/** The German evaluation texts cover every score, band, input, alert, finding and next step. */
class EvaluationTextsTest {

    private final EvaluationTexts.Texts german = EvaluationTexts.read("de");

    @Test
    void everyScoreInputAndBandIsTranslated() {
        for (Score score : Scores.ALL) {
            var texts = german.scores().get(score.name());
            assertThat(texts).as(score.name()).isNotNull();
            assertThat(texts.title()).isNotBlank();
            assertThat(texts.inputs().keySet()).as(score.name())
                    .containsExactlyInAnyOrderElementsOf(score.inputs().stream().map(Score.InputSpec::name).toList());
            assertThat(texts.bands().keySet()).as(score.name())
                    .containsExactlyInAnyOrderElementsOf(score.bands().stream().map(Score.Band::name).toList());
        }
    }

    @Test
    void everyAlertFindingAndNextStepIsTranslated() {
        var alerts = YamlResource.require("evaluation/alerts.yaml", AlertRules.AlertFile.class).alerts();
        assertThat(german.alerts().keySet()).containsExactlyInAnyOrderElementsOf(alerts.stream().map(AlertRules.AlertDoc::key).toList());
        var triage = YamlResource.require("evaluation/triage.yaml", TriageFile.class);
        assertThat(german.triage().findings().keySet())
                .containsExactlyInAnyOrderElementsOf(triage.findings().stream().map(f -> (String) f.get("slug")).toList());
        assertThat(german.triage().nextSteps().keySet()).containsExactlyInAnyOrder("emergency", "urgent", "emergencyWithoutKnownCancer",
                "routineWithoutKnownCancer");
        assertThat(german.disclaimer()).contains("schreibt nichts vor");
    }

    @Test
    void theGermanTextsCarryTheSameNumbersAndLimits() {
        for (Score score : Scores.ALL) {
            for (Score.Band band : score.bands()) {
                assertThat(figures(german.scores().get(score.name()).bands().get(band.name())))
                        .as("%s band %s", score.name(), band.name()).isEqualTo(figures(band.interpretation()));
            }
        }
        for (AlertRules.AlertDoc alert : YamlResource.require("evaluation/alerts.yaml", AlertRules.AlertFile.class).alerts()) {
            var texts = german.alerts().get(alert.key());
            assertThat(figures(texts.title() + " " + texts.message())).as(alert.key()).isEqualTo(figures(alert.title() + " " + alert.message()));
        }
        var triage = YamlResource.require("evaluation/triage.yaml", TriageFile.class);
        triage.findings().forEach(f -> assertThat(figures(german.triage().findings().get((String) f.get("slug"))))
                .as((String) f.get("slug")).isEqualTo(figures((String) f.get("name"))));
        triage.nextSteps().forEach((key, text) -> assertThat(figures(german.triage().nextSteps().get(key))).as(key).isEqualTo(figures(text)));
    }

    /** The numbers and threshold placeholders of a text, decimal commas read as points, in order of size. */
    private static java.util.List<String> figures(String text) {
        java.util.List<String> figures = new java.util.ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\{[a-z0-9-]+}|\\d+(?:[.,]\\d+)*").matcher(text);
        while (matcher.find()) {
            figures.add(matcher.group().replace(',', '.'));
        }
        figures.sort(null);
        return figures;
    }

    record TriageFile(java.util.List<java.util.Map<String, Object>> findings, java.util.Map<String, String> nextSteps) {
    }
}
