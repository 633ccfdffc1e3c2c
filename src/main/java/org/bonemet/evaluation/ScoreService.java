package org.bonemet.evaluation;

import java.util.Map;

import org.bonemet.content.Views;
import org.bonemet.content.Views.ReferenceLink;
import org.bonemet.evaluation.EvaluationViews.ScoreView;
import org.bonemet.score.Score;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Computes a clinical score with every component's points, its band in the requested language and its sources. */
@ApplicationScoped
public class ScoreService {

    @Inject
    SelectionCatalog catalog;

    /** Computes a score with its interpretation in {@code lang}; the disclaimer is added when the score stands alone. */
    public ScoreView score(Score score, JsonNode input, String lang, boolean withDisclaimer) {
        return score(score, input, lang, withDisclaimer, catalog.get().references());
    }

    /** The same, with the sources taken from {@code references} (a catalogue snapshot the caller holds). */
    ScoreView score(Score score, JsonNode input, String lang, boolean withDisclaimer, Map<String, ReferenceLink> references) {
        Score.Result result = score.compute(input);
        return new ScoreView(result.score(), result.total(), result.band(),
                EvaluationTexts.band(result.score(), result.band(), lang, result.interpretation()), result.components(),
                result.references().stream().map(references::get).toList(),
                withDisclaimer ? EvaluationTexts.disclaimer(lang, Views.DISCLAIMER) : null);
    }
}
