package org.bonemet.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Totals stay within the source's range, and a worse finding never lowers a risk score (Mirels, SINS, Tomita)
 * nor raises a prognostic one (Tokuhashi, where more points mean longer survival).
 */
class ScorePropertiesTest {

    /** Categories ordered from the least to the most severe finding, as in the tables. */
    private static final List<List<String>> MIRELS = List.of(
            List.of("upper-limb", "lower-limb", "peritrochanteric"), List.of("mild", "moderate", "functional"),
            List.of("blastic", "mixed", "lytic"), List.of("under-one-third", "one-third-to-two-thirds", "over-two-thirds"));
    private static final List<String> MIRELS_FIELDS = List.of("site", "pain", "lesion", "size");
    private static final List<List<String>> SINS = List.of(
            List.of("rigid", "semi-rigid", "mobile", "junctional"), List.of("none", "occasional", "mechanical"),
            List.of("blastic", "mixed", "lytic"), List.of("normal", "de-novo-deformity", "subluxation"),
            List.of("none", "no-collapse-over-50-percent-involved", "under-50-percent", "over-50-percent"),
            List.of("none", "unilateral", "bilateral"));
    private static final List<String> SINS_FIELDS = List.of("location", "pain", "lesion", "alignment", "collapse", "posterolateral");
    private static final List<List<String>> TOMITA = List.of(List.of("slow", "moderate", "rapid"),
            List.of("none", "treatable", "untreatable"), List.of("solitary", "multiple"));
    private static final List<String> TOMITA_FIELDS = List.of("primaryGrowth", "visceralMetastases", "boneMetastases");

    private static BigDecimal total(Score score, List<String> fields, List<List<String>> levels, List<Integer> choice) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < fields.size(); i++) {
            input.put(fields.get(i), levels.get(i).get(choice.get(i)));
        }
        return score.compute(input).total();
    }

    private static Arbitrary<List<Integer>> choices(List<List<String>> levels) {
        return Combinators.combine(levels.stream().map(l -> Arbitraries.integers().between(0, l.size() - 1)).toList())
                .as(list -> list);
    }

    @Provide
    Arbitrary<List<Integer>> mirels() {
        return choices(MIRELS);
    }

    @Provide
    Arbitrary<List<Integer>> sins() {
        return choices(SINS);
    }

    @Provide
    Arbitrary<List<Integer>> tomita() {
        return choices(TOMITA);
    }

    private static void worseNeverLowers(Score score, List<String> fields, List<List<String>> levels, List<Integer> choice,
            int component, int min, int max) {
        BigDecimal before = total(score, fields, levels, choice);
        assertThat(before.intValue()).isBetween(min, max);
        if (choice.get(component) < levels.get(component).size() - 1) {
            List<Integer> worse = new java.util.ArrayList<>(choice);
            worse.set(component, choice.get(component) + 1);
            assertThat(total(score, fields, levels, worse)).isGreaterThanOrEqualTo(before);
        }
    }

    @Property
    void mirelsStaysInRangeAndWorseNeverLowers(@ForAll("mirels") List<Integer> choice, @ForAll @IntRange(max = 3) int component) {
        worseNeverLowers(Scores.MIRELS, MIRELS_FIELDS, MIRELS, choice, component, 4, 12);
    }

    @Property
    void sinsStaysInRangeAndWorseNeverLowers(@ForAll("sins") List<Integer> choice, @ForAll @IntRange(max = 5) int component) {
        worseNeverLowers(Scores.SINS, SINS_FIELDS, SINS, choice, component, 0, 18);
    }

    @Property
    void tomitaStaysInRangeAndWorseNeverLowers(@ForAll("tomita") List<Integer> choice, @ForAll @IntRange(max = 2) int component) {
        worseNeverLowers(Scores.TOMITA, TOMITA_FIELDS, TOMITA, choice, component, 2, 10);
    }

    @Property
    void tokuhashiStaysInRangeAndWorseNeverRaises(@ForAll @IntRange(min = 1, max = 10) int kpsTenths,
            @ForAll @IntRange(max = 50) int extraspinal, @ForAll @IntRange(min = 1, max = 33) int vertebral,
            @ForAll @IntRange(max = 2) int organ, @ForAll @IntRange(max = 2) int palsy) {
        List<String> organs = List.of("unremovable", "removable", "none");
        List<String> palsies = List.of("complete", "incomplete", "none");
        BigDecimal total = tokuhashi(kpsTenths * 10, extraspinal, vertebral, organs.get(organ), palsies.get(palsy));
        assertThat(total.intValue()).isBetween(0, 15);
        if (kpsTenths > 1) {
            assertThat(tokuhashi(kpsTenths * 10 - 10, extraspinal, vertebral, organs.get(organ), palsies.get(palsy))).isLessThanOrEqualTo(total);
        }
        assertThat(tokuhashi(kpsTenths * 10, extraspinal + 1, vertebral, organs.get(organ), palsies.get(palsy))).isLessThanOrEqualTo(total);
        if (vertebral < 33) {
            assertThat(tokuhashi(kpsTenths * 10, extraspinal, vertebral + 1, organs.get(organ), palsies.get(palsy))).isLessThanOrEqualTo(total);
        }
        if (organ > 0) {
            assertThat(tokuhashi(kpsTenths * 10, extraspinal, vertebral, organs.get(organ - 1), palsies.get(palsy))).isLessThanOrEqualTo(total);
        }
        if (palsy > 0) {
            assertThat(tokuhashi(kpsTenths * 10, extraspinal, vertebral, organs.get(organ), palsies.get(palsy - 1))).isLessThanOrEqualTo(total);
        }
    }

    private static BigDecimal tokuhashi(int kps, int extraspinal, int vertebral, String organ, String palsy) {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("kps", kps).put("extraspinalBoneMetastases", extraspinal)
                .put("vertebralBodyMetastases", vertebral).put("majorOrganMetastases", organ).put("primarySite", "breast")
                .put("palsy", palsy);
        return Scores.TOKUHASHI.compute(input).total();
    }
}
