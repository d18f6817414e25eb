package vn.renluyen.quiz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON kept on an attempt row: its paper and its answers (question id → chosen option ids). */
final class PaperCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Set<String>>> ANSWERS = new TypeReference<>() {
    };

    private PaperCodec() {
    }

    static String write(Paper paper) {
        return JSON.writeValueAsString(paper);
    }

    static Paper paper(String json) {
        return JSON.readValue(json, Paper.class);
    }

    static String write(Map<String, Set<String>> answers) {
        return JSON.writeValueAsString(answers);
    }

    static String writeOptions(Set<String> optionIds) {
        return JSON.writeValueAsString(optionIds);
    }

    static Map<String, Set<String>> answers(String json) {
        return JSON.readValue(json, ANSWERS);
    }
}
