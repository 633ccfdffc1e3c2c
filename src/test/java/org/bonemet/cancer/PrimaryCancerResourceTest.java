package org.bonemet.cancer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PrimaryCancerResourceTest {

    @Test
    void filtersByLesionType() {
        given().queryParam("lesionType", "osteoblastic")
                .when().get("/api/v1/primary-cancers")
                .then().statusCode(200)
                .body("items.lesionType", everyItem(equalTo("osteoblastic")))
                .body("items.slug", hasItem("prostate-cancer"));
    }

    @Test
    void showsIncidenceSurvivalAndRadiosensitivity() {
        given().when().get("/api/v1/primary-cancers/breast-cancer")
                .then().statusCode(200)
                .body("boneMetastasisIncidence.lowPercent", equalTo(65.0f))
                .body("boneMetastasisIncidence.highPercent", equalTo(75.0f))
                .body("boneMetastasisIncidence.reference", equalTo("coleman-2006-skeletal-morbidity"))
                .body("medianSurvival.text", org.hamcrest.Matchers.containsString("months"))
                .body("lesionType", equalTo("osteolytic"))
                .body("marrowMalignancy", equalTo(false));
    }

    @Test
    void myelomaIsAMarrowMalignancyWithoutAnUnsourcedSurvivalFigure() {
        given().when().get("/api/v1/primary-cancers/multiple-myeloma")
                .then().statusCode(200)
                .body("marrowMalignancy", equalTo(true))
                .body("radiosensitivity", equalTo("highly-radiosensitive"))
                .body("medianSurvival", nullValue());
    }

    @Test
    void leavesRadiosensitivityOutWhereNoSourceClassesTheCancer() {
        given().when().get("/api/v1/primary-cancers/bladder-cancer")
                .then().statusCode(200)
                .body("radiosensitivity", nullValue())
                .body("lesionType", equalTo("mixed"));
    }

    @Test
    void listsTheTreatmentsSpecificToACancer() {
        given().when().get("/api/v1/primary-cancers/prostate-cancer/treatments")
                .then().statusCode(200)
                .body("items.slug", hasItem("radium-223"));
    }
}
