package org.puente.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PageTextsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

    @Test
    void everyTextAPageNamesExistsInSpanishAndInEnglish() throws IOException {
        Properties spanish = load(bundles(""));
        Properties english = load(bundles("_en"));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                KEY.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(k -> !spanish.containsKey(k))).as("missing in Spanish").isEmpty();
        assertThat(used.stream().filter(k -> !english.containsKey(k))).as("missing in English").isEmpty();
    }

    @Test
    void theSpanishAndEnglishPageTextsHaveTheSameKeys() throws IOException {
        Set<String> spanish = new TreeSet<>(load(bundles("")).stringPropertyNames());
        Set<String> english = new TreeSet<>(load(bundles("_en")).stringPropertyNames());

        assertThat(english).isEqualTo(spanish);
    }

    /** Every bundle named in application.yml's {@code spring.messages.basename}, in one language. */
    private static String[] bundles(String suffix) throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
        var basename = Pattern.compile("basename:\\s*(\\S+)").matcher(yaml);
        assertThat(basename.find()).as("spring.messages.basename").isTrue();
        return Stream.of(basename.group(1).split(",")).map(b -> b.strip() + suffix + ".properties").toArray(String[]::new);
    }

    private static Properties load(String... resources) throws IOException {
        Properties all = new Properties();
        for (String resource : resources) {
            try (InputStream in = PageTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
