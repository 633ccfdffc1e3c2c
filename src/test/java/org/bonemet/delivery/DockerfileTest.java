package org.bonemet.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** No Docker engine runs here, so the essentials of the image are checked on the Dockerfile itself. */
class DockerfileTest {

    private final List<String> lines = Files.readAllLines(Path.of("Dockerfile")).stream().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

    DockerfileTest() throws IOException {
    }

    @Test
    void buildsInOneStageAndRunsTheQuarkusAppInAnother() {
        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(from).hasSize(2);
        assertThat(from.get(0)).contains(" AS build");
        assertThat(lines).anyMatch(l -> l.startsWith("RUN ./mvnw"));
        assertThat(lines.subList(lines.indexOf(from.get(1)), lines.size())).filteredOn(l -> l.startsWith("COPY"))
                .allMatch(l -> l.contains("--from=build") && l.contains("/build/target/quarkus-app/"));
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

    @Test
    void carriesNoSecrets() {
        assertThat(lines).noneMatch(l -> l.toUpperCase().matches("(ENV|ARG).*(PASSWORD|SECRET|TOKEN|JDBC_URL).*"));
    }
}
