package org.bonemet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.bonemet.content.YamlResource;
import org.bonemet.selection.Score;
import org.bonemet.selection.Scores;
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
        assertThat(german.triage().nextSteps().keySet()).containsExactlyInAnyOrder("emergency", "urgent", "routine", "withoutKnownCancer");
        assertThat(german.problems().keySet()).contains("400", "404", "405", "406", "413", "415", "500");
        assertThat(german.disclaimer()).contains("schreibt nichts vor");
    }

    record TriageFile(java.util.List<java.util.Map<String, Object>> findings, java.util.Map<String, String> nextSteps) {
    }
}
