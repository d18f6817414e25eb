package vn.renluyen.base;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Primary and replicas (README, "Scale-out › Database replication"): with a
 * {@code jdbc:mariadb:replication://primary,replica…/db} URL the driver sends read-only transactions to a replica
 * and everything else (read-write transactions, Flyway, Hibernate Search's outbox agents) to the primary. This
 * only replaces Boot's transaction manager by one that survives a replica going away between two requests.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicationConfig.ReplicationUrl.class)
class ReplicationConfig {

    static final String URL_PREFIX = "jdbc:mariadb:replication:";

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource,
            ObjectProvider<TransactionManagerCustomizers> customizers) throws SQLException {
        // Boot's pool; the fallback renews its connections (a failing unwrap stops the start with the reason).
        ReplicaFallbackTransactionManager manager = new ReplicaFallbackTransactionManager(
                dataSource.unwrap(HikariDataSource.class));
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    static class ReplicationUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            return url.startsWith(URL_PREFIX);
        }
    }
}
