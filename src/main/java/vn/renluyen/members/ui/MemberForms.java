package vn.renluyen.members.ui;

/** Small conversions between the record's optional values and form fields, which want "" for none. */
final class MemberForms {

    private MemberForms() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
