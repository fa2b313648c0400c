package org.puente.rules;

/**
 * Where a fact comes from: the norm (e.g. "DL 689"), the article, and where it was read (an
 * official address or the secondary source the fact sheet names).
 */
public record Source(String norm, String article, String where) {
    @Override
    public String toString() {
        var s = new StringBuilder(norm);
        if (article != null && !article.isBlank()) s.append(", ").append(article);
        if (where != null && !where.isBlank()) s.append(" (").append(where).append(')');
        return s.toString();
    }
}
