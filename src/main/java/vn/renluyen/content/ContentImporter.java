package vn.renluyen.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.renluyen.base.PortalProperties;
import vn.renluyen.content.ContentProblem.Severity;
import vn.renluyen.curriculum.Audience;
import vn.renluyen.curriculum.CourseDescription;
import vn.renluyen.curriculum.CurriculumImport;
import vn.renluyen.curriculum.CurriculumImport.LessonPlacement;
import vn.renluyen.base.ImageFile;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.news.Article.ArticleFacts;
import vn.renluyen.news.NewsImport;
import vn.renluyen.stories.Achievement;
import vn.renluyen.stories.ExemplaryProfile.ProfileFacts;
import vn.renluyen.stories.StoryImport;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.ImportOutcome;
import vn.renluyen.quiz.QuizFileException;
import vn.renluyen.quiz.QuizImport;
import vn.renluyen.security.SystemTask;

/**
 * Imports content/ (the folder named by portal.content.dir): courses and their lessons, the
 * vocabulary, stories and news. Idempotent
 * and keyed by slug (a file's name without its NN- prefix and extension). Each file is checked
 * completely before anything is written, and written in a transaction of its own, so a bad file is
 * reported with path, line and reason and changes nothing, while the rest still imports.
 */
@Service
public class ContentImporter {

    private static final Logger log = LoggerFactory.getLogger(ContentImporter.class);
    private static final Pattern LESSON_FILE = Pattern.compile("(\\d+)-([a-z0-9][a-z0-9-]*)\\.md");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final PortalProperties properties;
    private final CurriculumImport curriculum;
    private final ConflictRegister conflicts;
    private final QuizImport quizzes;
    private final StoryImport stories;
    private final NewsImport news;
    private final Clock clock;
    private volatile ImportReport lastReport;

