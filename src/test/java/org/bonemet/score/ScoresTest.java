package org.bonemet.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.bonemet.content.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every category of every component and both sides of every band boundary, from the source tables. */
public class ScoresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Score.Result compute(String score, String input) {
        return Scores.byName(score).orElseThrow().compute(json(input));
    }

    @ParameterizedTest(name = "Mirels {0}/{1}/{2}/{3} = {4} ({5})")
    @CsvSource({
            "upper-limb, mild, blastic, under-one-third, 4, low",
            "lower-limb, mild, blastic, under-one-third, 5, low",
            "peritrochanteric, mild, blastic, under-one-third, 6, low",
            "upper-limb, moderate, blastic, under-one-third, 5, low",
            "upper-limb, functional, blastic, under-one-third, 6, low",
            "upper-limb, mild, mixed, under-one-third, 5, low",
            "upper-limb, mild, lytic, under-one-third, 6, low",
            "upper-limb, mild, blastic, one-third-to-two-thirds, 5, low",
            "upper-limb, mild, blastic, over-two-thirds, 6, low",
            "lower-limb, moderate, mixed, under-one-third, 7, low",
            "lower-limb, moderate, mixed, one-third-to-two-thirds, 8, borderline",
            "lower-limb, moderate, lytic, one-third-to-two-thirds, 9, high",
            "peritrochanteric, functional, lytic, over-two-thirds, 12, high" })
    void mirels(String site, String pain, String lesion, String size, int total, String band) {
        Score.Result result = compute("mirels", "{'site':'" + site + "','pain':'" + pain + "','lesion':'" + lesion + "','size':'" + size + "'}");
        assertThat(result.total()).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(result.band()).isEqualTo(band);
        assertThat(result.components()).extracting(Score.Component::name).containsExactly("site", "pain", "lesion", "size");
    }

    @ParameterizedTest(name = "SINS {0}/{1}/{2}/{3}/{4}/{5} = {6} ({7})")
    @CsvSource({
            "rigid, none, blastic, normal, none, none, 0, stable",
            "semi-rigid, none, blastic, normal, none, none, 1, stable",
            "mobile, none, blastic, normal, none, none, 2, stable",
            "junctional, none, blastic, normal, none, none, 3, stable",
            "rigid, occasional, blastic, normal, none, none, 1, stable",
            "rigid, mechanical, blastic, normal, none, none, 3, stable",
            "rigid, none, mixed, normal, none, none, 1, stable",
            "rigid, none, lytic, normal, none, none, 2, stable",
            "rigid, none, blastic, de-novo-deformity, none, none, 2, stable",
            "rigid, none, blastic, subluxation, none, none, 4, stable",
            "rigid, none, blastic, normal, no-collapse-over-50-percent-involved, none, 1, stable",
            "rigid, none, blastic, normal, under-50-percent, none, 2, stable",
            "rigid, none, blastic, normal, over-50-percent, none, 3, stable",
            "rigid, none, blastic, normal, none, unilateral, 1, stable",
            "rigid, none, blastic, normal, none, bilateral, 3, stable",
            "junctional, mechanical, blastic, normal, none, none, 6, stable",
            "junctional, mechanical, blastic, normal, none, unilateral, 7, indeterminate",
            "junctional, mechanical, lytic, normal, under-50-percent, unilateral, 11, indeterminate",
            "junctional, mechanical, lytic, normal, over-50-percent, unilateral, 12, indeterminate",
            "junctional, mechanical, lytic, de-novo-deformity, under-50-percent, unilateral, 13, unstable",
            "junctional, mechanical, lytic, subluxation, over-50-percent, bilateral, 18, unstable" })
    void sins(String location, String pain, String lesion, String alignment, String collapse, String posterolateral, int total,
            String band) {
        Score.Result result = compute("sins", "{'location':'" + location + "','pain':'" + pain + "','lesion':'" + lesion
                + "','alignment':'" + alignment + "','collapse':'" + collapse + "','posterolateral':'" + posterolateral + "'}");
        assertThat(result.total()).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(result.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "Tokuhashi kps={0} extra={1} vert={2} organ={3} primary={4} palsy={5} = {6} ({7})")
    @CsvSource({
            "10, 3, 3, unremovable, lung, complete, 0, under-6-months",
            "40, 3, 3, unremovable, lung, complete, 0, under-6-months",
            "50, 3, 3, unremovable, lung, complete, 1, under-6-months",
            "70, 3, 3, unremovable, lung, complete, 1, under-6-months",
            "80, 3, 3, unremovable, lung, complete, 2, under-6-months",
            "100, 3, 3, unremovable, lung, complete, 2, under-6-months",
            "10, 2, 3, unremovable, lung, complete, 1, under-6-months",
            "10, 1, 3, unremovable, lung, complete, 1, under-6-months",
            "10, 0, 3, unremovable, lung, complete, 2, under-6-months",
            "10, 3, 2, unremovable, lung, complete, 1, under-6-months",
            "10, 3, 1, unremovable, lung, complete, 2, under-6-months",
            "10, 3, 3, removable, lung, complete, 1, under-6-months",
            "10, 3, 3, none, lung, complete, 2, under-6-months",
            "10, 3, 3, unremovable, osteosarcoma, complete, 0, under-6-months",
            "10, 3, 3, unremovable, stomach, complete, 0, under-6-months",
            "10, 3, 3, unremovable, bladder, complete, 0, under-6-months",
            "10, 3, 3, unremovable, esophagus, complete, 0, under-6-months",
            "10, 3, 3, unremovable, pancreas, complete, 0, under-6-months",
            "10, 3, 3, unremovable, liver, complete, 1, under-6-months",
            "10, 3, 3, unremovable, gallbladder, complete, 1, under-6-months",
            "10, 3, 3, unremovable, unidentified, complete, 1, under-6-months",
            "10, 3, 3, unremovable, other, complete, 2, under-6-months",
            "10, 3, 3, unremovable, kidney, complete, 3, under-6-months",
            "10, 3, 3, unremovable, uterus, complete, 3, under-6-months",
            "10, 3, 3, unremovable, rectum, complete, 4, under-6-months",
            "10, 3, 3, unremovable, thyroid, complete, 5, under-6-months",
            "10, 3, 3, unremovable, breast, complete, 5, under-6-months",
            "10, 3, 3, unremovable, prostate, complete, 5, under-6-months",
            "10, 3, 3, unremovable, carcinoid, complete, 5, under-6-months",
            "10, 3, 3, unremovable, lung, incomplete, 1, under-6-months",
            "10, 3, 3, unremovable, lung, none, 2, under-6-months",
            "80, 1, 2, removable, kidney, complete, 8, under-6-months",
            "80, 1, 2, removable, kidney, incomplete, 9, 6-months-or-more",
            "80, 0, 1, removable, kidney, incomplete, 11, 6-months-or-more",
            "80, 0, 1, none, kidney, incomplete, 12, 1-year-or-more",
            "100, 0, 1, none, breast, none, 15, 1-year-or-more" })
    void tokuhashiRevised(int kps, int extraspinal, int vertebral, String organ, String primary, String palsy, int total, String band) {
        Score.Result result = compute("tokuhashi-revised", "{'kps':" + kps + ",'extraspinalBoneMetastases':" + extraspinal
                + ",'vertebralBodyMetastases':" + vertebral + ",'majorOrganMetastases':'" + organ + "','primarySite':'" + primary
                + "','palsy':'" + palsy + "'}");
        assertThat(result.total()).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(result.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "Tomita {0}/{1}/{2} = {3} ({4})")
    @CsvSource({
            "slow, none, solitary, 2, long-term-control",
            "slow, none, multiple, 3, long-term-control",
            "moderate, none, multiple, 4, middle-term-control",
            "slow, treatable, multiple, 5, middle-term-control",
            "rapid, none, solitary, 5, middle-term-control",
            "rapid, none, multiple, 6, short-term-palliation",
            "moderate, treatable, multiple, 6, short-term-palliation",
            "rapid, treatable, solitary, 7, short-term-palliation",
            "rapid, treatable, multiple, 8, terminal-care",
            "slow, untreatable, multiple, 7, short-term-palliation",
            "moderate, untreatable, multiple, 8, terminal-care",
            "rapid, untreatable, multiple, 10, terminal-care" })
    void tomita(String growth, String visceral, String bone, int total, String band) {
        Score.Result result = compute("tomita", "{'primaryGrowth':'" + growth + "','visceralMetastases':'" + visceral
                + "','boneMetastases':'" + bone + "'}");
        assertThat(result.total()).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(result.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "corrected calcium {0} {2} with albumin {1} = {3} ({4})")
    @CsvSource({
            "2.40, 40, mmol-l, 2.40, up-to-grade-1",
            "2.50, 30, mmol-l, 2.70, up-to-grade-1",
            "2.70, 30, mmol-l, 2.90, up-to-grade-1",
            "2.71, 30, mmol-l, 2.91, grade-2",
            "2.90, 30, mmol-l, 3.10, grade-2",
            "2.91, 30, mmol-l, 3.11, grade-3",
            "3.20, 30, mmol-l, 3.40, grade-3",
            "3.21, 30, mmol-l, 3.41, grade-4",
            "2.60, 50, mmol-l, 2.40, up-to-grade-1",
            "10.0, 4.0, mg-dl, 10.00, up-to-grade-1",
            "10.7, 3.0, mg-dl, 11.50, up-to-grade-1",
            "10.8, 3.0, mg-dl, 11.60, grade-2",
            "11.7, 3.0, mg-dl, 12.50, grade-2",
            "11.8, 3.0, mg-dl, 12.60, grade-3",
            "12.7, 3.0, mg-dl, 13.50, grade-3",
            "12.8, 3.0, mg-dl, 13.60, grade-4" })
    void correctedCalcium(String calcium, String albumin, String unit, String total, String band) {
        Score.Result result = compute("corrected-calcium", "{'calcium':" + calcium + ",'albumin':" + albumin + ",'unit':'" + unit + "'}");
        assertThat(result.total()).isEqualByComparingTo(new BigDecimal(total));
        assertThat(result.band()).isEqualTo(band);
    }

    @Test
    void reportsEveryMissingUnknownAndOutOfRangeInputAtOnce() {
        assertThatThrownBy(() -> compute("mirels", "{'site':'forearm','pain':'mild','size':'huge','colour':'red'}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors)
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("colour", "site", "lesion", "size"));
        assertThatThrownBy(() -> compute("tokuhashi-revised", "{'kps':85,'extraspinalBoneMetastases':-1,'vertebralBodyMetastases':0,"
                + "'majorOrganMetastases':'none','primarySite':'breast','palsy':'none'}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors)
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("kps", "extraspinalBoneMetastases", "vertebralBodyMetastases"));
        assertThatThrownBy(() -> compute("corrected-calcium", "{'calcium':2.4,'albumin':35,'unit':'mg-dl'}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors.get(0).message()).contains("check the unit"));
        assertThatThrownBy(() -> compute("sins", "[]"))
                .isInstanceOf(InvalidInputException.class);
    }
}
