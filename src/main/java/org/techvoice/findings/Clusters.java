package org.techvoice.findings;

import java.util.ArrayList;
import java.util.List;

import org.techvoice.findings.FindingTally.Unplaced;
import org.techvoice.understanding.Embedding;

/**
 * Groups what fitted no library topic: plain agglomerative clustering (average linkage, merging while two groups are
 * at least {@code threshold} alike) over an even sample of at most {@code sampleSize} entries, then every unplaced entry
 * joins the nearest group if it is close enough. Groups of one are left out: a lone remark that fits no topic is not a
 * finding. At most 300 entries are clustered, about 30 million comparisons, so it stays quick at any size.
 */
final class Clusters {

    /** A group and the sum of its members' unit vectors. */
    record Cluster(List<Unplaced> members, double[] centroid) {
    }

    private Clusters() {
    }

    static List<Cluster> of(List<Unplaced> unplaced, int sampleSize, double threshold) {
        if (unplaced.size() < 2) {
            return List.of();
        }
        List<Unplaced> sample = evenly(unplaced, sampleSize);
        List<double[]> centroids = agglomerate(sample, threshold);
        if (centroids.isEmpty()) {
            return List.of();
        }
        List<List<Unplaced>> members = new ArrayList<>();
        centroids.forEach(c -> members.add(new ArrayList<>()));
        for (Unplaced item : unplaced) {
            int best = -1;
            double bestSimilarity = threshold;
            for (int c = 0; c < centroids.size(); c++) {
                double similarity = Vectors.cosine(centroids.get(c), item.vector());
                if (similarity >= bestSimilarity) {
                    bestSimilarity = similarity;
                    best = c;
                }
            }
            if (best >= 0) {
                members.get(best).add(item);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Unplaced> group : members) {
            if (group.size() >= 2) {
                double[] centroid = new double[Embedding.DIMENSIONS];
                group.forEach(item -> Vectors.addTo(centroid, item.vector()));
                clusters.add(new Cluster(List.copyOf(group), centroid));
            }
        }
        return clusters;
    }

    /** The centroids of the groups of two or more that average-linkage clustering forms. */
    private static List<double[]> agglomerate(List<Unplaced> sample, double threshold) {
        int n = sample.size();
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = Vectors.norm(sample.get(i).vector());
        }
        float[][] similarity = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float s = (float) Vectors.cosine(sample.get(i).vector(), norms[i], sample.get(j).vector(), norms[j]);
                similarity[i][j] = s;
                similarity[j][i] = s;
            }
        }
        int[] size = new int[n];
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            groups.add(new ArrayList<>(List.of(i)));
        }
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            float best = (float) threshold;
            for (int i = 0; i < n; i++) {
                if (!active[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (active[j] && similarity[i][j] >= best) {
                        best = similarity[i][j];
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            // Lance–Williams update for average linkage
            for (int k = 0; k < n; k++) {
                if (active[k] && k != bestI && k != bestJ) {
                    float merged = (size[bestI] * similarity[bestI][k] + size[bestJ] * similarity[bestJ][k]) / (size[bestI] + size[bestJ]);
                    similarity[bestI][k] = merged;
                    similarity[k][bestI] = merged;
                }
            }
            size[bestI] += size[bestJ];
            groups.get(bestI).addAll(groups.get(bestJ));
            active[bestJ] = false;
        }
        List<double[]> centroids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (active[i] && size[i] >= 2) {
                double[] centroid = new double[Embedding.DIMENSIONS];
                for (int member : groups.get(i)) {
                    Vectors.addTo(centroid, sample.get(member).vector());
                }
                centroids.add(centroid);
            }
        }
        return centroids;
    }

    private static <T> List<T> evenly(List<T> items, int limit) {
        if (items.size() <= limit) {
            return items;
        }
        List<T> picked = new ArrayList<>(limit);
        double step = (double) items.size() / limit;
        for (int i = 0; i < limit; i++) {
            picked.add(items.get((int) (i * step)));
        }
        return picked;
    }

}
