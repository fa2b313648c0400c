package org.puente.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.puente.server.common.Conflict;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;
import org.springframework.context.MessageSource;

/**
 * What is wrong with a submitted form, already in the user's language: one entry per problem,
 * tied to the field it is about (or to none), for the summary at the top and the text beside
 * each field. Field names are the same paths the JSON API reports ({@code document.number}).
 */
public final class FormErrors {

    /** One problem; {@code field} is null when it concerns the whole form. */
    public record Entry(String field, String anchor, String message) {
    }

    private static final FormErrors NONE = new FormErrors(List.of());

    private final List<Entry> entries;

    private FormErrors(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        for (FieldProblem p : problems) {
            String field = p.field() == null || p.field().isBlank() ? null : p.field();
            entries.add(new Entry(field, field == null ? null : id(field),
                    messages.getMessage(p.code(), p.argsArray(), p.code(), locale)));
        }
        return new FormErrors(entries);
    }

    public static FormErrors of(InvalidInput problem, MessageSource messages, Locale locale) {
        return of(problem.problems(), messages, locale);
    }

    /** A conflict beside its field, or for the whole form when it names none. */
    public static FormErrors of(Conflict conflict, MessageSource messages, Locale locale) {
        return of(List.of(FieldProblem.of(conflict.field(), conflict.code())), messages, locale);
    }

    /** The id a form gives the input for a field: {@code document.number} becomes {@code f-document-number}. */
    public static String id(String field) {
        return "f-" + field.replace('.', '-');
    }

    public boolean any() {
        return !entries.isEmpty();
    }

    public List<Entry> all() {
        return entries;
    }

    public boolean has(String field) {
        return entries.stream().anyMatch(e -> field.equals(e.field()));
    }

    /** The messages about one field, joined, or null when there are none. */
    public String text(String field) {
        String text = entries.stream().filter(e -> field.equals(e.field())).map(Entry::message)
                .collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    /** Problems about fields this form does not show, so the summary can still say them. */
    public FormErrors withoutFieldsOtherThan(List<String> shown) {
        return new FormErrors(entries.stream()
                .map(e -> e.field() == null || shown.contains(e.field()) ? e : new Entry(null, null, e.message()))
                .toList());
    }
}
