package org.puente.server.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.server.common.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Finds people by document number (exact, separators ignored) or by name: accent- and
 * case-insensitive, any order, each word matching a whole name token, its beginning (three
 * letters or more), or a spelling one typo away (four letters or more). Name results come
 * newest registration first (see docs/decisions/0001).
 */
@Component
class PeopleSearch {

    static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_WORDS = 6;
    private static final int TYPO_MIN_LENGTH = 4;
    private static final int PREFIX_MIN_LENGTH = 3;
    private static final int MAX_PREFIX_TOKENS = 50;
    private static final int RAREST_WORD_PROBE = 5_000;
    private static final int CHUNK = 500;

    private final People people;
    private final NameIndex index;

    PeopleSearch(People people, NameIndex index) {
        this.people = people;
        this.index = index;
    }

    SearchPage byDocument(String number, int page, int pageSize) {
        String plain = DocumentFormats.plain(number);
        if (plain.isEmpty() || plain.length() > 32) {
            throw new InvalidInput("document", "validation.search.document");
        }
        checkPaging(page, pageSize);
        List<PersonSummary> found = people.byDocumentNumber(plain);
        if (found.isEmpty() && plain.length() > 1 && Character.isLetter(plain.charAt(0))) {
            found = people.byDocumentNumber(plain.substring(1)); // "V12345678" as typed from a cédula
        }
        int from = Math.min(page * pageSize, found.size());
        int to = Math.min(from + pageSize, found.size());
        return new SearchPage(found.subList(from, to), page, pageSize, to < found.size());
    }

