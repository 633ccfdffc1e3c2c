package org.bonemet.cds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The CDS Hooks service as an EHR calls it: discovery, patient-view on prefetch scenarios (emergency, warning,
 * nothing to say, both calcium units, unreadable entries, missing prefetch), order-select suggestions, the JWT rules,
 * and agreement with /treatment-options on the same facts.
 */
@QuarkusTest
class CdsHooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String PATIENT_VIEW = "/cds-services/bonemet-patient-view";
    private static final String ORDER_SELECT = "/cds-services/bonemet-order-select";

    private static String url(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }

    static ObjectNode observation(String loinc, double value, String unit) {
        ObjectNode o = F.objectNode().put("resourceType", "Observation").put("status", "final").put("effectiveDateTime", "2026-12-04T08:00:00Z");
        o.putObject("code").putArray("coding").addObject().put("system", "http://loinc.org").put("code", loinc);
        o.putObject("valueQuantity").put("value", value).put("unit", unit).put("system", "http://unitsofmeasure.org").put("code", unit);
        return o;
    }

    static ObjectNode condition(String system, String code, String display) {
        ObjectNode c = F.objectNode().put("resourceType", "Condition");
        c.putObject("clinicalStatus").putArray("coding").addObject().put("system", "http://terminology.hl7.org/CodeSystem/condition-clinical")
                .put("code", "active");
        c.putObject("code").putArray("coding").addObject().put("system", system).put("code", code).put("display", display);
        return c;
    }

    static ObjectNode bundle(JsonNode... resources) {
        ObjectNode bundle = F.objectNode().put("resourceType", "Bundle").put("type", "searchset");
        ArrayNode entries = bundle.putArray("entry");
        for (JsonNode resource : resources) {
            entries.addObject().set("resource", resource);
        }
        return bundle;
    }

    static ObjectNode prefetch(JsonNode conditions, JsonNode observations, JsonNode medications) {
        ObjectNode prefetch = F.objectNode();
        prefetch.putObject("patient").put("resourceType", "Patient").put("id", "p1");
        prefetch.set("conditions", conditions);
        prefetch.set("observations", observations);
        prefetch.set("medications", medications);
        return prefetch;
    }

    static ObjectNode request(String hook, JsonNode prefetch) {
        ObjectNode request = F.objectNode().put("hook", hook).put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        request.putObject("context").put("userId", "Practitioner/1").put("patientId", "p1");
        request.set("prefetch", prefetch);
        return request;
    }

    static Response call(String path, JsonNode body) {
        return given().header("Authorization", "Bearer " + CdsTokens.rs384(url(path))).contentType("application/json").body(body.toString())
                .post(path);
    }

    static List<JsonNode> cards(JsonNode prefetch) {
        Response response = call(PATIENT_VIEW, request("patient-view", prefetch));
        response.then().statusCode(200);
        JsonNode body = read(response.asString());
        assertThat(body.path("cards").isArray()).isTrue();
        body.path("cards").forEach(card -> assertNoNullOrEmpty(card, "$.cards[]"));
        List<JsonNode> cards = new ArrayList<>();
        body.path("cards").forEach(cards::add);
        cards.forEach(card -> assertThat(card.path("summary").asText().length()).isLessThan(140));
        cards.forEach(card -> assertThat(card.path("source").path("label").asText()).isNotBlank());
        cards.forEach(card -> assertThat(card.path("uuid").asText()).isNotBlank());
        return cards;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** CDS Hooks 2.0: no null and no empty string, array or object anywhere in an answer. */
    static void assertNoNullOrEmpty(JsonNode node, String at) {
        assertThat(node.isNull()).as(at).isFalse();
        if (node.isContainerNode() || node.isTextual()) {
            assertThat(node.isTextual() ? node.asText().isEmpty() : node.isEmpty()).as(at + " is empty").isFalse();
        }
        node.fields().forEachRemaining(e -> assertNoNullOrEmpty(e.getValue(), at + "." + e.getKey()));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            assertNoNullOrEmpty(node.get(i), at + "[" + i + "]");
        }
    }

    static List<String> indicators(List<JsonNode> cards) {
        return cards.stream().map(c -> c.path("indicator").asText() + ":" + c.path("summary").asText()).toList();
    }

    @Test
    void discoveryListsBothServicesWithTheirPrefetch() {
        given().get("/cds-services").then().statusCode(200).body("services.id", equalTo(List.of("bonemet-patient-view", "bonemet-order-select")))
                .body("services.hook", equalTo(List.of("patient-view", "order-select")))
                .body("services[0].prefetch.keySet()", hasItems("patient", "conditions", "observations", "medications"))
                .body("services[0].prefetch.observations", org.hamcrest.Matchers.containsString("http://loinc.org|29265-6"));
    }

    @Test
    void cordCompressionOnTheProblemListIsCritical() {
        List<JsonNode> cards = cards(prefetch(bundle(condition("http://snomed.info/sct", "71286001", "Spinal cord compression")), bundle(), bundle()));
        assertThat(indicators(cards)).containsExactly("critical:Suspected spinal cord or cauda equina compression");
        assertThat(cards.get(0).path("links").toString()).contains("/api/v1/symptoms/metastatic-spinal-cord-compression");
    }

    @Test
    void caudaEquinaSyndromeAndIcdCodedCordCompressionOnTheProblemListAreCritical() {
        List<JsonNode> cauda = cards(prefetch(bundle(condition("http://hl7.org/fhir/sid/icd-10-cm", "G83.4", "Cauda equina syndrome")), bundle(),
                bundle()));
        assertThat(indicators(cauda)).containsExactly("critical:Suspected spinal cord or cauda equina compression");
        assertThat(cauda.get(0).path("links").toString()).contains("/api/v1/symptoms/cauda-equina-syndrome");
        List<JsonNode> cord = cards(prefetch(bundle(condition("http://hl7.org/fhir/sid/icd-10-cm", "G95.20", "Unspecified cord compression")),
                bundle(), bundle()));
        assertThat(indicators(cord)).containsExactly("critical:Suspected spinal cord or cauda equina compression");
        assertThat(cord.get(0).path("links").toString()).contains("/api/v1/symptoms/metastatic-spinal-cord-compression");
    }

    @Test
    void severeHypercalcaemiaIsCriticalInEitherUnitAndGradeTwoIsAWarning() {
        assertThat(indicators(cards(prefetch(bundle(), bundle(observation("29265-6", 3.3, "mmol/L")), bundle()))))
                .containsExactly("critical:Hypercalcaemia grade 3 or 4");
        assertThat(indicators(cards(prefetch(bundle(), bundle(observation("46099-8", 13.0, "mg/dL")), bundle()))))
                .containsExactly("critical:Hypercalcaemia grade 3 or 4");
        assertThat(indicators(cards(prefetch(bundle(), bundle(observation("29265-6", 3.0, "mmol/L")), bundle()))))
                .containsExactly("warning:Hypercalcaemia grade 2");
        // 12.5 mg/dL is the grade 3 limit itself: grade 2, never rounded into an emergency or out of one
        assertThat(indicators(cards(prefetch(bundle(), bundle(observation("46099-8", 12.5, "mg/dL")), bundle()))))
                .containsExactly("warning:Hypercalcaemia grade 2");
    }

    @Test
    void totalCalciumIsCorrectedForAlbuminWhateverTheAlbuminUnit() {
        // 12.4 mg/dL + 0.8 x (4.0 - 2.0 g/dL) = 14.0 mg/dL
        assertThat(indicators(cards(prefetch(bundle(), bundle(observation("17861-6", 12.4, "mg/dL"), observation("1751-7", 2.0, "g/dL")), bundle()))))
                .containsExactly("critical:Hypercalcaemia grade 3 or 4");
        // 2.8 mmol/L + 0.02 x (40 - 25 g/L) = 3.1 mmol/L, albumin sent as 2.5 g/dL
        assertThat(indicators(cards(prefetch(bundle(), bundle(observation("2000-8", 2.8, "mmol/L"), observation("1751-7", 2.5, "g/dL")), bundle()))))
                .containsExactly("warning:Hypercalcaemia grade 2");
        // the newest corrected value wins over older ones
        ObjectNode older = observation("29265-6", 3.5, "mmol/L").put("effectiveDateTime", "2026-10-01T08:00:00Z");
        assertThat(cards(prefetch(bundle(), bundle(older, observation("29265-6", 2.4, "mmol/L")), bundle()))).isEmpty();
    }

    @Test
    void nothingToSayGivesNoCardsAndAKnownCancerGivesTheKnowledgePages() {
        assertThat(cards(prefetch(bundle(), bundle(observation("29265-6", 2.4, "mmol/L")), bundle()))).isEmpty();
        List<JsonNode> cards = cards(prefetch(bundle(condition("http://hl7.org/fhir/sid/icd-10", "C50", "Breast cancer")),
                bundle(observation("29265-6", 2.4, "mmol/L")), bundle()));
        assertThat(indicators(cards)).containsExactly("info:Bone metastasis knowledge for this patient's conditions");
        assertThat(cards.get(0).path("links").get(0).path("url").asText()).endsWith("/api/v1/primary-cancers/breast-cancer");
    }

    @Test
    void unreadableEntriesAreSaidAndTheRestIsStillRead() {
        ObjectNode outcome = F.objectNode().put("resourceType", "OperationOutcome");
        outcome.putArray("issue").addObject().put("severity", "error").put("code", "processing");
        List<JsonNode> cards = cards(prefetch(bundle(condition("http://snomed.info/sct", "71286001", "Spinal cord compression")), outcome,
                F.nullNode()));
        assertThat(indicators(cards)).containsExactly("critical:Suspected spinal cord or cauda equina compression");
        // an OperationOutcome is a failure to read, said in the card; null is "no such data" (CDS Hooks 2.0), nothing to say
        assertThat(cards.get(0).path("detail").asText()).contains("Not read, so not evaluated: observations.").doesNotContain("medications");
        assertThat(indicators(cards(prefetch(F.nullNode(), bundle(observation("29265-6", 3.4, "mmol/L")), outcome))))
                .containsExactly("critical:Hypercalcaemia grade 3 or 4");
    }

    @Test
    void oneBadResultOrAServerNoteNeverCostsTheOtherCards() {
        // a search result with the server's own OperationOutcome entry, next to the cord compression
        ObjectNode conditions = bundle(condition("http://snomed.info/sct", "71286001", "Spinal cord compression"));
        ObjectNode note = F.objectNode().put("resourceType", "OperationOutcome");
        ((ArrayNode) conditions.get("entry")).addObject().<ObjectNode>set("resource", note).putObject("search").put("mode", "outcome");
        // albumin sent as 35 "g/dL" (really g/L): the correction refuses it as implausible
        List<JsonNode> cards = cards(prefetch(conditions, bundle(observation("17861-6", 10.0, "mg/dL"), observation("1751-7", 35, "g/dL")),
                bundle()));
        assertThat(indicators(cards)).containsExactly("critical:Suspected spinal cord or cauda equina compression");
        assertThat(cards.get(0).path("detail").asText()).contains("implausible").contains("the server reported a problem");
    }

    @Test
    void theNewestCalciumCountsWhateverItsKindOrTimeZone() {
        // an old normal corrected value does not hide today's total calcium corrected for albumin (3.3 + 0.02 x 10 = 3.5)
        ObjectNode oldCorrected = observation("29265-6", 2.4, "mmol/L").put("effectiveDateTime", "2026-09-01T08:00:00Z");
        assertThat(indicators(cards(prefetch(bundle(), bundle(oldCorrected, observation("2000-8", 3.3, "mmol/L"),
                observation("1751-7", 30, "g/L")), bundle())))).containsExactly("critical:Hypercalcaemia grade 3 or 4");
        // 09:30+01:00 is 08:30Z, older than 08:45Z
        ObjectNode earlier = observation("29265-6", 3.5, "mmol/L").put("effectiveDateTime", "2026-12-04T09:30:00+01:00");
        ObjectNode later = observation("29265-6", 2.4, "mmol/L").put("effectiveDateTime", "2026-12-04T08:45:00Z");
        assertThat(cards(prefetch(bundle(), bundle(later, earlier), bundle()))).isEmpty();
        // total calcium without albumin, or in a unit not understood, is said rather than dropped
        List<JsonNode> uncorrected = cards(prefetch(bundle(), bundle(observation("2000-8", 3.8, "mmol/L")), bundle()));
        assertThat(indicators(uncorrected)).containsExactly("warning:Part of the record could not be checked for bone metastasis red flags");
        assertThat(uncorrected.get(0).path("detail").asText()).contains("no albumin");
        ObjectNode odd = observation("29265-6", 7.0, "mEq/L");
        assertThat(cards(prefetch(bundle(), bundle(odd), bundle())).get(0).path("detail").asText()).contains("'mEq/L' not understood");
        // the printed unit is used when the code is a local one
        ObjectNode local = observation("29265-6", 3.3, "mmol/L");
        ((ObjectNode) local.get("valueQuantity")).put("code", "MMOLL");
        assertThat(indicators(cards(prefetch(bundle(), bundle(local), bundle())))).containsExactly("critical:Hypercalcaemia grade 3 or 4");
    }

    @Test
    void missingPrefetchIs412AndBadInputIs4xx() {
        ObjectNode partial = prefetch(bundle(), bundle(), bundle());
        partial.remove("observations");
        call(PATIENT_VIEW, request("patient-view", partial)).then().statusCode(412).body("errors[0].field", equalTo("prefetch.observations"));
        call(PATIENT_VIEW, request("patient-view", prefetch(bundle(F.objectNode().put("resourceType", "Patient")), bundle(), bundle())))
                .then().statusCode(400).body("errors[0].field", equalTo("prefetch.conditions"));
        call(PATIENT_VIEW, request("order-select", prefetch(bundle(), bundle(), bundle()))).then().statusCode(400)
                .body("errors[0].field", equalTo("hook"));
        call("/cds-services/unknown", request("patient-view", prefetch(bundle(), bundle(), bundle()))).then().statusCode(404);
        given().header("Authorization", "Bearer " + CdsTokens.rs384(url(PATIENT_VIEW))).contentType("application/json").body("{\"hook\": ")
                .post(PATIENT_VIEW).then().statusCode(400);
        ObjectNode extended = request("patient-view", prefetch(bundle(), bundle(observation("29265-6", 3.3, "mmol/L")), bundle()));
        extended.putObject("extension").put("com.example.vendor", true);
        extended.put("futureField", 1);
        call(PATIENT_VIEW, extended).then().statusCode(200).body("cards[0].indicator", equalTo("critical"));
    }

    @Test
    void anAmbiguousRequestIsRefused() {
        String request = request("patient-view", prefetch(bundle(), bundle(observation("29265-6", 3.3, "mmol/L")), bundle())).toString();
        String twice = request.replace("\"patientId\":\"p1\"", "\"patientId\":\"p1\",\"patientId\":\"p2\"");
        assertThat(twice).isNotEqualTo(request);
        for (String body : List.of(twice, request + "{}")) {
            given().header("Authorization", "Bearer " + CdsTokens.rs384(url(PATIENT_VIEW))).contentType("application/json").body(body)
                    .post(PATIENT_VIEW).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void aKeyLeftOutIsReadFromTheFhirServerWithTheGivenToken() throws Exception {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fhir", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestURI());
            byte[] body = (exchange.getRequestURI().getPath().endsWith("/Observation")
                    ? bundle(observation("29265-6", 3.4, "mmol/L")) : bundle()).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            ObjectNode partial = prefetch(bundle(), bundle(), bundle());
            partial.remove("observations");
            ObjectNode request = request("patient-view", partial);
            request.put("fhirServer", "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir");
            request.putObject("fhirAuthorization").put("access_token", "ehr-token").put("token_type", "Bearer").put("expires_in", 300)
                    .put("scope", "patient/Observation.read").put("subject", "bonemet");
            call(PATIENT_VIEW, request).then().statusCode(200).body("cards[0].indicator", equalTo("critical"));
            assertThat(seen).singleElement().asString().startsWith("Bearer ehr-token /fhir/Observation?patient=p1&code=http://loinc.org%7C");
            // without a token the server is not asked, and the data stays missing
            request.remove("fhirAuthorization");
            call(PATIENT_VIEW, request).then().statusCode(412);
            assertThat(seen).hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void orderSelectSuggestsWholeSpineMriForCordCompressionAndFlagsAContraindicatedDrug() {
        ObjectNode xray = F.objectNode().put("resourceType", "ServiceRequest").put("id", "sr1").put("status", "draft").put("intent", "order");
        xray.putObject("code").put("text", "X-ray thoracic spine");
        xray.putObject("subject").put("reference", "Patient/p1");
        ObjectNode request = request("order-select", prefetch(bundle(condition("http://snomed.info/sct", "71286001", "Spinal cord compression")),
                bundle(), bundle()));
        ((ObjectNode) request.get("context")).putArray("selections").add("ServiceRequest/sr1");
        ((ObjectNode) request.get("context")).set("draftOrders", bundle(xray));
        JsonNode answer = read(call(ORDER_SELECT, request).then().statusCode(200).extract().asString());
        assertNoNullOrEmpty(answer.path("cards").get(0), "$.cards[0]");
        assertThat(answer.path("cards")).hasSize(1);
        JsonNode add = answer.path("cards").get(0).path("suggestions").get(0);
        assertThat(add.path("isRecommended").asBoolean()).isTrue();
        assertThat(add.path("actions")).hasSize(1);
        assertThat(add.path("actions").get(0).path("type").asText()).isEqualTo("create");
        assertThat(add.path("actions").get(0).path("resource").path("resourceType").asText()).isEqualTo("ServiceRequest");
        assertThat(add.path("actions").get(0).path("resource").path("subject").path("reference").asText()).isEqualTo("Patient/p1");
        assertThat(add.path("actions").get(0).path("resource").path("instantiatesCanonical").get(0).asText())
                .startsWith("https://bonemet.example/fhir/ActivityDefinition/whole-spine-mri|");
        JsonNode replace = answer.path("cards").get(0).path("suggestions").get(1);
        assertThat(replace.path("actions").get(0).path("type").asText()).isEqualTo("delete");
        assertThat(replace.path("actions").get(0).path("resourceId").asText()).isEqualTo("ServiceRequest/sr1");
        assertThat(replace.path("actions").get(1).path("type").asText()).isEqualTo("create");
        assertThat(replace.path("uuid").asText()).isNotEqualTo(add.path("uuid").asText());

        // a radiograph of another part (a chest or a hip) is never touched, nor is anything when an MRI is already drafted
        for (String other : List.of("Chest X-ray", "X-ray left hip")) {
            ObjectNode notSpine = xray.deepCopy();
            notSpine.putObject("code").put("text", other);
            ((ObjectNode) request.get("context")).set("draftOrders", bundle(notSpine));
            call(ORDER_SELECT, request).then().statusCode(200).body("cards.size()", equalTo(0));
        }
        ObjectNode mri = F.objectNode().put("resourceType", "ServiceRequest").put("id", "sr2").put("status", "draft").put("intent", "order");
        mri.putObject("code").put("text", "MRI whole spine");
        ((ObjectNode) request.get("context")).set("draftOrders", bundle(xray, mri));
        call(ORDER_SELECT, request).then().statusCode(200).body("cards.size()", equalTo(0));
        ObjectNode scan = xray.deepCopy();
        scan.putObject("code").put("text", "Bone scan, whole body");
        ((ObjectNode) request.get("context")).set("draftOrders", bundle(scan));
        ((ObjectNode) request.get("context")).putArray("selections").add("ServiceRequest/sr1");
        call(ORDER_SELECT, request).then().statusCode(200).body("cards.size()", equalTo(1));

        ObjectNode withoutCompression = request("order-select", prefetch(bundle(), bundle(), bundle()));
        ((ObjectNode) withoutCompression.get("context")).set("draftOrders", bundle(xray));
        call(ORDER_SELECT, withoutCompression).then().statusCode(200).body("cards.size()", equalTo(0));

        ObjectNode denosumab = F.objectNode().put("resourceType", "MedicationRequest").put("id", "mr1").put("status", "draft").put("intent", "order");
        denosumab.putObject("medicationCodeableConcept").put("text", "Denosumab 120 mg injection");
        ObjectNode lowCalcium = request("order-select", prefetch(bundle(), bundle(observation("29265-6", 1.9, "mmol/L")), bundle()));
        ((ObjectNode) lowCalcium.get("context")).set("draftOrders", bundle(denosumab));
        JsonNode flagged = read(call(ORDER_SELECT, lowCalcium).then().statusCode(200).extract().asString());
        assertThat(flagged.path("cards").get(0).path("summary").asText()).contains("contraindicated");
        assertThat(flagged.path("cards").get(0).path("suggestions").get(0).path("actions").get(0).path("resourceId").asText())
                .isEqualTo("MedicationRequest/mr1");
        ObjectNode normalCalcium = request("order-select", prefetch(bundle(), bundle(observation("29265-6", 2.4, "mmol/L")), bundle()));
        ((ObjectNode) normalCalcium.get("context")).set("draftOrders", bundle(denosumab));
        call(ORDER_SELECT, normalCalcium).then().statusCode(200).body("cards.size()", equalTo(0));
    }

    @Test
    void cardsAgreeWithTreatmentOptionsAndTriageOnTheSameFacts() {
        Map<Double, String> calcium = Map.of(3.3, "emergency", 3.0, "urgent", 2.4, "none", 3.1, "urgent", 3.11, "emergency");
        calcium.forEach((value, urgency) -> {
            List<JsonNode> cards = cards(prefetch(bundle(), bundle(observation("29265-6", value, "mmol/L")), bundle()));
            JsonNode options = read(given().contentType("application/json")
                    .body("{\"correctedCalcium\": {\"value\": " + value + ", \"unit\": \"mmol-l\"}}").post("/api/v1/treatment-options").asString());
            List<String> alertTitles = new ArrayList<>();
            options.path("alerts").forEach(a -> alertTitles.add((a.path("urgency").asText().equals("emergency") ? "critical:" : "warning:")
                    + a.path("title").asText()));
            assertThat(indicators(cards)).as("calcium %s", value).containsExactlyElementsOf(alertTitles);
            String expected = urgency.equals("none") ? "" : urgency.equals("emergency") ? "critical" : "warning";
            assertThat(cards.stream().map(c -> c.path("indicator").asText()).findFirst().orElse("")).isEqualTo(expected);
            if (urgency.equals("emergency")) {
                given().contentType("application/json").body("{\"findings\": [\"severe-hypercalcaemia\"]}").post("/api/v1/triage").then()
                        .body("urgency", equalTo("emergency"));
            }
        });
        List<JsonNode> cord = cards(prefetch(bundle(condition("http://snomed.info/sct", "71286001", "Spinal cord compression")), bundle(), bundle()));
        JsonNode options = read(given().contentType("application/json").body("{\"neurology\": {\"deficit\": \"myelopathy\"}}")
                .post("/api/v1/treatment-options").asString());
        assertThat(cord.get(0).path("summary").asText()).isEqualTo(options.path("alerts").get(0).path("title").asText());
        given().contentType("application/json").body("{\"findings\": [\"limb-weakness\"]}").post("/api/v1/triage").then()
                .body("urgency", equalTo("emergency"));
    }

    @Test
    void onlyAValidTokenFromATrustedClientForThisServiceIsAccepted() {
        String body = request("patient-view", prefetch(bundle(), bundle(), bundle())).toString();
        String aud = url(PATIENT_VIEW);
        given().contentType("application/json").body(body).post(PATIENT_VIEW).then().statusCode(401);
        JwtClaims expired = CdsTokens.claims(aud);
        expired.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 120));
        JwtClaims tooLong = CdsTokens.claims(aud);
        tooLong.setExpirationTimeMinutesInTheFuture(60);
        JwtClaims unknownIssuer = CdsTokens.claims(aud);
        unknownIssuer.setIssuer("https://attacker.example");
        JwtClaims noJti = CdsTokens.claims(aud);
        noJti.unsetClaim("jti");
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("expired", CdsTokens.sign(expired, AlgorithmIdentifiers.RSA_USING_SHA384, "rsa-private.pem", "test-rsa"));
        refused.put("expiry too far", CdsTokens.sign(tooLong, AlgorithmIdentifiers.RSA_USING_SHA384, "rsa-private.pem", "test-rsa"));
        refused.put("wrong aud", CdsTokens.rs384(url(ORDER_SELECT)));
        refused.put("unknown issuer", CdsTokens.sign(unknownIssuer, AlgorithmIdentifiers.RSA_USING_SHA384, "rsa-private.pem", "test-rsa"));
        refused.put("alg none", CdsTokens.sign(CdsTokens.claims(aud), AlgorithmIdentifiers.NONE, null, "test-rsa"));
        refused.put("wrong key", CdsTokens.sign(CdsTokens.claims(aud), AlgorithmIdentifiers.RSA_USING_SHA384, "other-rsa-private.pem", "test-rsa"));
        refused.put("HS256", CdsTokens.sign(CdsTokens.claims(aud), AlgorithmIdentifiers.HMAC_SHA256, null, "test-rsa"));
        refused.put("RS256", CdsTokens.sign(CdsTokens.claims(aud), AlgorithmIdentifiers.RSA_USING_SHA256, "rsa-private.pem", "test-rsa"));
        refused.put("no jti", CdsTokens.sign(noJti, AlgorithmIdentifiers.RSA_USING_SHA384, "rsa-private.pem", "test-rsa"));
        refused.forEach((why, token) -> given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post(PATIENT_VIEW).then().statusCode(401).contentType("application/problem+json"));
        String once = CdsTokens.es384(aud);
        given().header("Authorization", "Bearer " + once).contentType("application/json").body(body).post(PATIENT_VIEW).then().statusCode(200);
        given().header("Authorization", "Bearer " + once).contentType("application/json").body(body).post(PATIENT_VIEW).then().statusCode(401);
    }

    @Test
    void feedbackIsStoredAndBadFeedbackIsRefused() {
        String path = PATIENT_VIEW + "/feedback";
        String good = "{\"feedback\": [{\"card\": \"0a1b2c3d\", \"outcome\": \"overridden\", \"overrideReason\": {\"reason\": {\"code\": \"x\","
                + " \"system\": \"http://example.org\"}, \"userComment\": \"already treated\"}, \"outcomeTimestamp\": \"2026-12-05T10:00:00Z\"}]}";
        given().header("Authorization", "Bearer " + CdsTokens.rs384(url(path))).contentType("application/json").body(good).post(path).then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + CdsTokens.rs384(url(path))).contentType("application/json")
                .body("{\"feedback\": [{\"card\": \"x\", \"outcome\": \"maybe\", \"outcomeTimestamp\": \"yesterday\"}]}").post(path).then()
                .statusCode(400).body("errors.field", hasItems("feedback[0].outcome", "feedback[0].outcomeTimestamp"));
        given().contentType("application/json").body(good).post(path).then().statusCode(401);
    }
}
