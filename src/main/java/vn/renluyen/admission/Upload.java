package vn.renluyen.admission;

/** A PDF the secretary picked, not stored yet: it is checked and stored only with the record it belongs to. */
public record Upload(String fileName, byte[] bytes) {
}
