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
import org.bonemet.provenance.Provenance;
import org.bonemet.selection.Threshold;

/**
 * Red-flag triage as data (evaluation/triage.yaml): the most urgent finding decides. Only findings marked
 * {@code requiresKnownCancer} (spinal pain features, which the guidance frames for people with a past or current
 * cancer) count less without a known cancer, and only they: neurological deficits, hypercalcaemia and a bone that
 * can no longer bear weight keep their urgency whatever the history. The next step depends on the urgency and on
 * whether a cancer team exists to call; it always says what to do and how soon.
 */
public final class TriageRules {

    public static final List<String> URGENCIES = List.of("emergency", "urgent", "routine");

    public record Finding(String slug, String name, String group, String urgency, boolean requiresKnownCancer, String threshold,
            String reference, String locator, String evidenceType) {
    }

    /** What to do next, for people with a known cancer (who have a cancer team) and for people without. */
    public record NextSteps(String emergency, String urgent, String emergencyWithoutKnownCancer, String routineWithoutKnownCancer) {
    }

    public record TriageFile(List<Finding> findings, NextSteps nextSteps) {
    }

    /** A finding with the urgency it has for this person. */
    public record Assessed(Finding finding, String urgency) {
    }

    /** The answer; {@code nextStepKey} names the next step (and {@code note}, when set, is routineWithoutKnownCancer). */
    public record Outcome(String urgency, List<Assessed> triggeredBy, List<Assessed> findings, String nextStepKey, String nextStep, String note) {
    }

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final NextSteps nextSteps;

    public TriageRules(Set<String> referenceSlugs) {
        TriageFile file = YamlResource.require("evaluation/triage.yaml", TriageFile.class);
        for (Finding finding : file.findings()) {
            if (!URGENCIES.contains(finding.urgency()) || !referenceSlugs.contains(finding.reference())
                    || findings.put(finding.slug(), finding) != null
                    || (finding.threshold() != null && Threshold.bySlug(finding.threshold()).isEmpty())
                    || !Provenance.statementProblems(finding.locator(), finding.evidenceType()).isEmpty()) {
                throw new IllegalStateException("Triage finding " + finding.slug()
                        + " is duplicated or has an unknown urgency, reference, threshold, locator or evidence type");
            }
            if (finding.urgency().equals("urgent") && !finding.requiresKnownCancer()) {
                throw new IllegalStateException("Triage finding " + finding.slug() + " is urgent for everyone: add its next step");
            }
        }
        nextSteps = file.nextSteps();
    }

    public List<Finding> findings() {
        return List.copyOf(findings.values());
    }

    /**
     * Triage of the given findings.
     *
     * @throws InvalidInputException naming each finding slug that triage does not know
     */
    public Outcome assess(List<String> slugs, boolean knownCancer) {
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
        // only findings that need a known cancer are downgraded, so without one every answer is an emergency or routine
        String key = switch (urgency) {
            case "emergency" -> knownCancer ? "emergency" : "emergencyWithoutKnownCancer";
            case "urgent" -> "urgent";
            default -> "routineWithoutKnownCancer";
        };
        String nextStep = switch (key) {
            case "emergency" -> nextSteps.emergency();
            case "emergencyWithoutKnownCancer" -> nextSteps.emergencyWithoutKnownCancer();
            case "urgent" -> nextSteps.urgent();
            default -> nextSteps.routineWithoutKnownCancer();
        };
        return new Outcome(urgency, triggers, assessed, key, nextStep.strip(),
                downgraded && !urgency.equals("routine") ? nextSteps.routineWithoutKnownCancer().strip() : null);
    }
}
