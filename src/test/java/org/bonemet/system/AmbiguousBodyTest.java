package org.bonemet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A body that can be read two ways is refused, never read the reassuring way. Found by an exploratory review: with a
 * field sent twice the last value won ({"deficit":"myelopathy","deficit":"none"} raised no alert), and a second object
 * after the first was dropped (saddle numbness in it left triage at routine).
 */
@QuarkusTest
class AmbiguousBodyTest {

    private static final String SINS = "'location':'rigid','pain':'none','lesion':'blastic','alignment':'normal','collapse':'none',"
            + "'posterolateral':'none'";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a deficit and then none|/api/v1/treatment-options|{'neurology':{'deficit':'myelopathy','deficit':'none'}}|neurology.deficit",
            "two Bilsky grades|/api/v1/treatment-options|{'bilskyGrade':'3','bilskyGrade':'0'}|bilskyGrade",
            "a lesion's site twice|/api/v1/treatment-options|{'lesions':[{'site':'thoracic-spine'},{'site':'femur','site':'humerus'}]}|lesions[1].site",
            "a score's inputs twice|/api/v1/treatment-options|{'scoreInputs':{'sins':{" + SINS + "},'sins':{" + SINS + "}}}|scoreInputs.sins",
            "knownCancer twice|/api/v1/triage|{'findings':['saddle-numbness'],'knownCancer':true,'knownCancer':false}|knownCancer",
            "findings twice|/api/v1/triage|{'findings':['saddle-numbness'],'findings':[]}|findings",
            "a SINS location twice|/api/v1/scores/sins|{'location':'junctional'," + SINS + "}|location" })
    void aFieldSentTwiceIsRefusedAndNamed(String name, String path, String body, String field) {
        given().contentType("application/json").body(body.replace('\'', '"')).post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString("duplicate field"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a second profile|/api/v1/treatment-options|{'ecog':1}{'neurology':{'deficit':'myelopathy'}}",
            "a second triage request|/api/v1/triage|{'findings':['localised-spinal-tenderness'],'knownCancer':false}{'findings':['saddle-numbness'],'knownCancer':true}",
            "a number after the request|/api/v1/triage|{'findings':['localised-spinal-tenderness']} 1",
            "text after the inputs|/api/v1/scores/sins|{" + SINS + "}garbage",
            "a second object after the inputs|/api/v1/scores/sins|{" + SINS + "}{'location':'junctional'}",
            "a stray brace after the inputs|/api/v1/scores/sins|{" + SINS + "}}" })
    void contentAfterTheJsonObjectIsRefused(String name, String path, String body) {
        given().contentType("application/json").body(body.replace('\'', '"')).post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("content after the first JSON value"));
    }

    @Test
    void anUnambiguousBodyIsStillRead() {
        given().contentType("application/json").body("{\"findings\": [\"saddle-numbness\"], \"knownCancer\": true}  \n\t")
                .post("/api/v1/triage").then().statusCode(200).body("urgency", equalTo("emergency"));
        given().contentType("application/json")
                .body("{\"lesions\": [{\"site\": \"femur\"}, {\"site\": \"humerus\"}], \"neurology\": {\"deficit\": \"none\"}}")
                .post("/api/v1/treatment-options").then().statusCode(200);
    }
}
