package org.bonemet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A clinical input never changes meaning on the way in: a value of the wrong JSON type is refused with a 400 naming
 * the field, not coerced. Found by an independent client review: ECOG 2.9 was read as 2, SINS 12.9 as 12 (no
 * instability alert), and "false" or 0 as booleans, which could lower a triage urgency; totals no calculator can give
 * (SINS -1, Mirels 40) were taken as findings.
 */
@QuarkusTest
class StrictInputTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ECOG with a fraction|{'ecog': 2.9}|ecog",
            "SINS total with a fraction|{'scores': {'sins': 12.9}}|scores.sins",
            "lesion count with a fraction|{'boneLesionCount': 1.9}|boneLesionCount",
            "prior lines with a fraction|{'priorSystemicLines': 1.99}|priorSystemicLines",
            "ECOG as a string|{'ecog': '1'}|ecog",
            "a boolean as a string|{'castrationResistant': 'true'}|castrationResistant",
            "a boolean as a number|{'castrationResistant': 0}|castrationResistant",
            "walking as a string|{'neurology': {'ambulatory': 'false'}}|neurology.ambulatory",
            "a Bilsky grade as a number|{'bilskyGrade': 2}|bilskyGrade" })
    void treatmentOptionsRefuseAValueOfTheWrongType(String name, String profile, String field) {
        refused(profile, field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SINS below its range|{'scores': {'sins': -1}}|scores.sins",
            "SINS above its range|{'scores': {'sins': 19}}|scores.sins",
            "Mirels above its range|{'scores': {'mirels': 40}}|scores.mirels",
            "Mirels below its range|{'scores': {'mirels': 3}}|scores.mirels",
            "Tomita below its range|{'scores': {'tomita': 1}}|scores.tomita" })
    void treatmentOptionsRefuseAScoreTotalTheCalculatorCannotGive(String name, String profile, String field) {
        refused(profile, field);
    }

    /** Found by an exploratory review: corrected calcium has no integer bands, and its total in scores gave a 500. */
    @ParameterizedTest(name = "corrected-calcium {0}")
    @ValueSource(ints = { 0, 3, 100 })
    void treatmentOptionsRefuseACorrectedCalciumTotalAndSayHowToSendIt(int total) {
        given().contentType("application/json").body("{\"scores\": {\"corrected-calcium\": " + total + "}}").post("/api/v1/treatment-options")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scores.corrected-calcium"))
                .body("errors[0].message", containsString("must be one of"))
                .body("errors[0].message", containsString("scoreInputs.corrected-calcium"))
                .body("errors[0].message", containsString("correctedCalcium"));
    }

    /**
     * Found by an exploratory review: a measured corrected calcium of 2.3 next to inputs that correct to 3.5 gave a
     * grade 4 score but no hypercalcaemia alert, because the alerts read only the measured value. Either way of sending
     * it alone is read; both together are refused, whether or not they agree.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "disagreeing|{'scoreInputs': {'corrected-calcium': {'calcium': 3.5, 'albumin': 40, 'unit': 'mmol-l'}}, 'correctedCalcium': {'value': 2.3, 'unit': 'mmol-l'}}",
            "agreeing|{'scoreInputs': {'corrected-calcium': {'calcium': 2.3, 'albumin': 40, 'unit': 'mmol-l'}}, 'correctedCalcium': {'value': 2.3, 'unit': 'mmol-l'}}" })
    void treatmentOptionsRefuseCorrectedCalciumSentTwice(String name, String profile) {
        refused(profile, "correctedCalcium");
    }

    private static void refused(String profile, String field) {
        given().contentType("application/json").body(profile.replace('\'', '"')).post("/api/v1/treatment-options")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "knownCancer {0}")
    @CsvSource({ "'\"false\"'", "0", "1", "'\"true\"'" })
    void triageRefusesKnownCancerThatIsNotABoolean(String value) {
        given().contentType("application/json").body("{\"findings\": [\"thoracic-or-cervical-spinal-pain\"], \"knownCancer\": " + value + "}")
                .post("/api/v1/triage")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("knownCancer"));
    }
}
