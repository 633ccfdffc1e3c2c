package org.bonemet.diagnostic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DiagnosticTestResourceTest {

    @Test
    void filtersByCategory() {
        given().queryParam("category", "laboratory").queryParam("size", 100)
                .when().get("/api/v1/tests")
                .then().statusCode(200)
                .body("items.category", everyItem(equalTo("laboratory")))
                .body("items.slug", hasItem("corrected-calcium"));
    }

    @Test
    void aLaboratoryTestCarriesItsLoincCodes() {
        given().when().get("/api/v1/tests/corrected-calcium")
                .then().statusCode(200)
                .body("category", equalTo("laboratory"))
                .body("codes.findAll { it.system == 'loinc' }.code", hasItem("29265-6"));
    }

    @Test
    void anImagingTestShowsItsPooledAccuracyWithItsSource() {
        given().when().get("/api/v1/tests/bone-scintigraphy")
                .then().statusCode(200)
                .body("performance.sensitivityPercent", equalTo(86.0f))
                .body("performance.specificityPercent", equalTo(81.4f))
                .body("performance.reference", equalTo("yang-2011-imaging-meta-analysis"))
                .body("limitations.size()", greaterThan(0));
    }

    @Test
    void listsThePrimaryCancersATestIsSpecificTo() {
        given().when().get("/api/v1/tests/psa/primary-cancers")
                .then().statusCode(200)
                .body("items.slug", hasItem("prostate-cancer"));
    }
}
