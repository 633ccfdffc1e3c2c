package org.bonemet.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ScoreResourceTest {

    @Test
    void listsTheCalculatorsWithInputsBandsAndSources() {
        given().when().get("/api/v1/scores")
                .then().statusCode(200)
                .body("items.name", hasItems("mirels", "sins", "tokuhashi-revised", "tomita", "corrected-calcium"))
                .body("items.find { it.name == 'sins' }.inputs.name", hasItems("location", "pain", "lesion", "alignment", "collapse", "posterolateral"))
                .body("items.find { it.name == 'sins' }.bands.name", hasItems("stable", "indeterminate", "unstable"))
                .body("items.find { it.name == 'mirels' }.references[0].citation", containsString("Mirels"))
                .body("disclaimer", containsString("does not prescribe"));
    }

    @Test
    void computesAScoreWithItsComponentsBandAndSources() {
        given().contentType("application/json")
                .body("{\"site\": \"lower-limb\", \"pain\": \"moderate\", \"lesion\": \"mixed\", \"size\": \"one-third-to-two-thirds\"}")
                .when().post("/api/v1/scores/mirels")
                .then().statusCode(200)
                .body("score", equalTo("mirels"))
                .body("total", equalTo(8))
                .body("band", equalTo("borderline"))
                .body("interpretation", containsString("advised prophylactic fixation before radiotherapy from 8"))
                .body("components.find { it.name == 'size' }.points", equalTo(2))
                .body("references.id", hasItems("mirels-1989"))
                .body("disclaimer", containsString("does not prescribe"));
    }

    @Test
    void correctsCalciumForAlbuminAndGradesIt() {
        given().contentType("application/json").body("{\"calcium\": 3.0, \"albumin\": 30, \"unit\": \"mmol-l\"}")
                .when().post("/api/v1/scores/corrected-calcium")
                .then().statusCode(200)
                .body("total", equalTo(3.2f))
                .body("band", equalTo("grade-3"));
    }

    @Test
    void refusesMissingUnknownAndOutOfRangeInputsAndUnknownScores() {
        given().contentType("application/json").body("{\"location\": \"cervical\", \"pain\": \"none\", \"extra\": 1}")
                .when().post("/api/v1/scores/sins")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("location", "lesion", "alignment", "collapse", "posterolateral", "extra"));
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/scores/apgar")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json")
                .when().post("/api/v1/scores/mirels")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
