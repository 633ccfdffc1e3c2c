package org.bonemet.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void showsASourceWithTheEntriesThatCiteIt() {
        given().when().get("/api/v1/references/patchell-2005")
                .then().statusCode(200)
                .body("kind", equalTo("trial"))
                .body("url", startsWith("http"))
                .body("citedBy.slug", hasItem("decompression-and-stabilisation"));
    }

    @Test
    void filtersByKind() {
        given().queryParam("kind", "guideline")
                .when().get("/api/v1/references")
                .then().statusCode(200)
                .body("items.kind", everyItem(equalTo("guideline")))
                .body("items.slug", hasItem("esmo-bone-health-2020"));
    }

    @Test
    void theLargestPageIsEmpty() {
        given().queryParam("page", Integer.MAX_VALUE)
                .when().get("/api/v1/references")
                .then().statusCode(200)
                .contentType("application/json")
                .body("items", org.hamcrest.Matchers.empty())
                .body("total", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aNulInTheSlugIsA404Problem() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/references/a%00")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
