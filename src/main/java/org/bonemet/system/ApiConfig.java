package org.bonemet.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bonemet")
public interface ApiConfig {

    /** How long clients and shared caches may reuse a content response before revalidating it. */
    @WithDefault("300")
    int cacheMaxAgeSeconds();
}
