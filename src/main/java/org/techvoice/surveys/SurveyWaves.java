package org.techvoice.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a survey as a new wave of an earlier one. Template questions already share their stable keys; the link also
 * gives a lead's own questions asked again (same type, same wording up to case and punctuation) one shared key, so the
 * draft's "progress since the last submission" compares them even if the wording is later edited in either survey.
 */
@Service
public class SurveyWaves {

    private final SurveyLookup lookup;
    private final SurveyAccess access;
    private final SurveyQuestionRepository questions;

    SurveyWaves(SurveyLookup lookup, SurveyAccess access, SurveyQuestionRepository questions) {
        this.lookup = lookup;
        this.access = access;
        this.questions = questions;
    }

    /**
     * @param questionsShared how many of the wave's questions are now known to be the earlier survey's questions
     * @param questions       how many questions the wave has
     */
    public record WaveMarked(String wave, String earlier, int questionsShared, int questions) {
    }

    @Transactional
    public WaveMarked mark(String teamId, String userId, String typedWave, String typedEarlier) {
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.LINK_WAVES);
        Survey wave = lookup.byReference(teamId, typedWave);
        Survey earlier = lookup.byReference(teamId, typedEarlier);
        if (wave.id().equals(earlier.id())) {
            throw new WaveRefused(WaveRefused.Reason.SAME_SURVEY, wave.reference(), earlier.reference());
        }
        if (!earlier.opensAt().isBefore(wave.opensAt())) {
            throw new WaveRefused(WaveRefused.Reason.NOT_EARLIER, wave.reference(), earlier.reference());
        }
        wave.markWaveOf(earlier.id());
        List<SurveyQuestion> before = questions.findByTeamIdAndSurveyIdOrderBySeq(teamId, earlier.id());
        List<SurveyQuestion> now = questions.findByTeamIdAndSurveyIdOrderBySeq(teamId, wave.id());
        Map<String, SurveyQuestion> earlierByWording = new HashMap<>();
        before.forEach(question -> earlierByWording.putIfAbsent(wording(question), question));
        int shared = 0;
        for (SurveyQuestion question : now) {
            if (question.key() != null) {
                shared += before.stream().anyMatch(q -> question.key().equals(q.key())) ? 1 : 0;
                continue;
            }
            SurveyQuestion same = earlierByWording.get(wording(question));
            if (same == null) {
                continue;
            }
            if (same.key() == null) {
                // a lead's own question, asked again: the earlier survey's reference names it for good
                same.sameAs("asked-in:" + earlier.reference() + "/Q" + same.seq());
            }
            question.sameAs(same.key());
            shared++;
        }
        return new WaveMarked(wave.reference(), earlier.reference(), shared, now.size());
    }

    private static String wording(SurveyQuestion question) {
        QuestionSpec spec = question.spec();
        return spec.type() + ":" + spec.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
