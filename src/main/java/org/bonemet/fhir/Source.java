package org.bonemet.fhir;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentLoader.Content;
import org.bonemet.document.ContentDocument.ReferenceDoc;
import org.bonemet.selection.RuleParser;
import org.bonemet.triage.TriageRules;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.RelatedArtifact.RelatedArtifactType;

/**
 * What the facade's artifacts are made of: the published documents and, for each, the change-feed cursor and time
 * of its latest publication. An artifact's {@code version} is the newest cursor among the entries it is made of, so
 * publishing one of them changes the artifact's version and {@code meta.lastUpdated}, and nothing else's.
 */
record Source(String base, Content content, Map<String, ReferenceDoc> references, Map<String, Stamp> stamps, TriageRules triage,
        RuleParser rules) {

    static final String PUBLISHER = "Bone Metastasis Knowledge API";

    /** When an entry was last published: its change-feed cursor and time. */
    record Stamp(long cursor, Instant at) {

        static final Stamp NONE = new Stamp(0, Instant.EPOCH);

        Stamp max(Stamp other) {
            return other.cursor > cursor ? other : this;
        }
    }

    Stamp stamp(String collection, String slug) {
        return stamps.getOrDefault(collection + "/" + slug, Stamp.NONE);
    }

    Stamp stamp(ContentCollection collection) {
        return content.items().getOrDefault(collection, java.util.List.of()).stream()
                .map(item -> stamp(collection.path(), item.slug())).reduce(Stamp.NONE, Stamp::max);
    }

    Stamp referencesStamp(Collection<String> slugs) {
        return slugs.stream().map(slug -> stamp("references", slug)).reduce(Stamp.NONE, Stamp::max);
    }

    Stamp latest() {
        return stamps.values().stream().reduce(Stamp.NONE, Stamp::max);
    }

    String url(String type, String id) {
        return base + "/" + type + "/" + id;
    }

    /** Sets what every artifact carries: id, canonical url, version and status from its stamp. */
    <R extends MetadataResource> R describe(R resource, String id, String name, String title, Stamp stamp) {
        resource.setId(id);
        resource.setUrl(url(resource.fhirType(), id));
        resource.setVersion(String.valueOf(stamp.cursor()));
        resource.setName(name);
        resource.setTitle(title);
        resource.setStatus(PublicationStatus.ACTIVE);
        resource.setExperimental(false);
        resource.setDate(Date.from(stamp.at()));
        resource.setPublisher(PUBLISHER);
        resource.getMeta().setVersionId(String.valueOf(stamp.cursor())).setLastUpdated(Date.from(stamp.at()));
        return resource;
    }

    /** A citation of a reference, with where in it the statement stands when {@code locator} is given. */
    RelatedArtifact citation(String referenceSlug, String locator) {
        ReferenceDoc reference = references.get(referenceSlug);
        RelatedArtifact artifact = new RelatedArtifact().setType(RelatedArtifactType.CITATION).setLabel(referenceSlug)
                .setDisplay(locator == null ? reference.name() : reference.name() + ", " + locator)
                .setCitation(reference.citation());
        String url = link(reference);
        if (url != null) {
            artifact.setUrl(url);
        }
        return artifact;
    }

    static String link(ReferenceDoc reference) {
        if (reference.url() != null) {
            return reference.url();
        }
        if (reference.doi() != null) {
            return "https://doi.org/" + reference.doi();
        }
        return reference.pmid() == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + reference.pmid() + "/";
    }

    /** A computable name from a slug: {@code whole-spine-mri} becomes {@code WholeSpineMri}. */
    static String name(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            for (String word : part.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return Character.isDigit(name.charAt(0)) ? "N" + name : name.toString();
    }
}
