package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.renluyen.Application;

/** Starting against a database that does not answer fails at once with one clear message. */
@ExtendWith(OutputCaptureExtension.class)
@Tag("own-context")
class DatabaseUnreachableIT {

    @Test
    void startFailsWithTheUrlAndWhatToCheck(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort + "/renluyen";
        SpringApplication application = new SpringApplication(Application.class);
        // A starting portal installs Vaadin's security-context strategy JVM-wide; put the test's back.
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            assertThatThrownBy(() -> application.run("--spring.datasource.url=" + url,
                "--spring.datasource.username=root", "--server.port=0", "--portal.demo-data=false",
                    "--portal.data.dir=target/unreachable-test")).isInstanceOf(Exception.class);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        assertThat(output.getAll()).contains("Không kết nối được cơ sở dữ liệu MariaDB tại " + url)
                .contains("SPRING_DATASOURCE_URL");
    }
}
