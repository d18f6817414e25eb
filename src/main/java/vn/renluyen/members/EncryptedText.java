package vn.renluyen.members;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.renluyen.base.SecretCipher;

/**
 * Sensitive personal data (Nghị định 13/2023/NĐ-CP) goes to the database encrypted. Text written
 * before encryption existed is read as it is, and {@link SensitiveDataEncryption} encrypts it.
 */
@Converter
class EncryptedText implements AttributeConverter<String, String> {

    private final SecretCipher cipher;

    EncryptedText(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String value) {
        return value == null ? null : cipher.encrypt(value);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null || !SecretCipher.isEncrypted(stored) ? stored : cipher.decrypt(stored);
    }
}
