package org.puente.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.codec.language.bm.Languages;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * The normalised records of a run or an index, the dictionary of their words (with each
 * word's Spanish phonetic key, nickname forms and Beider–Morse codes) and how often each
 * value occurs, for term-frequency weights. Not thread-safe: the index serialises writers.
 */
final class Corpus {

    private static final PhoneticEngine BEIDER_MORSE = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
    private static final Languages.LanguageSet SPANISH = Languages.LanguageSet.from(java.util.Set.of("spanish"));
    private static final long[] NO_CODES = new long[0];

    final List<String> attributeNames;
    final PersonRecord.Attribute.Kind[] attributeKinds;

    private final Map<String, Integer> ids = new HashMap<>();
    private String[] words = new String[1024];
    private long[] phonetic = new long[1024];
    private char[] initial = new char[1024];
    private int[][] aliases = new int[1024][];
    private volatile long[][] beiderMorse = new long[1024][];
    private int wordCount = 1; // 0 means "no value"

    private Profile[] profiles = new Profile[1024];
    private int size;
    private final int[] sideSizes = new int[2];

    final LongCounts givenFrequency = new LongCounts();
    final LongCounts surnameFrequency = new LongCounts();
    final LongCounts dateFrequency = new LongCounts();
    final LongCounts documentFrequency = new LongCounts();
    final LongCounts[] attributeFrequency;

    Corpus(List<String> attributeNames, List<PersonRecord.Attribute.Kind> attributeKinds) {
        this.attributeNames = List.copyOf(attributeNames);
        this.attributeKinds = attributeKinds.toArray(PersonRecord.Attribute.Kind[]::new);
        this.attributeFrequency = new LongCounts[attributeNames.size()];
        for (int i = 0; i < attributeFrequency.length; i++) {
            attributeFrequency[i] = new LongCounts();
        }
    }

    /** The attribute schema of a set of records: every name seen, in first-seen order. */
    static Corpus forRecords(List<PersonRecord> records) {
        Map<String, PersonRecord.Attribute.Kind> schema = new java.util.LinkedHashMap<>();
        for (PersonRecord r : records) {
            for (PersonRecord.Attribute a : r.attributes()) {
                schema.putIfAbsent(a.name(), a.kind());
            }
        }
        return new Corpus(List.copyOf(schema.keySet()), List.copyOf(schema.values()));
    }

    int size() {
        return size;
    }

    int sideSize(int side) {
        return sideSizes[side];
    }

    Profile get(int index) {
        return profiles[index];
    }

    String word(int id) {
        return words[id];
    }

    long phonetic(int id) {
        return phonetic[id];
    }

    /** The first symbol of the word's phonetic key: b for both "Vanessa" and "Banesa". */
    char initial(int id) {
        return initial[id];
    }

    int[] aliases(int id) {
        return aliases[id];
    }

    int idOf(String word) {
        Integer id = ids.get(word);
        return id == null ? 0 : id;
    }

    /** Beider–Morse codes (Spanish rules) of a word, computed on first use: most pairs never need them. */
    long[] beiderMorse(int id) {
        long[][] table = beiderMorse;
        long[] codes = id < table.length ? table[id] : null;
        if (codes == null) {
            String word = words[id];
            if (word.length() < 3 || word.chars().anyMatch(Character::isDigit)) {
                codes = NO_CODES;
            } else {
                String encoded;
                synchronized (BEIDER_MORSE) {
                    encoded = BEIDER_MORSE.encode(word.replace('ñ', 'n'), SPANISH);
                }
                String[] parts = encoded.split("[|\\-]");
                codes = new long[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    codes[i] = Keys.hash(parts[i]);
                }
                Arrays.sort(codes);
            }
            if (id < table.length) {
                table[id] = codes;
            }
        }
        return codes;
    }

    int intern(String word) {
        Integer id = ids.get(word);
        if (id != null) {
            return id;
        }
        int next = wordCount++;
        if (next == words.length) {
            int capacity = words.length * 2;
            words = Arrays.copyOf(words, capacity);
            phonetic = Arrays.copyOf(phonetic, capacity);
            initial = Arrays.copyOf(initial, capacity);
            aliases = Arrays.copyOf(aliases, capacity);
            beiderMorse = Arrays.copyOf(beiderMorse, capacity);
        }
        words[next] = word;
        String key = SpanishPhonetic.key(word.replace('ñ', 'n'));
        phonetic[next] = Keys.hash(key);
        initial[next] = key.isEmpty() ? '_' : key.charAt(0);
        aliases[next] = Profile.NONE;
        ids.put(word, next);
        return next;
    }

    private int internName(String word) {
        int id = intern(word);
        if (aliases[id] == Profile.NONE) {
            List<String> forms = Nicknames.namesFor(word);
            if (!forms.isEmpty()) {
                int[] a = new int[forms.size()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = intern(forms.get(i));
                }
                aliases[id] = a;
            }
        }
        return id;
    }

    /** A record normalised to words and numbers, before its words get ids: pure, so done in parallel. */
    record Parsed(String id, int side, List<String> given, List<String> surnames, List<String> married, int date,
                  List<String> documents, List<String> kinds, String[] attributes, String nationality, byte sex) {
    }

    Parsed parse(PersonRecord r, int side) {
        Text.Surnames s = Text.surnames(r.firstSurname(), r.secondSurname());
        List<String> numbers = new ArrayList<>(r.documents().size());
        List<String> kinds = new ArrayList<>(r.documents().size());
        for (PersonRecord.Document d : r.documents()) {
            String kind = DocumentNumbers.kind(d.type(), d.country(), r.nationality());
            String number = DocumentNumbers.normalise(kind, d.number());
            if (number != null && !numbers.contains(number)) {
                numbers.add(number);
                kinds.add(kind);
            }
        }
        String[] attributes = new String[attributeNames.size()];
        for (PersonRecord.Attribute a : r.attributes()) {
            int at = attributeNames.indexOf(a.name());
            if (at >= 0 && !Text.isMissing(a.value())) {
                String v = a.kind() == PersonRecord.Attribute.Kind.CODE
                        ? Text.fold(a.value()).replace(" ", "")
                        : String.join(" ", Text.words(a.value()));
                attributes[at] = v.isEmpty() ? null : v;
            }
        }
        String nationality = Text.isMissing(r.nationality()) ? null : r.nationality().strip().toUpperCase(Locale.ROOT);
        return new Parsed(r.id(), side, Text.givenNames(r.givenNames()), s.own(), s.married(),
                BirthDates.parse(r.birthDate()), numbers, kinds, attributes, nationality, sex(r.sex()));
    }

    /** Normalises a record against this corpus's dictionary, without adding it. */
    Profile profile(PersonRecord r, int side) {
        return profile(parse(r, side));
    }

    Profile profile(Parsed p) {
        int[] given = ids(p.given(), true);
        int[] surnames = ids(p.surnames(), false);
        int[] married = ids(p.married(), false);
        int[] kinds = new int[p.kinds().size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = p.kinds().get(i).isEmpty() ? 0 : intern("\u0001" + p.kinds().get(i));
        }
        int[] attributes = new int[p.attributes().length];
        for (int i = 0; i < attributes.length; i++) {
            attributes[i] = p.attributes()[i] == null ? 0 : intern(p.attributes()[i]);
        }
        int nationality = p.nationality() == null ? 0 : intern("\u0002" + p.nationality());
        return new Profile(p.id(), (byte) p.side(), given, surnames, married, p.date(),
                p.documents().toArray(String[]::new), kinds, p.sex(), nationality, attributes, setKey(given),
                setKey(surnames));
    }

    /** Adds a normalised record and counts its values; returns its index. */
    int add(Profile p) {
        if (size == profiles.length) {
            profiles = Arrays.copyOf(profiles, size * 2);
        }
        profiles[size] = p;
        sideSizes[p.side]++;
        if (p.given.length > 0) {
            givenFrequency.add(p.givenKey, 1);
        }
        if (p.surnames.length > 0) {
            surnameFrequency.add(p.surnameKey, 1);
        }
        if (p.date != BirthDates.MISSING) {
            dateFrequency.add(p.date, 1);
        }
        for (String d : p.documents) {
            documentFrequency.add(Keys.hash(d), 1);
        }
        for (int i = 0; i < p.attributes.length; i++) {
            if (p.attributes[i] != 0) {
                attributeFrequency[i].add(p.attributes[i], 1);
            }
        }
        return size++;
    }

    private int[] ids(List<String> words, boolean names) {
        if (words.isEmpty()) {
            return Profile.NONE;
        }
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = names ? internName(words.get(i)) : intern(words.get(i));
        }
        return out;
    }

    private static long setKey(int[] ids) {
        if (ids.length == 0) {
            return 0;
        }
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        long h = 0x51ed27L;
        for (int id : sorted) {
            h = Keys.combine(h, id);
        }
        return h;
    }

    private static byte sex(String value) {
        if (Text.isMissing(value)) {
            return 0;
        }
        String v = Text.fold(value).strip();
        return switch (v) {
            case "f", "female", "femenino", "mujer", "w", "woman", "fem" -> 1;
            case "m", "male", "masculino", "hombre", "h", "man", "masc", "varon" -> 2;
            default -> 0;
        };
    }
}
