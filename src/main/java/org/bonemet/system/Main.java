package org.bonemet.system;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Refuses to start without a database rather than serving errors: the production jar has no embedded one. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        boolean configured = ConfigProvider.getConfig()
                .getOptionalValue(EmbeddedDatabaseConfigSourceFactory.URL_KEY, String.class).isPresent();
        if (!configured && !EmbeddedDatabaseConfigSourceFactory.embeddedAvailable()) {
            System.err.println("No database configured: set QUARKUS_DATASOURCE_JDBC_URL (e.g. jdbc:postgresql://host:5432/db),"
                    + " QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.");
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
