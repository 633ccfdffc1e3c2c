package org.bonemet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Walks every entry of a collection as a client would: each has sources and review dates, and every link resolves. */
@QuarkusTest
class ContentLinksTest {

    @ParameterizedTest
    @ValueSource(strings = { "sites", "symptoms", "tests", "treatments", "primary-cancers" })
    void everyEntryIsReferencedReviewedAndLinksOnlyToExistingEntries(String collection) {
        List<String> hrefs = given().queryParam("size", 100).get("/api/v1/" + collection)
                .then().statusCode(200).extract().jsonPath().getList("items.href");
        assertThat(hrefs).isNotEmpty();
        for (String href : hrefs) {
            Map<String, Object> entry = given().get(href).then().statusCode(200).extract().jsonPath().getMap("");
            assertThat((List<?>) entry.get("references")).as(href).isNotEmpty();
            assertThat(entry.get("review").toString()).as(href).contains("lastReviewed", "nextReview");
            for (Object value : entry.values()) {
                if (value instanceof List<?> list) {
                    list.stream().filter(Map.class::isInstance).map(Map.class::cast)
                            .map(link -> link.get("href")).filter(String.class::isInstance)
                            .forEach(link -> given().get((String) link).then().statusCode(200));
                }
            }
        }
    }
}
