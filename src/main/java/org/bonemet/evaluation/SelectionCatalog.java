package org.bonemet.evaluation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bonemet.cancer.PrimaryCancer;
import org.bonemet.content.Languages;
import org.bonemet.content.Reference;
import org.bonemet.content.Views;
import org.bonemet.content.Views.ReferenceLink;
import org.bonemet.selection.RuleParser;
import org.bonemet.selection.TreatmentSelector.Candidate;
import org.bonemet.selection.TreatmentSelector.Criterion;
import org.bonemet.site.Site;
import org.bonemet.treatment.Treatment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The published content that evaluation needs, read once and kept in memory: treatments with parsed
 * criteria, the primary cancers' properties, the site hierarchy and the references. Requests then run
 * without touching the database.
 */
@ApplicationScoped
public class SelectionCatalog {

    public record CancerFacts(String radiosensitivity, boolean marrowMalignancy) {
    }

    public record Snapshot(List<Candidate> candidates, Map<String, String> modalities, Map<String, CancerFacts> cancers,
            Map<String, Set<String>> siteAndAncestors, Map<String, ReferenceLink> references, RuleParser rules,
            Map<String, String> translations) {

        /** A treatment's name in {@code lang}, else the English one. */
        public String name(Candidate candidate, String lang) {
            return translations.getOrDefault(lang + ":" + candidate.slug(), candidate.name());
        }

        /** A criterion's description in {@code lang}, else the English one. */
        public String description(Candidate candidate, Criterion criterion, String lang) {
            return translations.getOrDefault(lang + ":" + candidate.slug() + ":" + criterion.key(), criterion.description());
        }
    }

    @Inject
    ObjectMapper mapper;

    private volatile Snapshot snapshot;

    public Snapshot get() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = QuarkusTransaction.requiringNew().call(this::load);
                }
                current = snapshot;
            }
        }
        return current;
    }

    /** The snapshot when it is in memory, else null: for the event loop, which must not wait for the database. */
    public Snapshot ifLoaded() {
        return snapshot;
    }

    /** Forgets the snapshot; the next evaluation reads the published content again. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot load() {
        Map<String, CancerFacts> cancers = PrimaryCancer.<PrimaryCancer>listAll().stream().collect(Collectors.toMap(
                c -> c.slug, c -> new CancerFacts(c.radiosensitivity, c.marrowMalignancy)));
        Map<String, Set<String>> sites = new HashMap<>();
        for (Site site : Site.<Site>listAll()) {
            Set<String> chain = new LinkedHashSet<>();
            for (Site at = site; at != null; at = at.parent) {
                chain.add(at.slug);
            }
            sites.put(site.slug, chain);
        }
        RuleParser rules = new RuleParser(cancers.keySet(), sites.keySet());
        List<Treatment> treatments = Treatment.<Treatment>listAll().stream().sorted((a, b) -> a.slug.compareTo(b.slug)).toList();
        List<Candidate> candidates = treatments.stream().map(t -> new Candidate(t.slug, t.text(Languages.DEFAULT).name,
                t.criteria.stream().map(c -> new Criterion(c.key, c.kind, c.grade, c.description(Languages.DEFAULT),
                        rules.parse(readTree(c.rule)), c.reference.slug, c.locator, c.evidenceType)).toList())).toList();
        Map<String, String> modalities = treatments.stream().collect(Collectors.toMap(t -> t.slug, t -> t.modality));
        Map<String, ReferenceLink> references = Reference.<Reference>listAll().stream()
                .collect(Collectors.toMap(r -> r.slug, Views::reference));
        Map<String, String> translations = new HashMap<>();
        for (Treatment t : treatments) {
            t.texts.stream().filter(text -> !text.lang.equals(Languages.DEFAULT))
                    .forEach(text -> translations.put(text.lang + ":" + t.slug, text.name));
            t.criteria.forEach(c -> c.texts.stream().filter(text -> !text.lang.equals(Languages.DEFAULT))
                    .forEach(text -> translations.put(text.lang + ":" + t.slug + ":" + c.key, text.description)));
        }
        return new Snapshot(candidates, modalities, cancers, sites, references, rules, translations);
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored selection rule is not JSON", e);
        }
    }
}