    SearchPage byName(NameQuery query) {
        List<String> words = Names.tokens(query.name());
        var problems = new InvalidInput.Collector();
        if (words.isEmpty()) {
            problems.add("name", "validation.search.name");
        } else if (words.size() > MAX_WORDS) {
            problems.add("name", "validation.search.tooManyWords", MAX_WORDS);
        }
        if (query.nationality() != null && !Countries.isValid(query.nationality())) {
            problems.add("nationality", "validation.country");
        }
        if (query.birthYear() != null && (query.birthYear() < 1900 || query.birthYear() > 2100)) {
            problems.add("birthYear", "validation.search.birthYear");
        }
        problems.throwIfAny();
        checkPaging(query.page(), query.pageSize());

        if (index.ready()) {
            return fromIndex(words, query);
        }
        List<Set<String>> accepted = new ArrayList<>();
        for (String word : words) {
            Set<String> tokens = acceptedTokens(word);
            if (tokens.isEmpty()) {
                return new SearchPage(List.of(), query.page(), query.pageSize(), false);
            }
            accepted.add(tokens);
        }
        // Walk the postings of the rarest word, newest first, and keep the people whose other
        // name tokens match the other words: the work grows with that word's postings only.
        int driver = 0;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < accepted.size(); i++) {
            long count = people.postingCount(accepted.get(i), RAREST_WORD_PROBE);
            if (count < fewest) {
                fewest = count;
                driver = i;
            }
        }
        List<Set<String>> others = new ArrayList<>(accepted);
        others.remove(driver);
        int wanted = query.page() * query.pageSize() + query.pageSize() + 1;
        List<UUID> matches = new ArrayList<>(wanted);
        Postings postings = new Postings(people, accepted.get(driver));
        List<UUID> chunk;
        while (matches.size() < wanted && !(chunk = postings.next(CHUNK)).isEmpty()) {
            Map<UUID, People.Candidate> candidates = people.candidates(chunk);
            for (UUID id : chunk) {
                People.Candidate c = candidates.get(id);
                if (c != null && matches(c, others, query) && matches.size() < wanted) {
                    matches.add(id);
                }
            }
        }
        int from = Math.min(query.page() * query.pageSize(), matches.size());
        int to = Math.min(from + query.pageSize(), matches.size());
        return new SearchPage(people.summaries(matches.subList(from, to)), query.page(), query.pageSize(),
                matches.size() > to);
    }

    /** The in-memory path: all matching in the index, then one look-up for the page's summaries. */
    private SearchPage fromIndex(List<String> words, NameQuery query) {
        List<Set<String>> accepted = new ArrayList<>();
        for (String word : words) {
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(word);
            if (word.length() >= TYPO_MIN_LENGTH) {
                spellings.addAll(Names.oneEditAway(word));
            }
            Set<String> tokens = index.known(spellings, word.length() >= PREFIX_MIN_LENGTH ? word : null,
                    MAX_PREFIX_TOKENS);
            if (tokens.isEmpty()) {
                return new SearchPage(List.of(), query.page(), query.pageSize(), false);
            }
            accepted.add(tokens);
        }
        List<UUID> found = index.search(accepted, query.nationality(), query.birthYear(),
                query.page() * query.pageSize(), query.pageSize() + 1);
        boolean hasNext = found.size() > query.pageSize();
        return new SearchPage(people.summaries(hasNext ? found.subList(0, query.pageSize()) : found), query.page(),
                query.pageSize(), hasNext);
    }

    /** The registered tokens a query word stands for: itself, words it starts, spellings one typo away. */
    private Set<String> acceptedTokens(String word) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(word);
        if (word.length() >= TYPO_MIN_LENGTH) {
            spellings.addAll(Names.oneEditAway(word));
        }
        Set<String> tokens = new LinkedHashSet<>(people.existingTokens(spellings));
        if (word.length() >= PREFIX_MIN_LENGTH) {
            tokens.addAll(people.tokensStartingWith(word, MAX_PREFIX_TOKENS));
        }
        return tokens;
    }

    private static boolean matches(People.Candidate c, List<Set<String>> others, NameQuery query) {
        if (query.nationality() != null && !query.nationality().equals(c.nationality())) {
            return false;
        }
        if (query.birthYear() != null && c.birthDate().getYear() != query.birthYear()) {
            return false;
        }
        for (Set<String> word : others) {
            if (java.util.Collections.disjoint(word, c.tokens())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The people carrying any of a word's tokens, newest first and each once: a k-way merge of
     * one keyset-paged index range per token.
     */
    private static final class Postings {
        private final People people;
        private final List<Stream> streams = new ArrayList<>();
        private UUID last;

        Postings(People people, Set<String> tokens) {
            this.people = people;
            tokens.forEach(t -> streams.add(new Stream(t)));
        }

        List<UUID> next(int count) {
            List<UUID> out = new ArrayList<>(count);
            while (out.size() < count) {
                Stream best = null;
                for (Stream s : streams) {
                    UUID head = s.head(people);
                    if (head != null && (best == null || NEWEST_FIRST.compare(head, best.head(people)) < 0)) {
                        best = s;
                    }
                }
                if (best == null) {
                    break;
                }
                UUID id = best.take();
                if (!id.equals(last)) {
                    out.add(id);
                    last = id;
                }
            }
            return out;
        }

        private static final class Stream {
            private final String token;
            private final java.util.ArrayDeque<UUID> buffer = new java.util.ArrayDeque<>();
            private UUID cursor;
            private boolean exhausted;

            Stream(String token) {
                this.token = token;
            }

            UUID head(People people) {
                if (buffer.isEmpty() && !exhausted) {
                    List<UUID> page = people.postings(token, cursor, CHUNK);
                    buffer.addAll(page);
                    exhausted = page.size() < CHUNK;
                    if (!page.isEmpty()) {
                        cursor = page.get(page.size() - 1);
                    }
                }
                return buffer.peekFirst();
            }

            UUID take() {
                return buffer.pollFirst();
            }
        }
    }

    /** Descending in the databases' (unsigned, byte-wise) uuid order, which is registration order for v7 ids. */
    static final Comparator<UUID> NEWEST_FIRST = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned).reversed();

    private static void checkPaging(int page, int pageSize) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInput("page", "validation.search.page");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "validation.search.size", MAX_PAGE_SIZE);
        }
    }
}
