package org.bonemet.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
                                "sites/loop-a: notes[0].reference cites 'other-source', which is not among the item's references",
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

    @ParameterizedTest(name = "{0} / {1} -> same: {2}")
    @CsvSource(delimiter = '|', value = {
            "Corrected calcium above 3.1 mmol/L           | Korrigiertes Kalzium über 3,1 mmol/l          | true",
            "18,766 women; RR 0.72                        | 18.766 Frauen; RR 0,72                        | true",
            "8 Gy in 1 fraction or 20 Gy in 5             | 20 Gy in 5 Fraktionen oder 8 Gy in 1 Fraktion | true",
            "8 Gy in 1 fraction                           | 18 Gy in 1 Fraktion                           | false",
            "within 24 hours                              | innerhalb von 48 Stunden                      | false",
            "in 13% versus 6%                             | bei 13 %                                      | false" })
    void aTranslationThatChangesANumberIsRefused(String english, String german, boolean same) {
        assertThat(Translation.sameNumbers(english, german).isEmpty()).isEqualTo(same);
    }
}
