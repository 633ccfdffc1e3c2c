package org.bonemet.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the evaluated criteria of each treatment into a recommendation, in this order of precedence:
 * <ol>
 * <li>any contraindication met: {@code contraindicated};</li>
 * <li>any eligibility criterion not met: {@code not-indicated}; any unknown: {@code insufficient-data};</li>
 * <li>the strongest met indication gives {@code indicated} or {@code consider}; with none met,
 * {@code insufficient-data} when one is unknown, else {@code not-indicated}; a treatment whose criteria are
 * only eligibility rules that all hold is {@code consider};</li>
 * <li>{@code indicated} becomes {@code consider} while a contraindication is unknown: a missing input is never
 * read as normal, and the option names the contraindications to check.</li>
 * </ol>
 * Cautions never change the recommendation; they are reported with their result. Options come most relevant
 * first: indicated, consider, contraindicated, insufficient-data, not-indicated, then by the number of
 * indications met, then by slug, so the same profile always gives the same order.
 */
public final class TreatmentSelector {

    public static final List<String> RECOMMENDATIONS = List.of("indicated", "consider", "contraindicated", "insufficient-data",
            "not-indicated");

    /** A criterion with the fields its rule reads, in the order its inputs and missing fields are listed. */
    public record Criterion(String key, String kind, String grade, String description, Rule rule, String reference, String locator,
            String evidenceType, List<ProfileField> fields) {

        public Criterion(String key, String kind, String grade, String description, Rule rule, String reference, String locator,
                String evidenceType) {
            // found once when the criterion is loaded, not again for every profile evaluated
            this(key, kind, grade, description, rule, reference, locator, evidenceType, RuleParser.fields(rule).stream().sorted().toList());
        }
    }

    public record Candidate(String slug, String name, List<Criterion> criteria) {
    }

    /** A criterion with its outcome, the profile values it read and the fields it lacked. */
    public record Evaluated(Criterion criterion, Outcome outcome, Map<String, JsonNode> inputs, List<String> missing) {
    }

    public record Option(Candidate candidate, String recommendation, List<Evaluated> criteria) {

        /** The contraindications the profile gave too little to rule out. */
        public List<String> openContraindications() {
            List<String> open = new ArrayList<>();
            for (Evaluated e : criteria) {
                if (e.outcome() == Outcome.UNKNOWN && e.criterion().kind().equals("contraindication")) {
                    open.add(e.criterion().key());
                }
            }
            return Collections.unmodifiableList(open);
        }

        long indicationsMet() {
            long met = 0;
            for (Evaluated e : criteria) {
                met += e.outcome() == Outcome.MET && e.criterion().kind().equals("indication") ? 1 : 0;
            }
            return met;
        }
    }

    private TreatmentSelector() {
    }

    public static List<Option> select(List<Candidate> candidates, Facts facts) {
        // each option's rank is found once, not again at every comparison of the sort
        record Ranked(Option option, int recommendation, long indicationsMet) {
        }
        return candidates.stream()
                .map(candidate -> option(candidate, facts))
                .map(option -> new Ranked(option, RECOMMENDATIONS.indexOf(option.recommendation()), option.indicationsMet()))
                .sorted(Comparator.comparingInt(Ranked::recommendation)
                        .thenComparing(Comparator.comparingLong(Ranked::indicationsMet).reversed())
                        .thenComparing(ranked -> ranked.option().candidate().slug()))
                .map(Ranked::option)
                .toList();
    }

    static Option option(Candidate candidate, Facts facts) {
        List<Evaluated> evaluated = candidate.criteria().stream().map(c -> evaluate(c, facts)).toList();
        return new Option(candidate, recommendation(evaluated), evaluated);
    }

    private static Evaluated evaluate(Criterion criterion, Facts facts) {
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (ProfileField field : criterion.fields()) {
            JsonNode value = facts.used(field);
            if (value == null) {
                missing.add(field.path);
            } else {
                inputs.put(field.path, value);
            }
        }
        return new Evaluated(criterion, RuleEvaluator.evaluate(criterion.rule(), facts), inputs, missing);
    }

    static String recommendation(List<Evaluated> evaluated) {
        if (any(evaluated, "contraindication", Outcome.MET)) {
            return "contraindicated";
        }
        if (any(evaluated, "eligibility", Outcome.NOT_MET)) {
            return "not-indicated";
        }
        if (any(evaluated, "eligibility", Outcome.UNKNOWN)) {
            return "insufficient-data";
        }
        boolean indications = false;
        boolean indicatedMet = false;
        boolean met = false;
        boolean unknown = false;
        for (Evaluated e : evaluated) {
            if (e.criterion().kind().equals("indication")) {
                indications = true;
                indicatedMet |= e.outcome() == Outcome.MET && "indicated".equals(e.criterion().grade());
                met |= e.outcome() == Outcome.MET;
                unknown |= e.outcome() == Outcome.UNKNOWN;
            }
        }
        if (!indications) {
            return "consider";
        }
        if (indicatedMet) {
            // a contraindication the profile cannot rule out is never read as absent
            return any(evaluated, "contraindication", Outcome.UNKNOWN) ? "consider" : "indicated";
        }
        if (met) {
            return "consider";
        }
        return unknown ? "insufficient-data" : "not-indicated";
    }

    private static boolean any(List<Evaluated> evaluated, String kind, Outcome outcome) {
        for (Evaluated e : evaluated) {
            if (e.outcome() == outcome && e.criterion().kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
