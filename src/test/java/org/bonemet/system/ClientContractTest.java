package org.bonemet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a generated client needs from the committed contract: names a person would call, parameters in URL
 * order, one language type, conditional GETs, real enumerations and a typed body per collection.
 */
class ClientContractTest {

    private static JsonNode doc;

    @BeforeAll
    static void read() throws IOException {
        doc = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
    }

    private static void operations(BiConsumer<String, Map.Entry<String, JsonNode>> each) {
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> each.accept(path.getKey(), operation)));
    }

    @Test
    void operationIdsAreUniqueCamelCaseNamesWithoutClassNames() {
        Set<String> seen = new HashSet<>();
        operations((path, operation) -> {
            String id = operation.getValue().path("operationId").asText();
            assertThat(id).as(path).matches("[a-z][A-Za-z]+").doesNotContain("Resource");
            assertThat(seen.add(id)).as("duplicate " + id).isTrue();
        });
        assertThat(seen).contains("listSites", "getSite", "listSiteChildren", "evaluateTreatmentOptions", "getBundle", "listChanges",
                "lookupCode", "calculateScore", "evaluateTriage", "proposeNewTreatment", "getDiagnosticTest");
    }

    @Test
    void pathParametersComeInTheOrderOfThePath() {
        operations((path, operation) -> {
            List<String> declared = new ArrayList<>();
            operation.getValue().path("parameters").forEach(p -> {
                if ("path".equals(p.path("in").asText())) {
                    declared.add(p.path("name").asText());
                }
            });
            List<String> inPath = new ArrayList<>();
            var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
            while (matcher.find()) {
                inPath.add(matcher.group(1));
            }
            assertThat(declared).as(path).isEqualTo(inPath);
        });
    }

    @Test
    void everyGetThatRevalidatesDeclaresIfNoneMatchAnd304AndLangIsOneSharedType() {
        operations((path, operation) -> {
            JsonNode op = operation.getValue();
            if (operation.getKey().equals("get") && op.path("responses").path("200").path("headers").has("ETag")) {
                assertThat(op.path("responses").has("304")).as(path).isTrue();
                assertThat(op.path("parameters").findValuesAsText("$ref")).as(path).contains("#/components/parameters/IfNoneMatch");
            }
            op.path("parameters").forEach(p -> {
                if ("lang".equals(p.path("name").asText())) {
                    assertThat(p.path("schema").path("$ref").asText()).as(path).isEqualTo("#/components/schemas/Language");
                }
            });
        });
        assertThat(doc.at("/paths/~1api~1v1~1sites~1{slug}/get/parameters").findValuesAsText("$ref"))
                .contains("#/components/parameters/IfNoneMatch");
    }

    @Test
    void noEnumerationIsWrittenAsAPatternAndEveryEnumerationHasAType() {
        List<String> found = new ArrayList<>();
        walk(doc, "", found);
        assertThat(found).isEmpty();
    }

    private static void walk(JsonNode node, String at, List<String> found) {
        if (node.isObject()) {
            if (node.has("pattern") && node.path("pattern").asText().matches("\\^?\\(?[A-Za-z0-9-]+(\\|[A-Za-z0-9-]+)+\\)?\\$?")) {
                found.add(at + ": pattern " + node.path("pattern").asText());
            }
            if (node.has("enum") && !node.has("type") && !at.endsWith("/properties")) {
                found.add(at + ": enum without type");
            }
            node.properties().forEach(e -> walk(e.getValue(), at + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, found);
            }
        }
    }

    @Test
    void eachCollectionIsWrittenWithItsOwnTypedBody() {
        Map<String, String> bodies = Map.of("sites", "SiteSourceDocument", "symptoms", "SymptomSourceDocument",
                "tests", "DiagnosticTestSourceDocument", "treatments", "TreatmentSourceDocument",
                "primary-cancers", "PrimaryCancerSourceDocument", "references", "ReferenceSourceDocument");
        bodies.forEach((collection, schema) -> {
            String ref = "#/components/schemas/" + schema;
            assertThat(doc.at("/paths/~1api~1v1~1" + collection + "/post/requestBody/content/application~1json/schema/$ref").asText())
                    .isEqualTo(ref);
            assertThat(doc.at("/paths/~1api~1v1~1" + collection + "~1{slug}/put/requestBody/content/application~1json/schema/$ref").asText())
                    .isEqualTo(ref);
            assertThat(doc.at("/components/schemas/" + schema).isMissingNode()).as(schema).isFalse();
        });
        assertThat(doc.at("/components/schemas/TreatmentFields/properties").has("criteria")).isTrue();
        assertThat(doc.at("/components/schemas/SourceDocument/properties").has("criteria")).isFalse();
    }

    @Test
    void atLeastNineInTenObjectSchemasListTheirRequiredProperties() {
        List<String> objects = new ArrayList<>();
        List<String> withRequired = new ArrayList<>();
        doc.at("/components/schemas").properties().forEach(schema -> {
            if (schema.getValue().has("properties")) {
                objects.add(schema.getKey());
                if (schema.getValue().path("required").size() > 0) {
                    withRequired.add(schema.getKey());
                }
            }
        });
        assertThat(withRequired.size() * 10).as("with required: %s of %s", withRequired.size(), objects).isGreaterThanOrEqualTo(objects.size() * 9);
        List<String> site = new ArrayList<>();
        doc.at("/components/schemas/Site/required").forEach(n -> site.add(n.asText()));
        assertThat(site).contains("slug", "name", "summary", "references", "children").doesNotContain("parent", "frequency", "requestedLanguage");
        assertThat(doc.toString()).doesNotContain("x-optional");
    }

    @Test
    void everySuccessfulAnswerAndEveryProblemHasARealExampleThatKeepsItsSchema() throws IOException {
        ResponseContract contract = new ResponseContract(Path.of("openapi/openapi.json"));
        ObjectMapper json = new ObjectMapper();
        List<String> missing = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        operations((path, operation) -> operation.getValue().path("responses").properties().forEach(response -> {
            String pointer = "/paths/" + ResponseContract.escape(path) + "/" + operation.getKey() + "/responses/" + response.getKey();
            check(json, contract, pointer, response.getValue(), response.getKey().startsWith("2"), missing, broken);
        }));
        doc.at("/components/responses").properties().forEach(response -> check(json, contract,
                "/components/responses/" + response.getKey(), response.getValue(), true, missing, broken));
        assertThat(missing).as("answers without an example").isEmpty();
        assertThat(broken).as("examples that break their schema").isEmpty();
    }

    private static void check(ObjectMapper json, ResponseContract contract, String pointer, JsonNode response, boolean needed,
            List<String> missing, List<String> broken) {
        response.path("content").properties().forEach(media -> {
            if (!media.getKey().endsWith("json") || !media.getValue().has("schema")) {
                return;
            }
            JsonNode example = media.getValue().has("example") ? media.getValue().get("example")
                    : media.getValue().path("examples").properties().stream().findFirst().map(e -> e.getValue().path("value")).orElse(null);
            if (example == null) {
                if (needed) {
                    missing.add(pointer);
                }
                return;
            }
            try {
                contract.validate("#" + pointer + "/content/" + ResponseContract.escape(media.getKey()) + "/schema", json.writeValueAsBytes(example))
                        .forEach(v -> broken.add(pointer + ": " + v));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void readersSeeTheirTagsFirstThenEditorialWritesThenKeyAdministration() {
        List<String> tags = new ArrayList<>();
        doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        assertThat(tags.get(0)).isEqualTo("Index");
        int editorial = tags.indexOf("Editorial");
        assertThat(tags.subList(0, editorial)).contains("Sites", "Search", "Scores", "Treatment options", "Triage", "Sync")
                .noneMatch(t -> t.startsWith("Edit "));
        assertThat(tags.get(tags.size() - 1)).isEqualTo("Partner access");
        assertThat(tags.subList(editorial + 1, tags.size() - 1)).isNotEmpty().allMatch(t -> t.startsWith("Edit "));
        operations((path, operation) -> {
            // the bearer token is the editors' and admins'; CDS clients have their own token, readers at most a key
            boolean editing = operation.getValue().path("security").toString().contains("\"bearer\"");
            String tag = operation.getValue().path("tags").path(0).asText();
            if (editing && !tag.equals("Editorial") && !tag.equals("Partner access")) {
                assertThat(tag).as(operation.getKey() + " " + path).startsWith("Edit ");
            }
        });
    }
}
