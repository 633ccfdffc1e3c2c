package org.bonemet.cds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bonemet.cds.CdsViews.Action;
import org.bonemet.cds.CdsViews.Card;
import org.bonemet.cds.CdsViews.Link;
import org.bonemet.cds.CdsViews.Source;
import org.bonemet.cds.CdsViews.Suggestion;
import org.bonemet.cds.PatientRecord.Concept;
import org.bonemet.content.Views;
import org.bonemet.content.Views.ReferenceLink;
import org.bonemet.evaluation.EvaluationViews.Alert;
import org.bonemet.evaluation.EvaluationViews.CriterionResult;
import org.bonemet.evaluation.EvaluationViews.OptionView;
import org.bonemet.evaluation.EvaluationViews.TreatmentOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The cards of both hooks, made from the same evaluation as POST /api/v1/treatment-options so that a card never says
 * otherwise: its alerts become {@code critical} (emergency) or {@code warning} (urgent) cards; a spinal cord or cauda
 * equina compression on the problem list raises the same emergency as a deficit in a profile would.
 */
final class HookCards {

    /** Recorded diagnoses that raise an alert of alerts.yaml as if the profile had shown it. */
    static final Map<String, String> CONDITION_ALERTS = Map.of("metastatic-spinal-cord-compression", "suspected-spinal-cord-compression",
            "cauda-equina-syndrome", "suspected-spinal-cord-compression", "spinal-instability", "spinal-instability",
            "impending-pathological-fracture", "impending-fracture");
    static final String CORD_COMPRESSION = "suspected-spinal-cord-compression";
    private static final String DISCLAIMER = "_This informs; it does not prescribe._";

    private HookCards() {
    }

    /** The alerts for the record: the evaluation's, then those its diagnoses raise, once per key. */
    static List<Alert> alerts(TreatmentOptions evaluation, PatientRecord record, java.util.function.Function<String, Optional<Alert>> byKey) {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        evaluation.alerts().forEach(a -> alerts.put(a.key(), a));
        record.conditions.stream().filter(c -> c.collection().equals("symptoms") && CONDITION_ALERTS.containsKey(c.slug()))
                .forEach(c -> byKey.apply(CONDITION_ALERTS.get(c.slug())).ifPresent(a -> alerts.putIfAbsent(a.key(), a)));
        return alerts.values().stream().sorted(java.util.Comparator.comparing(a -> a.urgency().equals("emergency") ? 0 : 1)).toList();
    }

    static List<Card> patientView(List<Alert> alerts, PatientRecord record, String apiBase) {
        List<Card> cards = new ArrayList<>();
        for (Alert alert : alerts) {
            String why = alert.triggeredBy().isEmpty()
                    ? "Raised by a condition on the problem list: " + record.conditions.stream()
                            .filter(c -> c.collection().equals("symptoms") && alert.key().equals(CONDITION_ALERTS.get(c.slug())))
                            .map(Concept::name).collect(Collectors.joining(", ")) + "."
                    : "Raised by " + alert.triggeredBy().entrySet().stream().map(e -> "`" + e.getKey() + "` " + value(e.getValue()))
                            .collect(Collectors.joining(", ")) + sources(record, alert.triggeredBy().keySet()) + ".";
            cards.add(card(alert.key(), summary(alert.title()), alert.message() + "\n\n" + why + unreadable(record) + "\n\nSource: "
                    + cite(alert.reference(), alert.locator()) + "\n\n" + DISCLAIMER,
                    alert.urgency().equals("emergency") ? "critical" : "warning", source(alert.reference()), List.of(), null,
                    links(record, apiBase)));
        }
        if (cards.isEmpty() && !record.unreadable.isEmpty()) {
            boolean results = record.unreadable.stream().anyMatch(u -> u.contains("calcium") || u.startsWith("observations"));
            cards.add(card("unreadable", "Part of the record could not be checked for bone metastasis red flags",
                    "No red flag was found in what could be read, but some data could not be evaluated, so this is not a sign that "
                            + "all is well." + unreadable(record) + "\n\n" + DISCLAIMER,
                    results ? "warning" : "info", new Source("Bone Metastasis Knowledge API", apiBase + Views.API, null), List.of(), null,
                    links(record, apiBase)));
        }
        if (cards.isEmpty() && !links(record, apiBase).isEmpty()) {
            cards.add(card("knowledge", "Bone metastasis knowledge for this patient's conditions",
                    "No red flag or urgent finding in the data read. The pages below explain these conditions, their tests and "
                            + "treatments, with their sources." + unreadable(record) + "\n\n" + DISCLAIMER,
                    "info", new Source("Bone Metastasis Knowledge API", apiBase + Views.API, null), List.of(), null, links(record, apiBase)));
        }
        return cards;
    }

