package vn.renluyen.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;

/** Tags typed on one line, separated by commas. */
public class TagField extends TextField {

    public TagField() {
        super(com.vaadin.flow.component.UI.getCurrent() == null ? "Tags"
                : com.vaadin.flow.component.UI.getCurrent().getTranslation("tags.field"));
        setHelperText(getTranslation("tags.help"));
        setWidthFull();
    }

    public void setTags(List<String> tags) {
        setValue(String.join(", ", tags));
    }

    public List<String> getTags() {
        return Arrays.stream(getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
