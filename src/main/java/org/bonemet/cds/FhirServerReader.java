package org.bonemet.cds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.LaunchMode;

/**
 * Reads a prefetch the EHR left out from its FHIR server, with the access token it gave (CDS Hooks 2.0, "FHIR Resource
 * Access"). Production accepts only https servers; any failure leaves the data missing, which the caller answers 412.
 */
final class FhirServerReader {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final int MAX_BYTES = 2_000_000;

    private FhirServerReader() {
    }

    /** The resource or Bundle the template names for {@code patientId}, or empty when the server cannot give it. */
    static Optional<JsonNode> read(String fhirServer, JsonNode authorization, String template, String patientId, ObjectMapper mapper) {
        String token = authorization == null ? null : authorization.path("access_token").asText(null);
        if (fhirServer == null || token == null || !(fhirServer.startsWith("https://")
                || (fhirServer.startsWith("http://") && LaunchMode.current() != LaunchMode.NORMAL))) {
            return Optional.empty();
        }
        try {
            String query = template.replace("{{context.patientId}}", java.net.URLEncoder.encode(patientId, java.nio.charset.StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(fhirServer.replaceAll("/$", "") + "/" + query.replace("|", "%7C")))
                    .timeout(Duration.ofSeconds(3)).header("Accept", "application/fhir+json").header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_BYTES) {
                return Optional.empty();
            }
            JsonNode body = mapper.readTree(response.body());
            return body != null && body.isObject() ? Optional.of(body) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
