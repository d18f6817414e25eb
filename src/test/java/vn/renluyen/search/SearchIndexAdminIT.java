package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;
import vn.renluyen.base.PortalProperties;
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
    @Autowired
    PortalProperties properties;

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

    /** An index from before a mapping change is rebuilt from scratch at the next start (or on demand). */
    @Test
    void anIndexBuiltForAnotherMappingIsRebuiltAndRecordsTheNewVersion() throws Exception {
        SearchIndex.awaitOutboxEmpty(jdbc);
        Path version = properties.dataDir().resolve("index").resolve("mapping-version");
        Files.writeString(version, "2000-01-01.1");
        assertThat(admin.needsRebuild()).isTrue();

        assertThat(admin.rebuild(p -> { })).isGreaterThanOrEqualTo(17);
        assertThat(Files.readString(version)).isEqualTo(SearchIndexAdmin.MAPPING_VERSION);
        assertThat(admin.needsRebuild()).isFalse();
        assertThat(hits("dieu le dang")).isPositive();
        assertThat(hits("Điều lệ Đảng")).isEqualTo(hits("dieu le dang"));
    }

    private long hits(String q) {
        return search.search(SearchQuery.of(q), Set.of(), null, 0, 10).total();
    }
}
