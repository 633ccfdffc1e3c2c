package org.bonemet.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** No Docker engine runs here, so the essentials of the image are checked on the Dockerfile itself. */
class DockerfileTest {

    private final List<String> lines = Files.readAllLines(Path.of("Dockerfile")).stream().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

    DockerfileTest() throws IOException {
    }

    /** The runtime stage takes the two jars the build packages (pom.xml, application.properties) and starts the app jar. */
    @Test
    void buildsInOneStageAndRunsThePackagedJarInAnother() throws IOException {
        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(from).hasSize(2);
        assertThat(from.get(0)).contains(" AS build");
        assertThat(lines).anyMatch(l -> l.startsWith("RUN ./mvnw"));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        assertThat(properties.getProperty("quarkus.package.jar.type")).isEqualTo("uber-jar");
        String name = properties.getProperty("quarkus.package.output-name");
        assertThat(lines.subList(lines.indexOf(from.get(1)), lines.size())).filteredOn(l -> l.startsWith("COPY"))
                .containsExactly("COPY --from=build --chown=185 /build/target/" + name + "-runner.jar /build/target/" + name + "-app.jar /deployments/");
        assertThat(env("JAVA_APP_JAR")).isEqualTo("/deployments/" + name + "-app.jar");
    }

    /**
     * The build context leaves out the tests and the committed contract that the SDKs are generated from for the tests
     * (.dockerignore), so the build skips compiling the tests and generating the SDKs, not only running the tests: with
     * {@code -DskipTests} alone it stopped at the SDK generation.
     */
    @Test
    void packagesWithOnlyWhatTheBuildContextHolds() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream().map(String::strip).toList();
        assertThat(ignored).contains("*", "src/test/").doesNotContain("!openapi/");
        assertThat(lines).filteredOn(l -> l.startsWith("RUN ./mvnw") && l.contains(" package"))
                .singleElement().asString().contains("-Dmaven.test.skip=true", "-Dcodegen.skip=true");
    }

    @Test
    void pinsItsBaseImages() {
        assertThat(lines).filteredOn(l -> l.startsWith("FROM ")).allSatisfy(l -> {
            String image = l.split("\\s+")[1];
            assertThat(image).contains(":").doesNotEndWith(":latest");
        });
    }

    @Test
    void runsAsANonRootUser() {
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user.substring(5).strip()).isNotIn("root", "0");
    }

    /** run-java.sh of the base image adds GC_CONTAINER_OPTIONS (default: the parallel collector); a second one stops the JVM. */
    @Test
    void choosesTheCollectorOnlyWhereTheBaseImageLooksForIt() {
        assertThat(env("GC_CONTAINER_OPTIONS")).isEqualTo("-XX:+UseSerialGC");
        assertThat(env("JAVA_OPTS_APPEND")).doesNotContainPattern("-XX:\\+Use[A-Za-z]*GC");
    }

    @Test
    void makesTheClassArchiveWithTheRuntimeJvmAndStartsWithIt() {
        List<String> runtime = lines.subList(lines.lastIndexOf(lines.stream().filter(l -> l.startsWith("FROM ")).reduce((a, b) -> b)
                .orElseThrow()), lines.size());
        assertThat(String.join("\n", runtime)).contains("class-archive.sh " + env("JAVA_APP_JAR") + " $GC_CONTAINER_OPTIONS $JAVA_OPTS_APPEND");
        assertThat(env("JAVA_OPTS_APPEND")).contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa");
        assertThat(Path.of("src/main/docker/class-archive.sh")).isRegularFile();
    }

    private String env(String name) {
        return lines.stream().filter(l -> l.startsWith("ENV " + name + "=")).reduce((a, b) -> b).orElseThrow()
                .substring(("ENV " + name + "=").length()).replaceAll("^\"|\"$", "");
    }

    @Test
    void carriesNoSecrets() {
        assertThat(lines).noneMatch(l -> l.toUpperCase().matches("(ENV|ARG).*(PASSWORD|SECRET|TOKEN|JDBC_URL).*"));
    }
}
