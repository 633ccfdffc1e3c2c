package org.bonemet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.bonemet.http.ResponseCache;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Requests issue a bounded number of SQL statements, whatever the amount of content they show. */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessionFactory;
    @Inject
    ResponseCache responses;

    /** Statements of a GET served from the database, not from the response cache. */
    private long statements(String path) {
        responses.invalidate();
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/sites/skeleton", "/api/v1/symptoms/metastatic-spinal-cord-compression",
            "/api/v1/tests/bone-scintigraphy", "/api/v1/treatments/zoledronic-acid", "/api/v1/primary-cancers/prostate-cancer",
            "/api/v1/references/esmo-bone-health-2020" })
    void aDetailNeedsFewStatements(String path) {
        assertThat(statements(path)).isBetween(1L, 16L);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/treatments/zoledronic-acid", "/api/v1/sites?size=20", "/api/v1/bundle", "/api/v1/search?q=spine" })
    void repeatsAndRevalidationsAreServedFromMemory(String path) {
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200).header("ETag", etag);
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag);
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @org.junit.jupiter.api.Test
    void theWholeBundleNeedsAFixedNumberOfStatements() {
        // the bundle renders about a hundred entries and their references: without batching that would be thousands
        assertThat(statements("/api/v1/bundle")).isLessThanOrEqualTo(60L);
    }

    @org.junit.jupiter.api.Test
    void evaluationRunsFromMemoryOnceWarm() {
        String profile = "{\"primaryCancer\": \"prostate-cancer\", \"lesions\": [{\"site\": \"pelvis\", \"pain\": \"mild\"}],"
                + " \"scoreInputs\": {\"tomita\": {\"primaryGrowth\": \"slow\", \"visceralMetastases\": \"none\", \"boneMetastases\": \"multiple\"}}}";
        given().contentType("application/json").body(profile).post("/api/v1/treatment-options").then().statusCode(200);
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().contentType("application/json").body(profile).post("/api/v1/treatment-options").then().statusCode(200);
        given().contentType("application/json").body("{\"findings\": [\"limb-weakness\"]}").post("/api/v1/triage").then().statusCode(200);
        given().contentType("application/json").body("{\"primaryGrowth\": \"slow\", \"visceralMetastases\": \"none\", \"boneMetastases\": \"multiple\"}")
                .post("/api/v1/scores/tomita").then().statusCode(200);
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "sites", "symptoms", "tests", "treatments", "primary-cancers", "references" })
    void aListNeedsTheSameStatementsForFewOrManyItems(String collection) {
        long few = statements("/api/v1/" + collection + "?size=2");
        long many = statements("/api/v1/" + collection + "?size=100");
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6L);
    }
}
