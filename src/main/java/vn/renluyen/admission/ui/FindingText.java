package vn.renluyen.admission.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import vn.renluyen.admission.Finding;

/** A finding in the reader's language; an argument that is itself a finding is translated first. */
final class FindingText {

    private FindingText() {
    }

    static String of(Component in, Finding finding) {
        Object[] arguments = Arrays.stream(finding.arguments())
                .map(a -> a instanceof Finding inner ? of(in, inner) : a).toArray();
        return in.getTranslation(finding.messageKey(), arguments);
    }
}
