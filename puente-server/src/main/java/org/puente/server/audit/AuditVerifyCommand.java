package org.puente.server.audit;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code puente audit-verify}: recomputes the audit chain; exit 0 when intact, 1 when broken. */
@Component
@ConditionalOnProperty(name = "puente.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditLog audit;
    private final PrintStream out;
    private int exitCode;

    AuditVerifyCommand(AuditLog audit) {
        this(audit, System.out);
    }

    AuditVerifyCommand(AuditLog audit, PrintStream out) {
        this.audit = audit;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = verify();
    }

    int verify() {
        AuditLog.ChainReport report = audit.verify();
        if (report.intact()) {
            out.println("audit chain intact: " + report.entriesChecked() + " entries");
            return 0;
        }
        out.println("audit chain BROKEN at entry #" + report.firstBrokenSeq() + ": " + report.problem());
        return 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
