package org.bonemet.system;

import java.net.URI;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Routes the datasource through a TCP proxy that a test can cut and restore ({@link #proxy}). */
public class CuttableDatabase implements QuarkusTestResourceLifecycleManager {

    public static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        String url = TestDatabase.url();
        URI db = URI.create(url.substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(db.getHost(), db.getPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String proxied = url.replace(db.getHost() + ":" + db.getPort(), "127.0.0.1:" + proxy.port());
        return Map.of("quarkus.datasource.jdbc.url", proxied);
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (java.io.IOException ignored) {
            // the test is over
        }
    }
}
