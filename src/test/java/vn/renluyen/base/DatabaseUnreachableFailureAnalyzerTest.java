package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableFailureAnalyzerTest {

    @Test
    void namesTheUrlWithoutCredentialsAndSaysWhatToCheck() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/renluyen?password=bi-mat");
        Exception failure = new IllegalStateException("Flyway failed",
                new SQLNonTransientConnectionException("Socket fail to connect to host:db.example, port:3306"));

        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(environment).analyze(failure);

        assertThat(analysis.getDescription()).contains("jdbc:mariadb://db.example:3306/renluyen?password=***")
                .doesNotContain("bi-mat").contains("Không kết nối được cơ sở dữ liệu");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void masksUserAndPasswordInTheAuthority() {
        assertThat(DatabaseUnreachableFailureAnalyzer.maskCredentials("jdbc:mariadb://an:mk@host/db"))
                .isEqualTo("jdbc:mariadb://***:***@host/db");
    }

    @Test
    void leavesOtherFailuresToSpringBoot() {
        assertThat(new DatabaseUnreachableFailureAnalyzer(new MockEnvironment())
                .analyze(new IllegalStateException("something else"))).isNull();
    }
}
