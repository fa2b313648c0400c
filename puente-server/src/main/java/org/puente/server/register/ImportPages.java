package org.puente.server.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Staff;
import org.puente.server.common.NotFound;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page: a registrar sends a CSV file, which is copied to a temporary file and imported
 * in the background (at most two at a time), while the job page shows its progress.
 */
@Controller
@PreAuthorize("hasAuthority('person:write')")
class ImportPages {

    static final int SHOWN_REJECTIONS = 500;

    private final CsvImport imports;
    private final TaskExecutor executor;

    ImportPages(CsvImport imports) {
        this.imports = imports;
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(2);
        pool.setQueueCapacity(8);
        pool.setThreadNamePrefix("import-");
        pool.initialize();
        this.executor = pool;
    }

    @GetMapping("/people/import")
    String form() {
        return "register/import";
    }

    @PostMapping("/people/import")
    String upload(@RequestParam("file") MultipartFile file, Locale locale, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("error", "import.page.empty");
            return "register/import";
        }
        Path temp = Files.createTempFile("puente-import-", ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        Staff actor = CurrentStaff.get();
        String name = file.getOriginalFilename() == null ? "upload.csv" : Path.of(file.getOriginalFilename()).getFileName().toString();
        UUID id = imports.open(name, temp, actor);
        try {
            executor.execute(() -> {
                try {
                    imports.run(id, temp, actor, locale, CsvImport.Listener.NONE);
                } finally {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException ignored) {
                        // A leftover temporary file is removed by the system's cleaner.
                    }
                }
            });
        } catch (RejectedExecutionException busy) {
            Files.deleteIfExists(temp);
            model.addAttribute("error", "import.page.busy");
            return "register/import";
        }
        return "redirect:/people/import/" + id;
    }

    @GetMapping("/people/import/{id}")
    String job(@PathVariable UUID id, Model model) {
        ImportJob job = own(id);
        model.addAttribute("job", job);
        model.addAttribute("rejections", job.finished() ? imports.rejections(id, SHOWN_REJECTIONS) : java.util.List.of());
        if (!job.finished()) {
            model.addAttribute("refreshSeconds", 5);
            model.addAttribute("pageScript", "/js/import-progress.js");
        }
        return "register/import-job";
    }

    @GetMapping("/people/import/{id}/status")
    @ResponseBody
    Map<String, Object> status(@PathVariable UUID id) {
        ImportJob job = own(id);
        return Map.of("state", job.state(), "percent", job.percent(), "read", job.rowsRead(),
                "imported", job.imported(), "skipped", job.skipped(), "rejected", job.rejected(),
                "finished", job.finished());
    }

    /** Only the registrar who uploaded a file sees its job: the rejected rows describe people. */
    private ImportJob own(UUID id) {
        ImportJob job;
        try {
            job = imports.job(id);
        } catch (java.util.NoSuchElementException e) {
            throw new NotFound("import.notFound");
        }
        if (!job.actor().equals(CurrentStaff.get().username())) {
            throw new NotFound("import.notFound");
        }
        return job;
    }
}