    ContentImporter(PortalProperties properties, CurriculumImport curriculum, ConflictRegister conflicts,
            QuizImport quizzes, StoryImport stories, NewsImport news, Clock clock) {
        this.quizzes = quizzes;
        this.stories = stories;
        this.news = news;
        this.properties = properties;
        this.curriculum = curriculum;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    public ImportReport importAll() {
        return importFrom(properties.contentDir(), progress -> { });
    }

    /** Imports the given folder, reporting progress (0..1) as files are done. Runs as the portal itself. */
    public synchronized ImportReport importFrom(Path root, Consumer<Double> progress) {
        Run run = new Run(root);
        SystemTask.run(() -> {
            run.courses(share -> progress.accept(share * 0.7));
            run.vocabulary();
            run.stories();
            progress.accept(0.85);
            run.news();
            progress.accept(1.0);
        });
        ImportReport report = new ImportReport(clock.instant(), run.counts.get(ImportOutcome.CREATED),
                run.counts.get(ImportOutcome.UPDATED), run.counts.get(ImportOutcome.UNCHANGED),
                run.counts.get(ImportOutcome.CONFLICT), List.copyOf(run.problems));
        lastReport = report;
        log.info("Content import from {}: {} created, {} updated, {} unchanged, {} conflicts, {} problems",
                root, report.created(), report.updated(), report.unchanged(), report.conflicts(),
                report.problems().size());
        return report;
    }

    public java.nio.file.Path contentFolder() {
        return properties.contentDir();
    }

    public ImportReport lastReport() {
        return lastReport;
    }

    /** One pass over a content folder. */
    private final class Run {

        private final Path root;
        private final List<ContentProblem> problems = new ArrayList<>();
        private final Map<ImportOutcome, Integer> counts = new HashMap<>(Map.of(ImportOutcome.CREATED, 0,
                ImportOutcome.UPDATED, 0, ImportOutcome.UNCHANGED, 0, ImportOutcome.CONFLICT, 0));

        Run(Path root) {
            this.root = root;
        }

        void courses(Consumer<Double> progress) {
            Path coursesDir = root.resolve("courses");
            if (!Files.isDirectory(coursesDir)) {
                problems.add(new ContentProblem("courses", 0, Severity.ERROR, "content.problem.noCoursesFolder",
                        new Object[] {}));
                return;
            }
            List<Path> folders = list(coursesDir).stream().filter(Files::isDirectory).sorted().toList();
            for (int i = 0; i < folders.size(); i++) {
                course(folders.get(i));
                progress.accept((i + 1) / (double) folders.size());
            }
        }

        private void course(Path folder) {
            String slug = folder.getFileName().toString();
            Path courseFile = folder.resolve("course.md");
            boolean courseOk = false;
            if (!SLUG.matcher(slug).matches()) {
                problem(folder, 0, Severity.ERROR, "content.problem.badSlug", slug);
            } else if (!Files.isRegularFile(courseFile)) {
                problem(courseFile, 0, Severity.ERROR, "content.problem.noCourseFile");
            } else {
                courseOk = importCourse(slug, courseFile);
            }
            Map<String, Path> seen = new HashMap<>();
            for (Path file : list(folder).stream().sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("course.md") || name.endsWith(".quiz.yml") || !name.endsWith(".md")) {
                    continue;
                }
                Matcher m = LESSON_FILE.matcher(name);
                if (!m.matches()) {
                    problem(file, 0, Severity.ERROR, "content.problem.badLessonName", name);
                } else if (seen.containsKey(m.group(2))) {
                    problem(file, 0, Severity.ERROR, "content.problem.duplicateSlug", m.group(2),
                            relative(seen.get(m.group(2))));
                } else if (!courseOk && !curriculum.courseExists(slug)) {
                    problem(file, 0, Severity.ERROR, "content.problem.unknownCourse", slug);
                } else {
                    seen.put(m.group(2), file);
                    importLesson(slug, m.group(2), file);
                }
            }
            for (Path file : list(folder).stream().sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".quiz.yml")) {
                    Matcher m = LESSON_FILE.matcher(name.replace(".quiz.yml", ".md"));
                    if (!m.matches()) {
                        problem(file, 0, Severity.ERROR, "content.problem.badLessonName", name);
                    } else {
                        importQuiz(slug, m.group(2), file);
                    }
                }
            }
        }

        private void importQuiz(String courseSlug, String lessonSlug, Path file) {
            try {
                Parsed parsed = readPlain(file);
                var result = quizzes.importBank(courseSlug, lessonSlug, parsed.text(), parsed.hash());
                count(result.outcome());
                if (result.outcome() == ImportOutcome.CONFLICT) {
                    conflicts.record(relative(file), result.editorialItemId(), parsed.hash(), result.draft());
                    problem(file, 0, Severity.WARNING, "content.problem.conflict");
                }
            } catch (QuizFileException e) {
                int line = e.messageKey().equals("quiz.problem.brokenYaml") ? (Integer) e.arguments()[0] : 0;
                problem(file, line, Severity.ERROR, e.messageKey(), e.arguments());
            } catch (ContentFileException e) {
                problem(file, e.line(), Severity.ERROR, e.reasonKey(), e.arguments());
            } catch (RuntimeException e) {
                log.error("Could not import {}", relative(file), e);
                problem(file, 0, Severity.ERROR, "content.problem.failed", e.getClass().getSimpleName());
            }
        }

        private boolean importCourse(String slug, Path file) {
            try {
                Parsed parsed = read(file);
                FrontMatter fm = parsed.frontMatter();
                String title = requiredText(fm, "title");
                String audienceCode = requiredText(fm, "audience");
                Audience audience = Audience.fromCode(audienceCode).orElseThrow(() -> new ContentFileException(
                        fm.lineOf("audience"), "content.problem.badAudience", audienceCode));
                CourseDescription description = new CourseDescription(title, audience,
                        optionalInt(fm, "order", 0), optionalInteger(fm, "periods"), optionalText(fm, "summary"),
                        optionalBoolean(fm, "reflection_paper"), fm.body().strip());
                count(curriculum.importCourse(slug, description, parsed.hash()));
                return true;
            } catch (ContentFileException e) {
                problem(file, e.line(), Severity.ERROR, e.reasonKey(), e.arguments());
                return false;
            } catch (RuntimeException e) {
                log.error("Could not import {}", relative(file), e);
                problem(file, 0, Severity.ERROR, "content.problem.failed", e.getClass().getSimpleName());
                return false;
            }
        }

        private void importLesson(String courseSlug, String slug, Path file) {
            try {
                Parsed parsed = read(file);
                FrontMatter fm = parsed.frontMatter();
                String title = requiredText(fm, "title");
                if (!fm.keys().containsKey("order")) {
                    throw new ContentFileException(1, "content.problem.missingKey", "order");
                }
                LessonPlacement placement = new LessonPlacement(optionalInt(fm, "order", 0),
                        optionalInteger(fm, "periods"), optionalList(fm, "sources"));
                Draft draft = new Draft(title, optionalText(fm, "summary"), fm.body().strip());
                boolean publish = !optionalBoolean(fm, "draft");
                var result = curriculum.importModule(courseSlug, slug, placement, draft, parsed.hash(), publish);
                count(result.outcome());
                if (result.outcome() == ImportOutcome.CONFLICT) {
                    conflicts.record(relative(file), result.editorialItemId(), parsed.hash(), draft);
                    problem(file, 0, Severity.WARNING, "content.problem.conflict");
                }
            } catch (ContentFileException e) {
                problem(file, e.line(), Severity.ERROR, e.reasonKey(), e.arguments());
            } catch (RuntimeException e) {
                log.error("Could not import {}", relative(file), e);
                problem(file, 0, Severity.ERROR, "content.problem.failed", e.getClass().getSimpleName());
            }
        }

        void vocabulary() {
            Path file = root.resolve("vocabulary.yml");
            if (!Files.isRegularFile(file)) {
                return;
            }
            try {
                Object loaded = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                        new org.yaml.snakeyaml.LoaderOptions())).load(readPlain(file).text());
                if (!(loaded instanceof Map<?, ?> map)) {
                    throw new ContentFileException(1, "content.problem.frontMatterNotMap");
                }
                stories.importFields(names(map, "fields"));
                news.importCategories(names(map, "news_categories"));
            } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
                problem(file, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1, Severity.ERROR,
                        "content.problem.brokenVocabulary", e.getProblem());
            } catch (ContentFileException e) {
                problem(file, e.line(), Severity.ERROR, e.reasonKey(), e.arguments());
            }
        }

        private Map<String, String> names(Map<?, ?> vocabulary, String key) {
            Object value = vocabulary.get(key);
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> map) || !map.entrySet().stream().allMatch(e -> e.getKey() instanceof String k
                    && SLUG.matcher(k).matches() && e.getValue() instanceof String v && !v.isBlank())) {
                throw new ContentFileException(0, "content.problem.badVocabulary", key);
            }
            Map<String, String> names = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> names.put((String) k, ((String) v).strip()));
            return names;
        }

        void stories() {
            for (Path file : entryFiles("stories")) {
                importEntry(file, (slug, fm, parsed) -> {
                    String field = optionalText(fm, "field");
                    if (!field.isEmpty() && !stories.fieldExists(field)) {
                        throw new ContentFileException(fm.lineOf("field"), "content.problem.unknownField", field);
                    }
                    ProfileFacts facts = new ProfileFacts(optionalText(fm, "person"), optionalText(fm, "organization"),
                            field.isEmpty() ? null : field, achievements(fm), optionalList(fm, "tags"),
                            optionalBoolean(fm, "featured"), requiredDate(fm, "published"));
                    ImageFile photo = image(fm, "photo");
                    var result = stories.importStory(slug, facts, photo, draft(fm), withImage(parsed.hash(), photo),
                            !optionalBoolean(fm, "draft"));
                    return new Imported(result.outcome(), result.editorialItemId());
                });
            }
        }

        void news() {
            for (Path file : entryFiles("news")) {
                importEntry(file, (slug, fm, parsed) -> {
                    String category = optionalText(fm, "category");
                    if (!category.isEmpty() && !news.categoryExists(category)) {
                        throw new ContentFileException(fm.lineOf("category"), "content.problem.unknownCategory",
                                category);
                    }
                    ArticleFacts facts = new ArticleFacts(category.isEmpty() ? null : category,
                            optionalText(fm, "author"), optionalList(fm, "tags"), requiredDate(fm, "published"));
                    ImageFile cover = image(fm, "cover");
                    var result = news.importArticle(slug, facts, cover, draft(fm), withImage(parsed.hash(), cover),
                            !optionalBoolean(fm, "draft"));
                    return new Imported(result.outcome(), result.editorialItemId());
                });
            }
        }

        /** photo: / cover: name a file under content/media/; it must exist there and stay inside. */
        private ImageFile image(FrontMatter fm, String key) {
            String name = optionalText(fm, key);
            if (name.isEmpty()) {
                return null;
            }
            Path media = root.resolve("media").toAbsolutePath().normalize();
            Path file = media.resolve(name).normalize();
            if (!file.startsWith(media)) {
                throw new ContentFileException(fm.lineOf(key), "content.problem.mediaOutside", name);
            }
            if (!Files.isRegularFile(file)) {
                throw new ContentFileException(fm.lineOf(key), "content.problem.noMedia", name);
            }
            try {
                return new ImageFile(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new ContentFileException(fm.lineOf(key), "content.problem.unreadable", e.getMessage());
            }
        }

        private List<Path> entryFiles(String folder) {
            Path dir = root.resolve(folder);
            return Files.isDirectory(dir) ? list(dir).stream().filter(f -> f.toString().endsWith(".md")).sorted()
                    .toList() : List.of();
        }

        /** One story or article file: checked, then written in its own transaction; reported like lessons. */
        private void importEntry(Path file, EntryWriter writer) {
            String name = file.getFileName().toString();
            String slug = name.substring(0, name.length() - 3);
            if (!SLUG.matcher(slug).matches()) {
                problem(file, 0, Severity.ERROR, "content.problem.badEntryName", name);
                return;
            }
            try {
                Parsed parsed = read(file);
                FrontMatter fm = parsed.frontMatter();
                Imported result = writer.write(slug, fm, parsed);
                count(result.outcome());
                if (result.outcome() == ImportOutcome.CONFLICT) {
                    conflicts.record(relative(file), result.editorialItemId(), parsed.hash(), draft(fm));
                    problem(file, 0, Severity.WARNING, "content.problem.conflict");
                }
            } catch (ContentFileException e) {
                problem(file, e.line(), Severity.ERROR, e.reasonKey(), e.arguments());
            } catch (UserFacingException e) {
                problem(file, 0, Severity.ERROR, e.messageKey(), e.arguments());
            } catch (RuntimeException e) {
                log.error("Could not import {}", relative(file), e);
                problem(file, 0, Severity.ERROR, "content.problem.failed", e.getClass().getSimpleName());
            }
        }

        /** Reads UTF-8 strictly, normalises to NFC (reporting where it had to) and parses the front matter. */
        private Parsed read(Path file) {
            Parsed plain = readPlain(file);
            return new Parsed(FrontMatter.parse(plain.text()), plain.text(), plain.hash());
        }

        /** Reads UTF-8 strictly and normalises to NFC, reporting where it had to. */
        private Parsed readPlain(Path file) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                throw new ContentFileException(0, "content.problem.notUtf8");
            } catch (IOException e) {
                throw new ContentFileException(0, "content.problem.unreadable", e.getMessage());
            }
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                int line = firstNonNfcLine(text);
                text = Normalizer.normalize(text, Normalizer.Form.NFC);
                problem(file, line, Severity.WARNING, "content.problem.notNfc");
            }
            return new Parsed(null, text, sha256(text));
        }

        private void count(ImportOutcome outcome) {
            counts.merge(outcome, 1, Integer::sum);
        }

        private void problem(Path file, int line, Severity severity, String key, Object... arguments) {
            ContentProblem problem = new ContentProblem(relative(file), line, severity, key, arguments);
            problems.add(problem);
            if (severity == Severity.ERROR) {
                log.warn("Content not imported: {}:{} {} {}", problem.path(), line, key, List.of(arguments));
            } else {
                log.info("Content imported with a remark: {}:{} {}", problem.path(), line, key);
            }
        }

        private String relative(Path file) {
            return root.relativize(file).toString().replace('\\', '/');
        }
    }

    private record Parsed(FrontMatter frontMatter, String text, String hash) {
    }

    private record Imported(ImportOutcome outcome, long editorialItemId) {
    }

    @FunctionalInterface
    private interface EntryWriter {
        Imported write(String slug, FrontMatter fm, Parsed parsed);
    }

    /** A changed image is a changed file: its bytes count in the hash that decides "unchanged". */
    private static String withImage(String hash, ImageFile image) {
        return image == null ? hash : sha256(hash + ":" + HexFormat.of().formatHex(sha256Bytes(image.bytes())));
    }

    private static byte[] sha256Bytes(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Draft draft(FrontMatter fm) {
        return new Draft(requiredText(fm, "title"), optionalText(fm, "summary"), fm.body().strip());
    }

    /** A date written as 2026-05-19 (YAML reads it as a timestamp) or as text of that form. */
    private static java.time.LocalDate requiredDate(FrontMatter fm, String key) {
        Object value = fm.keys().get(key);
        if (value == null) {
            throw new ContentFileException(fm.keys().containsKey(key) ? fm.lineOf(key) : 1,
                    "content.problem.missingKey", key);
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return java.time.LocalDate.parse(value.toString().strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ContentFileException(fm.lineOf(key), "content.problem.notDate", key);
        }
    }

    /** achievements: a list of {year, text}. */
    private static List<Achievement> achievements(FrontMatter fm) {
        Object value = fm.keys().get("achievements");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ContentFileException(fm.lineOf("achievements"), "content.problem.badAchievements");
        }
        List<Achievement> achievements = new ArrayList<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> map) || !(map.get("year") instanceof Integer year)
                    || !(map.get("text") instanceof String text) || text.isBlank()) {
                throw new ContentFileException(fm.lineOf("achievements"), "content.problem.badAchievements");
            }
            achievements.add(new Achievement(year, text));
        }
        return achievements;
    }

    private static String requiredText(FrontMatter fm, String key) {
        Object value = fm.keys().get(key);
        if (value == null || value.toString().isBlank()) {
            throw new ContentFileException(fm.keys().containsKey(key) ? fm.lineOf(key) : 1,
                    "content.problem.missingKey", key);
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw new ContentFileException(fm.lineOf(key), "content.problem.notText", key);
        }
        return value.toString().strip();
    }

    private static String optionalText(FrontMatter fm, String key) {
        Object value = fm.keys().get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static int optionalInt(FrontMatter fm, String key, int fallback) {
        Integer value = optionalInteger(fm, key);
        return value == null ? fallback : value;
    }

    private static Integer optionalInteger(FrontMatter fm, String key) {
        Object value = fm.keys().get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i && i >= 0) {
            return i;
        }
        throw new ContentFileException(fm.lineOf(key), "content.problem.notNumber", key);
    }

    private static boolean optionalBoolean(FrontMatter fm, String key) {
        Object value = fm.keys().get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new ContentFileException(fm.lineOf(key), "content.problem.notBoolean", key);
    }

    private static List<String> optionalList(FrontMatter fm, String key) {
        Object value = fm.keys().get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(v -> ((String) v).strip()).toList();
        }
        throw new ContentFileException(fm.lineOf(key), "content.problem.notList", key);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new ContentFileException(0, "content.problem.unreadable", e.getMessage());
        }
    }

    private static int firstNonNfcLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!Normalizer.isNormalized(lines[i], Normalizer.Form.NFC)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
