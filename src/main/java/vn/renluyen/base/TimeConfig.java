package vn.renluyen.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the portal: tests move time through it instead of sleeping. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock(PortalProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