    /** An order-select card when a selected draft order conflicts with the knowledge. */
    static List<Card> orderSelect(JsonNode context, List<Alert> alerts, TreatmentOptions evaluation, PatientRecord record, String apiBase,
            JsonNode mri, ReferenceLink mriSource, String mriLocator, Map<String, List<String>> imagingNames) {
        List<Card> cards = new ArrayList<>();
        List<String> selections = new ArrayList<>();
        context.path("selections").forEach(s -> selections.add(s.asText()));
        boolean cordCompression = alerts.stream().anyMatch(a -> a.key().equals(CORD_COMPRESSION) || a.key().equals("unable-to-walk"));
        for (JsonNode entry : context.path("draftOrders").path("entry")) {
            JsonNode order = entry.path("resource");
            String id = order.path("resourceType").asText() + "/" + order.path("id").asText();
            if (!selections.isEmpty() && !selections.contains(id)) {
                continue;
            }
            if (order.path("resourceType").asText().equals("ServiceRequest") && cordCompression && !mriDrafted(context)) {
                String text = codeText(order.path("code"));
                boolean spine = SPINE.stream().anyMatch(word -> text.contains(" " + word));
                imagingNames.entrySet().stream().filter(e -> spine && e.getValue().stream().anyMatch(n -> text.contains(" " + n + " "))).findFirst()
                        .ifPresent(match -> {
                            String test = match.getKey();
                            ObjectNode create = mri.deepCopy();
                            create.remove("id");
                            if (order.has("subject")) {
                                create.set("subject", order.path("subject"));
                            }
                            Action add = new Action("create", "Order MRI of the whole spine", create, null);
                            cards.add(card("order-" + id, "NICE QS56: whole-spine MRI within 24 hours for suspected cord compression with neurological signs",
                                    "The record shows " + alerts.stream().filter(a -> a.key().equals(CORD_COMPRESSION) || a.key().equals("unable-to-walk"))
                                            .map(a -> a.title().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" and ")) + ", and the selected order is "
                                            + test + " of the spine. The NICE quality standard expects adults with suspected metastatic spinal cord "
                                            + "compression who have neurological symptoms or signs to have an MRI of the whole spine within 24 hours of "
                                            + "the suspected diagnosis. Whether the selected order is still needed is the clinician's decision.\n\n"
                                            + "Source: " + cite(mriSource, mriLocator) + "\n\n" + DISCLAIMER,
                                    "warning", source(mriSource),
                                    List.of(new Suggestion("Add MRI of the whole spine", uuid("add-mri-" + id), true, List.of(add)),
                                            new Suggestion("Replace the " + test + " order with MRI of the whole spine", uuid("replace-" + id), null,
                                                    List.of(new Action("delete", "Remove the draft " + test + " order", null, id), add))),
                                    "at-most-one", links(record, apiBase)));
                        });
            }
            if (order.path("resourceType").asText().equals("MedicationRequest")) {
                PrefetchReader.therapy(order).flatMap(slug -> option(evaluation, slug)).filter(o -> o.recommendation().equals("contraindicated"))
                        .ifPresent(option -> {
                            List<CriterionResult> met = option.criteria().stream()
                                    .filter(c -> c.kind().equals("contraindication") && c.result().equals("met")).toList();
                            CriterionResult first = met.get(0);
                            ReferenceLink reference = evaluation.references().stream().filter(r -> r.id().equals(first.reference())).findFirst()
                                    .orElseThrow();
                            cards.add(card("order-" + id, summary(option.treatment().name() + " is contraindicated for this patient's values"),
                                    met.stream().map(c -> "- " + c.description() + " (" + c.inputs().entrySet().stream()
                                            .map(e -> "`" + e.getKey() + "` " + value(e.getValue())).collect(Collectors.joining(", ")) + ")")
                                            .collect(Collectors.joining("\n")) + readFrom(record, met) + "\n\nSource: "
                                            + cite(reference, first.locator()) + "\n\n" + DISCLAIMER,
                                    "warning", source(reference),
                                    List.of(new Suggestion("Remove the draft " + option.treatment().name() + " order", uuid("suggestion-" + id), null,
                                            List.of(new Action("delete", "Remove the draft order", null, id)))),
                                    "at-most-one", List.of(new Link(option.treatment().name(), apiBase + option.treatment().href(), "absolute"))));
                        });
            }
        }
        return cards;
    }

    /** Words that put an imaging order on the spine. */
    private static final List<String> SPINE = List.of("spine", "spinal", "cervical", "thoracic", "lumbar", "sacral", "sacrum", "vertebr",
            "whole body", "skeletal survey");

    private static boolean mriDrafted(JsonNode context) {
        for (JsonNode entry : context.path("draftOrders").path("entry")) {
            String text = codeText(entry.path("resource").path("code"));
            if (text.contains(" mri ") || text.contains(" magnetic resonance ")) {
                return true;
            }
        }
        return false;
    }

    private static String readFrom(PatientRecord record, List<CriterionResult> criteria) {
        java.util.Set<String> fields = criteria.stream().flatMap(c -> c.inputs().keySet().stream()).collect(Collectors.toSet());
        String from = sources(record, fields);
        return from.isEmpty() ? "" : "\n\nValues read" + from + ".";
    }

    private static Optional<OptionView> option(TreatmentOptions evaluation, String therapy) {
        return evaluation.options().stream().filter(o -> o.treatment().slug().equals(therapy)).findFirst();
    }

    static String codeText(JsonNode code) {
        StringBuilder text = new StringBuilder(code.path("text").asText(""));
        code.path("coding").forEach(c -> text.append(' ').append(c.path("display").asText("")));
        return " " + text.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    }

    private static Card card(String key, String summary, String detail, String indicator, Source source, List<Suggestion> suggestions,
            String selectionBehavior, List<Link> links) {
        return new Card(uuid(key + "|" + summary + "|" + detail), summary, detail, indicator, source, suggestions,
                suggestions.isEmpty() ? null : selectionBehavior, links);
    }

    /** A stable id for the same card on the same data, so that feedback can name it. */
    private static String uuid(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String summary(String text) {
        return text.length() < 140 ? text : text.substring(0, 136) + "...";
    }

    private static Source source(ReferenceLink reference) {
        return new Source(reference.citation().length() > 200 ? reference.citation().substring(0, 197) + "..." : reference.citation(),
                reference.url(), null);
    }

    private static String value(JsonNode value) {
        if (value.isObject() && value.has("value")) {
            return value.path("value").asText() + " " + (value.path("unit").asText().equals("mmol-l") ? "mmol/L" : "mg/dL");
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** Where the values behind {@code fields} came from in the record. */
    private static String sources(PatientRecord record, java.util.Set<String> fields) {
        List<String> texts = record.sources.stream().filter(s -> fields.contains(s.field())).map(PatientRecord.Source::text).toList();
        return texts.isEmpty() ? "" : ", from " + String.join("; ", texts);
    }

    private static String unreadable(PatientRecord record) {
        return record.unreadable.isEmpty() ? "" : "\n\nNot read, so not evaluated: " + String.join(", ", record.unreadable) + ".";
    }

    private static String cite(ReferenceLink reference, String locator) {
        return reference.citation().replaceAll("\\.$", "") + ", " + locator + ".";
    }

    private static List<Link> links(PatientRecord record, String apiBase) {
        return record.conditions.stream().map(c -> new Link(c.name(), apiBase + Views.API + "/" + c.collection() + "/" + c.slug(), "absolute"))
                .toList();
    }
}
