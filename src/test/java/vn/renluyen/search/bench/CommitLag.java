package vn.renluyen.search.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.Users;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.Revision;
import vn.renluyen.search.SearchQuery;
import vn.renluyen.search.SearchService;

/**
 * From the commit of a publish to the first search that finds it: a publisher saves and publishes a
 * lesson with a word no document has, then the search is asked for that word until it answers. The
 * path is the real one: EditorialService, the outbox, the event processor, Lucene's refresh.
 */
final class CommitLag {

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final EditorialService editorial;
    private final SearchService search;
    private final UserDetailsService users;

    CommitLag(EditorialService editorial, SearchService search, UserDetailsService users) {
        this.editorial = editorial;
        this.search = search;
        this.users = users;
    }

    /** Milliseconds of each run; a run that never becomes searchable fails the benchmark. */
    List<Double> measure(long itemId, int runs) throws InterruptedException {
        List<Double> lags = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            String marker = "mocdokiemtra" + (char) ('a' + run) + "x" + System.nanoTime() % 1000;
            Users.run(users, "xuatban", () -> {
                Revision published = editorial.publishedRevision(itemId).orElseThrow();
                editorial.save(itemId, new Draft(published.getTitle(), published.getSummary(),
                        published.getBody() + "\n\n" + marker), "benchmark: commit-to-searchable");
                editorial.publish(itemId);
            });
            long committed = System.nanoTime();
            while (search.search(SearchQuery.of(marker), Set.of(), null, 0, 1).total() == 0) {
                if (System.nanoTime() - committed > GIVE_UP.toNanos()) {
                    throw new AssertionError("A published edit was not searchable within " + GIVE_UP);
                }
                Thread.sleep(5);
            }
            lags.add((System.nanoTime() - committed) / 1e6);
        }
        return lags;
    }
}
