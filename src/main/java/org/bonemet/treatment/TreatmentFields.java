package org.bonemet.treatment;

import java.util.List;

import org.bonemet.document.ContentDocument.Criterion;
import org.bonemet.document.ContentDocument.StatementDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The own fields of a treatment's source document, besides the common ones. */
@Schema(name = "TreatmentFields", description = "The fields a treatment's source document has besides the common ones (SourceDocument).")
public record TreatmentFields(
        @Schema(required = true) String modality,
        List<StatementDoc> goals,
        List<StatementDoc> dosing,
        List<StatementDoc> risks,
        @Schema(description = "Slugs of the symptoms it treats.") List<String> symptoms,
        @Schema(description = "Slugs of the primary cancers it is used in.") List<String> primaryCancers,
        @Schema(description = "Slugs of the sites it treats.") List<String> sites,
        @Schema(description = "Selection criteria, each a rule evaluated against a patient profile.") List<Criterion> criteria) {
}
