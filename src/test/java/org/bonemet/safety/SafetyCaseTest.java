package org.bonemet.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The hazard log (docs/clinical-safety/hazards.yaml) is kept true: every hazard is rated on the DCB0129 matrix,
 * every control names the automated tests that prove it, and every named test exists, so a control cannot point
 * at a test that was renamed or deleted.
 */
class SafetyCaseTest {

    static final Path LOG = Path.of("docs/clinical-safety/hazards.yaml");

    static final List<String> SEVERITIES = List.of("minor", "significant", "considerable", "major", "catastrophic");
    static final List<String> LIKELIHOODS = List.of("very-low", "low", "medium", "high", "very-high");
    /** DCB0129 risk matrix: rows by likelihood (very low to very high), columns by severity (minor to catastrophic). */
    static final int[][] MATRIX = {
            { 1, 1, 2, 2, 3 },
            { 1, 2, 2, 3, 4 },
            { 2, 2, 3, 3, 4 },
            { 2, 3, 3, 4, 5 },
            { 3, 4, 4, 5, 5 } };

    record Rating(String severity, String likelihood, int risk) {
    }

    record Control(String description, List<String> tests) {
    }

    record Hazard(String id, String title, String cause, String effect, String harm, Rating initial, List<Control> controls,
            Rating residual, String status) {
    }

    record HazardLog(String system, String standard, String clinicalSafetyOfficer, List<Hazard> hazards) {
    }

    static HazardLog read() throws IOException {
        return new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(Files.readString(LOG), HazardLog.class);
    }

    @Test
    void everyHazardIsRatedOnTheMatrixAndReducedByItsControls() throws IOException {
        HazardLog log = read();
        assertThat(log.hazards()).isNotEmpty();
        assertThat(log.hazards()).extracting(Hazard::id).doesNotHaveDuplicates();
        for (Hazard hazard : log.hazards()) {
            assertThat(List.of(hazard.title(), hazard.cause(), hazard.effect(), hazard.harm(), hazard.status()))
                    .as(hazard.id()).allSatisfy(text -> assertThat(text).isNotBlank());
            for (Rating rating : List.of(hazard.initial(), hazard.residual())) {
                assertThat(SEVERITIES).as(hazard.id()).contains(rating.severity());
                assertThat(LIKELIHOODS).as(hazard.id()).contains(rating.likelihood());
                assertThat(rating.risk()).as("%s: risk of %s", hazard.id(), rating)
                        .isEqualTo(MATRIX[LIKELIHOODS.indexOf(rating.likelihood())][SEVERITIES.indexOf(rating.severity())]);
            }
            assertThat(hazard.residual().risk()).as(hazard.id()).isLessThanOrEqualTo(hazard.initial().risk());
            assertThat(hazard.controls()).as(hazard.id()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.tests()).as("%s: %s", hazard.id(), c.description()).isNotEmpty());
        }
    }

    @Test
    void theHazardsTheReviewAskedForAreLogged() throws IOException {
        String titles = read().hazards().stream().map(h -> h.title().toLowerCase()).collect(Collectors.joining("\n"));
        assertThat(titles).contains("under-triaged", "contraindicated treatment", "unit or threshold", "source",
                "missing input", "translation");
    }

    @Test
    void everyNamedTestExists() throws IOException {
        Set<String> scenarios = ClinicalScenarioTest.all().stream().map(ClinicalScenarioTest.Scenario::id).collect(Collectors.toSet());
        for (Hazard hazard : read().hazards()) {
            for (Control control : hazard.controls()) {
                for (String test : control.tests()) {
                    if (test.startsWith("scenario:")) {
                        assertThat(scenarios).as("%s names scenario %s", hazard.id(), test).contains(test.substring("scenario:".length()));
                    } else {
                        assertThat(testMethodExists(test)).as("%s names test %s", hazard.id(), test).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyScenarioNamesItsSourceAndIsUsedOnce() {
        var scenarios = ClinicalScenarioTest.all();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(60);
        assertThat(scenarios).extracting(ClinicalScenarioTest.Scenario::id).doesNotHaveDuplicates();
        for (String endpoint : List.of("/api/v1/triage", "/api/v1/treatment-options", "/api/v1/scores/")) {
            assertThat(scenarios).as(endpoint).filteredOn(s -> s.post().startsWith(endpoint)).hasSizeGreaterThanOrEqualTo(10);
        }
    }

    /** "org.bonemet.triage.TriageRulesTest#method": a test class with a method of that name. */
    static boolean testMethodExists(String name) {
        String[] parts = name.split("#");
        if (parts.length != 2) {
            return false;
        }
        try {
            Class<?> type = Class.forName(parts[0]);
            return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(parts[1]::equals);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
