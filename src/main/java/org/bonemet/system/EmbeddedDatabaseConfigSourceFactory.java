package org.bonemet.system;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Supplies a datasource URL in dev and test mode when none is configured, by starting an embedded real
 * PostgreSQL. The embedded server is a {@code provided} dependency: it is absent from the production jar,
 * so in production this factory contributes nothing and a missing URL stays an error.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    private static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean devOrTest = context.getProfiles().stream().anyMatch(p -> p.equals("dev") || p.equals("test"));
        ConfigValue configured = context.getValue(URL_KEY);
        if (!devOrTest || (configured != null && configured.getValue() != null) || !embeddedAvailable()) {
            return List.of();
        }
        Map<String, String> values = Map.of(
                URL_KEY, EmbeddedDatabase.url(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.USER);
        return List.of(new MapBackedConfigSource("embedded-postgresql", values, 150) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }

    static boolean embeddedAvailable() {
        try {
            Class.forName(EMBEDDED_CLASS, false, EmbeddedDatabaseConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
