package vn.renluyen.base;

import java.util.List;

/**
 * Where a feature keeps values encrypted with {@link SecretCipher}: a table, its key column and the encrypted
 * columns. Each feature declares its own as a bean, so {@link RetiredKeyRewrap} finds every one without
 * knowing the features.
 */
public record EncryptedColumns(String table, String idColumn, List<String> columns) {
}
