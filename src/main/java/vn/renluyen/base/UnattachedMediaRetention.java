package vn.renluyen.base;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Uploads never attached to a record (a form left without saving), after {@code portal.retention.unattached-media}. */
@Component
class UnattachedMediaRetention implements RetentionTask {

    private final MediaService media;
    private final RetentionPeriods periods;

    UnattachedMediaRetention(MediaService media, RetentionPeriods periods) {
        this.media = media;
        this.periods = periods;
    }

    @Override
    public String dataName() {
        return "unattachedMedia";
    }

    @Override
    public int deleteExpired(Instant now) {
        return media.deleteUnattachedBefore(now.minus(periods.unattachedMedia()));
    }
}
