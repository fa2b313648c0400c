package org.puente.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the register's two searches over HTTP, as a registrar's browser session sees it:
 * document-number lookups and name searches (full names, two words, one typo), drawn at random
 * from people sampled in the database. Usage:
 * {@code SearchBench <baseUrl> <jdbcUrl> <dbUser> <requests> <concurrency>}.
 */
public final class SearchBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String dbUser = args[2];
        int requests = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        SplittableRandom random = new SplittableRandom(42);

        List<String> numbers = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        long people;
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
            try (var count = db.createStatement().executeQuery("select count(*) from person")) {
                count.next();
                people = count.getLong(1);
            }
            // A spread sample: every k-th person by id, so the bench hits the whole table.
            long step = Math.max(1, people / 2000);
            try (var rows = db.createStatement().executeQuery("""
                    select p.given_names, p.first_surname, p.second_surname, d.number
                    from person p join identity_document d on d.person_id = p.id""")) {
                long i = 0;
                while (rows.next()) {
                    if (i++ % step == 0) {
                        names.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                        numbers.add(rows.getString(4));
                    }
                }
            }
        }
        System.out.printf("register: %,d people; sample: %d documents, %d names%n", people, numbers.size(), names.size());

        String cookie = signIn(base, "registrar", "puente-demo");
        List<String> documentQueries = new ArrayList<>();
        List<String> nameQueries = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            documentQueries.add("/api/v1/people?document=" + numbers.get(random.nextInt(numbers.size())));
            String[] n = names.get(random.nextInt(names.size()));
            nameQueries.add("/api/v1/people?name=" + URLEncoder.encode(nameQuery(n, random), StandardCharsets.UTF_8));
        }
        // Warm-up until the server's hot paths are compiled (C2 compiles after ~10,000 calls of a
        // method): measuring while the compiler threads run would time the compiler, not Puente.
        for (int round = 0; round < 3; round++) {
            run(base, cookie, documentQueries, concurrency);
            run(base, cookie, nameQueries, concurrency);
        }
        Percentiles documents = run(base, cookie, documentQueries, concurrency);
        Percentiles byName = run(base, cookie, nameQueries, concurrency);
        System.out.println("document lookup: " + documents.summary());
        System.out.println("name search:     " + byName.summary());
    }

    /** Full name, two words, or one word with a typo: what registrars type. */
    static String nameQuery(String[] n, SplittableRandom random) {
        String given = n[0].split(" ")[0];
        int kind = random.nextInt(10);
        if (kind < 5) {
            return n[0] + " " + n[1] + (n[2] == null ? "" : " " + n[2]);
        } else if (kind < 8) {
            return given + " " + n[1];
        }
        String surname = fold(n[1]);
        int at = 1 + random.nextInt(Math.max(1, surname.length() - 2));
        String typo = surname.substring(0, at) + surname.charAt(at + 1 < surname.length() ? at + 1 : at)
                + surname.charAt(at) + surname.substring(Math.min(surname.length(), at + 2));
        return given + " " + typo;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static Percentiles run(String base, String cookie, List<String> paths, int concurrency) throws Exception {
        long[] latencies = new long[paths.size()];
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < paths.size(); i += concurrency) {
                        var request = HttpRequest.newBuilder(URI.create(base + paths.get(i)))
                                .header("Cookie", cookie).header("X-Purpose", "benchmark").build();
                        long start = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return new Percentiles(latencies);
    }

    /** Signs in through the staff sign-in form, as a browser does, and returns the session cookie. */
    static String signIn(String base, String user, String password) throws Exception {
        var page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String form = "username=" + user + "&password=" + password + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        var signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";")[0]).findFirst().orElse(session);
    }
}
