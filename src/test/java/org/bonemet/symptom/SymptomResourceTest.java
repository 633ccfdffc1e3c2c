package org.bonemet.symptom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SymptomResourceTest {

    @Test
    void filtersByUrgency() {
        given().queryParam("urgency", "emergency")
                .when().get("/api/v1/symptoms")
                .then().statusCode(200)
                .body("items.urgency", everyItem(equalTo("emergency")))
                .body("items.slug", hasItems("metastatic-spinal-cord-compression", "cauda-equina-syndrome",
                        "hypercalcaemia-of-malignancy"));
    }

    @Test
    void cordCompressionIsAnEmergencyWithRedFlagsAndTheTestsThatAssessIt() {
        given().when().get("/api/v1/symptoms/metastatic-spinal-cord-compression")
                .then().statusCode(200)
                .body("urgency", equalTo("emergency"))
                .body("redFlags", org.hamcrest.Matchers.notNullValue())
                .body("redFlags.locator", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("management.locator", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("tests.slug", hasItem("whole-spine-mri"))
                .body("sites.slug", hasItem("spine"))
                .body("codes.code", hasItem("71286001"));
    }

    @Test
    void caudaEquinaSyndromeAndCordCompressionCarryTheirIcd10CmCodes() {
        given().when().get("/api/v1/symptoms/cauda-equina-syndrome")
                .then().statusCode(200)
                .body("urgency", equalTo("emergency"))
                .body("codes.findAll { it.system == 'icd-10-cm' }.code", hasItem("G83.4"))
                .body("codes.findAll { it.system == 'icd-10-cm' }.display", hasItem("Cauda equina syndrome"));
        given().when().get("/api/v1/symptoms/metastatic-spinal-cord-compression")
                .then().statusCode(200)
                .body("codes.findAll { it.system == 'icd-10-cm' }.code", hasItem("G95.20"));
    }

    @Test
    void listsTheTestsOfASymptom() {
        given().when().get("/api/v1/symptoms/hypercalcaemia-of-malignancy/tests")
                .then().statusCode(200)
                .body("items.slug", hasItems("corrected-calcium", "pthrp"))
                .body("items.category", everyItem(equalTo("laboratory")));
    }

    @Test
    void refusesAnUnknownUrgency() {
        given().queryParam("urgency", "soon")
                .when().get("/api/v1/symptoms")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("urgency"));
    }
}
