package org.bonemet.access;

import static io.restassured.RestAssured.given;
import static org.bonemet.access.RateLimitTest.newClient;
import static org.hamcrest.Matchers.equalTo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/**
 * X-Forwarded-For counts only from a trusted proxy: the test profile trusts 127.0.0.1 (the default), so requests from
 * there stand for an ingress controller, while requests from another loopback address are an untrusted peer.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
class ForwardedClientTest {

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnBudget() {
        String first = newClient();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", first).get("/api/v1/sites").then().statusCode(200);
        }
        given().header("X-Forwarded-For", first).get("/api/v1/sites").then().statusCode(429);
        // another client behind the same proxy is not held back by the first
        given().header("X-Forwarded-For", newClient()).get("/api/v1/sites").then().statusCode(200)
                .header("RateLimit-Remaining", equalTo("4"));
        // Forwarded is not read (the ingress passes a client's own through): only X-Forwarded-For counts
        String second = newClient();
        for (int i = 0; i < 5; i++) {
            given().header("Forwarded", "for=" + newClient()).header("X-Forwarded-For", second).get("/api/v1/sites").then()
                    .statusCode(200).header("RateLimit-Remaining", equalTo(String.valueOf(4 - i)));
        }
        given().header("Forwarded", "for=" + newClient()).header("X-Forwarded-For", second).get("/api/v1/sites").then().statusCode(429);
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() throws UnknownHostException {
        RequestSpecification untrusted = fromLoopback("127.0." + ThreadLocalRandom.current().nextInt(1, 255) + "."
                + ThreadLocalRandom.current().nextInt(2, 255));
        for (int i = 0; i < 5; i++) {
            given(untrusted).header("X-Forwarded-For", newClient()).header("Forwarded", "for=" + newClient())
                    .get("/api/v1/sites").then().statusCode(200).header("RateLimit-Remaining", equalTo(String.valueOf(4 - i)));
        }
        // a sixth made-up address changes nothing: all were charged to the peer itself
        given(untrusted).header("X-Forwarded-For", newClient()).get("/api/v1/sites").then().statusCode(429);
    }

    /** Each trusted proxy is an address range: Quarkus would look a host name (a bare ::1 included) up in DNS on every request. */
    @Test
    void trustedProxiesAreWrittenAsAddressRanges() {
        String trusted = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.http.proxy.trusted-proxies", String.class);
        org.assertj.core.api.Assertions.assertThat(trusted.split(",")).isNotEmpty()
                .allSatisfy(proxy -> org.assertj.core.api.Assertions.assertThat(proxy.strip()).matches("[0-9a-fA-F.:]+/[0-9]{1,3}"));
    }

    /** Requests sent from {@code address} (any 127.0.0.0/8 address is this machine's) to the service on 127.0.0.1. */
    @SuppressWarnings("deprecation")
    private static RequestSpecification fromLoopback(String address) throws UnknownHostException {
        InetAddress local = InetAddress.getByName(address);
        return given().baseUri("http://127.0.0.1").port(RestAssured.port).config(RestAssuredConfig.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam(org.apache.http.conn.params.ConnRoutePNames.LOCAL_ADDRESS, local)));
    }
}
