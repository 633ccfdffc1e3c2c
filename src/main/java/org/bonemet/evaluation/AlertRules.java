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
                    return new Alert(r.doc().key(), r.doc().urgency(),
                            EvaluationTexts.alertTitle(r.doc().key(), lang, r.doc().title()),
                            EvaluationTexts.alertMessage(r.doc().key(), lang, r.doc().message().strip()), triggers,
                            references.get(r.doc().reference()), r.doc().locator(), r.doc().evidenceType());
                }).toList();
    }
}
