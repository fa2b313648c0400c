package org.puente.bench.linkage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.puente.linkage.LinkageResult;

/** Ground truth of a benchmark file (record id → true entity) and pairwise precision, recall and F1 against it. */
final class Truth {

    record Score(long truePairs, long predictedPairs, long correctPairs) {
        double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("precision %.4f recall %.4f F1 %.4f (true pairs %d, predicted %d, correct %d)",
                    precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
        }
    }

    static Map<String, String> read(Path file, String idColumn, String entityColumn, Function<String, String> entityOf)
            throws IOException {
        Map<String, String> truth = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setTrim(true).get();
            for (CSVRecord r : format.parse(in)) {
                truth.put(r.get(idColumn), entityOf.apply(r.get(entityColumn)));
            }
        }
        return truth;
    }

    /** FEBRL: rec-N-org and rec-N-dup-k are entity N. */
    static String febrlEntity(String recId) {
        String[] parts = recId.split("-");
        return parts[1];
    }

    /** Pairwise scores of clusters: a pair is predicted when both records share a cluster id. */
    static Score score(List<LinkageResult.Assignment> assignments, Map<String, String> truthLeft,
                       Map<String, String> truthRight) {
        Map<String, Map<String, Integer>> byCluster = new HashMap<>();
        Map<String, Integer> entitySizes = new HashMap<>();
        Map<String, Integer> clusterSizes = new HashMap<>();
        for (LinkageResult.Assignment a : assignments) {
            String entity = (a.side() == 0 ? truthLeft : truthRight).get(a.recordId());
            byCluster.computeIfAbsent(a.clusterId(), k -> new HashMap<>()).merge(entity, 1, Integer::sum);
            entitySizes.merge(entity, 1, Integer::sum);
            clusterSizes.merge(a.clusterId(), 1, Integer::sum);
        }
        long truePairs = 0;
        for (int s : entitySizes.values()) {
            truePairs += (long) s * (s - 1) / 2;
        }
        long predicted = 0;
        for (int s : clusterSizes.values()) {
            predicted += (long) s * (s - 1) / 2;
        }
        long correct = 0;
        for (Map<String, Integer> m : byCluster.values()) {
            for (int s : m.values()) {
                correct += (long) s * (s - 1) / 2;
            }
        }
        return new Score(truePairs, predicted, correct);
    }

    /** Linkage of two files: only pairs across the files count. */
    static Score scoreLink(List<LinkageResult.Assignment> assignments, Map<String, String> truthLeft,
                           Map<String, String> truthRight) {
        Map<String, Integer> leftEntities = new HashMap<>();
        Map<String, Integer> rightEntities = new HashMap<>();
        Map<String, Map<String, int[]>> clusters = new HashMap<>();
        for (LinkageResult.Assignment a : assignments) {
            boolean left = a.side() == 0;
            String entity = (left ? truthLeft : truthRight).get(a.recordId());
            (left ? leftEntities : rightEntities).merge(entity, 1, Integer::sum);
            clusters.computeIfAbsent(a.clusterId(), k -> new HashMap<>()).computeIfAbsent(entity, k -> new int[2])[left ? 0 : 1]++;
        }
        long truePairs = 0;
        for (var e : leftEntities.entrySet()) {
            truePairs += (long) e.getValue() * rightEntities.getOrDefault(e.getKey(), 0);
        }
        long predicted = 0;
        long correct = 0;
        for (Map<String, int[]> cluster : clusters.values()) {
            long l = 0;
            long r = 0;
            for (int[] c : cluster.values()) {
                l += c[0];
                r += c[1];
                correct += (long) c[0] * c[1];
            }
            predicted += l * r;
        }
        return new Score(truePairs, predicted, correct);
    }
}
