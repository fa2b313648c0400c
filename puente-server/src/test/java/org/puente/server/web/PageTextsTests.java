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
        Properties spanish = load("messages.properties", "i18n/pages.properties", "i18n/import.properties",
                "i18n/rights.properties", "i18n/employment.properties");
        Properties english = load("messages_en.properties", "i18n/pages_en.properties", "i18n/import_en.properties",
                "i18n/rights_en.properties", "i18n/employment_en.properties");
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
        Set<String> spanish = new TreeSet<>(load("messages.properties", "i18n/pages.properties",
                "i18n/import.properties",
                "i18n/rights.properties", "i18n/employment.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties", "i18n/pages_en.properties",
                "i18n/import_en.properties",
                "i18n/rights_en.properties", "i18n/employment_en.properties").stringPropertyNames());

        assertThat(english).isEqualTo(spanish);
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
