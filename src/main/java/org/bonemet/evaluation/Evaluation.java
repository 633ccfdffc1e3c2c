package org.bonemet.evaluation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bonemet.content.Views;
import org.bonemet.content.Views.Link;
import org.bonemet.evaluation.EvaluationViews.Alert;
import org.bonemet.evaluation.EvaluationViews.CriterionResult;
import org.bonemet.evaluation.EvaluationViews.OptionView;
import org.bonemet.evaluation.EvaluationViews.ScoreView;
import org.bonemet.evaluation.EvaluationViews.TreatmentOptions;
import org.bonemet.evaluation.SelectionCatalog.Snapshot;
import org.bonemet.selection.TreatmentSelector.Candidate;
import org.bonemet.selection.TreatmentSelector.Evaluated;
import org.bonemet.selection.TreatmentSelector.Option;

/**
 * What the evaluation of one profile found, in {@code lang}, against the content of {@code snapshot}: it becomes the
 * {@link TreatmentOptions} view for callers in Java, and is written straight to JSON by {@link EvaluationJson} for HTTP.
 */
record Evaluation(Snapshot snapshot, String lang, List<Alert> alerts, List<ScoreView> scores, List<Option> options) {

    TreatmentOptions view() {
        List<OptionView> views = options.stream().map(option -> new OptionView(link(option.candidate()),
                snapshot.modalities().get(option.candidate().slug()), option.recommendation(), openContraindications(option),
                option.criteria().stream().map(e -> criterion(option.candidate(), e)).toList())).toList();
        return new TreatmentOptions(disclaimer(), alerts, scores, views, cited().stream().map(snapshot.references()::get).toList());
    }

    String disclaimer() {
        return EvaluationTexts.disclaimer(lang, Views.DISCLAIMER);
    }

    Link link(Candidate candidate) {
        return new Link(candidate.slug(), snapshot.name(candidate, lang), Views.API + "/treatments/" + candidate.slug());
    }

    /** The contraindications left open, or null (left out of the answer) when there are none. */
    static List<String> openContraindications(Option option) {
        List<String> open = option.openContraindications();
        return open.isEmpty() ? null : open;
    }

    /** The slugs of every source the criteria cite, once each, in the order the options first cite them. */
    Collection<String> cited() {
        Set<String> cited = new LinkedHashSet<>();
        for (Option option : options) {
            for (Evaluated e : option.criteria()) {
                cited.add(e.criterion().reference());
            }
        }
        return cited;
    }

    private CriterionResult criterion(Candidate candidate, Evaluated e) {
        return new CriterionResult(e.criterion().key(), e.criterion().kind(), e.criterion().grade(),
                snapshot.description(candidate, e.criterion(), lang), e.outcome().token, e.inputs(), e.missing(), e.criterion().reference(),
                e.criterion().locator(), e.criterion().evidenceType());
    }
}
