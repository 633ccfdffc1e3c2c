package org.bonemet.fhir;

import java.util.Map;
import java.util.Optional;

/**
 * The FHIR system URIs of the terminologies the content's codes come from (HL7 Terminology (THO) CodeSystem urls, "External code
 * systems"), by the content's system name.
 */
public final class CodeSystems {

    public static final Map<String, String> URIS = Map.of(
            "snomed-ct", "http://snomed.info/sct",
            "loinc", "http://loinc.org",
            "icd-10", "http://hl7.org/fhir/sid/icd-10",
            "icd-10-cm", "http://hl7.org/fhir/sid/icd-10-cm",
            "icd-11", "http://id.who.int/icd/release/11/mms",
            "mesh", "https://www.nlm.nih.gov/mesh",
            "ncit", "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl",
            "umls", "http://www.nlm.nih.gov/research/umls");

    private CodeSystems() {
    }

    /** The content's system name for a FHIR system URI. */
    public static Optional<String> name(String uri) {
        return URIS.entrySet().stream().filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey).findFirst();
    }
}
