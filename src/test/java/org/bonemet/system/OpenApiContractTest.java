package org.bonemet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract in openapi/ is what the service serves. After a deliberate API change, regenerate
 * it with {@code ./mvnw verify -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void servedDocumentMatchesTheCommittedOne() throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode servedTree = JSON.readTree(served);
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, JSON.writeValueAsString(JSON.treeToValue(servedTree, Object.class)) + "\n");
        }
        assertThat(servedTree).as("openapi/openapi.json is out of date: run ./mvnw verify -Dopenapi.update=true")
                .isEqualTo(JSON.readTree(COMMITTED.toFile()));
    }

    @Test
    void documentsTheDisclaimerTagsAndASummaryOnEveryOperation() throws IOException {
        JsonNode doc = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().extract().asString());
        assertThat(doc.at("/info/description").asText()).contains("does not prescribe");
        assertThat(doc.at("/info/license/name").asText()).isNotBlank();
        assertThat(doc.at("/tags").size()).isGreaterThanOrEqualTo(7);
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                assertThat(operation.getValue().path("summary").asText()).as(path.getKey()).isNotBlank()));
    }

    @Test
    void everyWayOfAskingGivesTheSameDocumentAgainAndAgain() throws IOException {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        JsonNode tree = JSON.readTree(json);
        assertThat(given().get("/q/openapi.json").then().statusCode(200).extract().asString()).isEqualTo(json);
        assertThat(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString())
                .isEqualTo(json);
        String yaml = given().get("/q/openapi").then().statusCode(200).contentType(startsWith("application/yaml"))
                .extract().asString();
        assertThat(new YAMLMapper().readTree(yaml)).isEqualTo(tree);
        assertThat(given().get("/q/openapi.yaml").then().statusCode(200).extract().asString()).isEqualTo(yaml);
        assertThat(given().queryParam("format", "yaml").get("/q/openapi.yml").then().statusCode(200).extract().asString())
                .isEqualTo(yaml);
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() {
        int length = given().get("/q/openapi.json").then().statusCode(200).extract().asByteArray().length;
        given().head("/q/openapi.json").then().statusCode(200).contentType(startsWith("application/json"))
                .header("Content-Length", String.valueOf(length)).body(emptyString());
    }
}
