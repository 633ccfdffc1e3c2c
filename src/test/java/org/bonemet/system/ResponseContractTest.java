package org.bonemet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The response check itself: it passes what the contract declares and names what breaks it. */
class ResponseContractTest {

    private final ResponseContract contract = new ResponseContract(Path.of("openapi/openapi.json"));

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDeclaredProblemPasses() {
        assertThat(contract.violations("GET", "/api/v1/sites/no-such-site", 404, "application/problem+json",
                json("{\"type\":\"/problems.html#not-found\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No site 'x'.\",\"instance\":\"/api/v1/sites/x\"}"))).isEmpty();
    }

    @Test
    void aBodyOfTheWrongShapeIsNamed() {
        assertThat(contract.violations("GET", "/api/v1/sites", 200, "application/json", json("{\"items\":5,\"total\":\"many\"}")))
                .isNotEmpty().anySatisfy(v -> assertThat(v).contains("items"));
    }

    @Test
    void anUndeclaredStatusOrMediaTypeIsNamed() {
        assertThat(contract.violations("GET", "/api/v1/sites", 418, "application/json", json("{}")))
                .containsExactly("status 418 is not declared");
        assertThat(contract.violations("GET", "/api/v1/sites", 200, "text/html", json("<p>")))
                .singleElement().asString().startsWith("media type text/html is not declared");
    }

    @Test
    void pathsOutsideTheContractAreCheckedOnlyAsProblems() {
        assertThat(contract.violations("GET", "/q/health", 200, "application/json", json("{\"status\":\"UP\"}"))).isEmpty();
        assertThat(contract.violations("GET", "/nowhere", 404, "application/problem+json", json("{\"status\":\"404\"}"))).isNotEmpty();
    }
}
