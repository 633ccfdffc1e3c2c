package org.bonemet.fhir;

import java.util.List;
import java.util.stream.Collectors;

import org.bonemet.score.Score;
import org.bonemet.score.Scores;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.ResourceType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/** A Questionnaire per point score (Mirels, SINS, revised Tokuhashi, Tomita): one question per row, points as ordinalValue. */
final class ScoreQuestionnaires {

    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private ScoreQuestionnaires() {
    }

    static String id(Score score) {
        return "score-" + score.name();
    }

    static List<Questionnaire> all(Source source) {
        return Scores.ALL.stream().filter(s -> !s.questions().isEmpty()).map(score -> questionnaire(source, score)).toList();
    }

    private static Questionnaire questionnaire(Source source, Score score) {
        Questionnaire questionnaire = source.describe(new Questionnaire(), id(score), Source.name(score.name(), "score"), score.title(),
                source.referencesStamp(score.references()));
        questionnaire.addSubjectType(ResourceType.PATIENT.toCode());
        questionnaire.setDescription("The inputs of the " + score.title() + ", each answer with its points as `ordinalValue`; the total "
                + "is the sum. POST /api/v1/scores/" + score.name() + " computes it with its band. Sources: "
                + score.references().stream().map(r -> source.references().get(r).citation()).collect(Collectors.joining("; ")));
        for (Score.Question question : score.questions()) {
            QuestionnaireItemComponent item = questionnaire.addItem().setLinkId(question.field()).setText(question.description())
                    .setType(QuestionnaireItemType.CHOICE).setRequired(true);
            for (Score.Answer answer : question.answers()) {
                QuestionnaireItemAnswerOptionComponent option = item.addAnswerOption().setValue(new Coding().setCode(answer.code())
                        .setDisplay(answer.display()));
                option.addExtension(ORDINAL_VALUE, new DecimalType(answer.points()));
            }
        }
        return questionnaire;
    }
}
