package org.bonemet.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The FHIR facade as an EHR integration would use it: capability, read, search and paging, terminology operations, errors. */
@QuarkusTest
class FhirFacadeTest {

    private static final String BASE = "https://bonemet.example/fhir";

    @Test
    void theCapabilityStatementListsExactlyWhatIsServed() {
        JsonPath capability = given().get("/fhir/metadata").then().statusCode(200).contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("CapabilityStatement")).body("kind", equalTo("instance"))
                .body("fhirVersion", equalTo("4.0.1")).extract().jsonPath();
        assertThat(capability.getList("rest[0].resource.type", String.class)).containsExactlyElementsOf(FhirArtifacts.TYPES);
        assertThat(capability.getList("rest[0].resource[0].interaction.code", String.class)).containsExactly("read", "search-type");
        assertThat(capability.getList("rest[0].resource.find { it.type == 'CodeSystem' }.operation.name", String.class)).containsExactly("lookup");
        assertThat(capability.getList("rest[0].resource.find { it.type == 'ValueSet' }.operation.name", String.class)).containsExactly("expand");
        for (String type : FhirArtifacts.TYPES) {
            given().get("/fhir/" + type).then().statusCode(200).body("resourceType", equalTo("Bundle")).body("type", equalTo("searchset"));
        }
    }

    @Test
    void artifactsAreReadByIdWithACanonicalUrlAVersionAndRevalidation() {
        var read = given().get("/fhir/PlanDefinition/treatment-denosumab").then().statusCode(200)
                .body("url", equalTo(BASE + "/PlanDefinition/treatment-denosumab")).body("type.coding[0].code", equalTo("eca-rule"))
                .body("status", equalTo("active")).extract();
        String version = read.path("version");
        assertThat(read.header("ETag")).isEqualTo("W/\"" + version + "\"");
        assertThat(read.<String>path("meta.versionId")).isEqualTo(version);
        given().header("If-None-Match", read.header("ETag")).get("/fhir/PlanDefinition/treatment-denosumab").then().statusCode(304);
    }

    @Test
    void aTreatmentPlanHasOneActionPerCriterionWithItsRuleSourceAndGrade() {
        JsonPath plan = given().get("/fhir/PlanDefinition/treatment-denosumab").then().statusCode(200).extract().jsonPath();
        List<String> keys = given().get("/api/v1/treatments/denosumab").then().statusCode(200).extract().jsonPath().getList("criteria.key");
        assertThat(plan.getList("action.id", String.class)).containsExactlyElementsOf(keys);
        String hypocalcaemia = plan.getString("action.find { it.condition[0].expression.expression.contains('correctedCalcium') }"
                + ".condition[0].expression.expression");
        assertThat(hypocalcaemia).contains("2.0 'mmol/L'").contains("8.0 'mg/dL'");
        assertThat(plan.getString("action[0].condition[0].kind")).isEqualTo("applicability");
        assertThat(plan.getString("action[0].condition[0].expression.language")).isEqualTo("text/cql");
        assertThat(plan.getString("action[0].documentation[0].type")).isEqualTo("citation");
        assertThat(plan.getString("action[0].documentation[0].citation")).isNotBlank();
        assertThat(plan.getList("action.extension.flatten().url", String.class)).contains(BASE + "/StructureDefinition/evidence-type");
    }

    @Test
    void theTriagePlanGivesEveryRedFlagItsPriorityAndSource() {
        JsonPath plan = given().get("/fhir/PlanDefinition/triage").then().statusCode(200).extract().jsonPath();
        List<String> findings = given().get("/api/v1/triage/findings").then().extract().jsonPath().getList("items.slug");
        assertThat(plan.getList("action.id", String.class)).containsExactlyElementsOf(findings);
        assertThat(plan.getString("action.find { it.id == 'limb-weakness' }.priority")).isEqualTo("stat");
        assertThat(plan.getString("action.find { it.id == 'severe-hypercalcaemia' }.priority")).isEqualTo("stat");
        assertThat(plan.getString("action.find { it.id == 'localised-spinal-tenderness' }.priority")).isEqualTo("urgent");
        assertThat(plan.getString("action.find { it.id == 'localised-spinal-tenderness' }.condition[0].expression.expression"))
                .isEqualTo("'localised-spinal-tenderness' in \"findings\" and \"knownCancer\"");
    }

    @Test
    void activitiesAndQuestionnairesCarryTheOrdersAndTheScoreTables() {
        given().get("/fhir/ActivityDefinition/whole-spine-mri").then().statusCode(200).body("kind", equalTo("ServiceRequest"))
                .body("intent", equalTo("proposal"));
        given().get("/fhir/ActivityDefinition").then().body("entry.resource.id", hasItems("whole-spine-mri", "radiotherapy-referral",
                "orthopaedic-review"));
        JsonPath mirels = given().get("/fhir/Questionnaire/score-mirels").then().statusCode(200).extract().jsonPath();
        assertThat(mirels.getList("item.linkId", String.class)).containsExactly("site", "pain", "lesion", "size");
        assertThat(mirels.getString("item[0].answerOption[2].valueCoding.code")).isEqualTo("peritrochanteric");
        assertThat(mirels.getString("item[0].answerOption[2].extension[0].url")).isEqualTo("http://hl7.org/fhir/StructureDefinition/ordinalValue");
        assertThat(mirels.getDouble("item[0].answerOption[2].extension[0].valueDecimal")).isEqualTo(3.0);
        given().get("/fhir/Questionnaire").then().body("entry.resource.id", hasItems("score-mirels", "score-sins", "score-tokuhashi-revised",
                "score-tomita")).body("total", equalTo(4));
    }

    @Test
    void searchesMatchByUrlVersionNameAndStatusAndPage() {
        String version = given().get("/fhir/CodeSystem/sites").then().extract().path("version");
        given().queryParam("url", BASE + "/CodeSystem/sites").get("/fhir/CodeSystem").then().body("total", equalTo(1))
                .body("entry[0].fullUrl", containsString("/fhir/CodeSystem/sites")).body("entry[0].search.mode", equalTo("match"));
        given().queryParam("url", BASE + "/CodeSystem/sites|" + version).get("/fhir/CodeSystem").then().body("total", equalTo(1));
        given().queryParam("url", BASE + "/CodeSystem/sites|0").get("/fhir/CodeSystem").then().body("total", equalTo(0));
        given().queryParam("version", version).queryParam("_id", "sites").get("/fhir/CodeSystem").then().body("total", equalTo(1));
        given().queryParam("name", "treatmentden").get("/fhir/PlanDefinition").then().body("entry.resource.id", equalTo(List.of("treatment-denosumab")));
        given().queryParam("status", "retired").get("/fhir/PlanDefinition").then().body("total", equalTo(0));

        JsonPath first = given().queryParam("_count", 5).get("/fhir/PlanDefinition").then().statusCode(200).extract().jsonPath();
        int total = first.getInt("total");
        assertThat(total).isGreaterThan(10);
        assertThat(first.getList("entry")).hasSize(5);
        assertThat(first.getList("link.relation", String.class)).containsExactly("self", "first", "next", "last");
        String next = first.getString("link.find { it.relation == 'next' }.url");
        JsonPath second = given().urlEncodingEnabled(false).get(next.substring(next.indexOf("/fhir/"))).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("link.relation", String.class)).contains("previous");
        assertThat(second.getList("entry.resource.id", String.class)).doesNotContainAnyElementsOf(first.getList("entry.resource.id", String.class));
        given().queryParam("_count", 0).get("/fhir/PlanDefinition").then().body("total", equalTo(total)).body("entry", equalTo(null));
    }

    @Test
    void lookupGivesDisplayDesignationsAndProperties() {
        JsonPath lookup = given().urlEncodingEnabled(false).queryParam("system", BASE + "/CodeSystem/sites").queryParam("code", "thoracic-spine")
                .queryParam("displayLanguage", "de").get("/fhir/CodeSystem/$lookup").then().statusCode(200)
                .body("resourceType", equalTo("Parameters")).extract().jsonPath();
        String german = given().header("Accept-Language", "de").get("/api/v1/sites/thoracic-spine").then().extract().path("name");
        assertThat(lookup.getString("parameter.find { it.name == 'display' }.valueString")).isEqualTo(german);
        assertThat(lookup.getString("parameter.find { it.name == 'property' && it.part[0].valueCode == 'parent' }.part[1].valueCode"))
                .isEqualTo("spine");
        given().queryParam("system", BASE + "/CodeSystem/triage-findings").queryParam("code", "limb-weakness").queryParam("property", "urgency")
                .get("/fhir/CodeSystem/$lookup").then().statusCode(200)
                .body("parameter.find { it.name == 'property' }.part[1].valueCode", equalTo("emergency"))
                .body("parameter.findAll { it.name == 'property' }.size()", equalTo(1));
    }

    @Test
    void expandFiltersAndPagesTheCodes() {
        JsonPath all = given().urlEncodingEnabled(false).queryParam("url", BASE + "/ValueSet/symptoms").get("/fhir/ValueSet/$expand").then().statusCode(200)
                .extract().jsonPath();
        int total = all.getInt("expansion.total");
        assertThat(all.getList("expansion.contains")).hasSize(total);
        given().queryParam("url", BASE + "/ValueSet/symptoms").queryParam("filter", "FRACTURE").get("/fhir/ValueSet/$expand").then()
                .body("expansion.contains.code", hasItems("pathological-fracture", "impending-pathological-fracture"))
                .body("expansion.contains.code", not(hasItem("bone-pain")));
        given().urlEncodingEnabled(false).queryParam("count", 2).queryParam("offset", 1).get("/fhir/ValueSet/symptoms/$expand").then().statusCode(200)
                .body("expansion.total", equalTo(total)).body("expansion.offset", equalTo(1))
                .body("expansion.contains.code", equalTo(all.getList("expansion.contains.code").subList(1, 3)));
    }

    @Test
    void theConceptMapLeadsFromTheProjectsCodesToTheContentsExternalCodes() {
        JsonPath map = given().get("/fhir/ConceptMap/external-codes").then().statusCode(200).extract().jsonPath();
        String target = map.getString("group.find { it.source == '" + BASE + "/CodeSystem/symptoms' && it.target == 'http://snomed.info/sct' }"
                + ".element.find { it.code == 'metastatic-spinal-cord-compression' }.target[0].code");
        assertThat(target).isEqualTo("71286001");
        assertThat(map.getList("group.target", String.class)).contains("http://loinc.org", "http://hl7.org/fhir/sid/icd-10-cm");
    }

    @Test
    void failuresAreOperationOutcomesNeverProblems() {
        outcome(given().get("/fhir/Patient"), 404, "not-found");
        outcome(given().get("/fhir/PlanDefinition/no-such-plan"), 404, "not-found");
        outcome(given().get("/fhir/PlanDefinition/a/b"), 404, "not-supported");
        outcome(given().get("/fhir/PlanDefinition/a/b/c/d"), 404, "not-supported");
        outcome(given().queryParam("_count", "many").get("/fhir/PlanDefinition"), 400, "invalid");
        outcome(given().queryParam("_count", 1000).get("/fhir/PlanDefinition"), 400, "invalid");
        outcome(given().queryParam("system", BASE + "/CodeSystem/sites").get("/fhir/CodeSystem/$lookup"), 400, "invalid");
        outcome(given().queryParam("system", "http://snomed.info/sct").queryParam("code", "71286001").get("/fhir/CodeSystem/$lookup"), 404,
                "not-found");
        outcome(given().queryParam("system", BASE + "/CodeSystem/sites").queryParam("code", "elbow").get("/fhir/CodeSystem/$lookup"), 404,
                "not-found");
        outcome(given().get("/fhir/ValueSet/$expand"), 400, "invalid");
        outcome(given().header("Accept", "application/fhir+xml").get("/fhir/metadata"), 406, "not-supported");
        outcome(given().contentType("application/fhir+json").body("{\"resourceType\": \"Patient\"}").post("/fhir/Patient"), 405,
                "not-supported");
        outcome(given().contentType("application/fhir+json").body("{not json").put("/fhir/PlanDefinition/triage"), 405, "not-supported");
        given().get("/fhir/PlanDefinition/triage").then().statusCode(200);
    }

    private static void outcome(io.restassured.response.Response response, int status, String code) {
        response.then().statusCode(status).contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error")).body("issue[0].code", equalTo(code));
    }

    /** offset + count once overflowed int and cut a sublist with a negative end (a 500, and not even an OperationOutcome). */
    @Test
    void anOffsetPastTheEndIsAnEmptyBundleWithItsTotal() {
        int total = given().get("/fhir/CodeSystem").then().statusCode(200).extract().path("total");
        JsonPath bundle = given().queryParam("_offset", 2147483600).queryParam("_count", 100).get("/fhir/CodeSystem")
                .then().statusCode(200).contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("Bundle")).body("type", equalTo("searchset")).body("total", equalTo(total))
                .extract().jsonPath();
        assertThat(bundle.getList("entry")).isNullOrEmpty();
        assertThat(bundle.getList("link.relation", String.class)).contains("self", "first", "previous", "last").doesNotContain("next");
        given().urlEncodingEnabled(false).queryParam("offset", Integer.MAX_VALUE).get("/fhir/ValueSet/symptoms/$expand").then().statusCode(200)
                .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("ValueSet"))
                .body("expansion.offset", equalTo(Integer.MAX_VALUE)).body("expansion.contains", org.hamcrest.Matchers.nullValue());
    }
}
