package vn.renluyen.publishing;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link PublishingScheduler}; other features' jobs may share it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublishingSchedulingConfig {
}
