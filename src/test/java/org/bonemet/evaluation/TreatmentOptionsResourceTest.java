package org.bonemet.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.ValidatableResponse;

/** The canonical cases the evaluator must get right, each through the HTTP API. */
@QuarkusTest
class TreatmentOptionsResourceTest {

    private static ValidatableResponse evaluate(String profile) {
        return given().contentType("application/json").body(profile.replace('\'', '"'))
                .when().post("/api/v1/treatment-options")
                .then().statusCode(200).contentType("application/json");
    }

    private static String recommendation(String treatment) {
        return "options.find { it.treatment.slug == '" + treatment + "' }.recommendation";
    }

    private static String criterion(String treatment, String key) {
        return "options.find { it.treatment.slug == '" + treatment + "' }.criteria.find { it.key == '" + key + "' }";
    }

    /** A profile eligible for decompression by the Patchell criteria, as fields that a test can replace one by one. */
    private static Map<String, String> eligibleForDecompression() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("primaryCancer", "'breast-cancer'");
        fields.put("lesions", "[{'site':'thoracic-spine','pain':'moderate'}]");
        fields.put("neurology", "{'deficit':'myelopathy','ambulatory':true}");
        fields.put("bilskyGrade", "'3'");
        fields.put("expectedSurvivalMonths", "6");
        return fields;
    }

    private static String profile(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> "'" + e.getKey() + "':" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    private static final String ELIGIBLE_FOR_DECOMPRESSION = profile(eligibleForDecompression());

    @Test
    void suspectedCordCompressionWithADeficitIsAnEmergency() {
        evaluate(ELIGIBLE_FOR_DECOMPRESSION)
                .body("disclaimer", containsString("does not prescribe"))
                .body("alerts[0].key", equalTo("suspected-spinal-cord-compression"))
                .body("alerts[0].urgency", equalTo("emergency"))
                .body("alerts[0].message", containsString("oncological emergency"))
                .body("alerts[0].message", containsString("immediate advice"))
                .body("alerts[0].triggeredBy.'neurology.deficit'", equalTo("myelopathy"))
                .body("alerts[0].reference.id", notNullValue())
                .body(recommendation("corticosteroids-for-cord-compression"), equalTo("indicated"))
                .body(recommendation("external-beam-radiotherapy"), equalTo("indicated"))
                .body(recommendation("decompression-and-stabilisation"), equalTo("consider"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "paraplegic for more than 48 hours | neurology              | {'deficit':'myelopathy','ambulatory':false,'hoursSinceLossOfWalking':72} | not-paraplegic-over-48-hours | not-indicated",
            "walking lost 12 hours ago         | neurology              | {'deficit':'myelopathy','ambulatory':false,'hoursSinceLossOfWalking':12} | not-paraplegic-over-48-hours | consider",
            "expected survival under 3 months  | expectedSurvivalMonths | 2                                                       | expected-survival-3-months   | not-indicated",
            "highly radiosensitive tumour      | primaryCancer          | 'multiple-myeloma'                                      | not-highly-radiosensitive    | not-indicated",
            "more than one level               | lesions                | [{'site':'thoracic-spine'},{'site':'lumbar-spine'}]     | single-area-of-compression   | not-indicated",
            "no cord compression on MRI        | bilskyGrade            | '1b'                                                    | cord-compression-on-mri      | not-indicated" })
    void decompressionIsConsideredOnlyWhenItsPublishedEligibilityHolds(String name, String field, String value, String key, String expected) {
        Map<String, String> fields = eligibleForDecompression();
        fields.put(field, value);
        evaluate(profile(fields))
                .body(recommendation("decompression-and-stabilisation"), equalTo(expected))
                .body(criterion("decompression-and-stabilisation", key) + ".result", equalTo(expected.equals("consider") ? "met" : "not-met"));
    }

    @Test
    void decompressionLacksDataWhenSurvivalIsNotGiven() {
        Map<String, String> fields = eligibleForDecompression();
        fields.remove("expectedSurvivalMonths");
        evaluate(profile(fields))
                .body(recommendation("decompression-and-stabilisation"), equalTo("insufficient-data"))
                .body(criterion("decompression-and-stabilisation", "expected-survival-3-months") + ".result", equalTo("unknown"))
                .body(criterion("decompression-and-stabilisation", "expected-survival-3-months") + ".missing", hasItem("expectedSurvivalMonths"));
    }

    @ParameterizedTest(name = "Mirels {0}-{1}-{2}-{3} -> {4}")
    @CsvSource({
            "peritrochanteric, moderate, mixed, one-third-to-two-thirds, indicated",
            "lower-limb, moderate, mixed, one-third-to-two-thirds, indicated",
            "lower-limb, moderate, mixed, under-one-third, not-indicated" })
    void mirelsDecidesProphylacticFixation(String site, String pain, String lesion, String size, String expected) {
        evaluate("{'expectedSurvivalMonths':12,'scoreInputs':{'mirels':{'site':'" + site + "','pain':'" + pain + "','lesion':'" + lesion + "','size':'" + size + "'}}}")
                .body("scores[0].score", equalTo("mirels"))
                .body(recommendation("prophylactic-fixation"), equalTo(expected));
    }

    @Test
    void anUnstableSpineCallsForSurgicalConsultation() {
        evaluate("{'expectedSurvivalMonths':12,'scoreInputs':{'sins':{'location':'junctional','pain':'mechanical','lesion':'lytic','alignment':'de-novo-deformity',"
                + "'collapse':'under-50-percent','posterolateral':'unilateral'}}}")
                .body("scores[0].total", equalTo(13))
                .body("scores[0].band", equalTo("unstable"))
                .body("alerts.key", hasItem("spinal-instability"))
                .body(recommendation("spinal-stabilisation"), equalTo("indicated"))
                .body(criterion("external-beam-radiotherapy", "unstable-spine") + ".result", equalTo("met"));
        evaluate("{'expectedSurvivalMonths':12,'scores':{'sins':9}}")
                .body(recommendation("spinal-stabilisation"), equalTo("consider"))
                .body("alerts.key", not(hasItem("spinal-instability")));
    }

    @Test
    void radium223IsConsideredInSymptomaticMcrpcWithoutVisceralMetastasesAndRuledOutWithThem() {
        String mcrpc = "'primaryCancer':'prostate-cancer','castrationResistant':true,'boneLesionCount':4,'priorSystemicLines':2,'currentTherapies':['leuprorelin'],"
                + "'lesions':[{'site':'pelvis','pain':'moderate','lesionType':'blastic'}]";
        evaluate("{" + mcrpc + ",'visceralMetastases':'none'}")
                .body(recommendation("radium-223"), equalTo("consider"));
        evaluate("{" + mcrpc + ",'visceralMetastases':'treatable'}")
                .body(recommendation("radium-223"), equalTo("contraindicated"))
                .body(criterion("radium-223", "visceral-metastases") + ".inputs.visceralMetastases", equalTo("treatable"));
        evaluate("{" + mcrpc.replace("true", "false") + ",'visceralMetastases':'none'}")
                .body(recommendation("radium-223"), equalTo("not-indicated"));
    }

    @Test
    void severeRenalImpairmentContraindicatesZoledronicAcidAndAnUncheckedCalciumHoldsDenosumabAtConsider() {
        evaluate("{'primaryCancer':'breast-cancer','creatinineClearance':25}")
                .body(recommendation("zoledronic-acid"), equalTo("contraindicated"))
                .body(recommendation("denosumab"), equalTo("consider"))
                .body("options.find { it.treatment.slug == 'denosumab' }.openContraindications", hasItem("severe-untreated-hypocalcaemia"));
        evaluate("{'primaryCancer':'breast-cancer','creatinineClearance':75,'correctedCalcium':{'value':2.4,'unit':'mmol-l'}}")
                .body(recommendation("zoledronic-acid"), equalTo("indicated"))
                .body(recommendation("denosumab"), equalTo("indicated"));
    }

    @ParameterizedTest(name = "{0} lesions, ECOG {1} -> {2}")
    @CsvSource({ "1, 0, consider", "5, 1, consider", "6, 1, not-indicated", "3, 2, not-indicated" })
    void fewLesionsWithGoodPerformanceStatusBringStereotacticRadiotherapyIntoConsideration(int lesions, int ecog, String expected) {
        evaluate("{'boneLesionCount':" + lesions + ",'ecog':" + ecog + ",'primaryCancer':'breast-cancer','bilskyGrade':'3','primaryControlled':true,"
                + "'visceralMetastases':'none','expectedSurvivalMonths':12}")
                .body(recommendation("stereotactic-radiotherapy"), equalTo(expected));
    }

    @ParameterizedTest
    @CsvSource({ "1", "4", "30" })
    void aPainfulLesionBringsSingleFractionRadiotherapyIntoConsiderationWhateverTheCount(int lesions) {
        evaluate("{'boneLesionCount':" + lesions + ",'lesions':[{'site':'femur','pain':'mild'}]}")
                .body(recommendation("external-beam-radiotherapy"), equalTo("consider"))
                .body(criterion("external-beam-radiotherapy", "painful-lesion") + ".description", containsString("8 Gy"));
    }

    @Test
    void anEmptyProfileIsEvaluatedWithoutGuessing() {
        evaluate("{}")
                .body("alerts", org.hamcrest.Matchers.empty())
                .body("options.recommendation", not(hasItem("indicated")))
                .body("options.recommendation", hasItem("insufficient-data"))
                .body("options.size()", org.hamcrest.Matchers.greaterThan(20))
                .body("options.criteria.flatten().reference", everyItem(notNullValue()))
                .body("references.id", hasItem("esmo-bone-health-2020"));
    }

    @Test
    void theSameProfileAlwaysGivesTheSameOrder() {
        Map<String, String> fields = eligibleForDecompression();
        fields.put("creatinineClearance", "40");
        String profile = profile(fields);
        var first = evaluate(profile).extract().jsonPath().getList("options.treatment.slug");
        var second = evaluate(profile).extract().jsonPath().getList("options.treatment.slug");
        org.assertj.core.api.Assertions.assertThat(first).isEqualTo(second);
    }

    /** Mobile clients get the tens of kilobytes of an evaluation compressed, the first time and when it is repeated. */
    @Test
    void anAnswerIsCompressedForClientsThatAcceptGzipAndTheSameForOthers() {
        String profile = profile(eligibleForDecompression()).replace('\'', '"');
        // without content decoders REST Assured sends no Accept-Encoding of its own
        String plain = given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .contentType("application/json").body(profile)
                .post("/api/v1/treatment-options").then().statusCode(200).header("Content-Encoding", org.hamcrest.Matchers.nullValue())
                .extract().asString();
        for (int attempt = 0; attempt < 2; attempt++) {
            var compressed = given().contentType("application/json").header("Accept-Encoding", "gzip").body(profile)
                    .post("/api/v1/treatment-options").then().statusCode(200).header("Content-Encoding", "gzip")
                    .header("Vary", containsString("Accept-Encoding")).header("Content-Language", "en").extract();
            org.assertj.core.api.Assertions.assertThat(compressed.asString()).isEqualTo(plain); // REST Assured inflates it
            org.assertj.core.api.Assertions.assertThat(Integer.parseInt(compressed.header("Content-Length")))
                    .isLessThan(plain.length() / 4);
        }
    }

    @Test
    void invalidInputIsRefusedWithEveryBadFieldNamed() {
        given().contentType("application/json")
                .body("{\"ecog\": 9, \"kps\": 55, \"primaryCancer\": \"colon-cancer\", \"lesions\": [{\"site\": \"elbow\", \"pain\": \"severe\"}],"
                        + " \"scoreInputs\": {\"mirels\": {\"site\": \"forearm\"}}}")
                .when().post("/api/v1/treatment-options")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("ecog", "lesions[0].pain"));
        given().contentType("application/json")
                .body("{\"kps\": 55, \"primaryCancer\": \"colon-cancer\", \"lesions\": [{\"site\": \"elbow\"}], \"scoreInputs\": {\"mirels\": {\"site\": \"forearm\"}}}")
                .when().post("/api/v1/treatment-options")
                .then().statusCode(400)
                .body("errors.field", hasItems("kps", "primaryCancer", "lesions[0].site", "scoreInputs.mirels.site", "scoreInputs.mirels.pain"));
        given().contentType("application/json").body("{\"ecog\": 1, \"weight\": 80}")
                .when().post("/api/v1/treatment-options")
                .then().statusCode(400).body("errors[0].field", equalTo("weight"));
        given().contentType("application/json").body("{\"ecog\": \"one\"}")
                .when().post("/api/v1/treatment-options")
                .then().statusCode(400).body("errors[0].field", equalTo("ecog"));
        given().contentType("application/json").body("{\"ecog\": ")
                .when().post("/api/v1/treatment-options")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"a\":".repeat(40) + "1" + "}".repeat(40))
                .when().post("/api/v1/treatment-options")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"x\": \"" + "a".repeat(70_000) + "\"}")
                .when().post("/api/v1/treatment-options")
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType("text/plain").body("ecog=1")
                .when().post("/api/v1/treatment-options")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
