package org.puente.rules;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * An immutable list of codes (document types, countries…) as a parameter holds it, with a hashed
 * {@link #contains}: decisions test membership once per worker, so this is on the hot path.
 */
final class Codes extends AbstractList<String> implements RandomAccess {
    private final List<String> list;
    private final Set<String> set;

    Codes(List<String> codes) {
        this.list = List.copyOf(codes);
        this.set = new HashSet<>(list);
    }

    @Override
    public String get(int index) {
        return list.get(index);
    }

    @Override
    public int size() {
        return list.size();
    }

    @Override
    public boolean contains(Object o) {
        return set.contains(o);
    }
}
