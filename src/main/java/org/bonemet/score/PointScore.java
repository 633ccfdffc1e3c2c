package org.bonemet.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonemet.content.InvalidInputException;
import org.bonemet.content.InvalidInputException.FieldError;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A score that adds the points of its components and reads the band off the total. Components are either
 * categories (the points of the chosen value) or counts mapped to points by ranges, exactly as the source
 * tables give them; an input outside the table is refused rather than rounded.
 */
final class PointScore implements Score {

    /** One row of a score table: how an input turns into points. */
    sealed interface Item {
        String field();

        String description();

        InputSpec spec();

        /** The points, or null after adding an error for the value. */
        Integer points(JsonNode value, List<FieldError> errors);

        /** The rows of the source table as answers with their points. */
        List<Answer> answers();
    }

    /** Categories in the order of the source table, each with its points. */
    record Categories(String field, String description, Map<String, Integer> points) implements Item {

        static Categories of(String field, String description, Object... valuesAndPoints) {
            Map<String, Integer> points = new LinkedHashMap<>();
            for (int i = 0; i < valuesAndPoints.length; i += 2) {
                points.put((String) valuesAndPoints[i], (Integer) valuesAndPoints[i + 1]);
            }
            return new Categories(field, description, points);
        }

        @Override
        public InputSpec spec() {
            return new InputSpec(field, description, List.copyOf(points.keySet()), null, null, null);
        }

        @Override
        public List<Answer> answers() {
            return points.entrySet().stream().map(e -> new Answer(e.getKey(), e.getKey().replace('-', ' '), e.getValue())).toList();
        }

        @Override
        public Integer points(JsonNode value, List<FieldError> errors) {
            if (value.isTextual() && points.containsKey(value.asText())) {
                return points.get(value.asText());
            }
            errors.add(new FieldError(field, "must be one of " + String.join(", ", points.keySet())));
            return null;
        }
    }

    /** An integer input whose points come from the first range (inclusive) that holds it. */
    record Ranges(String field, String description, int minimum, int maximum, int multipleOf, List<int[]> fromToPoints)
            implements Item {

        @Override
        public InputSpec spec() {
            return new InputSpec(field, description, null, BigDecimal.valueOf(minimum), BigDecimal.valueOf(maximum),
                    multipleOf == 1 ? null : BigDecimal.valueOf(multipleOf));
        }

        @Override
        public List<Answer> answers() {
            return fromToPoints.stream().map(r -> {
                String text = r[0] == r[1] ? String.valueOf(r[0]) : r[1] == maximum && maximum >= 1000 ? r[0] + " or more" : r[0] + "-" + r[1];
                return new Answer(text.replace(" or more", "+"), text, r[2]);
            }).toList();
        }

        @Override
        public Integer points(JsonNode value, List<FieldError> errors) {
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                int v = value.asInt();
                if (v >= minimum && v <= maximum && v % multipleOf == 0) {
                    for (int[] range : fromToPoints) {
                        if (v >= range[0] && v <= range[1]) {
                            return range[2];
                        }
                    }
                }
            }
            errors.add(new FieldError(field, "must be an integer from " + minimum + " to " + maximum
                    + (multipleOf == 1 ? "" : " in steps of " + multipleOf)));
            return null;
        }
    }

    private final String name;
    private final String title;
    private final List<Item> items;
    private final List<Band> bands;
    private final List<String> references;

    PointScore(String name, String title, List<Item> items, List<Band> bands, List<String> references) {
        this.name = name;
        this.title = title;
        this.items = items;
        this.bands = bands;
        this.references = references;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<InputSpec> inputs() {
        return items.stream().map(Item::spec).toList();
    }

    @Override
    public List<Question> questions() {
        return items.stream().map(item -> new Question(item.field(), item.description(), item.answers())).toList();
    }

    @Override
    public List<Band> bands() {
        return bands;
    }

    @Override
    public List<String> references() {
        return references;
    }

    @Override
    public Result compute(JsonNode input) {
        List<FieldError> errors = new ArrayList<>(ScoreInputs.unknownFields(input, items.stream().map(Item::field).toList()));
        List<Component> components = new ArrayList<>();
        int total = 0;
        for (Item item : items) {
            JsonNode value = input == null ? null : input.get(item.field());
            if (value == null || value.isNull()) {
                errors.add(new FieldError(item.field(), "is required"));
                continue;
            }
            Integer points = item.points(value, errors);
            if (points != null) {
                total += points;
                components.add(new Component(item.field(), value.asText(), BigDecimal.valueOf(points)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BigDecimal sum = BigDecimal.valueOf(total);
        Band band = bands.stream().filter(b -> b.contains(sum)).findFirst().orElseThrow();
        return new Result(name, sum, band.name(), band.interpretation(), components, references);
    }
}
