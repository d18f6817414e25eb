package vn.renluyen.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After content import: rebuild the index if it is empty or was built for another mapping. */
@Component
@Order(30)
class SearchIndexOnStart implements ApplicationRunner {

    private final SearchIndexAdmin admin;
    private final boolean enabled;

    SearchIndexOnStart(SearchIndexAdmin admin,
            @org.springframework.beans.factory.annotation.Value("${portal.search.rebuild-on-start:true}") boolean enabled) {
        this.admin = admin;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (enabled && admin.needsRebuild()) {
            admin.rebuild(progress -> { });
        }
    }
}
