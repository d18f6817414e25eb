package vn.renluyen.search.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the synthetic lessons as the portal stores published lessons (course, editorial item,
 * published revision, module with its search text) with JDBC batches, since going through the
 * services would take longer than the benchmark itself; such rows reach Lucene only through the mass
 * indexer, which is what is measured. Then copies every live lesson's search text, the real ones
 * included, into a FULLTEXT table for MariaDB's side.
 */
final class CorpusLoader {

    static final String COURSE = "tong-hop-thu-nghiem";
    /** Accent- and case-insensitive, with đ = d (utf8mb4_vietnamese_ci tells accents apart). */
    static final String COLLATION = "utf8mb4_unicode_520_ci";
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    CorpusLoader(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void load(SyntheticCorpus corpus, int count) throws SQLException {
        long course = insertCourse();
        long firstItem = next("editorial_item");
        long firstRevision = next("revision");
        long firstModule = next("module");
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement item = c.prepareStatement("insert into editorial_item (id, kind, state, title, "
                        + "latest_revision, published_revision, updated_at) values (?, 'MODULE', 'PUBLISHED', ?, 1, 1, ?)");
                PreparedStatement revision = c.prepareStatement("insert into revision (id, item_id, number, title, summary, "
                        + "body, source, author, created_at) values (?, ?, 1, ?, '', ?, 'IMPORT', 'benchmark', ?)");
                PreparedStatement module = c.prepareStatement("insert into module (id, course_id, slug, display_order, "
                        + "sources, editorial_item_id, search_type, search_slug, search_url, search_title, search_body, "
                        + "search_course, search_live) values (?, ?, ?, ?, '', ?, 'module', ?, ?, ?, ?, ?, true)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                SyntheticCorpus.Doc doc = corpus.doc(i);
                String slug = "bai-%06d".formatted(i);
                item.setLong(1, firstItem + i);
                item.setString(2, doc.title());
                item.setTimestamp(3, now);
                item.addBatch();
                revision.setLong(1, firstRevision + i);
                revision.setLong(2, firstItem + i);
                revision.setString(3, doc.title());
                revision.setString(4, doc.body());
                revision.setTimestamp(5, now);
                revision.addBatch();
                module.setLong(1, firstModule + i);
                module.setLong(2, course);
                module.setString(3, slug);
                module.setInt(4, i + 1);
                module.setLong(5, firstItem + i);
                module.setString(6, slug);
                module.setString(7, "/khoa-hoc/" + COURSE + "/" + slug);
                module.setString(8, doc.title());
                module.setString(9, doc.body());
                module.setString(10, COURSE);
                module.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == count) {
                    item.executeBatch();
                    revision.executeBatch();
                    module.executeBatch();
                    c.commit();
                }
            }
        }
    }

    /** The same texts Lucene indexes, in a table of the benchmark database only (not a migration). */
    void copyToFulltextTable() {
        jdbc.execute("drop table if exists bench_doc");
        jdbc.execute("create table bench_doc (id bigint primary key, url varchar(300) collate utf8mb4_bin not null, "
                + "title varchar(500) not null, body mediumtext not null) engine = InnoDB default charset = utf8mb4 "
                + "collate = " + COLLATION);
        jdbc.execute("insert into bench_doc select id, search_url, search_title, search_body from module where search_live");
        jdbc.execute("alter table bench_doc add fulltext bench_doc_text (title, body)");
    }

    long liveLessons() {
        return jdbc.queryForObject("select count(*) from module where search_live", Long.class);
    }

    private long insertCourse() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement course = c.prepareStatement("insert into course (slug, title, audience, display_order, "
                        + "summary, reflection_paper, introduction, content_hash) values (?, 'Tổng hợp thử nghiệm', "
                        + "'MEMBER', 99, '', false, '', 'benchmark')", Statement.RETURN_GENERATED_KEYS)) {
            course.setString(1, COURSE);
            course.executeUpdate();
            try (var keys = course.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long next(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
    }
}
