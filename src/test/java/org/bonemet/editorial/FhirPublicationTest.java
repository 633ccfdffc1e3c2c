package org.bonemet.editorial;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A publication reaches the FHIR facade: the artifacts made from the entry get a new version and lastUpdated, the others keep theirs. */
@QuarkusTest
@TestProfile(EditorialDatabase.Profile.class)
class FhirPublicationTest {

    @Test
    void publishingASymptomChangesTheSymptomArtifactsOnly() {
        JsonPath symptomsBefore = given().get("/fhir/CodeSystem/symptoms").then().statusCode(200).extract().jsonPath();
        JsonPath sitesBefore = given().get("/fhir/CodeSystem/sites").then().statusCode(200).extract().jsonPath();
        String slug = EditorialFixtures.slug("fhir-finding");
        EditorialFixtures.published(slug);
        JsonPath symptoms = given().get("/fhir/CodeSystem/symptoms").then().statusCode(200).extract().jsonPath();
        assertThat(Long.parseLong(symptoms.getString("version"))).isGreaterThan(Long.parseLong(symptomsBefore.getString("version")));
        assertThat(symptoms.getString("meta.lastUpdated")).isNotEqualTo(symptomsBefore.getString("meta.lastUpdated"));
        assertThat(symptoms.getList("concept.code", String.class)).contains(slug);
        assertThat(symptoms.getInt("count")).isEqualTo(symptomsBefore.getInt("count") + 1);
        given().get("/fhir/ValueSet/symptoms").then().body("version", org.hamcrest.Matchers.equalTo(symptoms.getString("version")));
        given().get("/fhir/CodeSystem/sites").then().body("version", org.hamcrest.Matchers.equalTo(sitesBefore.getString("version")));
        given().urlEncodingEnabled(false).queryParam("system", "https://bonemet.example/fhir/CodeSystem/symptoms").queryParam("code", slug)
                .get("/fhir/CodeSystem/$lookup").then().statusCode(200);
    }
}
