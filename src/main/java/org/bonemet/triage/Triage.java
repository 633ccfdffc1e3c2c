package org.bonemet.triage;

import org.bonemet.evaluation.SelectionCatalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The red-flag rules, loaded once and checked against the published references: one instance for every caller. */
@ApplicationScoped
public class Triage {

    @Inject
    SelectionCatalog catalog;

    private volatile TriageRules rules;

    public TriageRules rules() {
        TriageRules current = rules;
        if (current == null) {
            current = new TriageRules(catalog.get().references().keySet());
            rules = current;
        }
        return current;
    }
}
