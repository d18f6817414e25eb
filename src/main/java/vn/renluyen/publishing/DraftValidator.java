package vn.renluyen.publishing;

/**
 * Checks a draft of a kind whose text has a structure (a quiz bank is YAML) before any revision of
 * it is saved, by an editor or by the import; throws a user-facing exception when it is invalid.
 */
public interface DraftValidator {

    void validate(ItemKind kind, Draft draft);
}
