package org.puente.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hypocoristics (Pepe → José, Lucho → Luis, Chucho → Jesús, Bob → Robert) read from
 * {@code nicknames.txt}. A nickname may stand for several names (Beto: Roberto, Alberto…);
 * the comparison accepts any of them.
 */
final class Nicknames {

    private static final Map<String, List<String>> NAMES = load();

    private Nicknames() {
    }

    /** The names a folded given-name word may stand for; empty when it is not a known nickname. */
    static List<String> namesFor(String word) {
        return NAMES.getOrDefault(word, List.of());
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> names = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                Nicknames.class.getResourceAsStream("nicknames.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String nickname = line.substring(0, colon).strip();
                List<String> forms = List.of(line.substring(colon + 1).split(",")).stream()
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                names.put(nickname, forms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
