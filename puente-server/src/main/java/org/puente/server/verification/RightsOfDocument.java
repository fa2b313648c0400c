package org.puente.server.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.puente.rules.Decisions;
import org.puente.rules.Document;
import org.puente.rules.FactsProblem;
import org.puente.rules.Holder;
import org.puente.rules.Messages;
import org.puente.rules.RightsSummary;
import org.puente.rules.Source;
import org.puente.server.register.DocumentType;
import org.puente.server.register.VerifiableDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one adapter between verification and {@code puente-rules}: the rights summary (decision
 * {@code rights-summary}) of a register document, narrowed to the rights asked for. The library
 * gets the document's type, status, dates, calidad migratoria and the holder's nationality and
 * asylum work authorisation; none of these leave in an answer.
 */
@Component
class RightsOfDocument {

    private static final Logger log = LoggerFactory.getLogger(RightsOfDocument.class);

    /** ALLOWED, NOT_ALLOWED, or DEPENDS on the conditions the answer names. */
    enum Permission { ALLOWED, NOT_ALLOWED, DEPENDS }

    /** One right as an answer carries it: status, legal basis and a plain-language explanation. */
    record RightAnswer(Right right, Permission status, List<String> dependsOn, String basis, String explanation) {

        public boolean allowed() {
            return status == Permission.ALLOWED;
        }
    }

    private final RightsSummary summary = Decisions.current().rightsSummary();
    private final MessageSource messages;
    /**
     * Answers as written, by the rules' statuses, the rights asked for and the language: the rule
     * set gives a few dozen distinct statuses, so each is rendered (texts formatted, bases joined)
     * once instead of per verification. Bounded, as the language comes from the caller's header.
     */
    private final Cache<Rendering, List<RightAnswer>> rendered = Caffeine.newBuilder().maximumSize(1_000).build();

    RightsOfDocument(MessageSource messages) {
        this.messages = messages;
    }

    /** The wanted rights of a document as of a day, in the order of {@link Right}. */
    List<RightAnswer> of(VerifiableDocument d, LocalDate asOf, Set<Right> wanted, Locale locale) {
        RightsSummary.Answer answer;
        try {
            answer = summary.evaluate(new RightsSummary.Facts(asOf, document(d), holder(d))).answer();
        } catch (FactsProblem e) {
            // The register lacks a fact the rules need (e.g. an expiry date): say so instead of guessing.
            log.warn("rights of document {} undecidable: {} missing or invalid", d.documentId(),
                    e.fields().stream().map(FactsProblem.Field::path).toList());
            return undecided(wanted, messages.getMessage("verification.undecided", null, locale));
        }
        List<RightsSummary.RightStatus> statuses = new ArrayList<>(wanted.size());
        for (Right right : Right.values()) {
            if (wanted.contains(right)) {
                statuses.add(answer.right(RightsSummary.Right.valueOf(right.name())));
            }
        }
        return rendered.get(new Rendering(statuses, Messages.bundle(locale).getLocale()), RightsOfDocument::render);
    }

    /** What an answer's rights depend on: the rules' statuses of the rights wanted, the texts' language. */
    private record Rendering(List<RightsSummary.RightStatus> statuses, Locale language) {
    }

    private static List<RightAnswer> render(Rendering r) {
        return r.statuses().stream().map(status -> new RightAnswer(Right.valueOf(status.right().name()),
                Permission.valueOf(status.status().name()), status.dependsOn(), basis(status.basis()),
                status.explanation(r.language()))).toList();
    }

    private static Document document(VerifiableDocument d) {
        return new Document(org.puente.rules.DocumentType.valueOf(d.type().name()),
                org.puente.rules.DocumentStatus.valueOf(d.status().name()), d.issuedOn(), d.expiresOn(),
                d.calidad() == null ? null : org.puente.rules.CalidadMigratoria.valueOf(d.calidad().name()),
                d.nationality(), null);
    }

    private static Holder holder(VerifiableDocument d) {
        return new Holder(d.type() == DocumentType.ASYLUM_SEEKER_CARD ? d.workAuthorised() : null, null, null);
    }

    /** The norms and articles, without where they were read: what a verifier can look up. */
    private static String basis(List<Source> sources) {
        return sources.stream()
                .map(s -> s.article() == null || s.article().isBlank() ? s.norm() : s.norm() + ", " + s.article())
                .distinct().collect(Collectors.joining("; "));
    }

    private static List<RightAnswer> undecided(Set<Right> wanted, String explanation) {
        List<RightAnswer> answers = new ArrayList<>();
        for (Right right : Right.values()) {
            if (wanted.contains(right)) {
                answers.add(new RightAnswer(right, Permission.DEPENDS, List.of("FACTS_MISSING"), "—", explanation));
            }
        }
        return answers;
    }
}
