package org.puente.server.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.server.common.InvalidInput;
import org.puente.server.common.Unavailable;
import org.springframework.stereotype.Component;

/**
 * Finds people by document number (exact, separators ignored) or by name: accent- and
 * case-insensitive, any order, each word matching a whole name token, its beginning (three
 * letters or more), or a spelling one typo away (four letters or more), all in the instance's
 * in-memory {@link NameIndex}. Name results come newest registration first (see
 * docs/decisions/0001 and 0007).
 */
@Component
class PeopleSearch {

    static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_WORDS = 6;
    private static final int TYPO_MIN_LENGTH = 4;
    private static final int PREFIX_MIN_LENGTH = 3;
    private static final int MAX_PREFIX_TOKENS = 50;

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

        if (!index.ready()) {
            // Only while an instance starts (seconds; it is not "ready" for a load balancer then).
            throw new Unavailable("search.index.loading", 5);
        }
        return fromIndex(words, query);
    }

    /** All matching in the index, then one look-up for the page's summaries. */
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
