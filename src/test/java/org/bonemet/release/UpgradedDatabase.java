package org.bonemet.release;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.bonemet.system.TestDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database as the release of 2026-11-28 left it (a pg_dump of it, taken right after that release migrated an
 * empty database: schema V1-V6, the curated content as revision 1 of every entry). The service then starts on it
 * as an upgrade does: migrations, then the content release.
 */
public class UpgradedDatabase implements QuarkusTestResourceLifecycleManager {

    static final String DUMP = "/releases/2026-11-28.sql.gz";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(UpgradedDatabase.class));
        }
    }

    @Override
    public Map<String, String> start() {
        String base = TestDatabase.url();
        String name = "release_2026_11_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        String url = base.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        try (Connection connection = DriverManager.getConnection(base, TestDatabase.USER, TestDatabase.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the upgrade test database", e);
        }
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(dump());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot restore " + DUMP, e);
        }
        return Map.of("quarkus.datasource.jdbc.url", url);
    }

    /** The dump as one script, without psql's meta-commands. */
    private static String dump() throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(UpgradedDatabase.class.getResourceAsStream(DUMP)),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.startsWith("\\")).collect(Collectors.joining("\n"));
        }
    }

    @Override
    public void stop() {
    }
}
