package org.bonemet.safety;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Patient vignettes sent through the HTTP API as a client would, each with the answer a named guideline, label or
 * score publication gives, and its locator (src/test/resources/scenarios/*.yaml). They cover triage, treatment
 * options and scores: every finding of the clinical review, both sides of every numeric threshold, both units,
 * and the contraindications of every treatment that has one. The hazard log names them by id.
 */
@QuarkusTest
class ClinicalScenarioTest {

    static final List<String> FILES = List.of("triage.yaml", "treatment-options.yaml", "scores.yaml");

    /** One vignette: what is sent, what must come back, and the source that says so. */
    record Scenario(String id, String title, String source, String locator, String post, JsonNode body, JsonNode expect) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Scenario> all() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Scenario> scenarios = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = ClinicalScenarioTest.class.getResourceAsStream("/scenarios/" + file)) {
                for (JsonNode node : yaml.readTree(in).get("scenarios")) {
                    scenarios.add(yaml.treeToValue(node, Scenario.class));
                }
            } catch (IOException e) {
                throw new IllegalStateException("scenarios/" + file + ": " + e.getMessage(), e);
            }
        }
        return scenarios;
    }

    static Stream<Scenario> scenarios() {
        return all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void answersAsTheGuidelineDoes(Scenario scenario) {
        assertThat(scenario.source()).as("%s names its guideline", scenario.id()).isNotBlank();
        assertThat(scenario.locator()).as("%s gives the guideline's locator", scenario.id()).isNotBlank();
        JsonPath answer = given().contentType("application/json").body(scenario.body().toString())
                .when().post(scenario.post())
                .then().statusCode(200).extract().jsonPath();
        scenario.expect().fields().forEachRemaining(expectation -> check(scenario.id(), answer, expectation));
    }

    private static void check(String id, JsonPath answer, Map.Entry<String, JsonNode> expectation) {
        JsonNode expected = expectation.getValue();
        switch (expectation.getKey()) {
            case "urgency", "band" -> assertThat(answer.getString(expectation.getKey())).as(id).isEqualTo(expected.asText());
            case "total" -> assertThat(answer.getDouble("total")).as(id).isEqualTo(expected.asDouble());
            case "triggeredBy" -> assertThat(answer.getList("triggeredBy.slug", String.class)).as(id)
                    .containsAll(texts(expected));
            case "nextStepMentions" -> texts(expected).forEach(text -> assertThat(answer.getString("nextStep")).as(id).containsIgnoringCase(text));
            case "nextStepNeverSays" -> texts(expected).forEach(text -> assertThat(answer.getString("nextStep")).as(id)
                    .doesNotContainIgnoringCase(text));
            case "alerts" -> assertThat(answer.getList("alerts.key", String.class)).as(id).containsAll(texts(expected));
            case "noAlerts" -> assertThat(answer.getList("alerts.key", String.class)).as(id).doesNotContainAnyElementsOf(texts(expected));
            case "options" -> expected.fields().forEachRemaining(option -> assertThat(
                    answer.getString("options.find { it.treatment.slug == '" + option.getKey() + "' }.recommendation"))
                    .as("%s: %s", id, option.getKey()).isEqualTo(option.getValue().asText()));
            case "notRecommended" -> texts(expected).forEach(slug -> assertThat(
                    answer.getString("options.find { it.treatment.slug == '" + slug + "' }.recommendation"))
                    .as("%s: %s must not be recommended", id, slug).isNotIn("indicated", "consider"));
            case "criteria" -> expected.fields().forEachRemaining(criterion -> {
                String[] at = criterion.getKey().split("/");
                assertThat(answer.getString("options.find { it.treatment.slug == '" + at[0] + "' }.criteria.find { it.key == '" + at[1]
                        + "' }.result")).as("%s: %s", id, criterion.getKey()).isEqualTo(criterion.getValue().asText());
            });
            case "openContraindications" -> expected.fields().forEachRemaining(option -> assertThat(answer.getList(
                    "options.find { it.treatment.slug == '" + option.getKey() + "' }.openContraindications", String.class))
                    .as("%s: %s", id, option.getKey()).containsAll(texts(option.getValue())));
            default -> throw new IllegalArgumentException(id + ": unknown expectation " + expectation.getKey());
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }
}
