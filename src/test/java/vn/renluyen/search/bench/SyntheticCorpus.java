package vn.renluyen.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.base.Texts;
import vn.renluyen.search.SearchQuery;

/**
 * Synthetic Vietnamese lessons for the benchmark: syllables drawn with their frequencies from every
 * Markdown file in content/, in sentences as long as the real ones. A bag of syllables on purpose:
 * the documents share the lessons' vocabulary (and so their posting lists and the folding
 * collisions) but not their phrases, so none is about what a judged query asks and the judgements
 * stay right. A syllable bigram chain was tried first: its documents remix the lessons' phrases
 * ("lịch sử Đảng" in a title), a reader would call many of them relevant, and the judged figures
 * stopped meaning anything. Document i depends only on the seed and i.
 */
final class SyntheticCorpus {

    private final String[] syllables;
    private final int[] sentenceLengths;
    private final long seed;

    private SyntheticCorpus(String[] syllables, int[] sentenceLengths, long seed) {
        this.syllables = syllables;
        this.sentenceLengths = sentenceLengths;
        this.seed = seed;
    }

    static SyntheticCorpus learn(Path contentDir, long seed) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<String> all = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(contentDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                for (String sentence : markdown.plainText(withoutFrontMatter(Files.readString(file))).split("[.!?;:…\\n]+")) {
                    List<String> words = syllables(sentence);
                    if (words.size() >= 3) {
                        all.addAll(words);
                        lengths.add(words.size());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyntheticCorpus(all.toArray(String[]::new), lengths.stream().mapToInt(Integer::intValue).toArray(),
                seed);
    }

    long vocabularySize() {
        return Arrays.stream(syllables).distinct().count();
    }

    /** Lesson i: a title of 4 to 10 syllables and a body of about 120 to 400 syllables. */
    Doc doc(long i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        String title = words(random, random.nextInt(4, 11));
        int target = random.nextInt(120, 401);
        StringBuilder body = new StringBuilder();
        for (int written = 0; written < target; ) {
            int length = sentenceLengths[random.nextInt(sentenceLengths.length)];
            body.append(capitalised(words(random, length))).append(". ");
            written += length;
        }
        return new Doc(capitalised(title), body.toString().strip());
    }

    /**
     * Query i of the warm-up: 2 to 5 syllables drawn like the documents' (so as common as the judged queries'),
     * every other one typed without diacritics. Never a judged query, so nothing the measured pass asks is cached.
     */
    String warmUpQuery(long i) {
        SplittableRandom random = new SplittableRandom(~seed * 1_000_003L + i);
        String query = words(random, random.nextInt(2, 6));
        return i % 2 == 0 ? query : SearchQuery.of(query).withoutDiacritics();
    }

    private String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < count; k++) {
            text.append(k == 0 ? "" : " ").append(syllables[random.nextInt(syllables.length)]);
        }
        return text.toString();
    }

    private static List<String> syllables(String sentence) {
        List<String> result = new ArrayList<>();
        for (String raw : sentence.split("\\s+")) {
            String syllable = raw.replaceAll("^[^\\p{L}\\p{Nd}]+|[^\\p{L}\\p{Nd}]+$", "");
            if (!syllable.isEmpty()) {
                result.add(syllable);
            }
        }
        return result;
    }

    private static String withoutFrontMatter(String text) {
        String nfc = Texts.nfc(text);
        if (!nfc.startsWith("---")) {
            return nfc;
        }
        int end = nfc.indexOf("\n---", 3);
        return end < 0 ? nfc : nfc.substring(end + 4);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    record Doc(String title, String body) {
    }
}
