package org.bonemet.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.content.InvalidInputException;
import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.evaluation.EvaluationViews.ScoreView;
import org.bonemet.evaluation.EvaluationViews.TreatmentOptions;
import org.bonemet.evaluation.PatientProfile.Lesion;
import org.bonemet.evaluation.SelectionCatalog.Snapshot;
import org.bonemet.score.Score;
import org.bonemet.score.Scores;
import org.bonemet.selection.Facts;
import org.bonemet.selection.ProfileField;
import org.bonemet.selection.Therapies;
import org.bonemet.selection.TreatmentSelector;
import org.bonemet.selection.TreatmentSelector.Option;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Evaluates a patient profile: computes the scores it gives inputs for, turns the profile into facts, runs
 * every treatment's criteria and the alert rules. Everything comes from the in-memory catalog.
 */
@ApplicationScoped
public class TreatmentOptionsService {

    private static final Map<String, ProfileField> SCORE_FIELDS = Map.of("mirels", ProfileField.SCORE_MIRELS,
            "sins", ProfileField.SCORE_SINS, "tokuhashi-revised", ProfileField.SCORE_TOKUHASHI, "tomita", ProfileField.SCORE_TOMITA);

    @Inject
    SelectionCatalog catalog;
    @Inject
    ScoreService scoreService;

    private volatile AlertRules alerts;

    public TreatmentOptions evaluate(PatientProfile profile, String lang) {
        return run(profile, lang, catalog.get()).view();
    }

