package org.bonemet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.content.Views.ReferenceLink;
import org.bonemet.evaluation.EvaluationViews.Alert;
import org.bonemet.evaluation.EvaluationViews.ScoreView;
import org.bonemet.evaluation.SelectionCatalog.Snapshot;
import org.bonemet.score.Score;
import org.bonemet.score.ScoresTest;
import org.bonemet.selection.Facts;
import org.bonemet.selection.ProfileField;
import org.bonemet.selection.RuleParser;
import org.bonemet.selection.TreatmentSelector;
import org.bonemet.selection.TreatmentSelector.Candidate;
import org.bonemet.selection.TreatmentSelector.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

/** The answer written from rendered parts is, byte for byte, the JSON Jackson writes for the evaluation's view (as it did before). */
class EvaluationJsonTest {

    /** As the service's mapper is configured (quarkus.jackson.serialization-inclusion=non-null). */
    private static final ObjectMapper MAPPER = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final RuleParser PARSER = new RuleParser(Set.of("prostate-cancer"), Set.of("spine", "thoracic-spine", "femur"));
    /** Texts that JSON escapes or encodes in more than one byte. */
    private static final String AWKWARD = "Quoted \"text\", a back\\slash, a tab\t, a bell \u0007, </script>, Grad ≥ 2 ä, 😀";

    private static final Facts EMPTY = new Facts(Map.of(), List.of(), Set::of);

    private static Facts full() {
        Map<ProfileField, JsonNode> values = new LinkedHashMap<>();
        values.put(ProfileField.PRIMARY_CANCER, TextNode.valueOf("prostate-cancer"));
        values.put(ProfileField.ECOG, IntNode.valueOf(1));
        values.put(ProfileField.CASTRATION_RESISTANT, BooleanNode.TRUE);
        values.put(ProfileField.CREATININE_CLEARANCE, DecimalNode.valueOf(new BigDecimal("45.125")));
        values.put(ProfileField.CORRECTED_CALCIUM, JsonNodeFactory.instance.objectNode().put("value", new BigDecimal("2.60")).put("unit", "mmol-l"));
        values.put(ProfileField.CURRENT_THERAPIES, JsonNodeFactory.instance.arrayNode().add("leuprorelin").add("docetaxel"));
        return new Facts(values, List.of(
                Map.of(ProfileField.LESION_SITE, TextNode.valueOf("thoracic-spine"), ProfileField.LESION_PAIN, TextNode.valueOf("mechanical")),
                Map.of(ProfileField.LESION_SITE, TextNode.valueOf("femur"))),
                site -> site.equals("thoracic-spine") ? Set.of("thoracic-spine", "spine") : Set.of(site));
    }

    private static Snapshot snapshot(String alphaName) {
        List<Candidate> candidates = List.of(
                new Candidate("alpha", alphaName, List.of(
                        criterion("ecog", "eligibility", null, "{'field':'ecog','op':'lte','value':2}", "r1", "Table 2", null),
                        criterion("cancer", "indication", "indicated", "{'all':[{'field':'primaryCancer','op':'eq','value':'prostate-cancer'},"
                                + "{'field':'castrationResistant','op':'eq','value':true}]}", "r2", null, "guideline-recommendation"),
                        criterion("calcium", "contraindication", null, "{'field':'correctedCalcium','op':'gt','value':'hypercalcaemia-grade-2'}",
                                "r1", "Section 4.3", "product-label"))),
                new Candidate("beta", "Beta", List.of(
                        criterion("spine", "indication", "consider", "{'lesion':{'all':[{'field':'lesions.site','op':'eq','value':'spine'},"
                                + "{'field':'lesions.pain','op':'in','value':['mechanical','functional']}]}}", "r2", "p. 3", "rct"),
                        criterion("renal", "caution", null, "{'field':'creatinineClearance','op':'lt','value':30}", "missing-reference", "p. 4", "rct"),
                        criterion("therapies", "contraindication", null, "{'field':'currentTherapies','op':'in','value':['docetaxel']}",
                                "r2", "p. 5", "rct"))),
                new Candidate("gamma", "Gamma", List.of()));
        Map<String, ReferenceLink> references = Map.of(
                "r1", new ReferenceLink("r1", "Author A. " + AWKWARD, null, "/api/v1/references/r1"),
                "r2", new ReferenceLink("r2", "Author B. Title.", "https://doi.org/10.1000/x", "/api/v1/references/r2"));
        Map<String, String> modalities = new LinkedHashMap<>();
        modalities.put("alpha", "systemic");
        modalities.put("gamma", "surgery");
        return new Snapshot(candidates, modalities, Map.of(), Map.of(), references, PARSER,
                Map.of("de:alpha", "Alpha auf Deutsch", "de:alpha:cancer", "Beschreibung: " + AWKWARD));
    }

    private static Criterion criterion(String key, String kind, String grade, String rule, String reference, String locator,
            String evidenceType) {
        return new Criterion(key, kind, grade, "Description of " + key + ": " + AWKWARD, PARSER.parse(ScoresTest.json(rule)), reference, locator,
                evidenceType);
    }

    private static Evaluation evaluation(Snapshot snapshot, String lang, Facts facts) {
        var alert = new Alert("key", "urgent", "Title " + AWKWARD, "Message", Map.of("ecog", IntNode.valueOf(1)),
                snapshot.references().get("r1"), null, "guideline-recommendation");
        var score = new ScoreView("sins", new BigDecimal("7"), "potentially-unstable", "Interpretation",
                List.of(new Score.Component("pain", "mechanical", new BigDecimal("3"))), List.of(snapshot.references().get("r2")), null);
        return new Evaluation(snapshot, lang, facts == EMPTY ? List.of() : List.of(alert), facts == EMPTY ? List.of() : List.of(score),
                TreatmentSelector.select(snapshot.candidates(), facts));
    }

    /** Bytes as text, for a readable comparison: the bytes are equal when their decoded texts are. */
    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static EvaluationJson writer() {
        EvaluationJson writer = new EvaluationJson();
        writer.mapper = MAPPER;
        return writer;
    }

    @ParameterizedTest(name = "{0}, {1} profile")
    @CsvSource({ "en, full", "de, full", "en, empty", "de, empty" })
    void theAnswerIsTheJsonOfItsView(String lang, String profile) throws Exception {
        Evaluation evaluation = evaluation(snapshot("Alpha"), lang, profile.equals("full") ? full() : EMPTY);

        assertThat(utf8(writer().write(evaluation))).isEqualTo(utf8(MAPPER.writeValueAsBytes(evaluation.view())));
    }

    @Test
    void partsAreRenderedAgainForANewSnapshot() throws Exception {
        EvaluationJson writer = writer();
        writer.write(evaluation(snapshot("Alpha"), "en", full()));

        Evaluation renamed = evaluation(snapshot("Alpha renamed"), "en", full());

        assertThat(utf8(writer.write(renamed))).contains("\"Alpha renamed\"").isEqualTo(utf8(MAPPER.writeValueAsBytes(renamed.view())));
    }
}
