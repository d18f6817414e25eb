package vn.renluyen.base;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "cannot reach MariaDB at start" into one clear message with the URL and what to check,
 * instead of a page of stack trace. Registered in META-INF/spring.factories.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable cause = connectionCause(failure);
        if (cause == null) {
            return null;
        }
        String url = maskCredentials(environment.getProperty("spring.datasource.url", "(embedded MariaDB)"));
        String description = "Không kết nối được cơ sở dữ liệu MariaDB tại " + url
                + " (cannot reach the database): " + firstLine(cause.getMessage());
        String action = "Kiểm tra máy chủ MariaDB đang chạy và nhận kết nối ở địa chỉ, cổng trên; "
                + "kiểm tra SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD "
                + "và quyền của tài khoản trên cơ sở dữ liệu. Bỏ trống SPRING_DATASOURCE_URL để dùng MariaDB nhúng.";
        return new FailureAnalysis(description, action, failure);
    }

    static Throwable connectionCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLInvalidAuthorizationSpecException
                    || t instanceof ConnectException
                    || t instanceof UnknownHostException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static String maskCredentials(String url) {
        return url.replaceAll("//[^/@]*:[^/@]*@", "//***:***@")
                .replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
