package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;
import vn.renluyen.curriculum.Module;

/** A lost index is noticed and rebuilt from MariaDB by the mass indexer. */
@PortalIntegrationTest
class SearchIndexAdminIT {

    @Autowired
    SearchIndexAdmin admin;
    @Autowired
    SearchService search;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPurgedIndexIsDetectedAndRebuiltWithProgress() throws InterruptedException {
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(hits("dieu le dang")).isPositive();

        Search.mapping(entityManagerFactory).scope(Module.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(vn.renluyen.members.Member.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(vn.renluyen.stories.ExemplaryProfile.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(vn.renluyen.news.Article.class).workspace().purge();
        assertThat(hits("dieu le dang")).isZero();
        assertThat(admin.needsRebuild()).isTrue();

        List<Double> progress = new ArrayList<>();
        long documents = admin.rebuild(progress::add);
        assertThat(documents).isGreaterThanOrEqualTo(17);
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(hits("dieu le dang")).isPositive();
        assertThat(admin.needsRebuild()).isFalse();
    }

    private long hits(String q) {
        return search.search(SearchQuery.of(q), Set.of(), null, 0, 10).total();
    }
}
