package org.bonemet.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TriageResourceTest {

    @Test
    void listsTheFindingsWithUrgencyAndSource() {
        given().when().get("/api/v1/triage/findings")
                .then().statusCode(200)
                .body("items.slug", hasItems("limb-weakness", "thoracic-or-cervical-spinal-pain", "severe-hypercalcaemia"))
                .body("items.find { it.slug == 'limb-weakness' }.urgency", equalTo("emergency"))
                .body("items.find { it.slug == 'limb-weakness' }.reference.citation", containsString("Scottish"));
    }

    @Test
    void neurologicalFindingsInAPersonWithCancerAreAnEmergency() {
        given().contentType("application/json")
                .body("{\"findings\": [\"thoracic-or-cervical-spinal-pain\", \"limb-weakness\"], \"knownCancer\": true}")
                .when().post("/api/v1/triage")
                .then().statusCode(200)
                .body("urgency", equalTo("emergency"))
                .body("triggeredBy.slug", hasItem("limb-weakness"))
                .body("nextStep", containsString("emergency"))
                .body("disclaimer", containsString("does not prescribe"))
                .body("findings.size()", equalTo(2));
    }

    @Test
    void spinalPainAloneIsUrgentAndKnownCancerIsAssumedWhenNotGiven() {
        given().contentType("application/json").body("{\"findings\": [\"spinal-pain-worse-on-straining\"]}")
                .when().post("/api/v1/triage")
                .then().statusCode(200)
                .body("urgency", equalTo("urgent"))
                .body("nextStep", containsString("24 hours"));
    }

    @Test
    void refusesEmptyOrUnknownFindings() {
        given().contentType("application/json").body("{\"findings\": []}")
                .when().post("/api/v1/triage")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("findings"));
        given().contentType("application/json").body("{\"findings\": [\"headache\"], \"knownCancer\": true}")
                .when().post("/api/v1/triage")
                .then().statusCode(400).body("errors[0].field", equalTo("findings[0]"));
        given().contentType("application/json").body("{\"knownCancer\": true}")
                .when().post("/api/v1/triage")
                .then().statusCode(400).body("errors.field", hasItem("findings"));
    }
}
