package org.bonemet.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bonemet.content.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageRulesTest {

    private static final TriageRules RULES = new TriageRules(Set.of("scottish-referral-guidelines-mscc", "fisher-2010-sins", "ctcae-v5", "esmo-bone-health-2020"));

    @ParameterizedTest(name = "{0} (known cancer {1}) -> {2}")
    @CsvSource({
            "thoracic-or-cervical-spinal-pain, true, urgent",
            "night-spinal-pain-preventing-sleep, true, urgent",
            "thoracic-or-cervical-spinal-pain, false, routine",
            "limb-weakness, true, emergency",
            "bladder-or-bowel-dysfunction, false, emergency",
            "thoracic-or-cervical-spinal-pain limb-weakness, true, emergency",
            "severe-hypercalcaemia, true, emergency",
            "severe-hypercalcaemia, false, emergency",
            "high-calcium-with-symptoms, true, emergency",
            "high-calcium-with-symptoms, false, emergency",
            "suspected-fracture-of-weight-bearing-bone, true, emergency",
            "suspected-fracture-of-weight-bearing-bone, false, emergency",
            "thoracic-or-cervical-spinal-pain severe-hypercalcaemia, false, emergency" })
    void routesByTheMostUrgentFinding(String findings, boolean knownCancer, String urgency) {
        TriageRules.Outcome outcome = RULES.assess(Arrays.asList(findings.split(" ")), knownCancer);
        assertThat(outcome.urgency()).isEqualTo(urgency);
        assertThat(outcome.nextStep()).isNotBlank();
        if (!urgency.equals("routine")) {
            assertThat(outcome.triggeredBy()).isNotEmpty().allSatisfy(a -> assertThat(a.urgency()).isEqualTo(urgency));
        }
    }

    @Test
    void spinalPainWithoutAKnownCancerSaysWhomToSeeAndHowSoon() {
        TriageRules.Outcome outcome = RULES.assess(List.of("mechanical-spinal-pain"), false);
        assertThat(outcome.urgency()).isEqualTo("routine");
        assertThat(outcome.nextStepKey()).isEqualTo("routineWithoutKnownCancer");
        assertThat(outcome.nextStep()).contains("GP", "soon", "within 24 hours", "emergency help at once").doesNotContain("None of these");
        assertThat(RULES.assess(List.of("mechanical-spinal-pain"), true).note()).isNull();
        TriageRules.Outcome mixed = RULES.assess(List.of("mechanical-spinal-pain", "limb-weakness"), false);
        assertThat(mixed.nextStepKey()).isEqualTo("emergencyWithoutKnownCancer");
        assertThat(mixed.note()).contains("GP");
    }

    @Test
    void emergenciesNeverDependOnTheCancerHistory() {
        assertThat(RULES.findings()).filteredOn(f -> !f.group().equals("spinal-pain"))
                .allSatisfy(f -> assertThat(f.requiresKnownCancer()).as(f.slug()).isFalse());
        for (TriageRules.Finding finding : RULES.findings()) {
            if (finding.urgency().equals("emergency")) {
                TriageRules.Outcome outcome = RULES.assess(List.of(finding.slug()), false);
                assertThat(outcome.urgency()).as(finding.slug()).isEqualTo("emergency");
                assertThat(outcome.nextStep()).as(finding.slug()).contains("emergency");
            }
        }
    }

    @Test
    void everyFindingOfTheGuidanceGroupsIsListed() {
        assertThat(RULES.findings()).extracting(TriageRules.Finding::group).contains("spinal-pain", "neurological", "calcium");
        assertThat(RULES.findings()).filteredOn(f -> f.group().equals("neurological"))
                .allSatisfy(f -> assertThat(f.urgency()).isEqualTo("emergency"));
        assertThat(RULES.findings()).filteredOn(f -> f.group().equals("spinal-pain"))
                .allSatisfy(f -> assertThat(f.urgency()).isEqualTo("urgent"));
    }

    @Test
    void refusesUnknownFindingsNamingEach() {
        assertThatThrownBy(() -> RULES.assess(List.of("limb-weakness", "headache", "fever"), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors)
                        .extracting(InvalidInputException.FieldError::field).containsExactly("findings[1]", "findings[2]"));
    }
}
