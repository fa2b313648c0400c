package org.puente.server.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.puente.server.register.DocumentStatus;
import org.puente.server.register.VerifiableDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one adapter between verification and the rules: what a document entitles its holder to.
 *
 * <p>TEMPORARY: the {@code puente-rules} library (decision {@code rights-summary}) is not on main
 * yet. Until it is, this class answers from a deliberately small table (valid CE: everything;
 * valid CPP or PTP: work, education and public procedures; asylum-seeker card: work only with the
 * authorisation) and must be rewritten to call the library, deleting this table, when it lands.
 */
@Component
class RightsOfDocument {

    /** ALLOWED, NOT_ALLOWED, or DEPENDS on conditions the answer names. */
    enum Permission { ALLOWED, NOT_ALLOWED, DEPENDS }

    /** One right as an answer carries it: status, legal basis and a plain-language explanation. */
    record RightAnswer(Right right, Permission status, List<String> dependsOn, String basis, String explanation) {

        public boolean allowed() {
            return status == Permission.ALLOWED;
        }
    }

    private final MessageSource messages;

    RightsOfDocument(MessageSource messages) {
        this.messages = messages;
    }

    /** The wanted rights of a document as of a day, in the order of {@link Right}. */
    List<RightAnswer> of(VerifiableDocument d, LocalDate asOf, Set<Right> wanted, Locale locale) {
        boolean valid = d.status() == DocumentStatus.ACTIVE || d.status() == DocumentStatus.EXTENDED;
        List<RightAnswer> answers = new ArrayList<>(wanted.size());
        for (Right right : Right.values()) {
            if (wanted.contains(right)) {
                answers.add(valid ? validDocument(d, right, locale)
                        : answer(right, Permission.NOT_ALLOWED, List.of(), "DL 1350", "notValid", locale));
            }
        }
        return answers;
    }

    private RightAnswer validDocument(VerifiableDocument d, Right right, Locale locale) {
        boolean work = right == Right.WORK_EMPLOYEE || right == Right.WORK_SELF_EMPLOYED;
        return switch (d.type()) {
            case CE, CE_REFUGEE -> answer(right, Permission.ALLOWED, List.of(), "DL 1350 art. 29", "resident", locale);
            case CPP, PTP -> {
                String basis = d.type() == org.puente.server.register.DocumentType.CPP ? "DS 010-2020-IN" : "DS 001-2018-IN";
                yield switch (right) {
                    case HEALTH_SIS -> answer(right, Permission.DEPENDS, List.of("NO_OTHER_INSURANCE"), basis, "sis", locale);
                    case BANK_ACCOUNT -> answer(right, Permission.DEPENDS, List.of("BANK_ACCEPTS_DOCUMENT"), basis, "bank", locale);
                    default -> answer(right, Permission.ALLOWED, List.of(), basis, work ? "permitWork" : "permit", locale);
                };
            }
            case ASYLUM_SEEKER_CARD -> work
                    ? answer(right, d.workAuthorised() ? Permission.ALLOWED : Permission.NOT_ALLOWED, List.of(),
                            "Ley 27891", d.workAuthorised() ? "asylumWork" : "asylumNoWork", locale)
                    : answer(right, Permission.DEPENDS, List.of("ENTITY_ACCEPTS_DOCUMENT"), "Ley 27891", "asylum", locale);
            default -> work
                    ? answer(right, Permission.NOT_ALLOWED, List.of(), "DL 1350", "noWork", locale)
                    : answer(right, Permission.DEPENDS, List.of("ENTITY_ACCEPTS_DOCUMENT"), "DL 1350", "other", locale);
        };
    }

    private RightAnswer answer(Right right, Permission status, List<String> dependsOn, String basis, String reason,
                               Locale locale) {
        return new RightAnswer(right, status, dependsOn, basis,
                messages.getMessage("verification.reason." + reason, null, locale));
    }
}
