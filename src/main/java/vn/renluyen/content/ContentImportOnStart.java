package vn.renluyen.content;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** content/ is imported at every start (idempotent: unchanged files cost a hash comparison). */
@Component
@Order(20)
class ContentImportOnStart implements ApplicationRunner {

    private final ContentImporter importer;
    private final boolean enabled;

    ContentImportOnStart(ContentImporter importer, @Value("${portal.content.import-on-start:true}") boolean enabled) {
        this.importer = importer;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            importer.importAll();
        }
    }
}
