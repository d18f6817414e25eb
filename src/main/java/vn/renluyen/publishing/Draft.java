package vn.renluyen.publishing;

import vn.renluyen.base.Texts;

/** The text of one revision as an author writes it. */
public record Draft(String title, String summary, String body) {

    public Draft {
        title = Texts.nfc(title);
        summary = Texts.nfc(summary == null ? "" : summary);
        body = Texts.nfc(body == null ? "" : body);
    }
}