    /**
     * The evaluation against {@code snapshot}, before it becomes a view ({@link EvaluationJson} writes it straight to
     * JSON). It reads nothing but the snapshot, so it may run on the event loop.
     */
    Evaluation run(PatientProfile profile, String lang, Snapshot snapshot) {
        List<FieldError> errors = new ArrayList<>();
        List<ScoreView> scores = scores(profile, lang, snapshot, errors);
        Facts facts = facts(profile, scores, snapshot, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Option> options = TreatmentSelector.select(snapshot.candidates(), facts);
        return new Evaluation(snapshot, lang, alertRules(snapshot).raised(facts, snapshot.references(), lang), scores, options);
    }

    /** The alert of {@code key} (alerts.yaml) without triggering values, for a finding recorded elsewhere, e.g. a diagnosis. */
    public java.util.Optional<EvaluationViews.Alert> alert(String key, String lang) {
        Snapshot snapshot = catalog.get();
        return alertRules(snapshot).byKey(key, snapshot.references(), lang);
    }

    private AlertRules alertRules(Snapshot snapshot) {
        if (alerts == null) {
            alerts = new AlertRules(snapshot.rules(), snapshot.references());
        }
        return alerts;
    }

    /** The scores computed from scoreInputs; problems go to {@code errors} so that one answer lists them all. */
    private List<ScoreView> scores(PatientProfile profile, String lang, Snapshot snapshot, List<FieldError> errors) {
        List<ScoreView> scores = new ArrayList<>();
        // two corrected calcium values could disagree, and the alerts and criteria would then read only one of them
        if (profile.correctedCalcium() != null && profile.scoreInputs() != null && profile.scoreInputs().containsKey("corrected-calcium")) {
            errors.add(new FieldError("correctedCalcium", "is also given by scoreInputs.corrected-calcium; send corrected calcium once,"
                    + " either measured (correctedCalcium) or as calcium and albumin (scoreInputs.corrected-calcium)"));
        }
        if (profile.scoreInputs() != null) {
            profile.scoreInputs().forEach((name, input) -> Scores.byName(name).ifPresentOrElse(score -> {
                try {
                    scores.add(scoreService.score(score, input, lang, false, snapshot.references()));
                } catch (InvalidInputException e) {
                    e.errors.forEach(error -> errors.add(new FieldError("scoreInputs." + name + "." + error.field(), error.message())));
                }
            }, () -> errors.add(new FieldError("scoreInputs." + name, "unknown score; see /api/v1/scores"))));
        }
        if (profile.scores() != null) {
            profile.scores().forEach((name, total) -> {
                if (!SCORE_FIELDS.containsKey(name)) {
                    errors.add(new FieldError("scores." + name, notAPointScore(name)));
                    return;
                }
                // a total the calculator cannot produce is a client's error, never a finding (SINS -1, Mirels 40)
                Score score = Scores.byName(name).orElseThrow();
                int low = score.bands().stream().mapToInt(b -> b.minimum().intValue()).min().orElseThrow();
                int high = score.bands().stream().mapToInt(b -> b.maximum().intValue()).max().orElseThrow();
                if (total != null && (total < low || total > high)) {
                    errors.add(new FieldError("scores." + name, "must be a total from " + low + " to " + high + ", as " + score.title()
                            + " can give"));
                }
            });
        }
        return scores;
    }

    /** Only point scores have integer totals; a score such as corrected calcium (a measured value) is sent by its inputs. */
    private static String notAPointScore(String name) {
        String allowed = "must be one of " + String.join(", ", SCORE_FIELDS.keySet());
        if (Scores.byName(name).isEmpty()) {
            return allowed;
        }
        return allowed + ": " + name + " has no integer total; send its inputs in scoreInputs." + name
                + ("corrected-calcium".equals(name) ? ", or the value in correctedCalcium" : "");
    }

    private Facts facts(PatientProfile p, List<ScoreView> scores, Snapshot snapshot, List<FieldError> errors) {
        Map<ProfileField, JsonNode> values = new EnumMap<>(ProfileField.class);
        if (p.primaryCancer() != null) {
            var cancer = snapshot.cancers().get(p.primaryCancer());
            if (cancer == null) {
                errors.add(new FieldError("primaryCancer", "is not a primary-cancer slug; see /api/v1/primary-cancers"));
            } else {
                values.put(ProfileField.PRIMARY_CANCER, TextNode.valueOf(p.primaryCancer()));
                put(values, ProfileField.PRIMARY_CANCER_RADIOSENSITIVITY, cancer.radiosensitivity());
                values.put(ProfileField.PRIMARY_CANCER_MARROW_MALIGNANCY, BooleanNode.valueOf(cancer.marrowMalignancy()));
            }
        }
        put(values, ProfileField.CASTRATION_RESISTANT, p.castrationResistant());
        put(values, ProfileField.BONE_LESION_COUNT, p.boneLesionCount());
        put(values, ProfileField.VISCERAL_METASTASES, p.visceralMetastases());
        put(values, ProfileField.ECOG, p.ecog());
        if (p.kps() != null && p.kps() % 10 != 0) {
            errors.add(new FieldError("kps", "must be a multiple of 10"));
        }
        put(values, ProfileField.KPS, p.kps());
        if (p.neurology() != null) {
            put(values, ProfileField.NEUROLOGY_DEFICIT, p.neurology().deficit());
            put(values, ProfileField.NEUROLOGY_AMBULATORY, p.neurology().ambulatory());
            put(values, ProfileField.NEUROLOGY_HOURS_SINCE_LOSS_OF_WALKING, p.neurology().hoursSinceLossOfWalking());
        }
        put(values, ProfileField.BILSKY_GRADE, p.bilskyGrade());
        put(values, ProfileField.CREATININE_CLEARANCE, p.creatinineClearance());
        put(values, ProfileField.DENTAL_STATUS, p.dentalStatus());
        put(values, ProfileField.EXPECTED_SURVIVAL_MONTHS, p.expectedSurvivalMonths());
        values.computeIfAbsent(ProfileField.CORRECTED_CALCIUM, f -> calcium(p, scores));
        values.remove(ProfileField.CORRECTED_CALCIUM, null);
        put(values, ProfileField.PRIMARY_CONTROLLED, p.primaryControlled());
        put(values, ProfileField.PRIOR_SYSTEMIC_LINES, p.priorSystemicLines());
        put(values, ProfileField.INELIGIBLE_FOR_OTHER_SYSTEMIC_THERAPY, p.ineligibleForOtherSystemicTherapy());
        if (p.currentTherapies() != null) {
            Set<String> therapies = new LinkedHashSet<>();
            for (int i = 0; i < p.currentTherapies().size(); i++) {
                String therapy = p.currentTherapies().get(i);
                if (Therapies.SLUGS.contains(therapy)) {
                    therapies.add(therapy);
                } else {
                    errors.add(new FieldError("currentTherapies[" + i + "]", "is not a therapy slug; see the TherapySlug schema of the contract"));
                }
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            therapies.forEach(array::add);
            values.put(ProfileField.CURRENT_THERAPIES, array);
        }
        if (p.scores() != null) {
            p.scores().forEach((name, total) -> {
                if (SCORE_FIELDS.containsKey(name)) {
                    put(values, SCORE_FIELDS.get(name), total);
                }
            });
        }
        scores.stream().filter(s -> SCORE_FIELDS.containsKey(s.score()))
                .forEach(s -> values.put(SCORE_FIELDS.get(s.score()), IntNode.valueOf(s.total().intValue())));

        List<Map<ProfileField, JsonNode>> lesions = new ArrayList<>();
        List<Lesion> given = p.lesions() == null ? List.of() : p.lesions();
        int spinal = 0;
        for (int i = 0; i < given.size(); i++) {
            Lesion lesion = given.get(i);
            Map<ProfileField, JsonNode> facts = new EnumMap<>(ProfileField.class);
            if (lesion.site() != null) {
                Set<String> chain = snapshot.siteAndAncestors().get(lesion.site());
                if (chain == null) {
                    errors.add(new FieldError("lesions[" + i + "].site", "is not a site slug; see /api/v1/sites"));
                } else {
                    facts.put(ProfileField.LESION_SITE, TextNode.valueOf(lesion.site()));
                    spinal += chain.contains("spine") ? 1 : 0;
                }
            }
            put(facts, ProfileField.LESION_TYPE, lesion.lesionType());
            put(facts, ProfileField.LESION_PAIN, lesion.pain());
            put(facts, ProfileField.LESION_SIZE_FRACTION, lesion.sizeFraction());
            put(facts, ProfileField.LESION_PRIOR_RADIOTHERAPY_GY, lesion.priorRadiotherapyGy());
            lesions.add(facts);
        }
        if (!given.isEmpty()) {
            values.put(ProfileField.SPINAL_LESION_COUNT, IntNode.valueOf(spinal));
        }
        return new Facts(values, lesions, site -> snapshot.siteAndAncestors().getOrDefault(site, Set.of(site)));
    }

    /**
     * The corrected calcium as given, or as computed from the corrected-calcium score inputs, always in the unit it was
     * measured in: rules compare it with a threshold in that unit, so nothing is converted or rounded.
     */
    private static JsonNode calcium(PatientProfile p, List<ScoreView> scores) {
        if (p.correctedCalcium() != null) {
            return quantity(p.correctedCalcium().value(), p.correctedCalcium().unit());
        }
        return scores.stream().filter(s -> s.score().equals("corrected-calcium")).findFirst()
                .map(s -> quantity(s.total(), p.scoreInputs().get("corrected-calcium").path("unit").asText()))
                .orElse(null);
    }

    private static JsonNode quantity(BigDecimal value, String unit) {
        return JsonNodeFactory.instance.objectNode().put("value", value).put("unit", unit);
    }

    private static void put(Map<ProfileField, JsonNode> values, ProfileField field, Object value) {
        if (value instanceof String s) {
            values.put(field, TextNode.valueOf(s));
        } else if (value instanceof Boolean b) {
            values.put(field, BooleanNode.valueOf(b));
        } else if (value instanceof Integer i) {
            values.put(field, IntNode.valueOf(i));
        } else if (value instanceof BigDecimal d) {
            values.put(field, DecimalNode.valueOf(d));
        }
    }
}
