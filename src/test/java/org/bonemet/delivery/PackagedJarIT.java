package org.bonemet.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.awaitility.Awaitility;
import org.bonemet.system.TestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The packaged service is two jars (pom.xml): the uber-jar with the classes and the small app jar with
 * application.properties, whose manifest starts the service with the classes on its class path. Started wrongly, it
 * stops at once and says why rather than running without its configuration.
 */
class PackagedJarIT {

    @Test
    void theClassesAloneRefuseToStartAndNameTheJarToStart() throws Exception {
        Result result = start("target/bone-metastasis-api-runner.jar");
        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.output).contains("application.properties is not on the class path").contains("bone-metastasis-api-app.jar");
    }

    /** Reaching the database check shows that the app jar found application.properties and the classes. */
    @Test
    void theAppJarReadsItsConfigurationAndThenAsksForADatabase() throws Exception {
        Result result = start("target/bone-metastasis-api-app.jar");
        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.output).doesNotContain("application.properties").contains("No database configured: set QUARKUS_DATASOURCE_JDBC_URL");
    }

    /** The manifest entries Quarkus writes take effect only in the jar java -jar starts, so the app jar must repeat them. */
    @Test
    void theAppJarCarriesTheEntriesQuarkusWritesForItsOwnJar() throws IOException {
        try (JarFile classes = new JarFile("target/bone-metastasis-api-runner.jar"); JarFile app = new JarFile("target/bone-metastasis-api-app.jar")) {
            Attributes quarkus = classes.getManifest().getMainAttributes();
            Attributes ours = app.getManifest().getMainAttributes();
            for (String name : new String[] { "Main-Class", "Add-Opens", "Enable-Native-Access" }) {
                assertThat(ours.getValue(name)).as(name).isNotNull().isEqualTo(quarkus.getValue(name));
            }
            assertThat(ours.getValue("Class-Path")).isEqualTo("bone-metastasis-api-runner.jar");
        }
    }

    /**
     * The packaged service serves the OpenAPI document its build stored (OpenApiDocumentRoute), not one Quarkus writes
     * from its own copy, which the uber-jar leaves out so that no start reads it: both formats are the committed
     * contract that OpenApiContractTest checks against the code.
     */
    @Test
    void servesTheCommittedContractAsTheBuildStoredIt() throws Exception {
        try (JarFile classes = new JarFile("target/bone-metastasis-api-runner.jar")) {
            assertThat(classes.getEntry("META-INF/quarkus-generated-openapi-doc.JSON")).isNull();
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", "target/bone-metastasis-api-app.jar")
                .redirectErrorStream(true).redirectOutput(Path.of("target", "packaged-openapi.log").toFile());
        builder.environment().putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.url(), "QUARKUS_DATASOURCE_USERNAME", TestDatabase.USER,
                "QUARKUS_DATASOURCE_PASSWORD", TestDatabase.PASSWORD, "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"));
        Process service = builder.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                    given().port(port).get("/q/health/ready").statusCode() == 200);
            JsonNode committed = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
            String json = given().port(port).get("/q/openapi.json").then().statusCode(200)
                    .contentType(startsWith("application/json")).extract().asString();
            assertThat(new ObjectMapper().readTree(json)).isEqualTo(committed);
            String yaml = given().port(port).get("/q/openapi").then().statusCode(200)
                    .contentType(startsWith("application/yaml")).extract().asString();
            assertThat(new YAMLMapper().readTree(yaml)).isEqualTo(committed);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result start(String jar) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar)
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE"));
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits on its own").isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
