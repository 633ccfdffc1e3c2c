package org.bonemet.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Calcium is compared with a shared threshold in the unit it was given in, and therapies as a set. */
class ThresholdTest {

    private static final RuleParser PARSER = new RuleParser(Set.of(), Set.of());

    private static Facts calcium(String value, String unit) {
        JsonNode calcium = JsonNodeFactory.instance.objectNode().put("value", new java.math.BigDecimal(value)).put("unit", unit);
        return new Facts(Map.of(ProfileField.CORRECTED_CALCIUM, calcium), List.of(), Set::of);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource({
            // 12.0 mg/dL is 2.994 mmol/L: a rounded conversion (2.99) would miss the label's 3.0 mmol/L limit
            "12.0, mg-dl, gte, zoledronic-acid-hypercalcaemia, MET",
            "11.9, mg-dl, gte, zoledronic-acid-hypercalcaemia, NOT_MET",
            "3.0, mmol-l, gte, zoledronic-acid-hypercalcaemia, MET",
            "2.99, mmol-l, gte, zoledronic-acid-hypercalcaemia, NOT_MET",
            "3.1, mmol-l, gt, hypercalcaemia-grade-3, NOT_MET",
            "3.11, mmol-l, gt, hypercalcaemia-grade-3, MET",
            "12.5, mg-dl, gt, hypercalcaemia-grade-3, NOT_MET",
            "12.6, mg-dl, gt, hypercalcaemia-grade-3, MET",
            "1.99, mmol-l, lt, hypocalcaemia-grade-2, MET",
            "2.0, mmol-l, lt, hypocalcaemia-grade-2, NOT_MET",
            "7.9, mg-dl, lt, hypocalcaemia-grade-2, MET",
            "8.0, mg-dl, lt, hypocalcaemia-grade-2, NOT_MET" })
    void comparesCalciumInTheUnitGiven(String value, String unit, String op, String threshold, Outcome expected) {
        Rule rule = PARSER.parse(org.bonemet.score.ScoresTest.json("{'field':'correctedCalcium','op':'" + op + "','value':'" + threshold + "'}"));
        assertThat(RuleEvaluator.evaluate(rule, calcium(value, unit))).isEqualTo(expected);
    }

    @Test
    void aMissingCalciumIsUnknownNeverNormal() {
        Rule rule = PARSER.parse(org.bonemet.score.ScoresTest.json("{'field':'correctedCalcium','op':'lt','value':'hypocalcaemia-grade-2'}"));
        assertThat(RuleEvaluator.evaluate(rule, new Facts(Map.of(), List.of(), Set::of))).isEqualTo(Outcome.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "abiraterone prednisone | {'field':'currentTherapies','op':'in','value':['abiraterone']}            | MET",
            "leuprorelin            | {'field':'currentTherapies','op':'in','value':['abiraterone']}            | NOT_MET",
            "leuprorelin            | {'field':'currentTherapies','op':'not-in','value':['abiraterone']}        | MET",
            "leuprorelin denosumab  | {'field':'currentTherapies','op':'subset-of','value':['leuprorelin','denosumab']} | MET",
            "leuprorelin docetaxel  | {'field':'currentTherapies','op':'subset-of','value':['leuprorelin','denosumab']} | NOT_MET",
            "''                     | {'field':'currentTherapies','op':'subset-of','value':['leuprorelin']}     | MET" })
    void therapiesAreASet(String therapies, String rule, Outcome expected) {
        var array = JsonNodeFactory.instance.arrayNode();
        for (String therapy : therapies.split(" ")) {
            if (!therapy.isBlank()) {
                array.add(therapy);
            }
        }
        Facts facts = new Facts(Map.of(ProfileField.CURRENT_THERAPIES, array), List.of(), Set::of);
        assertThat(RuleEvaluator.evaluate(PARSER.parse(org.bonemet.score.ScoresTest.json(rule)), facts)).isEqualTo(expected);
        Facts unknown = new Facts(Map.of(), List.of(), Set::of);
        assertThat(RuleEvaluator.evaluate(PARSER.parse(org.bonemet.score.ScoresTest.json(rule)), unknown)).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void rendersEveryThresholdInBothUnitsAndLanguages() {
        assertThat(Threshold.render("above {hypercalcaemia-grade-3}", "en")).isEqualTo("above 3.1 mmol/L (12.5 mg/dL)");
        assertThat(Threshold.render("über {hypercalcaemia-grade-3}", "de")).isEqualTo("über 3,1 mmol/l (12,5 mg/dl)");
    }

    @Test
    void refusesComparingCalciumWithANumberOrAnUnknownThreshold() {
        for (String rule : List.of("{'field':'correctedCalcium','op':'gt','value':3.1}",
                "{'field':'correctedCalcium','op':'gt','value':'no-such-limit'}",
                "{'field':'correctedCalcium','op':'eq','value':'hypercalcaemia-grade-3'}",
                "{'field':'currentTherapies','op':'eq','value':'abiraterone'}",
                "{'field':'currentTherapies','op':'in','value':['aspirin']}",
                "{'field':'ecog','op':'subset-of','value':[1]}")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PARSER.parse(org.bonemet.score.ScoresTest.json(rule))).as(rule)
                    .isInstanceOf(RuleParser.InvalidRuleException.class);
        }
    }
}
