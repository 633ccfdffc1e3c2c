package org.bonemet.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.content.InvalidInputException;
import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.content.YamlResource;

/**
 * Red-flag triage as data (evaluation/triage.yaml): the most urgent finding decides, except that spinal
 * pain features count only for people known to have cancer, for whom the guidance is written.
 */
final class TriageRules {

    static final List<String> URGENCIES = List.of("emergency", "urgent", "routine");

    record Finding(String slug, String name, String group, String urgency, boolean requiresKnownCancer, String reference) {
    }

    record NextSteps(String emergency, String urgent, String routine, String withoutKnownCancer) {
    }

    record TriageFile(List<Finding> findings, NextSteps nextSteps) {
    }

    /** A finding with the urgency it has for this person. */
    record Assessed(Finding finding, String urgency) {
    }

    record Outcome(String urgency, List<Assessed> triggeredBy, List<Assessed> findings, String nextStep, String note) {
    }

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final NextSteps nextSteps;

    TriageRules(Set<String> referenceSlugs) {
        TriageFile file = YamlResource.require("evaluation/triage.yaml", TriageFile.class);
        for (Finding finding : file.findings()) {
            if (!URGENCIES.contains(finding.urgency()) || !referenceSlugs.contains(finding.reference())
                    || findings.put(finding.slug(), finding) != null) {
                throw new IllegalStateException("Triage finding " + finding.slug() + " is duplicated or has an unknown urgency or reference");
            }
        }
        nextSteps = file.nextSteps();
    }

    List<Finding> findings() {
        return List.copyOf(findings.values());
    }

    /**
     * Triage of the given findings.
     *
     * @throws InvalidInputException naming each finding slug that triage does not know
     */
    Outcome assess(List<String> slugs, boolean knownCancer) {
        List<FieldError> errors = new ArrayList<>();
        List<Assessed> assessed = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            Finding finding = findings.get(slugs.get(i));
            if (finding == null) {
                errors.add(new FieldError("findings[" + i + "]", "unknown finding; see /api/v1/triage/findings"));
            } else if (assessed.stream().noneMatch(a -> a.finding() == finding)) {
                assessed.add(new Assessed(finding, finding.requiresKnownCancer() && !knownCancer ? "routine" : finding.urgency()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        assessed.sort(Comparator.comparingInt(a -> URGENCIES.indexOf(a.urgency())));
        String urgency = assessed.get(0).urgency();
        List<Assessed> triggers = urgency.equals("routine") ? List.of()
                : assessed.stream().filter(a -> a.urgency().equals(urgency)).toList();
        boolean downgraded = assessed.stream().anyMatch(a -> !a.urgency().equals(a.finding().urgency()));
        String nextStep = switch (urgency) {
            case "emergency" -> nextSteps.emergency();
            case "urgent" -> nextSteps.urgent();
            default -> nextSteps.routine();
        };
        return new Outcome(urgency, triggers, assessed, nextStep.strip(), downgraded ? nextSteps.withoutKnownCancer().strip() : null);
    }
}
