package org.bonemet.symptom;

import java.util.List;

import org.bonemet.document.ContentDocument.StatementDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The own fields of a symptom's source document, besides the common ones. */
@Schema(name = "SymptomFields", description = "The fields a symptom's source document has besides the common ones (SourceDocument).")
public record SymptomFields(
        @Schema(required = true) String kind,
        @Schema(required = true) String urgency,
        List<StatementDoc> features,
        List<StatementDoc> redFlags,
        List<StatementDoc> management,
        @Schema(description = "Slugs of the tests that investigate it.") List<String> tests) {
}
