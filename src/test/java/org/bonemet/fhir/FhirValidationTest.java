package org.bonemet.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every resource the facade serves, and the answers of its operations, validate with 0 errors against FHIR R4. */
@QuarkusTest
class FhirValidationTest {

    @Test
    void everyServedResourceValidatesWithoutErrors() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> served = new ArrayList<>(List.of("/fhir/metadata"));
        for (String type : FhirArtifacts.TYPES) {
            String bundle = given().queryParam("_count", 100).get("/fhir/" + type).then().statusCode(200).extract().asString();
            served.add("/fhir/" + type + "?_count=100");
            List<String> ids = JsonPath.from(bundle).getList("entry.resource.id");
            assertThat(ids).as(type).isNotEmpty();
            ids.forEach(id -> served.add("/fhir/" + type + "/" + id));
        }
        served.add("/fhir/CodeSystem/$lookup?system=https://bonemet.example/fhir/CodeSystem/sites&code=thoracic-spine&displayLanguage=de");
        served.add("/fhir/ValueSet/$expand?url=https://bonemet.example/fhir/ValueSet/symptoms&filter=fracture");
        served.add("/fhir/Patient/1");
        served.add("/fhir/PlanDefinition?_count=x");
        for (String path : served) {
            String json = given().urlEncodingEnabled(false).get(path).then().extract().asString();
            List<String> found = FhirValidation.errors(json);
            if (!found.isEmpty()) {
                errors.put(path, found);
            }
        }
        System.out.println(FhirValidation.messages(given().get("/fhir/PlanDefinition/treatment-denosumab").asString()));
        assertThat(errors).isEmpty();
        assertThat(served).hasSizeGreaterThan(40);
    }
}
