package org.bonemet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The similarities agree with PostgreSQL's pg_trgm (expected values as PostgreSQL 15 computes them). */
class TrigramsTest {

    @ParameterizedTest(name = "word_similarity({0}, {1}) = {2}, similarity = {3}")
    @CsvSource({
            "word, two words, 0.8, 0.36363637",
            "femor, proximal femur, 0.5, 0.16666667",
            "femor, femoral neck, 0.8333333, 0.35714287",
            "oberschenkel, oberschenkelknochen (femur), 0.9230769, 0.48",
            "metastsis, bone metastasis, 0.6666667, 0.47058824",
            "cord compression, metastatic spinal cord compression, 1.0, 0.45454547",
            "ab, x-ray ab, 1.0, 0.33333334",
            "zzz, spine, 0.0, 0.0" })
    void matchesPgTrgm(String query, String text, float wordSimilarity, float similarity) {
        assertThat(Trigrams.wordSimilarity(Trigrams.distinct(query), Trigrams.ordered(text))).isCloseTo(wordSimilarity, within(1e-6f));
        assertThat(Trigrams.similarity(Trigrams.distinct(query), Trigrams.distinct(text))).isCloseTo(similarity, within(1e-6f));
    }

    @ParameterizedTest
    @CsvSource({ "Wirbelsäule Straße, wirbelsaule strasse", "Æther Øre é, aether ore e", "MSCC, mscc" })
    void normalisesAsUnaccentAndLowerDo(String text, String expected) {
        assertThat(Trigrams.normalise(text)).isEqualTo(expected);
    }
}
