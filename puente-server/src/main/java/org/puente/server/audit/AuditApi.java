package org.puente.server.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Permissions;
import org.puente.server.common.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for auditors: who looked at or changed whose record, when and why. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Append-only, hash-chained access log")
class AuditApi {

    private static final int MAX_PAGE_SIZE = 200;

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    record EntryView(long seq, Instant at, String actor, String actorRole, String agency, AuditAction action,
                     UUID personId, String purpose, String detail, String hash) {
    }

    record PageView(List<EntryView> entries, int page, int size, boolean hasNext) {
    }

    @Operation(summary = "Search the audit log by person, user and dates (newest first)")
    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
    PageView search(@RequestParam(required = false) UUID person, @RequestParam(required = false) String user,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "validation.search.size", MAX_PAGE_SIZE);
        }
        if (page < 0) {
            throw new InvalidInput("page", "validation.search.page");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "validation.date.beforeStart");
        }
        List<AuditEntry> entries = audit.searchAs(new AuditLog.AuditQuery(person, user, from, to, page, size),
                CurrentStaff.get());
        boolean hasNext = entries.size() > size;
        return new PageView(entries.stream().limit(size).map(e -> new EntryView(e.seq(), e.at(), e.actor(),
                e.actorRole(), e.agency(), e.action(), e.personId(), e.purpose(), e.detail(), e.hash())).toList(),
                page, size, hasNext);
    }

    @Operation(summary = "Recompute the hash chain and report the first broken link")
    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
    AuditLog.ChainReport verify() {
        return audit.verify();
    }
}
