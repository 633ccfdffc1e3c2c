package org.bonemet.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.bonemet.system.PackagedService;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The packaged service is two jars (pom.xml): the uber-jar with the classes and the small app jar with
 * application.properties and the OpenAPI document the build stored, whose manifest starts the service with the classes
 * on its class path. Started wrongly, it stops at once and says why rather than running without its configuration.
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
     * Started as the pods start it (k8s/base), with Hibernate not connecting as it starts (DatabaseVersionCheck checks
     * the database's version instead) but migrating itself, since the test database may be new: it serves content,
     * and it serves the OpenAPI document its build stored, not one Quarkus writes from its own copy, which the uber-jar
     * leaves out so that no start reads it. Both formats are the committed contract, which OpenApiContractTest checks
     * against the code.
     */
    @Test
    void startedAsThePodsStartItServesContentAndTheCommittedContract() throws Exception {
        try (JarFile classes = new JarFile("target/bone-metastasis-api-runner.jar")) {
            assertThat(classes.getEntry("META-INF/quarkus-generated-openapi-doc.JSON")).isNull();
            assertThat(classes.getEntry("META-INF/quarkus-generated-openapi-doc.YAML")).isNull();
        }
        try (PackagedService service = PackagedService.start("packaged-as-pods.log", Map.of(
                "QUARKUS_HIBERNATE_ORM_DATABASE_START_OFFLINE", "true", "QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY", "none"))) {
            given().port(service.port).get("/api/v1/sites/spine").then().statusCode(200).body("slug", equalTo("spine"));
            JsonNode committed = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
            String json = given().port(service.port).get("/q/openapi.json").then().statusCode(200)
                    .contentType(startsWith("application/json")).extract().asString();
            assertThat(new ObjectMapper().readTree(json)).isEqualTo(committed);
            String yaml = given().port(service.port).get("/q/openapi").then().statusCode(200)
                    .contentType(startsWith("application/yaml")).extract().asString();
            assertThat(new YAMLMapper().readTree(yaml)).isEqualTo(committed);
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
