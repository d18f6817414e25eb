package vn.renluyen.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.renluyen.base.PortalProperties;
import vn.renluyen.curriculum.Module;
import vn.renluyen.news.Article;
import vn.renluyen.stories.ExemplaryProfile;
import vn.renluyen.members.Member;
import vn.renluyen.publishing.WorkingCopy;

/**
 * Rebuilds the Lucene index from MariaDB with the mass indexer: at start when the index is empty
 * while the database is not (a new or lost index folder), or when the mapping version below
 * changed; and on demand from the admin page. Rows written by SQL are only indexed this way.
 */
@Service
public class SearchIndexAdmin {

    /** Raise whenever fields or analyzers change, so existing indexes are rebuilt at the next start. */
    static final String MAPPING_VERSION = "2026-12-04.1";
    /** Every indexed type: the public search's, members' names, and the working copies that staff search. */
    private static final List<Class<?>> INDEXED = List.of(Module.class, ExemplaryProfile.class, Article.class,
            Member.class, WorkingCopy.class);
    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Path versionFile;

    SearchIndexAdmin(EntityManagerFactory entityManagerFactory, PortalProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.versionFile = properties.dataDir().resolve("index").resolve("mapping-version");
    }

    /**
     * Documents in the index now: a query that fails here means search is degraded. It reads one hit's id, since
     * Lucene counts all documents from the open reader's metadata without touching the index files.
     */
    public long indexedDocuments() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em).search(INDEXED).select(f -> f.id()).where(f -> f.matchAll()).fetch(1)
                    .total().hitCount();
        } finally {
            em.close();
        }
    }

    /**
     * True when the index of some type is empty while its table has rows (a new or lost index folder, also of a
     * type added since), or the index was built for another mapping.
     */
    public boolean needsRebuild() {
        if (!MAPPING_VERSION.equals(storedVersion())) {
            return true;
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return INDEXED.stream().anyMatch(type -> count(type) > 0
                    && Search.session(em).search(type).where(f -> f.matchAll()).fetchTotalHitCount() == 0);
        }
    }

    /**
     * Rebuilds every index; progress goes from 0 to 1. Blocks until done. An index built for another mapping is
     * dropped first, not only emptied: Lucene keeps a field's schema (term vectors, say) as long as its writer lives,
     * and refuses documents that index the field otherwise.
     */
    public synchronized long rebuild(DoubleConsumer progress) throws InterruptedException {
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        boolean otherMapping = !MAPPING_VERSION.equals(storedVersion());
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            Search.session(em).massIndexer(INDEXED)
                .dropAndCreateSchemaOnStart(otherMapping)
                .idFetchSize(100)
                .batchSizeToLoadObjects(50)
                .threadsToLoadObjects(1)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void addToTotalCount(long increment) {
                        total.addAndGet(increment);
                    }

                    @Override
                    public void documentsAdded(long increment) {
                        long now = done.addAndGet(increment);
                        progress.accept(total.get() == 0 ? 0 : Math.min(1, now / (double) total.get()));
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void indexingCompleted() {
                        progress.accept(1);
                    }
                })
                .startAndWait();
        }
        writeVersion();
        log.info("Search index rebuilt{}: {} documents", otherMapping ? " for a new mapping" : "", done.get());
        return done.get();
    }

    private long count(Class<?> type) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class).getSingleResult();
        }
    }

    private String storedVersion() {
        try {
            return Files.exists(versionFile) ? Files.readString(versionFile).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void writeVersion() {
        try {
            Files.createDirectories(versionFile.getParent());
            Files.writeString(versionFile, MAPPING_VERSION);
        } catch (IOException e) {
            log.warn("Could not record the search mapping version in {}", versionFile, e);
        }
    }
}
