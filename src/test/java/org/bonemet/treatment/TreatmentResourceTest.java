package org.bonemet.treatment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TreatmentResourceTest {

    @Test
    void filtersByModality() {
        given().queryParam("modality", "bone-modifying-agent")
                .when().get("/api/v1/treatments")
                .then().statusCode(200)
                .body("items.slug", hasItems("denosumab", "pamidronate", "zoledronic-acid"))
                .body("items.modality", everyItem(equalTo("bone-modifying-agent")));
    }

    @Test
    void servesSelectionCriteriaAsEvaluableRules() {
        given().when().get("/api/v1/treatments/zoledronic-acid")
                .then().statusCode(200)
                .body("criteria.find { it.kind == 'contraindication' }.rule.field", equalTo("creatinineClearance"))
                .body("criteria.find { it.kind == 'contraindication' }.rule.op", equalTo("lt"))
                .body("criteria.find { it.kind == 'contraindication' }.rule.value", equalTo(30))
                .body("criteria.reference", everyItem(notNullValue()))
                .body("dosing.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("risks.text", hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("jaw")));
    }

    @Test
    void listsTheSitesATreatmentIsAimedAt() {
        given().when().get("/api/v1/treatments/prophylactic-fixation/sites")
                .then().statusCode(200)
                .body("items.slug", hasItem("femur"));
    }

    @Test
    void refusesAnUnknownModality() {
        given().queryParam("modality", "magic")
                .when().get("/api/v1/treatments")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("modality"));
    }
}
