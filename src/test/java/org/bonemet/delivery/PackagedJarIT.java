package org.bonemet.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

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
