package org.bonemet.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Swagger UI is the developers' front door: ui-test/swagger-ui.mjs drives it in the system's headless Chromium
 * (every tag and operation with its summary, the examples, "Try it out" on a GET and a POST). .ci/run installs
 * Chromium and the script's one dependency; where they are missing the test is skipped, not passed.
 */
@QuarkusTest
class SwaggerUiTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void swaggerUiShowsEveryOperationAndTryItOutWorks() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                && Files.isDirectory(Path.of("ui-test/node_modules/playwright-core")),
                "needs Chromium and `npm ci` in ui-test (done by .ci/run)");
        Process node = new ProcessBuilder("node", "swagger-ui.mjs", base.toString())
                .directory(Path.of("ui-test").toFile()).redirectErrorStream(true).start();
        boolean finished = node.waitFor(120, TimeUnit.SECONDS);
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("Swagger UI check timed out: " + output).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("GET 200", "POST 200");
    }
}
