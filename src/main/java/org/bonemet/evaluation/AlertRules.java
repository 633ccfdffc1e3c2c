package org.bonemet.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonemet.content.Views.ReferenceLink;
import org.bonemet.content.YamlResource;
import org.bonemet.evaluation.EvaluationViews.Alert;
import org.bonemet.provenance.Provenance;
import org.bonemet.selection.Facts;
import org.bonemet.selection.Outcome;
import org.bonemet.selection.Rule;
import org.bonemet.selection.RuleEvaluator;
import org.bonemet.selection.RuleParser;

import com.fasterxml.jackson.databind.JsonNode;

/** The alert rules of evaluation/alerts.yaml, parsed with the selection rule model and checked on load. */
final class AlertRules {

    record AlertDoc(String key, String urgency, String title, String message, String reference, String locator, String evidenceType,
            JsonNode rule) {
    }

    record AlertFile(List<AlertDoc> alerts) {
    }

    record AlertRule(AlertDoc doc, Rule rule) {
    }

    private static final List<String> URGENCIES = List.of("emergency", "urgent");

    private final List<AlertRule> rules;

    AlertRules(RuleParser parser, Map<String, ReferenceLink> references) {
        rules = YamlResource.require("evaluation/alerts.yaml", AlertFile.class).alerts().stream().map(doc -> {
            if (!references.containsKey(doc.reference()) || !URGENCIES.contains(doc.urgency())
                    || !Provenance.statementProblems(doc.locator(), doc.evidenceType()).isEmpty()) {
                throw new IllegalStateException("Alert " + doc.key() + " has an unknown reference, urgency, locator or evidence type");
            }
            return new AlertRule(doc, parser.parse(doc.rule()));
        }).toList();
    }

    /** The alerts whose rule is met, emergencies first, each with the values that triggered it. */
    List<Alert> raised(Facts facts, Map<String, ReferenceLink> references, String lang) {
        return rules.stream()
                .filter(r -> RuleEvaluator.evaluate(r.rule(), facts) == Outcome.MET)
                .sorted(java.util.Comparator.comparingInt(r -> URGENCIES.indexOf(r.doc().urgency())))
                .map(r -> {
                    Map<String, JsonNode> triggers = new LinkedHashMap<>();
                    RuleParser.fields(r.rule()).stream().sorted().forEach(f -> {
                        JsonNode value = facts.used(f);
                        if (value != null) {
                            triggers.put(f.path, value);
                        }
                    });
                    return alert(r.doc(), triggers, references, lang);
                }).toList();
    }

    /** The alert of {@code key} as raised by something other than the profile (a recorded diagnosis), with no triggering values. */
    java.util.Optional<Alert> byKey(String key, Map<String, ReferenceLink> references, String lang) {
        return rules.stream().filter(r -> r.doc().key().equals(key)).findFirst().map(r -> alert(r.doc(), Map.of(), references, lang));
    }

    private static Alert alert(AlertDoc doc, Map<String, JsonNode> triggers, Map<String, ReferenceLink> references, String lang) {
        return new Alert(doc.key(), doc.urgency(), EvaluationTexts.alertTitle(doc.key(), lang, doc.title()),
                EvaluationTexts.alertMessage(doc.key(), lang, doc.message().strip()), triggers, references.get(doc.reference()), doc.locator(),
                doc.evidenceType());
    }
}
