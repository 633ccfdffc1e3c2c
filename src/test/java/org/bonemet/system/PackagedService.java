package org.bonemet.system;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * The packaged service (the app jar that {@code ./mvnw package} builds) started on the test database and a free port
 * for the integration tests, and ready when started: the service as a client or a replica sees it.
 */
public final class PackagedService implements AutoCloseable {

    public final int port;
    private final Process process;

    private PackagedService(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts it with {@code environment} added to the database's, its output in target/{@code log}. */
    public static PackagedService start(String log, Map<String, String> environment) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", "target/bone-metastasis-api-app.jar")
                .redirectErrorStream(true).redirectOutput(Path.of("target", log).toFile());
        Map<String, String> variables = new HashMap<>(Map.of("QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.url(),
                "QUARKUS_DATASOURCE_USERNAME", TestDatabase.USER, "QUARKUS_DATASOURCE_PASSWORD", TestDatabase.PASSWORD,
                "QUARKUS_HTTP_PORT", String.valueOf(port), "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"));
        variables.putAll(environment);
        builder.environment().putAll(variables);
        PackagedService service = new PackagedService(port, builder.start());
        try {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                    given().port(port).get("/q/health/ready").statusCode() == 200);
        } catch (RuntimeException notReady) {
            service.close();
            throw notReady;
        }
        return service;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
