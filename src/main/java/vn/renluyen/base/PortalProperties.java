package vn.renluyen.base;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The settings every deployment may change (DESIGN.md, "Configuration the portal always honours"). */
@ConfigurationProperties("portal")
public record PortalProperties(
        String publicUrl,
        Folder data,
        Folder content,
        ZoneId timeZone,
        Boolean demoData) {

    public PortalProperties {
        publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl;
        data = data == null ? new Folder(Path.of("data")) : data;
        content = content == null ? new Folder(Path.of("content")) : content;
        timeZone = timeZone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : timeZone;
    }

    /** Search index, uploads and the embedded database live here. */
    public Path dataDir() {
        return data.dir();
    }

    public Path contentDir() {
        return content.dir();
    }

    public record Folder(Path dir) {
    }
}
