package org.bonemet.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

class RuleEvaluatorTest {

    private static final RuleParser PARSER = new RuleParser(Set.of("prostate-cancer"), Set.of("spine", "thoracic-spine", "femur"));

    /** ecog 1, no kps; lesions: thoracic spine painful lytic, femur painless with unknown type. */
    private static final Facts FACTS = new Facts(
            Map.of(ProfileField.ECOG, IntNode.valueOf(1)),
            List.of(Map.<ProfileField, JsonNode>of(ProfileField.LESION_SITE, TextNode.valueOf("thoracic-spine"),
                    ProfileField.LESION_PAIN, TextNode.valueOf("moderate"), ProfileField.LESION_TYPE, TextNode.valueOf("lytic")),
                    Map.<ProfileField, JsonNode>of(ProfileField.LESION_SITE, TextNode.valueOf("femur"),
                            ProfileField.LESION_PAIN, TextNode.valueOf("none"))),
            site -> site.equals("thoracic-spine") ? Set.of("thoracic-spine", "spine") : Set.of(site));

    private static final Facts NO_LESIONS = new Facts(Map.of(), List.of(), Set::of);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{'field':'ecog','op':'lte','value':2}                                   | MET",
            "{'field':'ecog','op':'gt','value':1}                                    | NOT_MET",
            "{'field':'ecog','op':'between','value':[1,1]}                           | MET",
            "{'field':'kps','op':'gte','value':60}                                   | UNKNOWN",
            "{'field':'kps','op':'ne','value':60}                                    | UNKNOWN",
            "{'field':'kps','op':'present','value':true}                             | NOT_MET",
            "{'field':'kps','op':'present','value':false}                            | MET",
            "{'any':[{'field':'kps','op':'gte','value':60},{'field':'ecog','op':'lte','value':2}]} | MET",
            "{'any':[{'field':'kps','op':'gte','value':60},{'field':'ecog','op':'gt','value':2}]}  | UNKNOWN",
            "{'all':[{'field':'kps','op':'gte','value':60},{'field':'ecog','op':'gt','value':2}]}  | NOT_MET",
            "{'all':[{'field':'kps','op':'gte','value':60},{'field':'ecog','op':'lte','value':2}]} | UNKNOWN",
            "{'not':{'field':'kps','op':'gte','value':60}}                           | UNKNOWN",
            "{'not':{'field':'ecog','op':'eq','value':1}}                            | NOT_MET",
            "{'field':'lesions.site','op':'eq','value':'spine'}                      | MET",
            "{'field':'lesions.site','op':'eq','value':'thoracic-spine'}             | MET",
            "{'field':'lesions.pain','op':'in','value':['mild','moderate']}          | MET",
            "{'field':'lesions.pain','op':'eq','value':'mechanical'}                 | NOT_MET",
            "{'field':'lesions.lesionType','op':'eq','value':'lytic'}                | MET",
            "{'field':'lesions.lesionType','op':'eq','value':'blastic'}              | UNKNOWN",
            "{'field':'lesions.sizeFraction','op':'present','value':true}            | NOT_MET",
            "{'lesion':{'all':[{'field':'lesions.site','op':'eq','value':'spine'},{'field':'lesions.pain','op':'eq','value':'moderate'}]}} | MET",
            "{'lesion':{'all':[{'field':'lesions.site','op':'eq','value':'femur'},{'field':'lesions.pain','op':'eq','value':'moderate'}]}} | NOT_MET",
            "{'all':[{'field':'lesions.site','op':'eq','value':'femur'},{'field':'lesions.pain','op':'eq','value':'moderate'}]}           | MET",
            "{'lesion':{'all':[{'field':'lesions.site','op':'eq','value':'femur'},{'field':'lesions.lesionType','op':'eq','value':'blastic'}]}} | UNKNOWN" })
    void evaluatesWithThreeValuedLogic(String rule, Outcome expected) {
        assertThat(RuleEvaluator.evaluate(PARSER.parse(org.bonemet.score.ScoresTest.json(rule)), FACTS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'field':'lesions.pain','op':'eq','value':'moderate'}     | UNKNOWN",
            "{'lesion':{'field':'lesions.pain','op':'eq','value':'moderate'}} | UNKNOWN",
            "{'field':'lesions.pain','op':'present','value':true}      | NOT_MET" })
    void aProfileWithoutLesionsLeavesLesionConditionsUnknown(String rule, Outcome expected) {
        assertThat(RuleEvaluator.evaluate(PARSER.parse(org.bonemet.score.ScoresTest.json(rule)), NO_LESIONS)).isEqualTo(expected);
    }
}
