package org.bonemet.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.selection.TreatmentSelector.Candidate;
import org.bonemet.selection.TreatmentSelector.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.IntNode;

class TreatmentSelectorTest {

    private static final RuleParser PARSER = new RuleParser(Set.of(), Set.of());
    private static final Rule MET = PARSER.parse(org.bonemet.score.ScoresTest.json("{'field':'ecog','op':'eq','value':1}"));
    private static final Rule NOT_MET = PARSER.parse(org.bonemet.score.ScoresTest.json("{'field':'ecog','op':'eq','value':3}"));
    private static final Rule UNKNOWN = PARSER.parse(org.bonemet.score.ScoresTest.json("{'field':'kps','op':'eq','value':80}"));
    private static final Facts FACTS = new Facts(Map.of(ProfileField.ECOG, IntNode.valueOf(1)), List.of(), Set::of);

    /** Criteria written as kind:grade:outcome, e.g. "indication:consider:met". */
    private static Candidate candidate(String slug, String criteria) {
        List<Criterion> list = criteria.isBlank() ? List.of() : Arrays.stream(criteria.split(" ")).map(spec -> {
            String[] parts = spec.split(":");
            Rule rule = switch (parts[2]) {
                case "met" -> MET;
                case "not" -> NOT_MET;
                default -> UNKNOWN;
            };
            return new Criterion(spec, parts[0], parts[1].isEmpty() ? null : parts[1], "d", rule, "r", "Table 1", "rct");
        }).toList();
        return new Candidate(slug, slug, list);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'contraindication::met indication:indicated:met', contraindicated",
            "'contraindication::unknown indication:indicated:met', consider",
            "'contraindication::not indication:indicated:met', indicated",
            "'contraindication::unknown indication:consider:met', consider",
            "'eligibility::not indication:indicated:met', not-indicated",
            "'eligibility::unknown indication:indicated:met', insufficient-data",
            "'eligibility::met indication:consider:met indication:indicated:met', indicated",
            "'indication:consider:met indication:indicated:not', consider",
            "'indication:indicated:unknown indication:consider:not', insufficient-data",
            "'indication:indicated:not', not-indicated",
            "'eligibility::met', consider",
            "'eligibility::met caution::met', consider",
            "'indication:consider:met caution::met', consider" })
    void recommendsByPrecedence(String criteria, String recommendation) {
        assertThat(TreatmentSelector.select(List.of(candidate("t", criteria)), FACTS).get(0).recommendation()).isEqualTo(recommendation);
    }

    @Test
    void namesTheContraindicationsItCouldNotRuleOut() {
        var option = TreatmentSelector.select(List.of(candidate("t", "contraindication::unknown contraindication::not indication:indicated:met")),
                FACTS).get(0);
        assertThat(option.recommendation()).isEqualTo("consider");
        assertThat(option.openContraindications()).containsExactly("contraindication::unknown");
    }

    @Test
    void ordersMostRelevantFirstAndDeterministically() {
        List<Candidate> candidates = List.of(
                candidate("z-not", "indication:indicated:not"),
                candidate("b-consider", "indication:consider:met"),
                candidate("a-consider-two", "indication:consider:met indication:consider:met"),
                candidate("c-contra", "contraindication::met"),
                candidate("d-unknown", "indication:consider:unknown"),
                candidate("e-indicated", "indication:indicated:met"));
        assertThat(TreatmentSelector.select(candidates, FACTS)).extracting(o -> o.candidate().slug())
                .containsExactly("e-indicated", "a-consider-two", "b-consider", "c-contra", "d-unknown", "z-not");
    }

    @Test
    void explainsWhichInputsACriterionUsedAndWhichItLacked() {
        Rule both = PARSER.parse(org.bonemet.score.ScoresTest.json("{'all':[{'field':'ecog','op':'lte','value':2},{'field':'kps','op':'gte','value':60}]}"));
        var evaluated = TreatmentSelector.select(List.of(new Candidate("t", "t",
                List.of(new Criterion("k", "indication", "consider", "d", both, "r", "Table 1", "rct")))), FACTS).get(0).criteria().get(0);
        assertThat(evaluated.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluated.inputs()).containsOnlyKeys("ecog");
        assertThat(evaluated.missing()).containsExactly("kps");
    }
}
