package org.bonemet.content;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentValidatorTest {

    @Test
    void refusesInvalidContentAndListsEveryProblem() {
        assertThatThrownBy(() -> ContentLoader.read("fixtures/invalid/"))
                .isInstanceOfSatisfying(ContentLoader.InvalidContentException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.problems).contains(
                                "references: 'Bad_Slug' is not a kebab-case slug",
                                "references/Bad_Slug: kind must be one of guideline, trial, meta-analysis, review, textbook, web-page, code-system, drug-label (was rumour)",
                                "references/Bad_Slug: nextReview must come after lastReviewed",
                                "sites/loop-a: '2160-1' fails the LOINC mod-10 check digit",
                                "sites/loop-a: '94222009' fails the SNOMED CT Verhoeff check digit or is not a concept id",
                                "sites/loop-a: notes cites 'other-source', which is not among the item's references",
                                "sites/loop-a: links to unknown symptoms 'no-such-symptom'",
                                "sites/loop-b: details is required",
                                "sites/loop-b: needs at least one reference",
                                "sites/loop-b: kind must be one of region, bone, part (was organ)",
                                "sites/loop-b: field 'urgency' does not belong to sites",
                                "sites/loop-a: the parent chain loops",
                                "some-treatment criteria: 'bad-rule' appears twice",
                                "treatments/some-treatment: criterion bad-rule: grade must be one of indicated, consider (was null)",
                                "treatments/some-treatment: criterion bad-rule: rule.field: unknown field 'tumourSize'",
                                "treatments/some-treatment: criterion bad-rule: only indications have a grade",
                                "treatments/some-treatment: criterion bad-rule: rule.value: '\"colon-cancer\"' is not a primary-cancer slug"));
    }
}
