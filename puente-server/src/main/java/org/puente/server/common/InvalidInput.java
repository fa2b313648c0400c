package org.puente.server.common;

import java.util.ArrayList;
import java.util.List;

/** Input that cannot be accepted; nothing was changed. Carries one problem per field. */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String code, Object... args) {
        this(List.of(FieldProblem.of(field, code, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Collects problems and throws them together, so a form shows every mistake at once. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String code, Object... args) {
            problems.add(FieldProblem.of(field, code, args));
            return this;
        }

        public Collector addAll(List<FieldProblem> more) {
            problems.addAll(more);
            return this;
        }

        public boolean has(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public List<FieldProblem> problems() {
            return List.copyOf(problems);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
