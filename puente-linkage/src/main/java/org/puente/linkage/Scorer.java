package org.puente.linkage;

import java.util.ArrayList;
import java.util.List;

/** Scores a pair with a model: the prior plus each comparison's weight, term-frequency adjusted on exact agreement. */
final class Scorer {

    final Corpus corpus;
    final Comparisons comparisons;
    final Model model;

    Scorer(Corpus corpus, Comparisons comparisons, Model model) {
        this.corpus = corpus;
        this.comparisons = comparisons;
        this.model = model;
    }

    /**
     * The match weight of {@code a} (possibly not in the corpus: {@code outside}) and {@code b}
     * (in it); {@code levels} receives the comparison levels.
     */
    double weight(Profile a, Profile b, int[] levels, boolean outside) {
        comparisons.compare(a, b, levels);
        double w = model.prior;
        for (int c = 0; c < levels.length; c++) {
            int l = levels[c];
            if (l > 0) {
                w += model.weights[c][l];
            } else if (l == 0) {
                w += exactWeight(c, a, b, outside);
            }
        }
        return w;
    }

    Explanation explain(Profile a, Profile b, boolean outside) {
        int[] levels = new int[comparisons.size()];
        boolean swapped = comparisons.compare(a, b, levels);
        List<FieldEvidence> fields = new ArrayList<>(levels.length);
        double total = model.prior;
        for (int c = 0; c < levels.length; c++) {
            int l = levels[c];
            Comparisons.Comparison comparison = comparisons.all[c];
            if (l < 0) {
                fields.add(new FieldEvidence(comparison.name(), "missing", 0));
                continue;
            }
            double w = l == 0 ? exactWeight(c, a, b, outside) : model.weights[c][l];
            total += w;
            fields.add(new FieldEvidence(comparison.name(), comparison.levels().get(l), round(w)));
        }
        return new Explanation(round(model.prior), fields, round(total), Model.probability(total), swapped);
    }

    /** Agreeing on a common value ("Quispe", 1 January) is weaker evidence than on a rare one ("Ñaupari"). */
    private double exactWeight(int c, Profile a, Profile b, boolean outside) {
        Comparisons.Comparison comparison = comparisons.all[c];
        LongCounts counts;
        long key;
        switch (comparison.kind()) {
            case GIVEN -> {
                counts = corpus.givenFrequency;
                key = a.givenKey;
            }
            case SURNAME -> {
                if (!java.util.Arrays.equals(a.surnames, b.surnames)) {
                    return model.weights[c][0]; // exact after swapping given names and surnames
                }
                counts = corpus.surnameFrequency;
                key = a.surnameKey;
            }
            case DATE -> {
                counts = corpus.dateFrequency;
                key = a.date;
            }
            case DOCUMENT -> {
                counts = corpus.documentFrequency;
                key = sharedDocument(a, b);
            }
            case TEXT, CODE -> {
                int i = comparison.attribute();
                counts = corpus.attributeFrequency[i];
                key = a.attributes[i];
            }
            default -> {
                return model.weights[c][0];
            }
        }
        if (comparison.kind() == Comparisons.Kind.GIVEN && a.givenKey != b.givenKey) {
            return model.weights[c][0];
        }
        double n = corpus.size() + (outside ? 1 : 0);
        double count = Math.max(2, counts.get(key) + (outside ? 1 : 0));
        double tf = count / n;
        return Model.clamp(Model.log2(model.m[c][0] / tf));
    }

    private static long sharedDocument(Profile a, Profile b) {
        for (String x : a.documents) {
            for (String y : b.documents) {
                if (x.equals(y)) {
                    return Keys.hash(x);
                }
            }
        }
        return 0;
    }

    private static double round(double w) {
        return Math.round(w * 100) / 100.0;
    }
}
