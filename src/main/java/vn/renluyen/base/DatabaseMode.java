package vn.renluyen.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether demo data belongs here: by default only on the embedded database (DESIGN.md). */
@Component
public class DatabaseMode {

    private final boolean embedded;
    private final boolean demoData;

    DatabaseMode(ObjectProvider<EmbeddedMariaDb> embeddedServer, PortalProperties properties) {
        this.embedded = embeddedServer.getIfAvailable() != null;
        this.demoData = properties.demoData() != null ? properties.demoData() : embedded;
    }

    public boolean embedded() {
        return embedded;
    }

    public boolean demoDataWanted() {
        return demoData;
    }
}
