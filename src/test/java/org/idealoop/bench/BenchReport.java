package org.idealoop.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the newest Gatling run under {@code target/bench/gatling} into {@code target/bench/summary.md}:
 * throughput, p50/p95/p99 and errors per scenario against the targets, the vote check and the app's
 * RSS. It fails (after writing the summary) when an acknowledged vote was lost or counted twice, or when a
 * scenario did not run. No timing is asserted: a missed target is reported, not failed.
 */
public final class BenchReport {

    /** The targets on 2 cores: requests per second, and p99 in ms where it sets one. */
    static final Map<String, String> TARGETS = Map.of(
            "vote", "≥ 3,500/s, p99 < 50 ms",
            "api list page 1", "≥ 4,000/s",
            "home page", "≥ 1,200/s",
            "idea page", "≥ 800/s",
            "api deep page", "≥ 0.9 × page 1",
            "search with facets", "p95 < 50 ms (at 1,000,000 ideas)");

    record Row(String name, long ok, long ko, double perSecond, long p50, long p95, long p99) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(BenchSettings.fromSystem().get("bench.out", "target/bench"));
        write(out, BenchSettings.fromSystem().appUrl());
    }

    /** Writes the summary and returns it; throws when a vote was lost or doubled or nothing ran. */
    public static String write(Path out, String appUrl) throws IOException {
        Path run = newestRun(out.resolve("gatling"));
        Properties info = properties(out.resolve("run.properties"));
        Properties votes = properties(out.resolve("votes-check.properties"));
        int duration = Integer.parseInt(info.getProperty("duration", "0"));
        Map<String, Row> rows = rows(run, duration);
        List<String> ran = IdealoopSimulation.selected(info.getProperty("scenarios", ""));
        Optional<Long> rss = rssMiB(appUrl);

        StringBuilder md = new StringBuilder();
        md.append("# Benchmark summary\n\n")
                .append(String.format(Locale.ROOT, "%s, %s: %s users per scenario, %d s each (after a warm-up), deep "
                        + "page %s pages in. Gatling report: `%s/index.html`.%n%n", Instant.now(), info.getProperty("url"),
                        info.getProperty("users"), duration, info.getProperty("deepPages"), run))
                .append("| scenario | requests | throughput | p50 | p95 | p99 | errors | target |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (String name : IdealoopSimulation.SCENARIOS) {
            Row r = rows.get(name);
            if (r == null && !ran.contains(name)) {
                md.append("| ").append(name).append(" | not selected (bench.scenarios) | | | | | | |\n");
                continue;
            }
            if (r == null) {
                md.append("| ").append(name).append(" | did not run | | | | | | |\n");
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f/s | %d ms | %d ms | %d ms | %d (%.1f %%) | %s |%n",
                    name, r.ok + r.ko, r.perSecond, r.p50, r.p95, r.p99, r.ko, 100.0 * r.ko / Math.max(1, r.ok + r.ko),
                    TARGETS.getOrDefault(name, "")));
        }
        Row page1 = rows.get("api list page 1");
        Row deep = rows.get("api deep page");
        if (page1 != null && deep != null && page1.perSecond > 0) {
            md.append(String.format(Locale.ROOT, "%nDeep page against page 1: %.2f× (target ≥ 0.9×).%n",
                    deep.perSecond / page1.perSecond));
        }
        md.append(String.format(Locale.ROOT, "%nVotes: %s acknowledged (2xx), %s lost, %s counted twice, %s ideas "
                        + "whose counters differ from their rows, %s stored without an acknowledgement (target: 0 lost, "
                        + "0 double).%n", votes.getProperty("acknowledged", "?"), votes.getProperty("lost", "?"),
                votes.getProperty("doubled", "?"), votes.getProperty("ideasWithWrongCounters", "?"),
                votes.getProperty("unacknowledged", "?")));
        md.append(rss.map(m -> String.format(Locale.ROOT, "%nApp RSS after the run: %,d MiB (target ≤ 512 MiB).%n", m))
                .orElse("\nApp RSS after the run: no Payara Micro process serving " + appUrl + " found on this machine.\n"));
        Files.writeString(out.resolve("summary.md"), md);
        System.out.println(md);
        System.out.println("Summary written to " + out.resolve("summary.md").toAbsolutePath());

        List<String> problems = new ArrayList<>();
        for (String name : ran) {
            if (!rows.containsKey(name)) {
                problems.add("scenario '" + name + "' did not run");
            }
        }
        if (!"0".equals(votes.getProperty("lost")) || !"0".equals(votes.getProperty("doubled"))
                || !"0".equals(votes.getProperty("ideasWithWrongCounters"))) {
            problems.add("acknowledged votes were not counted exactly once: " + votes);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Benchmark: " + String.join("; ", problems));
        }
        return md.toString();
    }

    static Path newestRun(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            throw new IllegalStateException("No Gatling results under " + results + ": the benchmark did not run");
        }
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report under " + results));
        }
    }

    private static final Pattern REQUEST_ROW = Pattern.compile(
            "<tr id=\"req_[^\"]*\".*?class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("class=\"value [a-z]+ col-([0-9]+)\">([^<]*)</td>");

    /**
     * Each request name's counts and percentiles from the report's statistics table (Gatling 3.14 keeps them in
     * index.html; its columns: 2 total, 3 OK, 4 KO, 8 p50, 9 p75, 10 p95, 11 p99 with the default percentiles).
     */
    static Map<String, Row> rows(Path run, int duration) throws IOException {
        String html = Files.readString(run.resolve("index.html"));
        Map<String, Row> rows = new LinkedHashMap<>();
        Matcher row = REQUEST_ROW.matcher(html);
        while (row.find()) {
            Map<Integer, Long> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                String value = cell.group(2).replace(",", "").strip();
                if (value.matches("[0-9]+")) {
                    cells.put(Integer.parseInt(cell.group(1)), Long.parseLong(value));
                }
            }
            String name = row.group(1).replace("&amp;", "&").strip();
            long ok = cells.getOrDefault(3, 0L);
            long ko = cells.getOrDefault(4, 0L);
            rows.put(name, new Row(name, ok, ko, (ok + ko) / (double) Math.max(1, duration), cells.getOrDefault(8, 0L),
                    cells.getOrDefault(10, 0L), cells.getOrDefault(11, 0L)));
        }
        return rows;
    }

    /** The resident memory of the Payara Micro serving {@code appUrl} (by its --port), else of the only one. */
    static Optional<Long> rssMiB(String appUrl) {
        String port = String.valueOf(java.net.URI.create(appUrl).getPort() == -1 ? 80 : java.net.URI.create(appUrl).getPort());
        List<ProcessHandle> payaras = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).toList();
        Optional<ProcessHandle> chosen = payaras.stream()
                .filter(p -> p.info().commandLine().orElse("").matches(".*--port\\s+" + port + "(\\s.*|$)")).findFirst();
        if (chosen.isEmpty() && payaras.size() == 1) {
            chosen = Optional.of(payaras.get(0));
        }
        return chosen.flatMap(p -> {
            try {
                for (String line : Files.readAllLines(Paths.get("/proc", Long.toString(p.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
            return Optional.empty();
        });
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            p.load(new StringReader(Files.readString(file)));
        }
        return p;
    }
}
