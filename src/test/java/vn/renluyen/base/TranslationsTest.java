package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible string exists in both languages, in NFC, and every key the code uses exists. */
class TranslationsTest {

    /** Message keys handed to exceptions and reports, translated later by the views. */
    private static final Pattern PROBLEM_KEY = Pattern.compile(
            "\"((?:account|member|organization|publishing|content|quiz|media)\\.(?:error|problem)\\.\\w+)\"");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|title\\s*=)\\s*\\(?\\s*\"([a-zA-Z][\\w.]*\\w)\"(?!\\s*\\+)");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("vi").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void noTranslationIsEmptyAndAllAreNfc() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertThat(value).as(language + ":" + key).isNotBlank();
                assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as(language + ":" + key).isTrue();
            }
        }
    }

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] {KEY_IN_CODE, PROBLEM_KEY}) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("vi").stringPropertyNames()).containsAll(used);
    }

    @Test
    void enumLabelsAreTranslated() throws IOException {
        Properties vi = load("vi");
        for (var role : vn.renluyen.security.Role.values()) {
            assertThat(vi).containsKey(role.translationKey());
        }
        for (var type : vn.renluyen.members.OrganizationType.values()) {
            assertThat(vi).containsKey(type.translationKey());
        }
        for (var status : vn.renluyen.members.MemberStatus.values()) {
            assertThat(vi).containsKey(status.translationKey());
        }
    }

    @Test
    void theProviderFallsBackToVietnameseAndFormatsParameters() {
        PortalI18nProvider provider = new PortalI18nProvider();
        assertThat(provider.getTranslation("header.login", java.util.Locale.FRENCH)).isEqualTo("Đăng nhập");
        assertThat(provider.getTranslation("header.login", java.util.Locale.ENGLISH)).isEqualTo("Log in");
        assertThat(provider.getTranslation("error.unexpected", PortalI18nProvider.VIETNAMESE, "ab12"))
                .contains("mã sự cố ab12");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
