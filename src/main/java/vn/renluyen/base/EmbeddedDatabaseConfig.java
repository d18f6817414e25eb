package vn.renluyen.base;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Zero-setup run: with no {@code spring.datasource.url}, start MariaDB from Maven artifacts. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.NoExternalDatabase.class)
class EmbeddedDatabaseConfig {

    static final String DATABASE = "renluyen";

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(PortalProperties properties) {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(properties.dataDir().resolve("mariadb"), 0);
        server.createDatabase(DATABASE);
        return server;
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, DataSourceProperties properties) {
        properties.setUrl(server.jdbcUrl(DATABASE));
        properties.setUsername("root");
        properties.setPassword("");
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
