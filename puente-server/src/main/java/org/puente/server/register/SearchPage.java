package org.puente.server.register;

import java.util.List;

/** One page of search results; {@code hasNext} tells whether another page follows. */
public record SearchPage(List<PersonSummary> people, int page, int pageSize, boolean hasNext) {
}
