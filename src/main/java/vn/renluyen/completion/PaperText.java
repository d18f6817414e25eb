package vn.renluyen.completion;

import vn.renluyen.base.Texts;

/** The written part of a reflection paper as stored: NFC, one kind of line break, within the limits. */
final class PaperText {

    private PaperText() {
    }

    /** Null when nothing was written (a PDF may be the whole paper); refused when too short or too long. */
    static String clean(String text) {
        String cleaned = Texts.nfc(text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n'));
        if (Texts.isBlank(cleaned)) {
            return null;
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length < ReflectionPapers.MIN_TEXT) {
            throw new ReflectionPaperProblem("reflection.error.tooShort", ReflectionPapers.MIN_TEXT, length);
        }
        if (length > ReflectionPapers.MAX_TEXT) {
            throw new ReflectionPaperProblem("reflection.error.tooLong", ReflectionPapers.MAX_TEXT, length);
        }
        return cleaned;
    }
}
