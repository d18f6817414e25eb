package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import vn.renluyen.quiz.Paper;
import vn.renluyen.quiz.QuizDefinition.QuestionType;

/** One question while answering: radio buttons for one answer, check boxes for several. */
class QuestionField extends Composite<Div> {

    private final Paper.ShownQuestion question;
    private RadioButtonGroup<Paper.ShownOption> single;
    private CheckboxGroup<Paper.ShownOption> multiple;

    /** The saved answer is set before the listener is added, so restoring it does not save it again. */
    QuestionField(int number, Paper.ShownQuestion question, Set<String> saved,
            BiConsumer<String, Set<String>> onChange) {
        this.question = question;
        Div root = getContent();
        root.addClassName("quiz-question-field");
        Paragraph text = new Paragraph(number + ". " + question.text());
        text.addClassName("quiz-question-text");
        root.add(text);
        Map<String, Paper.ShownOption> byId = question.options().stream()
                .collect(Collectors.toMap(Paper.ShownOption::id, o -> o));
        if (question.type() == QuestionType.MULTIPLE) {
            multiple = new CheckboxGroup<>();
            multiple.setLabel(getTranslation("quiz.take.chooseAll"));
            multiple.setItems(question.options());
            multiple.setItemLabelGenerator(Paper.ShownOption::text);
            multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            multiple.setValue(saved.stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            multiple.addValueChangeListener(e -> onChange.accept(question.id(), answer()));
            root.add(multiple);
        } else {
            single = new RadioButtonGroup<>();
            single.setLabel(getTranslation("quiz.take.chooseOne"));
            single.setItems(question.options());
            single.setItemLabelGenerator(Paper.ShownOption::text);
            single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            saved.stream().map(byId::get).filter(java.util.Objects::nonNull).findFirst().ifPresent(single::setValue);
            single.addValueChangeListener(e -> onChange.accept(question.id(), answer()));
            root.add(single);
        }
    }

    String questionId() {
        return question.id();
    }

    Set<String> answer() {
        if (multiple != null) {
            return multiple.getValue().stream().map(Paper.ShownOption::id).collect(Collectors.toSet());
        }
        return single.getValue() == null ? Set.of() : Set.of(single.getValue().id());
    }

    void lock() {
        if (multiple != null) {
            multiple.setReadOnly(true);
        } else {
            single.setReadOnly(true);
        }
    }
}
