package org.bonemet.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Refuses to start without its configuration or without a database rather than serving errors: the packaged service
 * keeps application.properties in the jar that starts it, apart from its classes (pom.xml), and has no embedded
 * database.
 */
@QuarkusMain
public class Main {

    static final String NO_CONFIGURATION = "application.properties is not on the class path: start the service with "
            + "java -jar bone-metastasis-api-app.jar, which holds it and puts bone-metastasis-api-runner.jar on the class path.";

    public static void main(String... args) {
        URL properties = Main.class.getClassLoader().getResource("application.properties");
        if (properties == null) {
            System.err.println(NO_CONFIGURATION);
            System.exit(1);
        }
        // the common case first: reading the whole configuration twice would slow every start
        boolean given = System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null || System.getProperty(EmbeddedDatabaseConfigSourceFactory.URL_KEY) != null;
        if (!given && !datasourceConfigured(properties) && !EmbeddedDatabaseConfigSourceFactory.embeddedAvailable()) {
            System.err.println("No database configured: set QUARKUS_DATASOURCE_JDBC_URL (e.g. jdbc:postgresql://host:5432/db),"
                    + " QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.");
            System.exit(1);
        }
        Quarkus.run(args);
    }

    /** Reads the configuration the way Quarkus will, without registering it (Quarkus builds its own). */
    private static boolean datasourceConfigured(URL properties) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultSources()
                .withProfile(System.getProperty("quarkus.profile", System.getenv().getOrDefault("QUARKUS_PROFILE", "prod")));
        try {
            builder.withSources(new PropertiesConfigSource(properties, 250));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SmallRyeConfig config = builder.build();
        return config.getOptionalValue(EmbeddedDatabaseConfigSourceFactory.URL_KEY, String.class).isPresent();
    }
}
