package org.techvoice.findings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.techvoice.SettingCheck;

/**
 * How findings are made.
 *
 * @param topicThreshold      an entry joins a library topic when its cosine to the nearest of the topic's concern
 *                            descriptions is at least this. Measured on the labelled fixture (FindingsGroupingTest):
 *                            0.35 placed 33 of 45 in a right topic and kept all 5 off-topic remarks out; 0.30 the same
 *                            33 but let 2 off-topic remarks in; 0.45 only 30
 * @param clusterThreshold    what fits no topic is grouped while the average cosine between two groups is at least this
 * @param clusterSample       at most this many unplaced entries (an even sample) form the groups; the rest join the
 *                            nearest group, so grouping stays quick whatever the number of entries
 * @param unplacedLimit       at most this many unplaced entries are kept to be grouped (an even sample beyond)
 * @param quotesPerFinding    representative quotes per finding
 * @param referencesPerFinding evidence references kept per finding (an even sample beyond)
 * @param proposalsPerFinding at most this many proposed actions per finding
 * @param lowAgreementPercent a rating question with fewer agreeing than this is a survey signal
 * @param fallPoints          a rating question whose agreement fell by at least this many points since the same
 *                            question in an earlier survey is a survey signal
 * @param planMonths          the plan's horizon from the day of the review when the profile gives no stage or length (the
 *                            profile's stage, 24 or 36 months, or the lead's own length, wins)
 */
@ConfigurationProperties("techvoice.findings")
public record FindingsProperties(
        @DefaultValue("0.35") double topicThreshold,
        @DefaultValue("0.45") double clusterThreshold,
        @DefaultValue("300") int clusterSample,
        @DefaultValue("5000") int unplacedLimit,
        @DefaultValue("3") int quotesPerFinding,
        @DefaultValue("20") int referencesPerFinding,
        @DefaultValue("2") int proposalsPerFinding,
        @DefaultValue("50") int lowAgreementPercent,
        @DefaultValue("5") int fallPoints,
        @DefaultValue("24") int planMonths) {

    public static final FindingsProperties DEFAULTS = new FindingsProperties(0.35, 0.45, 300, 5000, 3, 20, 2, 50, 5, 24);

    public FindingsProperties {
        SettingCheck.require(topicThreshold > 0 && topicThreshold < 1, "techvoice.findings.topic-threshold must be between 0 and 1");
        SettingCheck.require(clusterThreshold > 0 && clusterThreshold < 1, "techvoice.findings.cluster-threshold must be between 0 and 1");
        SettingCheck.require(clusterSample >= 2 && clusterSample <= 1000, "techvoice.findings.cluster-sample must be 2 to 1000");
        SettingCheck.require(unplacedLimit >= clusterSample, "techvoice.findings.unplaced-limit must be at least cluster-sample");
        SettingCheck.require(quotesPerFinding >= 1 && referencesPerFinding >= 1 && proposalsPerFinding >= 1,
                "techvoice.findings quotes, references and proposals per finding must be at least 1");
        SettingCheck.require(lowAgreementPercent > 0 && lowAgreementPercent <= 100, "techvoice.findings.low-agreement-percent must be 1 to 100");
        SettingCheck.require(fallPoints >= 1, "techvoice.findings.fall-points must be at least 1");
        SettingCheck.require(planMonths >= 1 && planMonths <= 60, "techvoice.findings.plan-months must be 1 to 60");
    }
}
