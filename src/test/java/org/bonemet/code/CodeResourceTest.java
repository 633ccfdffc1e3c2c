package org.bonemet.code;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CodeResourceTest {

    /** One code of every system the content uses, written the way a hospital system might hold it. */
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource({
            "icd-10, c79.5, C79.5, skeleton",
            "icd-10-cm, c79.51, C79.51, skeleton",
            "icd-10-cm, C7951, C79.51, skeleton",
            "icd-10-cm, ' E83.52 ', E83.52, hypercalcaemia-of-malignancy",
            "icd-11, 2e03, 2E03, skeleton",
            "snomed-ct, 268029009, 268029009, pathological-fracture",
            "loinc, 2857-1, 2857-1, psa",
            "mesh, d001859, D001859, skeleton",
            "ncit, C36308, C36308, prostate-cancer",
            "umls, c0153690, C0153690, skeleton" })
    void findsTheEntriesThatCarryACodeWhateverItsCaseDotsOrSpaces(String system, String code, String stored, String slug) {
        given().when().get("/api/v1/codes/" + system + "/" + code.strip())
                .then().statusCode(200)
                .body("system", equalTo(system))
                .body("code", equalTo(stored))
                .body("items.slug", hasItem(slug))
                .body("items.code.code", everyItem(equalTo(stored)));
    }

    @Test
    void anUnknownSystemIs400AndAnUnusedCodeIs404() {
        given().when().get("/api/v1/codes/read-v2/C79").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("system"));
        given().when().get("/api/v1/codes/loinc/9999-9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsFilterByCode() {
        given().queryParam("code", "loinc|29265-6").when().get("/api/v1/tests")
                .then().statusCode(200).body("items.slug", equalTo(java.util.List.of("corrected-calcium")));
        given().queryParam("code", "icd-10-cm|c79.51").when().get("/api/v1/sites")
                .then().statusCode(200).body("items.slug", hasItem("skeleton"));
        given().queryParam("code", "C79.51").when().get("/api/v1/sites")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aNulInTheCodeIsA404Problem() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/codes/icd-10/C79%00")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/codes/icd-10/C79%00"));
    }
}
