package org.bonemet.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeFormatTest {

    @ParameterizedTest
    @CsvSource({
            "loinc, 2160-0", "loinc, 718-7", "loinc, 29265-6", "loinc, 2857-1", "loinc, 1751-7",
            "snomed-ct, 94222008", "snomed-ct, 268029009", "snomed-ct, 66931009", "snomed-ct, 12584003",
            "icd-10, C79.5", "icd-10-cm, C79.51", "icd-10-cm, C7B.03", "icd-10-cm, M84.50", "icd-11, 2E03",
            "mesh, D001859", "ncit, C3580", "umls, C0153690" })
    void acceptsWellFormedCodes(String system, String code) {
        assertThat(CodeFormat.problem(system, code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "loinc, 2160-1, check digit",
            "loinc, 718-6, check digit",
            "loinc, 2160, well-formed",
            "snomed-ct, 94222009, Verhoeff",
            "snomed-ct, 268029008, Verhoeff",
            "snomed-ct, 012584003, well-formed",
            "icd-10, C79.51X, well-formed",
            "icd-10-cm, c79.51, well-formed",
            "umls, C015369, well-formed",
            "ncit, 3580, well-formed",
            "read-v2, C79, unknown code system" })
    void refusesMalformedCodesAndSaysWhy(String system, String code, String reason) {
        assertThat(CodeFormat.problem(system, code)).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }
}
