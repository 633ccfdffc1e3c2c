package org.bonemet.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RuleParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RuleParser parser = new RuleParser(Set.of("prostate-cancer"), Set.of("spine", "femur"));

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void parsesNestedGroupsAndReportsTheFieldsTheyRead() throws Exception {
        Rule rule = parser.parse(json("{'all': [{'field': 'primaryCancer', 'op': 'eq', 'value': 'prostate-cancer'},"
                + " {'any': [{'field': 'ecog', 'op': 'lte', 'value': 2}, {'not': {'field': 'bilskyGrade', 'op': 'in', 'value': ['2', '3']}}]}]}"));

        assertThat(rule).isInstanceOf(Rule.All.class);
        assertThat(RuleParser.fields(rule)).containsExactlyInAnyOrder(
                ProfileField.PRIMARY_CANCER, ProfileField.ECOG, ProfileField.BILSKY_GRADE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'field': 'tumourSize', 'op': 'eq', 'value': 1}                  | unknown field 'tumourSize'",
            "{'field': 'ecog', 'op': 'about', 'value': 1}                     | unknown operator 'about'",
            "{'field': 'dentalStatus', 'op': 'lt', 'value': 'healthy'}        | needs a numeric field",
            "{'field': 'ecog', 'op': 'eq', 'value': 1.5}                      | must be an integer",
            "{'field': 'bilskyGrade', 'op': 'eq', 'value': 2}                 | is not one of 0, 1a, 1b, 1c, 2, 3",
            "{'field': 'lesions.pain', 'op': 'in', 'value': []}               | must be a non-empty list",
            "{'field': 'lesions.site', 'op': 'eq', 'value': 'elbow'}          | is not a site slug",
            "{'field': 'primaryCancer', 'op': 'eq', 'value': 'colon-cancer'}  | is not a primary-cancer slug",
            "{'field': 'kps', 'op': 'between', 'value': [80, 40]}             | low <= high",
            "{'field': 'kps', 'op': 'present', 'value': 'yes'}                | must be true or false",
            "{'all': []}                                                      | must be a non-empty list of rules",
            "{'field': 'kps', 'op': 'gt'}                                     | must be {field, op, value}" })
    void refusesInvalidRulesWithThePathOfTheProblem(String rule, String message) throws Exception {
        assertThatThrownBy(() -> parser.parse(json(rule)))
                .isInstanceOf(RuleParser.InvalidRuleException.class)
                .hasMessageContaining("rule")
                .hasMessageContaining(message);
    }

    @Test
    void reportsEveryProblemOfARuleAtOnce() throws Exception {
        assertThatThrownBy(() -> parser.parse(json("{'any': [{'field': 'x', 'op': 'eq', 'value': 1}, {'field': 'ecog', 'op': 'eq', 'value': 'one'}]}")))
                .isInstanceOfSatisfying(RuleParser.InvalidRuleException.class, e -> assertThat(e.problems).containsExactly(
                        "rule.any[0].field: unknown field 'x'", "rule.any[1].value: must be an integer"));
    }
}
