package org.bonemet.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import org.bonemet.http.ResponseCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
class SearchResourceTest {

    @Inject
    EntityManager em;

    @Inject
    ResponseCache responses;

    /** Edits the tables directly, bypassing publication, so it drops the cached responses as a publication does. */
    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
        responses.invalidate();
    }

    @Test
    void anEditIsSearchableAtOnce() {
        given().queryParam("q", "Xqzvyplorbwunk").when().get("/api/v1/search").then().body("items", empty());
        sql("INSERT INTO content_synonym (item_id, lang, position, text) SELECT id, 'de', 99, 'Xqzvyplorbwunk'"
                + " FROM content_item WHERE slug = 'skeleton'");
        try {
            given().queryParam("q", "Xqzvyplorbwunk").when().get("/api/v1/search")
                    .then().statusCode(200).body("items[0].slug", equalTo("skeleton"));
            given().queryParam("q", "Xqzvyplor").when().get("/api/v1/suggest")
                    .then().statusCode(200).body("items[0].slug", equalTo("skeleton"));
        } finally {
            sql("DELETE FROM content_synonym WHERE text = 'Xqzvyplorbwunk'");
        }
        given().queryParam("q", "Xqzvyplorbwunk").when().get("/api/v1/search").then().body("items", empty());
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
            "spine, en, spine",
            "femur, en, femur",
            "cord compression, en, metastatic-spinal-cord-compression",
            "MSCC, en, metastatic-spinal-cord-compression",
            "bone scan, en, bone-scintigraphy",
            "Zometa, en, zoledronic-acid",
            "Xgeva, en, denosumab",
            "hypercalcaemia, en, hypercalcaemia-of-malignancy",
            "hypercalcemia, en, hypercalcaemia-of-malignancy",
            "femor, en, proximal-femur",
            "metastsis, en, skeleton",
            "prostate, en, prostate-cancer",
            "Wirbelsäule, de, spine",
            "Wirbelsaeule, de, spine",
            "Rückenmarkkompression, de, metastatic-spinal-cord-compression",
            "Knochenszintigrafie, de, bone-scintigraphy",
            "Hyperkalzämie, de, hypercalcaemia-of-malignancy",
            "Oberschenkel, de, femur",
            "Knochenschmerzen, de, bone-pain",
            "bone scan, de, bone-scintigraphy",
            "Zoledronsäure, en, zoledronic-acid" })
    void goldenQueriesFindTheirEntryFirst(String q, String lang, String expected) {
        given().queryParam("q", q).queryParam("lang", lang)
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .contentType("application/json")
                .body("items[0].slug", equalTo(expected))
                .body("items[0].href", containsString(expected))
                .body("total", greaterThan(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "\"spinal cord\"", "spinal & !pain", "a | b", "(((", "\\\\", "'; DROP TABLE content_item; --",
            ":*", "<->", "ö", "  the  ", "%", "_" })
    void anyQueryIsSafe(String q) {
        given().queryParam("q", q)
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("page", equalTo(1));
    }

    @Test
    void emptyOrOverlongQueriesAndUnknownTypesAre400Problems() {
        given().queryParam("q", "").when().get("/api/v1/search")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().when().get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "a".repeat(201)).when().get("/api/v1/search")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "pain").queryParam("type", "organs").when().get("/api/v1/search")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void filtersByTypeHighlightsAndPages() {
        given().queryParam("q", "pain").queryParam("type", "treatments").queryParam("size", 2)
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.type", everyItem(equalTo("treatments")))
                .body("items.size()", lessThanOrEqualTo(2))
                .body("links.next", containsString("page=2"));
        given().queryParam("q", "cord compression")
                .when().get("/api/v1/search")
                .then().body("items[0].snippet", containsString("<mark>"));
        given().queryParam("q", "pain").queryParam("page", 50)
                .when().get("/api/v1/search")
                .then().statusCode(200).body("items", empty()).body("total", greaterThan(0));
    }

    @Test
    void answersInTheRequestedLanguageAndStillFindsEnglishNames() {
        given().queryParam("q", "bone scan").header("Accept-Language", "de")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .header("Content-Language", equalTo("de"))
                .body("items[0].name", equalTo("Knochenszintigrafie"));
    }

    @Test
    void suggestsCompletionsForASearchBox() {
        given().queryParam("q", "zol")
                .when().get("/api/v1/suggest")
                .then().statusCode(200)
                .body("items.slug", hasItem("zoledronic-acid"))
                .body("items.size()", lessThanOrEqualTo(10));
        given().queryParam("q", "Wirbel").queryParam("lang", "de")
                .when().get("/api/v1/suggest")
                .then().statusCode(200)
                .body("items[0].text", anyOf(containsString("Wirbel")))
                .body("items.slug", hasItem("spine"));
        given().queryParam("q", "%").when().get("/api/v1/suggest").then().statusCode(200).body("items", empty());
        given().queryParam("q", "").when().get("/api/v1/suggest").then().statusCode(400);
    }

    /** page * size once overflowed int and indexed out of the ranked hits (a 500). */
    @Test
    void theLargestPageIsEmptyWithTheTotal() {
        given().queryParam("q", "spine").queryParam("page", Integer.MAX_VALUE)
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .contentType("application/json")
                .body("items", empty())
                .body("page", equalTo(Integer.MAX_VALUE))
                .body("total", greaterThan(0))
                .body("links.next", org.hamcrest.Matchers.nullValue());
    }
}
