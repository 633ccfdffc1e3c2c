package org.bonemet.system;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bonemet")
public interface ApiConfig {

    /** How long clients and shared caches may reuse a content response before revalidating it. */
    @WithDefault("300")
    int cacheMaxAgeSeconds();

    /** Memory for serialised content responses kept for repeated GETs (BONEMET_RESPONSE_CACHE_MAX_BYTES). */
    @WithDefault("16777216")
    long responseCacheMaxBytes();

    /**
     * How often an instance checks the change cursor for publications made on other replicas, and then drops
     * what it holds in memory (BONEMET_SYNC_INTERVAL).
     */
    @WithDefault("2s")
    java.time.Duration syncInterval();

    RateLimit rateLimit();

    /**
     * Requests per minute under /api/v1, /fhir and /cds-services, shared by all replicas through PostgreSQL: per partner
     * key (its own quotas) or, without a key, per client address; over it, 429 with Retry-After.
     */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** The quota of a client address without a key (BONEMET_RATE_LIMIT_REQUESTS_PER_MINUTE). */
        @WithDefault("600")
        int requestsPerMinute();

        /** How many clients each replica keeps an allowance for; the least recently seen are forgotten first. */
        @WithDefault("10000")
        int maxClients();
    }

    Cds cds();

    /** The CDS Hooks clients trusted: their issuers (BONEMET_CDS_ISSUERS) and their keys (BONEMET_CDS_JWKS_LOCATION, a file or URL). */
    interface Cds {
        Optional<List<String>> issuers();

        Optional<String> jwksLocation();
    }

    Fhir fhir();

    interface Fhir {
        /** The base of the FHIR artifacts' canonical urls (BONEMET_FHIR_CANONICAL_BASE); changing it changes every canonical url. */
        @WithDefault("https://bonemet.example/fhir")
        String canonicalBase();
    }
}
